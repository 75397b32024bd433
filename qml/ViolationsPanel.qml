import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Rule violations with severity, rule id and message.
Frame {
    id: root
    property var items: []
    ColumnLayout {
        anchors.fill: parent
        Label { text: qsTr("Violations (%1)").arg(root.items.length); font.bold: true; font.pixelSize: 16 }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.items
            delegate: Label {
                required property var modelData
                width: ListView.view.width
                wrapMode: Text.Wrap
                text: (modelData.severity === "error" ? "● " : "▲ ") + modelData.message
                color: modelData.severity === "error" ? "#b00020" : "#a05a00"
            }
        }
        Label {
            visible: root.items.length === 0
            text: qsTr("No rule violated.")
            color: "#1b5e20"
        }
    }
}
