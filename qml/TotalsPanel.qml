import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Cluster totals as label/value rows; values arrive formatted from the model.
Frame {
    id: root
    property var rows: []
    ColumnLayout {
        anchors.fill: parent
        Label { text: qsTr("Totals"); font.bold: true; font.pixelSize: 16 }
        ListView {
            objectName: "totalsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.rows
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                Label { text: modelData.label; Layout.fillWidth: true; color: "#444" }
                Label { text: modelData.value; font.bold: true }
            }
        }
    }
}
