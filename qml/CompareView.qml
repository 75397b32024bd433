import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PodPlanner

// Two pods side by side for a customer: both floor plans (racks coloured by power use against their
// budget, drawn to one scale) and the comparison table (figures formatted by the model), large enough
// for a projector. F5 toggles presentation mode: full screen, larger type, no controls.
Rectangle {
    id: root
    color: "white"

    property bool presentation: false
    readonly property int fontSize: presentation ? 26 : 17
    readonly property color higher: "#1565c0"   // B − A positive
    readonly property color lower: "#c2410c"    // B − A negative
    signal closeRequested()

    property int previousVisibility: Window.Windowed
    function togglePresentation() {
        presentation = !presentation
        const w = root.Window.window
        if (!w) return
        if (presentation) { previousVisibility = w.visibility; w.visibility = Window.FullScreen }
        else w.visibility = previousVisibility === Window.FullScreen ? Window.Windowed : previousVisibility
    }
    function compareSelected() {
        if (sourceB.currentIndex === CompareController.scenarios.length) { fileDialog.open(); return }
        CompareController.compareScenarios(sourceA.currentIndex, sourceB.currentIndex)
    }
    onVisibleChanged: {
        if (!visible) return
        if (CompareController.active) CompareController.refresh()
        else if (CompareController.scenarios.length > 1) CompareController.compareScenarios(0, 1)
    }

    Shortcut { sequence: "F5"; enabled: root.visible; onActivated: root.togglePresentation() }
    Shortcut {
        sequence: "Esc"; enabled: root.visible
        onActivated: root.presentation ? root.togglePresentation() : root.closeRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.presentation ? 24 : 12
        spacing: 10

        // Controls (hidden in presentation mode).
        RowLayout {
            objectName: "compareControls"
            visible: !root.presentation
            Layout.fillWidth: true
            spacing: 8
            Label { text: qsTr("A:"); font.pixelSize: 15 }
            ComboBox {
                id: sourceA
                objectName: "sourceA"
                model: CompareController.scenarios
                Layout.preferredWidth: 220
            }
            Label { text: qsTr("B:"); font.pixelSize: 15 }
            ComboBox {
                id: sourceB
                objectName: "sourceB"
                model: CompareController.scenarios.concat([qsTr("Another file…")])
                currentIndex: CompareController.scenarios.length > 1 ? 1 : CompareController.scenarios.length
                Layout.preferredWidth: 220
            }
            Button { text: qsTr("Compare"); onClicked: root.compareSelected() }
            ToolSeparator {}
            Button {
                text: qsTr("Duplicate scenario…")
                onClicked: { nameField.text = CompareController.suggestedScenarioName(); duplicateDialog.open() }
            }
            Button {
                text: qsTr("Edit A")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Make scenario A the active layout of the planner (undoable)")
                onClicked: if (CompareController.switchScenario(sourceA.currentIndex) === "") root.closeRequested()
            }
            Item { Layout.fillWidth: true }
            Button { objectName: "presentationButton"; text: qsTr("Presentation (F5)"); onClicked: root.togglePresentation() }
            Button { text: qsTr("Close"); onClicked: root.closeRequested() }
        }
        Label {
            visible: CompareController.error !== ""
            text: CompareController.error
            color: Theme.bad
            font.pixelSize: 15
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: !CompareController.active
            text: qsTr("Choose two scenarios of the open project, or a scenario and another file, then Compare.")
            font.pixelSize: root.fontSize
            color: "#555"
        }

        // Both floor plans, drawn at one scale so the sizes compare.
        RowLayout {
            id: plans
            visible: CompareController.active
            Layout.fillWidth: true
            Layout.fillHeight: false
            // As tall as the rooms need at the width's scale, at most 30 % (34 % presenting) of the view.
            readonly property real roomW: Math.max(CompareController.roomA.width, CompareController.roomB.width, 1)
            readonly property real roomH: Math.max(CompareController.roomA.height, CompareController.roomB.height, 1)
            readonly property real labels: root.fontSize * 2.6 + 12
            Layout.preferredHeight: Math.min(root.height * (root.presentation ? 0.34 : 0.3),
                                             roomH * (width - spacing) / 2 / roomW + labels)
            spacing: 16
            readonly property real scale: Math.min((width - spacing) / 2 / roomW, (height - labels) / roomH)
            Repeater {
                model: [
                    { title: CompareController.titleA, detail: CompareController.detailA, racks: CompareController.racksA, room: CompareController.roomA, tag: "A" },
                    { title: CompareController.titleB, detail: CompareController.detailB, racks: CompareController.racksB, room: CompareController.roomB, tag: "B" }
                ]
                delegate: ColumnLayout {
                    id: plan
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    spacing: 4
                    Label {
                        text: plan.modelData.tag + " · " + plan.modelData.title
                        font.pixelSize: root.fontSize + 2
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: plan.modelData.detail
                        font.pixelSize: root.fontSize - 3
                        color: "#555"
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Rectangle {
                            objectName: "floor" + plan.modelData.tag
                            width: plan.modelData.room.width * plans.scale
                            height: plan.modelData.room.height * plans.scale
                            color: "#f4f4f4"
                            border.color: "#9e9e9e"
                            Repeater {
                                model: plan.modelData.racks
                                delegate: Rectangle {
                                    required property var modelData
                                    x: (modelData.x - plan.modelData.room.x) * plans.scale
                                    y: (modelData.y - plan.modelData.room.y) * plans.scale
                                    width: modelData.width * plans.scale
                                    height: modelData.depth * plans.scale
                                    color: Theme.loadColour(modelData.powerFraction)
                                    border.color: "#263238"
                                    border.width: 1
                                    Column {
                                        anchors.centerIn: parent
                                        visible: parent.width > 34 && parent.height > 30
                                        Text {
                                            anchors.horizontalCenter: parent.horizontalCenter
                                            text: modelData.name
                                            color: "white"
                                            font.pixelSize: Math.min(root.fontSize - 3, parent.parent.width / 3.2)
                                            font.bold: true
                                        }
                                        Text {
                                            anchors.horizontalCenter: parent.horizontalCenter
                                            visible: parent.parent.width > 60
                                            text: modelData.powerText
                                            color: "white"
                                            font.pixelSize: Math.min(root.fontSize - 5, parent.parent.width / 5)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        // Legend.
        RowLayout {
            visible: CompareController.active
            spacing: 14
            Repeater {
                model: [{ c: Theme.ok, t: qsTr("≤ 80 % of budget") }, { c: Theme.warn, t: qsTr("80–100 %") }, { c: Theme.bad, t: qsTr("over budget") },
                        { c: root.higher, t: qsTr("B higher") }, { c: root.lower, t: qsTr("B lower") }]
                delegate: Row {
                    required property var modelData
                    spacing: 5
                    Rectangle { width: 14; height: 14; color: modelData.c; anchors.verticalCenter: parent.verticalCenter }
                    Label { text: modelData.t; font.pixelSize: root.fontSize - 4 }
                }
            }
        }

        // The table.
        Rectangle {
            visible: CompareController.active
            Layout.fillWidth: true
            Layout.fillHeight: true
            border.color: "#cfd8dc"
            Rectangle {
                id: tableHeader
                width: parent.width - 2
                x: 1
                y: 1
                height: root.fontSize * 2
                color: "#37474f"
                Row {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    Repeater {
                        model: ["", "A", "B", "B − A"]
                        Text {
                            required property string modelData
                            required property int index
                            width: index === 0 ? table.labelWidth : table.valueWidth
                            height: parent.height
                            verticalAlignment: Text.AlignVCenter
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            text: modelData
                            color: "white"
                            font.pixelSize: root.fontSize
                            font.bold: true
                        }
                    }
                }
                }
            ListView {
                id: table
                objectName: "compareTable"
                anchors.fill: parent
                anchors.margins: 1
                anchors.topMargin: tableHeader.height + 1
                clip: true
                model: CompareController.table
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                readonly property real labelWidth: width * 0.34
                readonly property real valueWidth: (width - labelWidth - 24) / 3
                delegate: Rectangle {
                    id: line
                    required property int index
                    required property string label
                    required property int indent
                    required property string valueA
                    required property string valueB
                    required property string diff
                    required property int sign
                    required property bool heading
                    width: table.width
                    height: root.fontSize * 1.7
                    color: index % 2 ? "#f7f9fa" : "white"
                    Row {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        Text {
                            width: table.labelWidth
                            height: parent.height
                            verticalAlignment: Text.AlignVCenter
                            leftPadding: line.indent * root.fontSize * 1.2
                            text: line.label
                            elide: Text.ElideRight
                            font.pixelSize: line.indent ? root.fontSize - 2 : root.fontSize
                            font.bold: line.indent === 0
                            color: line.indent ? "#455a64" : "#111"
                        }
                        Repeater {
                            model: [line.valueA, line.valueB, line.diff]
                            Text {
                                required property string modelData
                                required property int index
                                width: table.valueWidth
                                height: parent.height
                                verticalAlignment: Text.AlignVCenter
                                horizontalAlignment: Text.AlignRight
                                elide: Text.ElideLeft
                                text: modelData
                                font.pixelSize: line.indent ? root.fontSize - 2 : root.fontSize
                                font.bold: index === 2 && line.sign !== 0
                                color: index === 2 && line.sign > 0 ? root.higher : index === 2 && line.sign < 0 ? root.lower : "#111"
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: duplicateDialog
        title: qsTr("Duplicate scenario")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            Label { text: qsTr("Copy the active layout as a new scenario named:") }
            TextField { id: nameField; Layout.preferredWidth: 320; selectByMouse: true }
            Label { id: duplicateError; color: Theme.bad; visible: text !== "" }
        }
        onAccepted: {
            const e = CompareController.duplicateScenario(nameField.text)
            duplicateError.text = e
            if (e !== "") open()
        }
    }
    FileDialog {
        id: fileDialog
        title: qsTr("Compare with pod project")
        nameFilters: [qsTr("Pod Planner projects (*.podplan)"), qsTr("All files (*)")]
        onAccepted: CompareController.compareWithFile(selectedFile)
    }
}
