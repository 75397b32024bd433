import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Live cluster totals and a per-rack kW bar chart against budgets (values formatted by the model).
Frame {
    id: root
    property var rows: Planner.totals.rows
    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        // A site of several halls: whose totals these are ("Site" or the hall's name; Planner.halls).
        Label {
            objectName: "totalsTitle"
            text: Planner.halls.name === "" ? qsTr("Totals") : qsTr("Totals · %1").arg(Planner.halls.name)
            font.bold: true
            font.pixelSize: 15
        }
        Repeater {
            // A count, not the list: an edit that changes a figure updates the labels, not the rows.
            model: root.rows.length
            delegate: RowLayout {
                required property int index
                readonly property var modelData: root.rows[index] || ({label: "", value: ""})
                Layout.fillWidth: true
                Label { text: modelData.label; color: "#444"; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { objectName: "total_" + modelData.label; text: modelData.value; font.bold: true }
            }
        }
        Label { text: qsTr("kW per rack (max draw / budget)"); font.bold: true; topPadding: 6 }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 60
            clip: true
            model: Planner.halls.racks  // the scope's racks (all without halls)
            spacing: 1
            // Name | bar (the warning line marked) | "40.8 kW / 55.0 kW" beside the bar, never on it.
            delegate: Item {
                required property string name
                required property real powerFraction
                required property string powerText
                width: ListView.view.width
                height: 14
                Label { id: n; width: 40; text: name; font.pixelSize: 10; elide: Text.ElideRight }
                Label {
                    id: figure
                    objectName: "rackPowerText_" + name
                    anchors.right: parent.right
                    width: 104
                    horizontalAlignment: Text.AlignRight
                    text: powerText
                    font.pixelSize: 10
                    color: Theme.loadColour(powerFraction) === Theme.bad ? Theme.bad : "#333"
                }
                Rectangle {
                    objectName: "rackPowerBar_" + name
                    x: n.width
                    y: 1
                    width: parent.width - n.width - figure.width - 6
                    height: 12
                    color: "#eeeeee"
                    Rectangle {
                        width: Math.min(1, powerFraction) * parent.width
                        height: parent.height
                        color: Theme.loadColour(powerFraction)
                    }
                    Rectangle { x: parent.width * Planner.powerWarningFraction; width: 1; height: parent.height; color: "#616161" }
                }
            }
        }
    }
}
