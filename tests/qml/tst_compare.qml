import QtQuick
import QtTest
import PodPlanner

// The comparison view on the sales demo: File → New pod… builds 32 × DGX H100 at 2 per rack, which is
// compared with the bundled sample pod (the same 32 nodes at 4 per rack); scenario duplication is one
// undo step; F5 toggles presentation mode.
Item {
    id: top
    width: 1600
    height: 1000

    CompareView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Compare"
        when: windowShown

        function findItem(root, name) {
            if (!root) return null
            if (root.objectName === name) return root
            var kids = root.children
            for (var i = 0; i < kids.length; ++i) {
                var f = findItem(kids[i], name)
                if (f) return f
            }
            return null
        }
        function cell(label) { return CompareController.table.row(label) }

        function init() {
            verify(Planner.openFile(samplePath), Planner.lastError)
            CompareController.clear()
        }

        function test_generatedAgainstSample() {
            // 32 nodes, 2 per rack: ⌈32 / 2⌉ = 16 GPU racks + 2 network racks (8 leaves + 4 spines).
            var opts = { node: "nvidia-dgx-h100", nodes: 32, perRack: 2, rack: "hpe-10848-g2", cooling: "", budgetKw: 0, fabric: "" }
            verify(NewPodController.preview(opts).indexOf("16 GPU racks") >= 0, NewPodController.preview(opts))
            compare(NewPodController.generate(opts), "")
            verify(Planner.modified, "a generated pod is unsaved")
            compare(CompareController.compareWithFile(samplePath), "")
            verify(CompareController.active)
            // Sample: 8 GPU racks of 4 × DGX H100 + 2 network racks = 10.
            compare(cell("Racks").a, "18")
            compare(cell("Racks").b, "10")
            compare(cell("Racks").diff, "\u22128")
            compare(cell("Racks").sign, -1)
            // Max rack draw: 2 × 10.2 kW against 4 × 10.2 kW.
            compare(cell("kW per rack (max)").a, "20.4 kW")
            compare(cell("kW per rack (max)").b, "40.8 kW")
            compare(cell("kW per rack (max)").diff, "+20.4 kW")
            compare(cell("kW per rack (max)").sign, 1)
            // 32 × 8 = 256 GPUs either way; FP8 256 × 1,978.9 TF = 506.6 PFLOPS.
            compare(cell("GPUs").a, "256")
            compare(cell("GPUs").diff, "0")
            compare(cell("FP8").a, "506.6 PFLOPS")
            compare(cell("FP8").b, "506.6 PFLOPS")
            // Both floor plans: 18 and 10 rack rectangles; the generated room is 16.8 m wide.
            compare(CompareController.racksA.length, 18)
            compare(CompareController.racksB.length, 10)
            compare(CompareController.roomA.width, 16800)
            var table = findItem(view, "compareTable")
            verify(table)
            compare(table.count, CompareController.table.count)
            verify(table.count > 30)
        }

        function test_duplicateScenarioIsUndoable() {
            compare(CompareController.scenarios.length, 1)
            compare(CompareController.duplicateScenario("copy"), "")
            compare(CompareController.scenarios.length, 2)
            compare(CompareController.scenarios[1], "copy")
            verify(CompareController.duplicateScenario("copy") !== "", "a taken name is refused")
            compare(CompareController.compareScenarios(0, 1), "")
            compare(cell("Racks").diff, "0")
            Planner.undo()
            compare(CompareController.scenarios.length, 1)
        }

        function test_presentationMode() {
            compare(CompareController.compareFiles(samplePath, samplePath), "")
            var controls = findItem(view, "compareControls")
            verify(controls.visible)
            compare(view.presentation, false)
            var before = view.fontSize
            keyClick(Qt.Key_F5)
            compare(view.presentation, true)
            verify(!controls.visible, "controls hidden in presentation mode")
            verify(view.fontSize > before)
            keyClick(Qt.Key_F5)
            compare(view.presentation, false)
            verify(controls.visible)
        }
    }
}
