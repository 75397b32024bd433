import QtQuick
import QtQuick.Controls
import PodPlanner

// One face (front or rear) of a rack: U scale, devices drawn to height, and a drop target that
// highlights the U range a dragged item would take and refuses, saying why, where it cannot fit.
Item {
    id: root
    property string rackId
    property string face: "front"
    property int units: 48
    property var contents: []
    readonly property var noDevice: ({ id: "", name: "", model: "", kw: "", kind: "", face: "", u: 1, height: 0, fullDepth: false })
    property real unitHeight: 13
    // False while the face is kept hidden (ElevationView's first racks behind a selection): its items are then
    // named "hidden…", so that a name finds the face on screen.
    property bool shown: true
    readonly property string namePrefix: shown ? "" : "hidden"
    readonly property real bodyWidth: 150
    width: 24 + bodyWidth + 14
    height: units * unitHeight

    function scaleText(n) {
        var lines = []
        for (var u = n; u >= 1; --u) lines.push(u)
        return lines.join("\n")
    }

    // Bottom U for a drag at y (the dragged item's top edge at the pointer).
    function bottomUAt(y, heightU) {
        var topU = units - Math.floor(y / unitHeight)
        return Math.max(1, topU - Math.max(1, Math.ceil(heightU)) + 1)
    }

    // The U scale: one Text of `units` lines, each one U high (48 Labels per face made a rack slow to show).
    Text {
        id: scale
        width: 22
        height: root.height
        text: root.scaleText(root.units)
        font.pixelSize: 8
        lineHeightMode: Text.FixedHeight
        lineHeight: root.unitHeight
        horizontalAlignment: Text.AlignRight
        color: "#777"
    }
    Rectangle {
        id: body
        objectName: root.namePrefix + "rackFace_" + root.rackId + "_" + root.face
        x: 24
        width: root.bodyWidth
        height: parent.height
        color: "#fbfbfb"
        border.color: "#333"

        // Rows by count, each reading its device: an edit that keeps the rack's device count (a move within it, a
        // face change, a rename) refills the rows instead of remaking them all.
        Repeater {
            model: root.contents.length
            Rectangle {
                id: dev
                required property int index
                readonly property var modelData: root.contents[index] || root.noDevice
                objectName: root.namePrefix + "device_" + modelData.id + "_" + root.face
                property string deviceId: modelData.id
                property string catalogId: ""
                property real uHeight: modelData.height
                property bool isRack: false
                readonly property bool selected: Planner.selection.revision >= 0 && Planner.selection.contains(modelData.id)
                visible: (modelData.face === root.face || modelData.fullDepth) && modelData.height > 0
                x: 2
                width: body.width - 4
                y: (root.units - modelData.u - modelData.height + 1) * root.unitHeight
                height: modelData.height * root.unitHeight - 1
                color: modelData.face === root.face ? Theme.kindColour(modelData.kind) : Qt.lighter(Theme.kindColour(modelData.kind), 1.5)
                border.color: selected ? Theme.selection : "#222"
                border.width: selected ? 3 : 1
                radius: 2
                Drag.active: devMouse.drag.active
                Drag.keys: ["device"]
                Drag.hotSpot.x: 4
                Drag.hotSpot.y: 2
                Text {
                    anchors.fill: parent
                    anchors.leftMargin: 4
                    anchors.rightMargin: 4
                    text: modelData.name + (dev.height > 24 ? "\n" + modelData.model + " · " + modelData.kw : "")
                    font.pixelSize: Math.min(11, Math.max(7, dev.height - 4))
                    color: modelData.kind === "blank" ? "#444" : Theme.textOn(dev.color)
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    clip: true
                }
                MouseArea {
                    id: devMouse
                    anchors.fill: parent
                    drag.target: dev
                    onPressed: (mouse) => Planner.selection.select(dev.deviceId, mouse.modifiers & Qt.ControlModifier)
                    onReleased: {
                        if (dev.Drag.active) dev.Drag.drop()
                        dev.y = Qt.binding(function() { return (root.units - dev.modelData.u - dev.modelData.height + 1) * root.unitHeight })
                        dev.x = 2
                    }
                    onDoubleClicked: renamer.open(dev.deviceId, dev.modelData.name, dev)
                }
            }
        }
        // Side-mounted (0U) equipment as a strip at the right edge.
        Column {
            x: body.width + 2
            spacing: 2
            Repeater {
                model: root.face === "rear" ? root.contents.filter(d => d.height === 0) : []
                Rectangle {
                    required property var modelData
                    width: 8
                    height: root.height / 2 - 2
                    color: Theme.kindColour(modelData.kind)
                    ToolTip.visible: zeroMouse.containsMouse
                    ToolTip.text: modelData.name + " (0U)"
                    MouseArea { id: zeroMouse; anchors.fill: parent; hoverEnabled: true; onClicked: Planner.selection.select(modelData.id) }
                }
            }
        }
        Rectangle {
            id: highlight
            objectName: root.namePrefix + "dropHighlight_" + root.rackId + "_" + root.face
            property string problem: ""
            visible: drop.containsDrag
            x: 1
            width: body.width - 2
            color: problem === "" ? "#5566bb6a" : "#55e57373"
            border.color: problem === "" ? Theme.ok : Theme.bad
            border.width: 2
            Text {
                anchors.centerIn: parent
                width: parent.width - 6
                text: highlight.problem
                visible: text !== ""
                wrapMode: Text.Wrap
                font.pixelSize: 10
                color: "#7f0000"
            }
        }
        DropArea {
            id: drop
            anchors.fill: parent
            keys: ["device"]
            property real heightU: 1
            property int bottomU: 1
            function evaluate(d) {
                var src = d.source
                heightU = Math.max(1, src.uHeight)
                bottomU = root.bottomUAt(d.y, heightU)
                highlight.y = (root.units - bottomU - Math.ceil(heightU) + 1) * root.unitHeight
                highlight.height = Math.ceil(heightU) * root.unitHeight
                highlight.problem = Planner.placementProblem(src.catalogId, root.rackId, bottomU, root.face, src.deviceId)
            }
            onEntered: (d) => evaluate(d)
            onPositionChanged: (d) => evaluate(d)
            onDropped: (d) => {
                evaluate(d)
                var src = d.source
                if (highlight.problem !== "") return
                if (src.deviceId !== "") Planner.moveDevice(src.deviceId, root.rackId, bottomU, root.face)
                else Planner.addDevice(src.catalogId, root.rackId, bottomU, root.face)
                d.accept()
            }
        }
    }
    Text {
        anchors.top: parent.bottom
        anchors.horizontalCenter: body.horizontalCenter
        text: root.face === "front" ? qsTr("front") : qsTr("rear")
        font.pixelSize: 10
        color: "#555"
    }
    // The rename field, made when first opened (a Popup and TextField per face made a rack slow to show).
    Loader {
        id: renamer
        active: false
        function open(id, name, anchorItem) {
            active = true
            item.open(id, name, anchorItem)
        }
        sourceComponent: Popup {
            id: popup
            property string targetId
            function open(id, name, anchorItem) {
                targetId = id
                field.text = name
                parent = anchorItem
                visible = true
                field.forceActiveFocus()
                field.selectAll()
            }
            width: 180
            padding: 4
            TextField {
                id: field
                objectName: "renameField"
                width: parent.width
                onAccepted: {
                    Planner.rename(popup.targetId, text)
                    popup.close()
                }
                Keys.onEscapePressed: popup.close()
            }
        }
    }
}
