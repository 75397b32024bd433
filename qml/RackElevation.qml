import QtQuick
import QtQuick.Controls

// Front elevation of one rack: U numbers on the left, devices drawn to height.
Column {
    id: root
    property string rackName
    property string rackModel
    property int units: 42
    property string power
    property real load: 0
    property var contents: []
    property real unitHeight: 14

    readonly property var kindColours: ({
        "gpu_node": "#4e79a7", "cpu_node": "#76b7b2", "switch": "#f28e2b", "storage": "#59a14f",
        "pdu": "#9c755f", "blank": "#d9d9d9", "patch_panel": "#bab0ac", "cdu": "#b07aa1"
    })

    spacing: 4
    Label { text: root.rackName; font.bold: true; font.pixelSize: 15 }
    Label { text: root.rackModel; font.pixelSize: 10; color: "#555" }
    Label {
        text: root.power
        font.pixelSize: 11
        color: root.load > 1 ? "#b00020" : root.load > 0.8 ? "#a05a00" : "#1b5e20"
    }
    Row {
        spacing: 2
        Column {
            Repeater {
                model: root.units
                Label {
                    required property int index
                    width: 22
                    height: root.unitHeight
                    text: root.units - index
                    font.pixelSize: 8
                    horizontalAlignment: Text.AlignRight
                    verticalAlignment: Text.AlignVCenter
                    color: "#777"
                }
            }
        }
        Rectangle {
            width: 150
            height: root.units * root.unitHeight
            color: "#fafafa"
            border.color: "#333"
            Repeater {
                model: root.contents
                Rectangle {
                    required property var modelData
                    visible: (modelData.face === "front" || modelData.fullDepth) && modelData.height > 0
                    x: 2
                    width: parent.width - 4
                    y: (root.units - modelData.u - modelData.height + 1) * root.unitHeight
                    height: modelData.height * root.unitHeight - 1
                    color: root.kindColours[modelData.kind] || "#cccccc"
                    border.color: "#222"
                    radius: 2
                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        text: modelData.name
                        font.pixelSize: Math.min(11, Math.max(7, parent.height - 4))
                        color: modelData.kind === "blank" ? "#444" : "white"
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
