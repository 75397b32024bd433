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
        Label { text: qsTr("Violations (%1)").arg(Planner.violations.count); font.bold: true; font.pixelSize: 15 }
        ListView {
            id: list
            objectName: "violationsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Planner.violations
            delegate: ItemDelegate {
                required property string rule
                required property string severity
                required property string message
                required property var items
                required property int index
                objectName: "violation_" + index
                width: ListView.view.width
                padding: 3
                contentItem: Label {
                    wrapMode: Text.Wrap
                    text: (severity === "error" ? "● " : severity === "warning" ? "▲ " : "ℹ ")
                          + message + "  [" + rule + "]"
                    color: severity === "error" ? Theme.bad : severity === "warning" ? Theme.warn : "#455a64"
                    font.pixelSize: 11
                }
                onClicked: {
                    if (items.length === 0) return
                    Planner.selection.selectMany(items)
                    root.centreOn(Planner.rackOf(items[items.length - 1]))
                }
            }
        }
        Label { visible: Planner.violations.count === 0; text: qsTr("No rule violated."); color: Theme.ok }
    }
}
