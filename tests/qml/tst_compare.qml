import QtQuick
import QtTest
import PodPlanner

// The comparison view on the sales demo: File → New pod… builds 32 × DGX H100 at 2 per rack, which is
// compared with the bundled sample pod (the same 32 nodes at 4 per rack); scenario duplication is one
// undo step; F5 toggles presentation mode. Every test starts from the same state (init): run alone or in
// any order, each passes.
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

        // The view shown, not presenting, no dialog; the fixture open (one scenario); nothing compared.
        function init() {
            if (view.presentation) view.togglePresentation()
            view.duplicateDialog.close()
            view.visible = true
            verify(Planner.openFile(samplePath), Planner.lastError)
            CompareController.clear()
            compare(CompareController.scenarios.length, 1)
            verify(!CompareController.active)
        }

        function test_generatedAgainstSample() {
            // 32 nodes, 2 per rack: ⌈32 / 2⌉ = 16 GPU racks + 2 network racks (8 leaves + 4 spines).
            var opts = { node: "nvidia-dgx-h100", nodes: 32, perRack: 2, rack: "hpe-10848-g2", cooling: "", budgetKw: 0, fabric: "" }
            verify(NewPodController.preview(opts).indexOf("16 GPU racks") >= 0, NewPodController.preview(opts))
            compare(NewPodController.generate(opts), "")
            verify(Planner.modified, "a generated pod is unsaved")
            compare(CompareController.compareWithFile(samplePath), "")
            verify(CompareController.active)
            // Alone (no earlier test showed the sides), the sides and the table's rows appear on the next frames.
            waitForRendering(view)
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

            // Directions: fewer racks is better, so B (4 per rack, 8 fewer racks) is better and its
            // difference is drawn in the "better" colour; more GPUs would be better (equal here); kW per rack
            // has no better direction: +20.4 kW stays plain.
            compare(cell("Racks").better, "lower")
            compare(cell("Racks").verdict, 1)
            compare(cell("GPUs").better, "higher")
            compare(cell("GPUs").verdict, 0)
            compare(cell("kW per rack (max)").better, "")
            compare(cell("kW per rack (max)").verdict, 0)
            tryVerify(function() { return findItem(view, "diff_Racks") !== null })
            var racksDiff = findItem(view, "diff_Racks")
            compare(racksDiff.text, "\u22128")
            verify(Qt.colorEqual(racksDiff.color, view.betterColour), "racks difference in the better colour, got " + racksDiff.color)
            verify(racksDiff.font.bold)
            tryVerify(function() { return findItem(view, "diff_kW per rack (max)") !== null })
            var densityDiff = findItem(view, "diff_kW per rack (max)")
            verify(densityDiff)
            verify(Qt.colorEqual(densityDiff.color, view.plainColour), "kW per rack is neither better nor worse, got " + densityDiff.color)
            verify(findItem(view, "legendBetter").visible)
            verify(findItem(view, "legendWorse").visible)

            // The front of each pod's first GPU rack: 2 DGX H100 against 4, drawn at their U.
            function nodes(rack) { return rack.devices.filter(function(d) { return d.kind === "gpu_node" }).length }
            compare(nodes(CompareController.gpuRackA), 2)
            compare(nodes(CompareController.gpuRackB), 4)
            compare(CompareController.gpuRackA.gpuRacks, 16)
            compare(CompareController.gpuRackB.gpuRacks, 8)
            var elevationA = findItem(view, "elevationA"), elevationB = findItem(view, "elevationB")
            verify(elevationA && elevationA.visible && elevationB && elevationB.visible)
            compare(elevationA.height, elevationB.height)  // one scale
            // Elevations above the floor plans, both above the table.
            var floorA = findItem(view, "floorA")
            tryVerify(function() { return elevationA.mapToItem(view, 0, elevationA.height).y <= floorA.mapToItem(view, 0, 0).y },
                      2000, "elevation A above floor A")
            tryVerify(function() { return floorA.mapToItem(view, 0, floorA.height).y < table.mapToItem(view, 0, 0).y },
                      2000, "floor A above the table")
            // Floor A is a FloorCanvas on the comparison's side A: all 18 racks, the first GPU rack outlined.
            verify(floorA.snapshot === CompareController.floorA)
            compare(floorA.snapshot.rackCount, 18)
            compare(floorA.snapshot.outlined, CompareController.gpuRackA.id)
            tryCompare(floorA, "paintedRacks", 18)
            // A drawn device: the first DGX of A at its U, labelled with its name.
            var dgx = CompareController.gpuRackA.devices.filter(function(d) { return d.kind === "gpu_node" })[0]
            var box = findItem(elevationA, "compareDevice_" + dgx.id)
            verify(box && box.visible)
            compare(box.height, Math.max(1, 8 * elevationA.unitHeight - 1))
        }

        // With one scenario there is nothing to compare: the view says so at the top, with a button to
        // duplicate the current scenario, instead of an empty table floating mid-screen.
        // View → Compare on the bundled sample: its two scenarios side by side at once, no other file. The
        // view was hidden until then (as in the planner's popup): the sides must still sit side by side.
        function test_bundledSampleComparesItsScenarios() {
            view.visible = false
            verify(Planner.openFile(bundledSamplePath), Planner.lastError)
            CompareController.clear()
            view.visible = true
            tryVerify(function() { return CompareController.active }, 2000)
            compare(CompareController.scenarios, ["4 nodes per rack", "2 nodes per rack"])
            // 4 per rack: 8 GPU + 2 network + 1 storage racks = 11; 2 per rack: 16 + 2 + 1 = 19.
            compare(cell("Racks").a, "11")
            compare(cell("Racks").b, "19")
            wait(100)
            var a = findItem(view, "elevationA"), b = findItem(view, "elevationB")
            verify(a && b && a.visible && b.visible)
            var ar = a.mapToItem(view, 0, 0), br = b.mapToItem(view, 0, 0)
            verify(ar.x + a.width < br.x, "A's rack (" + ar.x + " + " + a.width + ") ends left of B's (" + br.x + ")")
            verify(br.x + b.width <= view.width, "B's rack is inside the view")
        }

        function test_emptyStateAtTop() {
            compare(CompareController.scenarios.length, 1)
            verify(!CompareController.active)
            var empty = findItem(view, "compareEmpty")
            verify(empty.visible)
            verify(empty.mapToItem(view, 0, 0).y < 120, "message at the top, got y = " + empty.mapToItem(view, 0, 0).y)
            var button = findItem(view, "duplicateCurrentButton")
            verify(button.visible)
            verify(!findItem(view, "compareSides").visible)
            mouseClick(button)
            tryVerify(function() { return view.duplicateDialog.opened })
            view.duplicateDialog.reject()
            tryVerify(function() { return !view.duplicateDialog.visible })
        }

        function test_swap() {
            compare(CompareController.duplicateScenario("copy"), "")
            compare(CompareController.compareScenarios(0, 1), "")
            compare(CompareController.comparedScenarioA, 0)
            compare(CompareController.swapSides(), "")
            compare(CompareController.comparedScenarioA, 1)
            compare(CompareController.comparedScenarioB, 0)
            compare(findItem(view, "sourceA").currentIndex, 1)
            compare(findItem(view, "sourceB").currentIndex, 0)
            Planner.undo()
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
            // Headline rows are at least 24 px for a projector.
            tryVerify(function() { return findItem(view, "label_Racks") !== null })
            verify(findItem(view, "label_Racks").font.pixelSize >= 24)
            verify(findItem(view, "diff_Racks").font.pixelSize >= 24)
            verify(findItem(view, "label_GPUs").font.pixelSize >= 24)
            keyClick(Qt.Key_F5)
            compare(view.presentation, false)
            verify(controls.visible)
        }
    }
}
