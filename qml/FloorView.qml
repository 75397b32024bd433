import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
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
        var i = -1
        for (var k = 0; k < racks.count; ++k) if (racks.itemAt(k) && racks.itemAt(k).rackId === rackId) i = k
        if (i < 0) return
        var it = racks.itemAt(i)
        panX += width / 2 - (it.x + it.width / 2)
        panY += height / 2 - (it.y + it.height / 2)
    }
    onWidthChanged: if (!userMoved) fit()
    onHeightChanged: if (!userMoved) fit()
    onRoomChanged: fit()
    property bool userMoved: false

    Rectangle { anchors.fill: parent; color: "#eceff1" }

    Canvas {
        id: grid
        anchors.fill: parent
        property real step: 1000 * root.zoom   // 1 m grid
        onPaint: {
            var ctx = getContext("2d")
            ctx.reset()
            if (step < 4) return
            ctx.strokeStyle = "#d5dadd"
            ctx.lineWidth = 1
            var x0 = root.panX % step, y0 = root.panY % step
            ctx.beginPath()
            for (var x = x0; x < width; x += step) { ctx.moveTo(x, 0); ctx.lineTo(x, height) }
            for (var y = y0; y < height; y += step) { ctx.moveTo(0, y); ctx.lineTo(width, y) }
            ctx.stroke()
        }
        Connections {
            target: root
            function onZoomChanged() { grid.requestPaint() }
            function onPanXChanged() { grid.requestPaint() }
            function onPanYChanged() { grid.requestPaint() }
        }
    }

    Shape {
        id: roomShape
        ShapePath {
            strokeColor: "#37474f"
            strokeWidth: 2
            fillColor: "#ffffff"
            PathPolyline {
                path: {
                    var pts = []
                    var o = Planner.roomOutline
                    for (var i = 0; i <= o.length; ++i) pts.push(root.toPx(o[i % o.length].x, o[i % o.length].y))
                    return pts
                }
            }
        }
    }
    Repeater {
        model: Planner.keepouts
        delegate: Shape {
            required property var modelData
            ShapePath {
                strokeColor: "#8d6e63"
                fillColor: "#33a1887f"
                strokeWidth: 1
                PathPolyline {
                    path: {
                        var pts = []
                        var o = modelData.points
                        for (var i = 0; i <= o.length; ++i) pts.push(root.toPx(o[i % o.length].x, o[i % o.length].y))
                        return pts
                    }
                }
            }
            Label {
                x: root.toPx(modelData.points[0].x, modelData.points[0].y).x + 2
                y: root.toPx(modelData.points[0].x, modelData.points[0].y).y + 2
                text: modelData.name
                font.pixelSize: 10
                color: "#5d4037"
            }
        }
    }

    Repeater {
        id: racks
        model: Planner.racks
        delegate: Rectangle {
            id: rackItem
            required property string rackId
            required property string name
            required property real xMm
            required property real yMm
            required property real widthMm
            required property real depthMm
            required property int rotation
            required property real powerFraction
            required property int errors
            required property int warnings
            required property bool selected
            objectName: "floorRack_" + rackId
            x: root.panX + (xMm - widthMm / 2) * root.zoom
            y: root.panY + (yMm - depthMm / 2) * root.zoom
            width: widthMm * root.zoom
            height: depthMm * root.zoom
            color: Theme.loadColour(powerFraction)
            opacity: 0.85
            border.color: selected ? Theme.selection : "#263238"
            border.width: selected ? 3 : 1
            // Front edge: a thick dark bar on the side the front faces.
            Rectangle {
                color: "#102027"
                width: rackItem.rotation % 180 === 0 ? rackItem.width : Math.max(2, rackItem.width * 0.12)
                height: rackItem.rotation % 180 === 0 ? Math.max(2, rackItem.height * 0.12) : rackItem.height
                x: rackItem.rotation === 90 ? rackItem.width - width : 0
                y: rackItem.rotation === 180 ? rackItem.height - height : 0
            }
            Label {
                anchors.centerIn: parent
                visible: rackItem.width > 22
                text: rackItem.name
                font.pixelSize: Math.max(8, Math.min(12, rackItem.width / 4))
                color: "white"
                style: Text.Outline
                styleColor: "#263238"
            }
            Rectangle {
                visible: rackItem.errors + rackItem.warnings > 0
                width: 14; height: 14; radius: 7
                x: parent.width - 8; y: -6
                color: rackItem.errors > 0 ? Theme.bad : Theme.warn
                Label { anchors.centerIn: parent; text: rackItem.errors > 0 ? rackItem.errors : "!"; color: "white"; font.pixelSize: 9; font.bold: true }
            }
            MouseArea {
                anchors.fill: parent
                property point grab
                property int dragId: 0
                property bool moved: false
                onPressed: (mouse) => {
                    if (!(mouse.modifiers & Qt.ControlModifier) && !rackItem.selected) Planner.select(rackItem.rackId)
                    else if (mouse.modifiers & Qt.ControlModifier) Planner.select(rackItem.rackId, true)
                    grab = Qt.point(mouse.x, mouse.y)
                    dragId = Planner.beginRackDrag()
                    moved = false
                    root.forceActiveFocus()
                }
                onPositionChanged: (mouse) => {
                    var p = mapToItem(root, mouse.x, mouse.y)
                    var mm = root.toMm(p.x - grab.x + rackItem.width / 2, p.y - grab.y + rackItem.height / 2)
                    Planner.moveRack(rackItem.rackId, mm.x, mm.y, dragId)
                    moved = true
                }
            }
        }
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
        z: -1
        acceptedButtons: Qt.LeftButton | Qt.RightButton | Qt.MiddleButton
        property point start
        property bool panning: false
        onPressed: (mouse) => {
            start = Qt.point(mouse.x, mouse.y)
            panning = mouse.button !== Qt.LeftButton
            if (!panning) {
                band.x = mouse.x; band.y = mouse.y; band.width = 0; band.height = 0; band.visible = true
            }
            root.forceActiveFocus()
        }
        onPositionChanged: (mouse) => {
            if (panning) {
                root.panX += mouse.x - start.x
                root.panY += mouse.y - start.y
                start = Qt.point(mouse.x, mouse.y)
                root.userMoved = true
            } else {
                band.x = Math.min(start.x, mouse.x); band.y = Math.min(start.y, mouse.y)
                band.width = Math.abs(mouse.x - start.x); band.height = Math.abs(mouse.y - start.y)
            }
        }
        onReleased: {
            if (!panning) {
                band.visible = false
                var ids = []
                for (var i = 0; i < racks.count; ++i) {
                    var r = racks.itemAt(i)
                    if (r && r.x < band.x + band.width && r.x + r.width > band.x && r.y < band.y + band.height && r.y + r.height > band.y)
                        ids.push(r.rackId)
                }
                if (band.width < 3 && band.height < 3) Planner.clearSelection()
                else Planner.selectMany(ids)
            }
        }
        onWheel: (wheel) => {
            var factor = wheel.angleDelta.y > 0 ? 1.15 : 1 / 1.15
            var before = root.toMm(wheel.x, wheel.y)
            root.zoom = Math.max(0.005, Math.min(2, root.zoom * factor))
            root.panX = wheel.x - before.x * root.zoom
            root.panY = wheel.y - before.y * root.zoom
            root.userMoved = true
        }
    }

    DropArea {
        anchors.fill: parent
        keys: ["rack"]
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
                model: [[Theme.ok, qsTr("≤ 80 % of budget")], [Theme.warn, qsTr("80–100 %")], [Theme.bad, qsTr("over budget")]]
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
