import QtQuick
import QtTest
import PodPlanner

// The floor's cooling units and heat-map toggle, used as a person would: click a CDU drawn beside its
// racks and read the inspector; H cycles the rack colouring and swaps the legend.
Item {
    id: top
    width: 1600
    height: 1000

    PlannerView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Cooling"
        when: windowShown

        function init() {
            verify(Planner.openFile(coolingSamplePath), Planner.lastError)
            Planner.selection.clear()
            view.floor.colouring = 0
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
        function totalsRow(label) {
            var rows = Planner.inspector.info.totals || []
            for (var i = 0; i < rows.length; ++i) if (rows[i].label === label) return rows[i].value
            return undefined
        }

        // Both CDUs have no position: they stand after the row's east end (A10), one after the other, in view.
        function test_clickUnitShowsItInInspector() {
            var floor = view.floor
            var r2 = floor.rackRect("r10"), u1 = floor.coolingUnitRect("cdu-1"), u2 = floor.coolingUnitRect("cdu-2")
            verify(u1.width > 0 && u2.width > 0)
            verify(u1.x > r2.x + r2.width, u1.x + " after " + (r2.x + r2.width))
            verify(u2.x > u1.x + u1.width)
            verify(u2.x + u2.width < floor.width)
            mouseClick(floor, u2.x + u2.width / 2, u2.y + u2.height / 2)
            compare(Planner.selection.ids, ["cdu-2"])
            compare(Planner.inspector.info.kind, "cooling")
            compare(Planner.inspector.info.title, "Cooling unit CDU-2")
            compare(totalsRow("Racks served (2)"), "A01, A02")
            verify(totalsRow("N-1 margin") !== undefined || totalsRow("N-1 short by") !== undefined)
            // A click on a rack still selects the rack, and its inspector lists both units.
            var r1 = floor.rackRect("r01")
            mouseClick(floor, r1.x + r1.width / 2, r1.y + r1.height - 4)
            compare(Planner.selection.ids, ["r01"])
            compare(totalsRow("Cooling units"), "CDU-1, CDU-2")
        }

        function test_hCyclesColouringAndLegend() {
            var floor = view.floor
            var canvas = findItem(view, "floorCanvas")
            compare(canvas.colouring, 0)
            keyClick(Qt.Key_H)
            compare(floor.colouring, 1)
            compare(canvas.colouring, 1)
            tryVerify(function() { return findItem(view, "heatDensityLegend") !== null })
            keyClick(Qt.Key_H)
            compare(canvas.colouring, 2)
            tryVerify(function() { return findItem(view, "liquidAirLegend") !== null })
            keyClick(Qt.Key_H)
            compare(canvas.colouring, 0)
            // The buttons set it too.
            mouseClick(findItem(view, "colouring_1"))
            compare(canvas.colouring, 1)
        }
    }
}
