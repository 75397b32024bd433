import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Rule violations with severity, rule and message; a click selects the items and centres the rack.
Frame {
    id: root
    signal centreOn(string rackId)
    ColumnLayout {
        anchors.fill: parent
        Label { text: qsTr("Violations (%1)").arg(Planner.violations.length); font.bold: true; font.pixelSize: 15 }
        ListView {
            id: list
            objectName: "violationsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Planner.violations
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "violation_" + index
                width: ListView.view.width
                padding: 3
                contentItem: Label {
                    wrapMode: Text.Wrap
                    text: (modelData.severity === "error" ? "● " : modelData.severity === "warning" ? "▲ " : "ℹ ")
                          + modelData.message + "  [" + modelData.rule + "]"
                    color: modelData.severity === "error" ? Theme.bad : modelData.severity === "warning" ? Theme.warn : "#455a64"
                    font.pixelSize: 11
                }
                onClicked: {
                    if (modelData.items.length === 0) return
                    Planner.selectMany(modelData.items)
                    root.centreOn(Planner.rackOf(modelData.items[modelData.items.length - 1]))
                }
            }
        }
        Label { visible: Planner.violations.length === 0; text: qsTr("No rule violated."); color: Theme.ok }
    }
}
