import QtQuick
import QtQuick.Controls
import PodPlanner

// The room to scale: grid, keep-outs, racks coloured by power use with their front edge marked and
// violation markers. Wheel zooms about the pointer, right/middle drag pans, left drag on a rack moves
// it (snapping to the grid and to neighbours), left drag on empty floor selects with a rubber band.
Item {
    id: root
    clip: true
    property real zoom: 0.05          // pixels per millimetre
    property real panX: 20
    property real panY: 20
    readonly property rect room: Planner.roomBounds

    function fit() {
        if (room.width <= 0 || width <= 0) return
        zoom = Math.min((width - 40) / room.width, (height - 60) / room.height)
        panX = 20 - room.x * zoom + (width - 40 - room.width * zoom) / 2
        panY = 20 - room.y * zoom
    }
    function toPx(xMm, yMm) { return Qt.point(panX + xMm * zoom, panY + yMm * zoom) }
    function toMm(px, py) { return Qt.point((px - panX) / zoom, (py - panY) / zoom) }
    function centerOn(rackId) {
        var r = canvas.rackRect(rackId)
        if (r.width <= 0) return
        panX += width / 2 - (r.x + r.width / 2)
        panY += height / 2 - (r.y + r.height / 2)
        userMoved = true
    }
    // A rack's footprint in this item's pixels (tests, centring); empty if there is no such rack.
    function rackRect(rackId) { return canvas.rackRect(rackId) }
    onWidthChanged: if (!userMoved) fit()
    onHeightChanged: if (!userMoved) fit()
    onRoomChanged: fit()
    property bool userMoved: false

    // Background, grid, room, keep-outs and every rack: one painted scene-graph node (FloorCanvas.cpp).
    FloorCanvas {
        id: canvas
        objectName: "floorCanvas"
        anchors.fill: parent
        model: Planner.racks
        zoom: root.zoom
        panX: root.panX
        panY: root.panY
        outline: Planner.roomOutline
        keepouts: Planner.keepouts
        warningFraction: Planner.powerWarningFraction
    }

    Rectangle {
        id: band
        visible: false
        color: "#221565c0"
        border.color: Theme.selection
    }

    MouseArea {
        id: background
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton | Qt.MiddleButton
        hoverEnabled: true
        property point start
        property string mode: ""        // "pan", "band" or "rack"
        property string rackId: ""      // the rack a left press landed on
        property point grab              // press point relative to that rack's centre, px
        property int dragId: 0
        property string hoverRack: ""
        onPressed: (mouse) => {
            start = Qt.point(mouse.x, mouse.y)
            root.forceActiveFocus()
            if (mouse.button !== Qt.LeftButton) { mode = "pan"; return }
            rackId = canvas.rackAt(mouse.x, mouse.y)
            console.info(UiLog.category, "floor press: " + (rackId === "" ? "empty floor" : "rack " + rackId))
            if (rackId === "") {
                mode = "band"
                band.x = mouse.x; band.y = mouse.y; band.width = 0; band.height = 0; band.visible = true
                return
            }
            mode = "rack"
            var selected = Planner.selection.contains(rackId)
            if (mouse.modifiers & Qt.ControlModifier) Planner.selection.select(rackId, true)
            else if (!selected) Planner.selection.select(rackId)
            var r = canvas.rackRect(rackId)
            grab = Qt.point(mouse.x - (r.x + r.width / 2), mouse.y - (r.y + r.height / 2))
            dragId = Planner.beginRackDrag()
        }
        onPositionChanged: (mouse) => {
            if (!pressed) {
                hoverRack = canvas.rackAt(mouse.x, mouse.y)
                return
            }
            if (mode === "pan") {
                root.panX += mouse.x - start.x
                root.panY += mouse.y - start.y
                start = Qt.point(mouse.x, mouse.y)
                root.userMoved = true
            } else if (mode === "band") {
                band.x = Math.min(start.x, mouse.x); band.y = Math.min(start.y, mouse.y)
                band.width = Math.abs(mouse.x - start.x); band.height = Math.abs(mouse.y - start.y)
            } else if (mode === "rack") {
                var mm = root.toMm(mouse.x - grab.x, mouse.y - grab.y)
                Planner.moveRack(rackId, mm.x, mm.y, dragId)
            }
        }
        onReleased: {
            if (mode === "band") {
                band.visible = false
                if (band.width < 3 && band.height < 3) Planner.selection.clear()
                else Planner.selection.selectMany(canvas.racksIn(Qt.rect(band.x, band.y, band.width, band.height)))
            }
            mode = ""
        }
        onExited: hoverRack = ""
        onWheel: (wheel) => {
            var factor = wheel.angleDelta.y > 0 ? 1.15 : 1 / 1.15
            var before = root.toMm(wheel.x, wheel.y)
            root.zoom = Math.max(0.002, Math.min(2, root.zoom * factor))
            root.panX = wheel.x - before.x * root.zoom
            root.panY = wheel.y - before.y * root.zoom
            root.userMoved = true
        }
        ToolTip.visible: hoverRack !== "" && !pressed
        ToolTip.delay: 400
        ToolTip.text: hoverRack === "" ? "" : canvas.rackToolTip(hoverRack)
    }

    // A rack dragged from the palette: its footprint to scale, snapped where it would land.
    Rectangle {
        id: ghost
        objectName: "rackDropGhost"
        visible: rackDrop.containsDrag
        color: "#405c6bc0"
        border.color: Theme.selection
        border.width: 2
        Rectangle { width: parent.width; height: 3; color: Theme.selection }  // the front edge (north)
    }
    DropArea {
        id: rackDrop
        anchors.fill: parent
        keys: ["rack"]
        function place(d) {
            const mm = root.toMm(d.x, d.y)
            const at = Planner.rackLanding(d.source.catalogId, mm.x, mm.y)
            const w = d.source.widthMm * root.zoom, h = d.source.depthMm * root.zoom
            const c = root.toPx(at.x, at.y)
            ghost.x = c.x - w / 2; ghost.y = c.y - h / 2; ghost.width = w; ghost.height = h
        }
        onEntered: (d) => place(d)
        onPositionChanged: (d) => place(d)
        onDropped: (d) => {
            var mm = root.toMm(d.x, d.y)
            Planner.addRack(d.source.catalogId, mm.x, mm.y)
            d.accept()
        }
    }

    // Legend and scale bar.
    Column {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 8
        spacing: 2
        Row {
            spacing: 8
            Repeater {
                // Swatches in the fills the canvas paints racks with (LoadColours: FloorScene.h's table).
                model: [[LoadColours.fill(1), qsTr("≤ %1 of budget").arg(Planner.powerWarningText)],
                        [LoadColours.fill(2), qsTr("%1–100 %").arg(Planner.powerWarningText.replace(" %", ""))],
                        [LoadColours.fill(3), qsTr("over budget")]]
                Row {
                    required property var modelData
                    spacing: 3
                    Rectangle { width: 12; height: 12; color: modelData[0] }
                    Label { text: modelData[1]; font.pixelSize: 10 }
                }
            }
        }
        Row {
            spacing: 4
            Rectangle { width: 1000 * root.zoom; height: 4; color: "#263238"; anchors.verticalCenter: parent.verticalCenter }
            Label { text: qsTr("1 m"); font.pixelSize: 10 }
        }
    }
    RoundButton {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        text: qsTr("Fit")
        onClicked: { root.userMoved = false; root.fit() }
    }
}
