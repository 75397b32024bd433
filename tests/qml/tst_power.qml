import QtQuick
import QtTest
import PodPlanner

// The power view used as a person would: P opens the power chain under the floor, "Fail" on UPS-A shows
// the what-if (UPS-B 2 × 10.2 kW of 15 kW = 136 %, BW-A without power, R1 and R2 outlined red on the floor),
// failing both busways paints R1 and R2 dark, "Clear failures" brings normal operation back; the project
// is never changed. Fixture: tests/fixtures/power/two-n-tight.podplan (see tst_power_view.cpp).
Item {
    id: top
    width: 1600
    height: 1000

    PlannerView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Power"
        when: windowShown
        readonly property string twoN: samplePath.replace("valid/sample-4-per-rack.podplan", "power/two-n-tight.podplan")

        function init() {
            verify(Planner.openFile(twoN), Planner.lastError)
            Planner.selection.clear()
            view.lowerPane = 0
            view.floor.userMoved = false
            view.floor.fit()
            view.forceActiveFocus()
            wait(50)
        }
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
        function click(name) {
            var item = findItem(view, name)
            verify(item, name)
            verify(item.visible, name + " visible")
            mouseClick(item)
            wait(30)
        }
        // The window as it shows, once the canvas has repainted (the whole scene: floor points map into it).
        function floorImage() { wait(60); return grabImage(top) }
        // The pixel at floor point (x, y).
        function floorPixel(image, x, y) {
            var p = view.floor.mapToItem(top, x, y)
            return Qt.color(image.pixel(Math.round(p.x), Math.round(p.y)))
        }

        function test_failUpsShowsWhatIf() {
            var power = findItem(view, "powerView")
            verify(!power.visible)
            keyClick(Qt.Key_P)
            tryVerify(function() { return power.visible })
            var before = Planner.projectJson()
            compare(findItem(view, "powerSummary").text, "Normal operation: 0 racks dark, all carried, highest UPS-A at 68 %")
            compare(findItem(view, "powerLoad_UPS-A").text, "10.2 kW of 15.0 kW  (68 %)")

            click("powerFail_UPS-A")
            compare(PowerWhatIf.failed, ["UPS-A"])
            compare(findItem(view, "powerSummary").text, "UPS-A failed: 0 racks dark, UPS-B at 136 %")
            compare(findItem(view, "powerLoad_UPS-B").text, "20.4 kW of 15.0 kW  (136 %)")
            compare(findItem(view, "powerLoad_BW-A").text, "no power")
            compare(findItem(view, "powerLoad_UPS-A").text, "FAILED")
            // The bar is full and red (over capacity).
            var fill = findItem(view, "powerBarFill_UPS-B")
            compare(fill.width, fill.parent.width - 2)
            compare(Qt.color(fill.color), Qt.color(LoadColours.over))
            verify(findItem(view, "whatIfLegend").visible)

            // On the floor: R1 outlined in the overload red, 2 px outside its left edge.
            var r1 = view.floor.rackRect("r1")
            var image = floorImage()
            compare(floorPixel(image, r1.x - 2, r1.y + r1.height / 2), PowerWhatIf.overloadOutline)

            // Both busways too: R1 and R2 dark (grey fill inside).
            click("powerFail_BW-A")
            click("powerFail_BW-B")
            compare(PowerWhatIf.darkRacks, ["r1", "r2"])
            image = floorImage()
            compare(floorPixel(image, r1.x + 4, r1.y + r1.height - 4), PowerWhatIf.darkFill)

            verify(findItem(view, "powerFail_UPS-A").checked)
            click("powerClear")
            compare(PowerWhatIf.failed, [])
            verify(!findItem(view, "powerFail_UPS-A").checked)  // the buttons follow the what-if
            compare(findItem(view, "powerFail_UPS-A").text, "Fail")
            compare(findItem(view, "powerLoad_UPS-B").text, "10.2 kW of 15.0 kW  (68 %)")
            image = floorImage()
            verify(floorPixel(image, r1.x + 4, r1.y + r1.height - 4) !== PowerWhatIf.darkFill)
            // A what-if is not an edit.
            compare(Planner.projectJson(), before)
            verify(!Planner.canUndo)
            keyClick(Qt.Key_P)
            tryVerify(function() { return !power.visible })
        }

        // The inspector's feed editor: R1's feed A onto BW-B is one undo step. UPS-B then carries R1 whole
        // (10,200 W) and R2's B half (5,100 W): 15,300 of 15,000 W = 102 %.
        function test_inspectorMovesFeed() {
            Planner.selection.select("r1")
            view.lowerPane = 1
            wait(50)
            var node = findItem(view, "inspector_feedNode_A")
            verify(node, "feed A editor")
            tryCompare(node, "displayText", "BW-A")
            compare(findItem(view, "inspector_feedPhase_A").displayText, "3-phase")
            node.currentIndex = node.indexOfValue("BW-B")
            node.activated(node.currentIndex)
            compare(Planner.undoText, "Change feed A of R1")
            compare(findItem(view, "powerLoad_UPS-B").text, "15.3 kW of 15.0 kW  (102 %)")
            compare(findItem(view, "powerLoad_UPS-A").text, "5.1 kW of 15.0 kW  (34 %)")
            Planner.undo()
            compare(findItem(view, "powerLoad_UPS-B").text, "10.2 kW of 15.0 kW  (68 %)")
            tryVerify(function() { var n = findItem(view, "inspector_feedNode_A"); return n && n.displayText === "BW-A" })
        }

        function test_emptyState() {
            verify(Planner.openFile(samplePath), Planner.lastError)
            view.lowerPane = 1
            wait(30)
            verify(findItem(view, "powerEmpty").visible)
            verify(findItem(view, "powerEmpty").text.startsWith("No power chain in this project"))
            verify(!findItem(view, "powerNodes").visible)
        }
    }
}
