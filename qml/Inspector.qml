import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Properties of the selection, editable where it makes sense, with the selection's own totals.
Frame {
    id: root
    readonly property var info: Planner.inspector.info
    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        Label { text: root.info.title; font.bold: true; font.pixelSize: 15; elide: Text.ElideRight; Layout.fillWidth: true }
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            columnSpacing: 8
            Repeater {
                model: root.info.fields || []
                delegate: Item {
                    id: cell
                    required property var modelData
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    implicitHeight: 30
                    Label {
                        id: label
                        width: 128
                        anchors.verticalCenter: parent.verticalCenter
                        text: cell.modelData.label
                        color: "#555"
                        elide: Text.ElideRight
                    }
                    Loader {
                        anchors.left: label.right
                        anchors.leftMargin: 6
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        sourceComponent: cell.modelData.editor === "text" ? textEditor
                                       : cell.modelData.editor === "number" ? numberEditor
                                       : cell.modelData.editor === "cooling" ? coolingEditor
                                       : cell.modelData.editor === "face" ? faceEditor
                                       : cell.modelData.editor === "feed" ? feedEditor : plain
                        property var field: cell.modelData
                    }
                }
            }
        }
        Label { text: qsTr("Totals of the selection"); font.bold: true; visible: (root.info.totals || []).length > 0; topPadding: 6 }
        Repeater {
            model: root.info.totals || []
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.label; color: "#555"; Layout.fillWidth: true; Layout.alignment: Qt.AlignTop }
                // Long values (a cooling unit's racks served) wrap instead of running past the panel.
                Label {
                    text: modelData.value
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignRight
                    Layout.maximumWidth: root.availableWidth * 0.62
                }
            }
        }
        Item { Layout.fillHeight: true }
    }

    Component { id: plain; Label { text: field.value; elide: Text.ElideRight } }
    Component {
        id: textEditor
        TextField {
            objectName: "inspector_" + field.key
            text: field.value
            onEditingFinished: {
                if (text === field.value) return
                if (field.key === "name") Planner.rename(root.info.id, text)
                else if (field.key === "feeds") Planner.setRackFeeds(root.info.id, text)
            }
        }
    }
    Component {
        id: numberEditor
        TextField {
            objectName: "inspector_" + field.key
            text: Number(field.value).toFixed(1)
            validator: DoubleValidator { bottom: 0; top: Planner.maxRackBudgetKw }
            onEditingFinished: Planner.setRackBudgetKw(root.info.id, Number(text))
        }
    }
    Component {
        id: coolingEditor
        ComboBox {
            id: cooling
            objectName: "inspector_cooling"
            model: Planner.coolingOptions
            textRole: "name"
            valueRole: "id"
            Component.onCompleted: currentIndex = indexOfValue(field.value)
            onActivated: Planner.setRackCooling(root.info.id, currentValue)
            // Long names ("Rear-door heat exchanger, active (fan-assisted)") end in "…" in the field, show
            // whole on hover, and whole in a list as wide as they need.
            contentItem: Label {
                leftPadding: 6
                rightPadding: cooling.indicator ? cooling.indicator.width : 0
                text: cooling.displayText
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
            }
            ToolTip.visible: hovered && !popup.visible
            ToolTip.text: displayText
            ToolTip.delay: 500
            popup.width: Math.max(width, 380)
            popup.x: width - popup.width
        }
    }
    // Where a rack feed hangs in the power chain: the node (UPS or distribution) and the phase its
    // single-phase PDUs use; each change is one undo step (PowerWhatIf.setRackFeed → edit::setRackFeed).
    Component {
        id: feedEditor
        RowLayout {
            spacing: 4
            ComboBox {
                id: feedNode
                objectName: "inspector_feedNode_" + field.feed
                Layout.fillWidth: true
                model: PowerWhatIf.feedNodeOptions
                textRole: "name"
                valueRole: "id"
                Component.onCompleted: currentIndex = indexOfValue(field.value)
                onActivated: PowerWhatIf.setRackFeed(root.info.id, field.feed, currentValue, feedPhase.currentValue)
                // The node's id in the field (names in the list): "BW-A", not "BW-A · Busw…".
                displayText: currentValue === "" || currentValue === undefined ? qsTr("not on the chain") : currentValue
                popup.width: Math.max(width, 240)
                ToolTip.visible: hovered && !popup.visible
                ToolTip.text: qsTr("Power chain node feed %1 hangs from").arg(field.feed)
                ToolTip.delay: 500
            }
            ComboBox {
                id: feedPhase
                objectName: "inspector_feedPhase_" + field.feed
                Layout.preferredWidth: 82
                model: PowerWhatIf.phaseOptions
                textRole: "name"
                valueRole: "id"
                Component.onCompleted: currentIndex = indexOfValue(field.phase)
                onActivated: PowerWhatIf.setRackFeed(root.info.id, field.feed, feedNode.currentValue, currentValue)
                ToolTip.visible: hovered && !popup.visible
                ToolTip.text: qsTr("Phase of feed %1's single-phase PDUs (3-phase: balanced over L1–L3)").arg(field.feed)
                ToolTip.delay: 500
            }
        }
    }
    Component {
        id: faceEditor
        ComboBox {
            model: ["front", "rear"]
            Component.onCompleted: currentIndex = field.value === "rear" ? 1 : 0
            onActivated: Planner.setDeviceFace(root.info.id, currentText)
        }
    }
}
