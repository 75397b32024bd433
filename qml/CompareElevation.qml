import QtQuick
import QtQuick.Controls
import PodPlanner

// The front of one rack in the comparison view, read-only and not bound to the open document: rack
// outline, a U scale, each front (or full-depth) device as a box at its U with its name. `rack` is one of
// CompareController.gpuRackA / gpuRackB; `unitHeight` is pixels per U (both sides use the same).
Item {
    id: root
    property var rack: ({})
    property real unitHeight: 5
    property int fontSize: 15
    readonly property int units: rack.uHeight || 48
    readonly property var devices: rack.devices || []
    readonly property real scaleWidth: 30
    readonly property real bodyWidth: Math.max(170, fontSize * 12)
    // U numbers every `step` U, as dense as their type allows.
    readonly property int step: unitHeight >= 12 ? 1 : unitHeight >= 6 ? 4 : 8
    readonly property int labelSize: Math.max(9, Math.min(12, fontSize - 5))
    readonly property var sideMounted: devices.filter(d => d.height === 0)
    function kindLabel(kind) { return kind === "pdu" || kind === "cdu" ? kind.toUpperCase() : kind.replace("_", " ") }
    implicitWidth: scaleWidth + bodyWidth + 4
    // A line below for side-mounted 0U equipment, kept when there is none so that A and B line up.
    implicitHeight: units * unitHeight + 2 + labelSize + 6

    Repeater {
        model: root.units
        Text {
            required property int index
            readonly property int u: root.units - index
            visible: u === 1 || u % root.step === 0
            x: 0
            width: root.scaleWidth - 4
            y: 1 + index * root.unitHeight + root.unitHeight / 2 - height / 2
            text: u
            horizontalAlignment: Text.AlignRight
            font.pixelSize: root.labelSize
            color: "#777"
        }
    }
    Rectangle {
        id: body
        objectName: "compareRackBody"
        x: root.scaleWidth
        width: root.bodyWidth
        height: root.units * root.unitHeight + 2
        color: "#fbfbfb"
        border.color: "#333"
        border.width: 1
        Repeater {
            model: root.devices
            Rectangle {
                id: dev
                required property var modelData
                objectName: "compareDevice_" + modelData.id
                visible: (modelData.face === "front" || modelData.fullDepth) && modelData.height > 0
                x: 2
                width: body.width - 4
                y: 1 + (root.units - modelData.u - modelData.height + 1) * root.unitHeight
                height: Math.max(1, modelData.height * root.unitHeight - 1)
                color: Theme.kindColour(modelData.kind)
                border.color: modelData.kind === "blank" ? "#bdbdbd" : "#222"
                border.width: 1
                radius: 1
                // Names where they can be read (kW beside, the model below when there is room); blanking
                // panels stay plain grey.
                readonly property int textSize: Math.max(8, Math.min(root.fontSize - 3, height - 2))
                readonly property bool twoLines: height >= textSize * 2.6
                Column {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 5
                    width: parent.width - 10
                    visible: dev.modelData.kind !== "blank" && dev.height >= 9
                    Item {
                        width: parent.width
                        height: nameText.implicitHeight
                        Text {
                            id: nameText
                            width: parent.width - kwText.implicitWidth - 6
                            text: dev.modelData.name
                            font.pixelSize: dev.textSize
                            font.bold: dev.modelData.kind === "gpu_node"
                            color: "white"
                            elide: Text.ElideRight
                        }
                        Text {
                            id: kwText
                            anchors.right: parent.right
                            text: dev.modelData.kw
                            font.pixelSize: dev.textSize
                            color: "white"
                        }
                    }
                    Text {
                        visible: dev.twoLines
                        width: parent.width
                        text: dev.modelData.model
                        font.pixelSize: Math.max(8, dev.textSize - 2)
                        color: "white"
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
    Text {
        anchors.top: body.bottom
        anchors.topMargin: 2
        x: body.x
        width: body.width
        visible: root.sideMounted.length > 0
        // "+ 2 × 0U pdu, side-mounted": what hangs beside the U space, by kind.
        text: qsTr("+ %1 × 0U %2, side-mounted").arg(root.sideMounted.length)
                  .arg(root.sideMounted.map(d => root.kindLabel(d.kind)).filter((k, i, all) => all.indexOf(k) === i).join(", "))
        font.pixelSize: root.labelSize
        color: "#555"
        elide: Text.ElideRight
    }
}
