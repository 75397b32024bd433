import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// The power chain as a one-line tree from the sources down (PowerWhatIf.nodes): per node its kind and
// rating, a load bar in its load band, load of capacity and %, phase currents (distribution) and the racks
// it carries. "Fail" on any node (several at once) shows the what-if live — dead nodes greyed, overloaded
// ones red, dark racks grey and overloaded racks outlined on the floor — without changing the project.
Rectangle {
    id: root
    color: "white"
    readonly property int barWidth: 150

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label { text: qsTr("Power chain"); font.bold: true; font.pixelSize: 15 }
            Rectangle {
                visible: PowerWhatIf.active
                radius: 3
                color: "#fff3e0"
                border.color: Theme.warn
                implicitWidth: whatIfTag.implicitWidth + 12
                implicitHeight: whatIfTag.implicitHeight + 4
                Label { id: whatIfTag; anchors.centerIn: parent; text: qsTr("WHAT-IF · project unchanged"); font.pixelSize: 10; font.bold: true; color: "#8d5300" }
            }
            Label {
                objectName: "powerSummary"
                Layout.fillWidth: true
                visible: PowerWhatIf.hasChain
                text: PowerWhatIf.summary
                font.bold: PowerWhatIf.active
                color: PowerWhatIf.carried ? (PowerWhatIf.active ? "#2e7d32" : "#37474f") : Theme.bad
                elide: Text.ElideRight
            }
            Item { Layout.fillWidth: true; visible: !PowerWhatIf.hasChain }
            Button {
                objectName: "powerClear"
                text: qsTr("Clear failures")
                visible: PowerWhatIf.hasChain
                enabled: PowerWhatIf.active
                focusPolicy: Qt.NoFocus
                onClicked: PowerWhatIf.clear()
            }
        }

        // A project without a chain.
        Label {
            objectName: "powerEmpty"
            visible: !PowerWhatIf.hasChain
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            color: "#607d8b"
            text: qsTr("No power chain in this project — the racks' power is checked against their budgets and the room only.\n"
                     + "Add a \"power_chain\" (sources → UPS → busways, RPPs, floor PDUs) to the project file, or create one with "
                     + "File › New pod (podplanner generate --power 2N), to plan the chain and try failures here.")
        }

        ListView {
            id: list
            objectName: "powerNodes"
            visible: PowerWhatIf.hasChain
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: PowerWhatIf.nodes
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property int index
                required property string nodeId
                required property string name
                required property string kindLabel
                required property string detail
                required property string upstream
                required property int depth
                required property bool failed
                required property bool alive
                required property bool overloaded
                required property double fraction
                required property int band
                required property string loadText
                required property string percentText
                required property string phaseText
                required property int racks
                objectName: "powerNode_" + nodeId
                width: ListView.view.width
                height: 46
                color: failed ? "#eceff1" : overloaded ? "#ffebee" : index % 2 ? "#fafafa" : "white"
                border.color: overloaded ? Theme.bad : "transparent"

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 6
                    spacing: 10
                    // Name, kind and rating, indented under the node feeding it.
                    Item {
                        Layout.preferredWidth: 300
                        Layout.fillHeight: true
                        opacity: row.alive ? 1 : 0.5
                        Label {
                            x: row.depth * 22 - 14
                            visible: row.depth > 0
                            anchors.verticalCenter: parent.verticalCenter
                            text: "└"
                            color: "#90a4ae"
                        }
                        Column {
                            x: row.depth * 22
                            width: parent.width - x
                            anchors.verticalCenter: parent.verticalCenter
                            Row {
                                spacing: 6
                                Label { text: row.name; font.bold: true; elide: Text.ElideRight }
                                Rectangle {
                                    radius: 3
                                    color: "#eceff1"
                                    implicitWidth: kindText.implicitWidth + 8
                                    implicitHeight: kindText.implicitHeight + 2
                                    anchors.verticalCenter: parent.verticalCenter
                                    Label { id: kindText; anchors.centerIn: parent; text: row.kindLabel; font.pixelSize: 10; color: "#455a64" }
                                }
                            }
                            Label {
                                width: parent.width
                                text: row.detail + (row.upstream === "" ? "" : " · " + row.upstream)
                                font.pixelSize: 11
                                color: "#607d8b"
                                elide: Text.ElideRight
                            }
                        }
                    }
                    // Load bar: the share of capacity, in the load band's colour (model/PowerBand.h).
                    Rectangle {
                        objectName: "powerBar_" + row.nodeId
                        Layout.preferredWidth: root.barWidth
                        Layout.preferredHeight: 12
                        color: "#eceff1"
                        border.color: "#b0bec5"
                        Rectangle {
                            objectName: "powerBarFill_" + row.nodeId
                            x: 1; y: 1
                            height: parent.height - 2
                            width: Math.min(1, row.fraction) * (parent.width - 2)
                            color: LoadColours.colour(row.band)
                        }
                    }
                    Column {
                        Layout.preferredWidth: 190
                        Label {
                            objectName: "powerLoad_" + row.nodeId
                            text: row.alive ? row.loadText + "  (" + row.percentText + ")" : (row.failed ? qsTr("FAILED") : qsTr("no power"))
                            font.bold: row.overloaded || !row.alive
                            color: !row.alive ? "#78909c" : row.band >= 2 ? LoadColours.colour(row.band) : "#263238"
                        }
                        Label {
                            text: row.overloaded ? qsTr("over capacity") : row.racks === 1 ? qsTr("1 rack") : qsTr("%1 racks").arg(row.racks)
                            font.pixelSize: 11
                            color: row.overloaded ? Theme.bad : "#607d8b"
                            font.bold: row.overloaded
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.phaseText
                        font.pixelSize: 11
                        color: "#455a64"
                        elide: Text.ElideRight
                        opacity: row.alive ? 1 : 0.5
                    }
                    Button {
                        objectName: "powerFail_" + row.nodeId
                        text: row.failed ? qsTr("Failed") : qsTr("Fail")
                        // Shown pressed while failed; not checkable, so the state always follows the what-if (Clear).
                        checked: row.failed
                        focusPolicy: Qt.NoFocus
                        Layout.preferredWidth: 76
                        onClicked: PowerWhatIf.setFailed(row.nodeId, !row.failed)
                        ToolTip.visible: hovered
                        ToolTip.delay: 500
                        ToolTip.text: row.failed ? qsTr("Bring %1 back").arg(row.nodeId) : qsTr("What if %1 fails? (the project is not changed)").arg(row.nodeId)
                    }
                }
            }
        }
    }
}
