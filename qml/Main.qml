import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

ApplicationWindow {
    id: window
    width: 1400
    height: 900
    visible: true
    title: Planner.title

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            Label {
                text: Planner.title
                font.bold: true
                Layout.leftMargin: 12
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "statusLabel"
                text: Planner.statusText
                Layout.rightMargin: 12
            }
        }
    }

    SplitView {
        anchors.fill: parent

        ScrollView {
            id: elevations
            SplitView.fillWidth: true
            clip: true
            contentWidth: rackRow.width + 24
            contentHeight: rackRow.height + 24
            Row {
                id: rackRow
                objectName: "rackRow"
                x: 12
                y: 12
                spacing: 16
                Repeater {
                    model: Planner.racks
                    delegate: RackElevation {
                        required property string name
                        required property string modelName
                        required property int uHeight
                        required property string powerText
                        required property real powerFraction
                        required property var devices
                        rackName: name
                        rackModel: modelName
                        units: uHeight
                        power: powerText
                        load: powerFraction
                        contents: devices
                    }
                }
            }
        }

        ColumnLayout {
            SplitView.preferredWidth: 360
            SplitView.minimumWidth: 260
            spacing: 0
            TotalsPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                rows: Planner.totals
            }
            ViolationsPanel {
                Layout.fillWidth: true
                Layout.preferredHeight: 220
                items: Planner.violations
            }
        }
    }

    footer: Label {
        visible: Planner.lastError.length > 0
        text: Planner.lastError
        color: "#b00020"
        padding: 6
        wrapMode: Text.Wrap
    }
}
