import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Properties of the selection, editable where it makes sense, with the selection's own totals.
Frame {
    id: root
    readonly property var info: Planner.inspector.info
    // The rows are made once and refilled as the selection changes: one set per kind of selection (rack, device,
    // cooling unit, many), the others kept hidden with their last contents. Remaking a rack's 16 rows of text fields
    // and combo boxes was most of selecting one (6–10 ms on a hall); now a rack after a rack, or after nothing, only
    // refills them.
    readonly property var totals: info.totals || []
    // Rows for the totals: as many as the most so far, the ones past this selection's hidden (not remade).
    property int totalRows: 0
    onTotalsChanged: totalRows = Math.max(totalRows, totals.length)
    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        Label { text: root.info.title; font.bold: true; font.pixelSize: 15; elide: Text.ElideRight; Layout.fillWidth: true }
        Repeater {
            model: ["rack", "device", "cooling", "many"]
            delegate: GridLayout {
                id: section
                required property string modelData
                readonly property bool current: root.info.kind === modelData
                // This kind's fields while it is selected; the last ones after (a binding cannot keep them).
                property var fields: []
                function refill() { if (current) fields = root.info.fields || [] }
                Component.onCompleted: refill()
                Connections { target: root; function onInfoChanged() { section.refill() } }
                visible: current && fields.length > 0
                columns: 2
                Layout.fillWidth: true
                columnSpacing: 8
                Repeater {
                    model: section.fields.length
                    delegate: Item {
                        id: cell
                        required property int index
                        readonly property var modelData: section.fields[index] || ({})
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        implicitHeight: 30
                        Label {
                            id: label
                            width: 128
                            anchors.verticalCenter: parent.verticalCenter
                            text: cell.modelData.label || ""
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
                            // A hidden kind's editors are named "hidden…", so that a name finds the one on screen.
                            property string prefix: section.current ? "" : "hidden"
                        }
                    }
                }
            }
        }
        Label { text: qsTr("Totals of the selection"); font.bold: true; visible: root.totals.length > 0; topPadding: 6 }
        Repeater {
            model: root.totalRows
            delegate: RowLayout {
                required property int index
                readonly property var modelData: root.totals[index] || ({})
                visible: index < root.totals.length
                Layout.fillWidth: true
                Label { text: modelData.label || ""; color: "#555"; Layout.fillWidth: true; Layout.alignment: Qt.AlignTop }
                // Long values (a cooling unit's racks served) wrap instead of running past the panel.
                Label {
                    text: modelData.value === undefined ? "" : modelData.value
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
            objectName: prefix + "inspector_" + field.key
            // Filled again each time its row is refilled (another selection, or this one after an edit), whatever was
            // typed or assigned: a `text` binding would be lost to the first assignment.
            readonly property var source: field
            onSourceChanged: text = field.value
            Component.onCompleted: text = field.value
            onEditingFinished: {
                if (prefix !== "" || text === field.value) return  // a hidden kind's field: not this selection's
                if (field.key === "name") Planner.rename(root.info.id, text)
                else if (field.key === "feeds") Planner.setRackFeeds(root.info.id, text)
            }
        }
    }
    Component {
        id: numberEditor
        TextField {
            objectName: prefix + "inspector_" + field.key
            readonly property var source: field
            onSourceChanged: text = Number(field.value).toFixed(1)
            Component.onCompleted: text = Number(field.value).toFixed(1)
            validator: DoubleValidator { bottom: 0; top: Planner.maxRackBudgetKw }
            onEditingFinished: if (prefix === "") Planner.setRackBudgetKw(root.info.id, Number(text))
        }
    }
    Component {
        id: coolingEditor
        ComboBox {
            id: cooling
            objectName: prefix + "inspector_cooling"
            model: Planner.coolingOptions
            textRole: "name"
            valueRole: "id"
            // Set again each time its row is refilled (a binding would be lost to the first assignment).
            readonly property var source: field
            onSourceChanged: currentIndex = indexOfValue(field.value)
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
                objectName: prefix + "inspector_feedNode_" + field.feed
                Layout.fillWidth: true
                model: PowerWhatIf.feedNodeOptions
                textRole: "name"
                valueRole: "id"
                readonly property var source: field
                onSourceChanged: currentIndex = indexOfValue(field.value)
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
                objectName: prefix + "inspector_feedPhase_" + field.feed
                Layout.preferredWidth: 82
                model: PowerWhatIf.phaseOptions
                textRole: "name"
                valueRole: "id"
                readonly property var source: field
                onSourceChanged: currentIndex = indexOfValue(field.phase)
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
            readonly property var source: field
            onSourceChanged: currentIndex = field.value === "rear" ? 1 : 0
            Component.onCompleted: currentIndex = field.value === "rear" ? 1 : 0
            onActivated: Planner.setDeviceFace(root.info.id, currentText)
        }
    }
}
