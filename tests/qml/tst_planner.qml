import QtQuick
import QtTest
import PodPlanner

// Interaction scenarios on the real planner views with mouse events, as a person would do them. Every
// test starts from the same state (init): run alone or in any order, each passes.
Item {
    id: top
    width: 1600
    height: 1000

    PlannerView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Planner"
        when: windowShown

        // The fixture freshly open, nothing selected, no search, the elevation strip at its usual cap, the
        // floor fitted to the view.
        function init() {
            verify(Planner.openFile(samplePath), Planner.lastError)
            Planner.selection.clear()
            findItem(view, "paletteSearch").text = ""
            findItem(view, "elevationView").filter.limit = 16
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
        function total(label) {
            var rows = Planner.totals.rows
            for (var i = 0; i < rows.length; ++i) if (rows[i].label === label) return rows[i].value
            return undefined
        }
        // Drags `source` until the drag hot spot of `follower` (what moves with the pointer: the item itself,
        // or the palette's drag proxy) is on (x, y) of `target`, correcting for the drag threshold's lag the
        // way a person does by eye, then drops.
        function dragTo(source, target, x, y, follower) {
            var moving = follower || source
            var start = follower ? source.mapToItem(top, source.width / 2, source.height / 2)
                                 : source.mapToItem(top, source.Drag.hotSpot.x, source.Drag.hotSpot.y)
            var end = target.mapToItem(top, x, y)
            var cur = Qt.point(start.x, start.y)
            mousePress(top, cur.x, cur.y)
            var steps = 12
            for (var i = 1; i <= steps; ++i) {
                cur = Qt.point(start.x + (end.x - start.x) * i / steps, start.y + (end.y - start.y) * i / steps)
                mouseMove(top, cur.x, cur.y)
            }
            for (var k = 0; k < 3; ++k) {
                var hs = moving.mapToItem(top, moving.Drag.hotSpot.x, moving.Drag.hotSpot.y)
                cur = Qt.point(cur.x + end.x - hs.x, cur.y + end.y - hs.y)
                mouseMove(top, cur.x, cur.y)
            }
            wait(30)
            mouseRelease(top, cur.x, cur.y)
            wait(30)
        }

        function test_dragDgxIntoEmptySlot() {
            Planner.selection.select("r05")  // network rack A05: U1–U27 are free
            wait(50)
            var tile = findItem(view, "paletteTile_nvidia-dgx-h100")
            var face = findItem(view, "rackFace_r05_front")
            verify(tile && face)
            compare(total("GPUs"), "256")
            compare(total("IT power (max)"), "348.6 kW")
            // Drop with the device's top at U8: an 8U DGX then spans U1–U8.
            dragTo(tile, face, 75, (48 - 8) * 13 + 3, view.dragProxy)
            compare(Planner.lastError, "")
            compare(total("GPUs"), "264")                 // + 8 GPUs of one DGX H100
            compare(total("IT power (max)"), "358.8 kW")  // 348.572 + 10.2 = 358.772 kW
            Planner.undo()
            compare(total("GPUs"), "256")
        }

        function test_dropOnOccupiedSlotIsRefused() {
            Planner.selection.select("r01")  // A01: DGX-01 sits at U5–U12
            wait(50)
            var tile = findItem(view, "paletteTile_nvidia-dgx-h100")
            var face = findItem(view, "rackFace_r01_front")
            var before = Planner.projectJson()
            dragTo(tile, face, 75, (48 - 12) * 13 + 3, view.dragProxy)
            verify(Planner.lastError === "" || Planner.lastError.indexOf("taken") >= 0)
            compare(findItem(view, "dropHighlight_r01_front").problem.indexOf("is taken by DGX-01") >= 0, true)
            compare(total("GPUs"), "256")
            compare(Planner.projectJson(), before)
            verify(Planner.placementProblem("nvidia-dgx-h100", "r01", 5, "front").indexOf("is taken by") >= 0)
        }

        function test_moveRackChangesCableLengths() {
            var r = view.floor.rackRect("r10")
            verify(r.width > 5, "A10 is on screen")
            var before = total("Cables: MULTIMODE") + " " + total("Cables: AOC") + " " + total("Cables: DAC")
            var start = view.floor.mapToItem(top, r.x + r.width / 2, r.y + r.height / 2)
            mousePress(top, start.x, start.y)
            for (var i = 1; i <= 10; ++i) mouseMove(top, start.x, start.y + 12 * i)
            mouseRelease(top, start.x, start.y + 120)
            wait(30)
            var after = total("Cables: MULTIMODE") + " " + total("Cables: AOC") + " " + total("Cables: DAC")
            verify(after !== before, before + " vs " + after)
            // The whole drag is one undo step.
            Planner.undo()
            compare(total("Cables: MULTIMODE") + " " + total("Cables: AOC") + " " + total("Cables: DAC"), before)
        }

        function test_floorClickBandAndZoomOut() {
            var floor = view.floor
            var canvas = findItem(view, "floorCanvas")
            // A click on A03 selects it alone; a click on bare floor clears the selection.
            var r3 = floor.rackRect("r03")
            mouseClick(floor, r3.x + r3.width / 2, r3.y + r3.height / 2)
            compare(Planner.selection.ids, ["r03"])
            // The inspector (a rack: fields and its totals) ends above the totals panel, never under it.
            wait(30)
            var inspector = findItem(view, "inspector"), totals = findItem(view, "totalsPanel")
            verify(inspector.implicitHeight > 260, inspector.implicitHeight)
            verify(inspector.mapToItem(top, 0, inspector.height).y <= totals.mapToItem(top, 0, 0).y + 1)
            compare(inspector.height, inspector.implicitHeight)
            mouseClick(floor, 3, floor.height - 60)
            compare(Planner.selection.count, 0)
            // A rubber band from above A01's corner to below A04's corner selects A01–A04 (one row of the sample).
            var r1 = floor.rackRect("r01"), r4 = floor.rackRect("r04")
            mousePress(floor, r1.x - 4, r1.y - 4)
            mouseMove(floor, (r1.x + r4.x) / 2, r4.y + r4.height / 2)
            mouseMove(floor, r4.x + r4.width - 2, r4.y + r4.height - 2)
            mouseRelease(floor, r4.x + r4.width - 2, r4.y + r4.height - 2)
            var sel = Planner.selection.ids.slice().sort()
            compare(sel, ["r01", "r02", "r03", "r04"])
            // Four selected racks: four elevations, no caption (nothing left out).
            var filter = findItem(view, "elevationView").filter
            compare(filter.shown, 4)
            compare(findItem(view, "elevationCaption").visible, false)
            // Zoomed far out every rack is a few pixels: still all painted, still hit-testable.
            Planner.selection.clear()
            floor.zoom = 0.004
            wait(30)
            var tiny = floor.rackRect("r10")
            verify(tiny.width < 6, tiny.width)
            compare(canvas.paintedRacks, 10)
            compare(canvas.rackAt(tiny.x + tiny.width / 2, tiny.y + tiny.height / 2), "r10")
            floor.userMoved = false
            floor.fit()
        }

        function test_elevationStripIsCapped() {
            var filter = findItem(view, "elevationView").filter
            var caption = findItem(view, "elevationCaption")
            Planner.selection.clear()
            compare(filter.shown, 10)                  // the sample's ten racks, under the cap of 16
            verify(!caption.visible)
            filter.limit = 4
            compare(filter.shown, 4)
            compare(filter.candidates, 10)
            verify(caption.visible)
            compare(caption.text, "Showing the first 4 of 10 racks: select racks on the floor plan to see theirs")
            // Five racks and DGX-17 (in A07): six racks, in project order, of which the first four show.
            Planner.selection.selectMany(["r05", "r04", "r03", "r02", "r01", "dgx-17"])
            compare(Planner.selection.racks, ["r01", "r02", "r03", "r04", "r05", "r07"])
            compare(filter.shown, 4)
            compare(caption.text, "Showing 4 of 6 selected racks")
            Planner.selection.select("dgx-01")                   // a device selected: its rack's elevation alone
            compare(filter.shown, 1)
            wait(0)
            verify(findItem(view, "rackFace_r01_front") !== null)
            compare(findItem(view, "rackFace_r02_front"), null)
            filter.limit = 16
        }

        // The inspector refills its rows as the selection moves (a rack after a rack keeps its editors); a kind not
        // selected keeps its rows hidden, and they never write to the project.
        function test_inspectorRefillsAcrossSelections() {
            Planner.selection.select("r01")
            var name = findItem(view, "inspector_name")
            verify(name)
            compare(name.text, "A01")
            Planner.selection.select("r02")
            compare(findItem(view, "inspector_name"), name)   // the same editor, refilled
            compare(name.text, "A02")
            // An edit through it renames the rack now selected, not the one it was made for.
            name.text = "A02x"
            name.editingFinished()
            var racks = JSON.parse(Planner.projectJson()).racks
            compare(racks.filter(r => r.name === "A02x").map(r => r.id), ["r02"])
            Planner.undo()
            compare(name.text, "A02")
            // A device: its own rows; the rack's stay made, hidden, and inert.
            var before = Planner.projectJson()
            Planner.selection.select("dgx-01")
            compare(findItem(view, "inspector_name").text, "DGX-01")
            var hidden = findItem(view, "hiddeninspector_name")
            verify(hidden && !hidden.visible)
            hidden.text = "changed"
            hidden.editingFinished()
            compare(Planner.projectJson(), before)
            // Back to a rack from nothing: the kept rows, refilled.
            Planner.selection.clear()
            Planner.selection.select("r03")
            compare(findItem(view, "inspector_name"), name)
            compare(name.text, "A03")
        }

        function test_undoRestoresJsonExactly() {
            var original = Planner.projectJson()
            Planner.selection.select("r03")
            Planner.rotateSelection()
            Planner.duplicateSelection()
            Planner.rename("dgx-01", "renamed")
            Planner.selection.select("dgx-02")
            Planner.deleteSelection()
            verify(Planner.projectJson() !== original)
            for (var i = 0; i < 4; ++i) Planner.undo()
            compare(Planner.projectJson(), original)
            verify(!Planner.modified)
        }

        function test_violationClickSelectsItsRack() {
            Planner.selection.clear()
            var v = findItem(view, "violation_0")
            verify(v, "a violation row")
            mouseClick(v)
            verify(Planner.selection.ids.indexOf("r01") >= 0, Planner.selection.ids)
        }

        function test_deleteKeyAndUndoShortcut() {
            Planner.selection.select("dgx-03")
            view.forceActiveFocus()
            keyClick(Qt.Key_Delete)
            compare(total("GPUs"), "248")
            keySequence(StandardKey.Undo)
            compare(total("GPUs"), "256")
        }
    
        // Devices of `catalogId` in rack `rackId`, as saved, sorted by U.
        function devicesIn(rackId, catalogId) {
            var out = []
            var devices = JSON.parse(Planner.projectJson()).devices
            for (var i = 0; i < devices.length; ++i)
                if (devices[i].rack === rackId && devices[i].catalog === catalogId) out.push(devices[i].u)
            return out.sort(function(a, b) { return a - b })
        }

        // Ctrl+F, a search, Enter: the DGX goes into the selected rack's lowest free front slot. A05 (a
        // network rack) is empty from U1 to U27 with leaves from U28: 8U DGX fit at U1–U8, U9–U16, U17–U24;
        // a fourth would need U25–U32, which the leaf at U28 blocks, so it is refused with the reason.
        function test_enterAddsToLowestFreeSlot() {
            Planner.selection.select("r05")
            view.forceActiveFocus()
            keySequence(StandardKey.Find)
            var search = findItem(view, "paletteSearch")
            verify(search.activeFocus, "Ctrl+F focuses the catalog search")
            search.text = "nvidia-dgx-h100"
            for (var i = 0; i < 3; ++i) {
                Planner.selection.select("r05")
                search.forceActiveFocus()
                keyClick(Qt.Key_Return)
                compare(Planner.lastError, "")
            }
            compare(devicesIn("r05", "nvidia-dgx-h100"), [1, 9, 17])
            compare(total("GPUs"), "280")   // 256 + 3 × 8
            Planner.selection.select("r05")
            search.forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(Planner.lastError, "no free 8U slot on the front of rack A05")
            compare(total("GPUs"), "280")
            Planner.undo()                  // one undo step per add
            compare(devicesIn("r05", "nvidia-dgx-h100"), [1, 9])
            search.text = ""
        }

        // A double-click on a palette rack extends the selected rack's row: A10 is the last rack of row A
        // (centre x 10,600 mm, 800 mm wide, so its east side is at 11,000 mm); an 800 mm hpe-10848-g2
        // goes flush against it at x = 11,000 + 400 = 11,400 mm on the row's centre line y = 4,000 mm.
        function test_doubleClickRackExtendsRow() {
            Planner.selection.select("r03")
            var search = findItem(view, "paletteSearch")
            search.text = "hpe-10848-g2"
            wait(50)
            var tile = findItem(view, "paletteTile_hpe-10848-g2")
            verify(tile)
            mouseDoubleClickSequence(tile, tile.width / 2, tile.height / 2)
            compare(Planner.lastError, "")
            var racks = JSON.parse(Planner.projectJson()).racks
            compare(racks.length, 11)
            compare(racks[10].position, [11400, 4000])
            compare(racks[10].row, "A")
            compare(racks[10].name, "A11")          // named next in its row
            Planner.undo()
            compare(JSON.parse(Planner.projectJson()).racks.length, 10)
            search.text = ""
        }

        // Esc during a palette drag cancels it: the proxy goes, and releasing over a free slot adds nothing.
        function test_escapeCancelsPaletteDrag() {
            Planner.selection.select("r05")
            wait(50)
            var before = Planner.projectJson()
            var tile = findItem(view, "paletteTile_nvidia-dgx-h100")
            var face = findItem(view, "rackFace_r05_front")
            var start = tile.mapToItem(top, tile.width / 2, tile.height / 2)
            var end = face.mapToItem(top, 75, (48 - 8) * 13 + 3)
            mousePress(top, start.x, start.y)
            for (var i = 1; i <= 10; ++i)
                mouseMove(top, start.x + (end.x - start.x) * i / 10, start.y + (end.y - start.y) * i / 10)
            verify(view.dragProxy.active, "the proxy follows the pointer")
            verify(view.dragProxy.visible)
            var p = view.dragProxy.mapToItem(top, 0, 0)
            verify(Math.abs(p.x - end.x) < 1 && Math.abs(p.y - end.y) < 1, "proxy at " + p.x + "," + p.y + " pointer at " + end.x + "," + end.y)
            var highlight = findItem(view, "dropHighlight_r05_front")
            tryVerify(function() { return highlight.visible }, 1000, "the slot lights up under the proxy")
            keyClick(Qt.Key_Escape)
            verify(!view.dragProxy.active)
            mouseRelease(top, end.x, end.y)
            wait(30)
            compare(Planner.projectJson(), before)
        }
    }
}
