import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PodPlanner

// Two pods side by side for a customer, top to bottom: the controls; the front of each pod's first GPU
// rack; both floor plans (racks coloured by power use against their budget, drawn to one scale); the
// comparison table (figures formatted by the model, differences coloured by whether B is better or
// worse where the quantity has a direction). Large enough for a projector; F5 toggles presentation
// mode: full screen, larger type, no controls. With nothing to compare it says so at the top and
// offers to duplicate the current scenario.
Rectangle {
    id: root
    color: "white"

    property bool presentation: false
    readonly property int fontSize: presentation ? 26 : 17
    readonly property color betterColour: "#15803d"   // B is better than A (CompareRow::verdict() > 0)
    readonly property color worseColour: "#b91c1c"    // B is worse than A
    readonly property color plainColour: "#111111"    // equal, or a quantity without a better direction
    readonly property real margin: presentation ? 24 : 12
    // Beside the elevations: small enough to sit next to the rack, also when presenting.
    readonly property int detailSize: Math.min(fontSize - 3, 19)
    // Pixels per U of both elevations (both racks at one scale): about a quarter of the view's height.
    readonly property real unitHeight: Math.max(3, Math.min(8, Math.floor(height * (presentation ? 0.22 : 0.26) / 48 * 10) / 10))
    property alias duplicateDialog: duplicateDialog
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
    function openDuplicate() {
        nameField.text = CompareController.suggestedScenarioName()
        duplicateError.text = ""
        duplicateDialog.open()
    }
    function diffColour(verdict) { return verdict > 0 ? betterColour : verdict < 0 ? worseColour : plainColour }
    onVisibleChanged: {
        if (!visible) return
        if (CompareController.active) CompareController.refresh()
        else if (CompareController.scenarios.length > 1) CompareController.compareScenarios(0, 1)
    }
    Connections {
        target: CompareController
        // Keep the choosers on the compared scenarios (after Swap, or a comparison started elsewhere).
        function onCompared() {
            if (CompareController.comparedScenarioA < 0) return
            sourceA.currentIndex = CompareController.comparedScenarioA
            sourceB.currentIndex = CompareController.comparedScenarioB
        }
    }

    Shortcut { sequence: "F5"; enabled: root.visible; onActivated: root.togglePresentation() }
    Shortcut {
        sequence: "Esc"; enabled: root.visible
        onActivated: root.presentation ? root.togglePresentation() : root.closeRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.margin
        spacing: 8

        // Controls (hidden in presentation mode).
        RowLayout {
            objectName: "compareControls"
            visible: !root.presentation
            Layout.fillWidth: true
            spacing: 6
            Label { text: qsTr("A:"); font.pixelSize: 15 }
            ComboBox {
                id: sourceA
                objectName: "sourceA"
                model: CompareController.scenarios
                Layout.fillWidth: true
                Layout.minimumWidth: 130
                Layout.maximumWidth: 240
            }
            Button {
                objectName: "swapButton"
                text: qsTr("⇄ Swap")
                enabled: CompareController.active
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Compare B against A")
                onClicked: CompareController.swapSides()
            }
            Label { text: qsTr("B:"); font.pixelSize: 15 }
            ComboBox {
                id: sourceB
                objectName: "sourceB"
                model: CompareController.scenarios.concat([qsTr("Another file…")])
                currentIndex: CompareController.scenarios.length > 1 ? 1 : CompareController.scenarios.length
                Layout.fillWidth: true
                Layout.minimumWidth: 130
                Layout.maximumWidth: 240
            }
            Button { text: qsTr("Compare"); highlighted: true; onClicked: root.compareSelected() }
            ToolSeparator {}
            Button { objectName: "duplicateButton"; text: qsTr("Duplicate scenario…"); onClicked: root.openDuplicate() }
            Button {
                text: qsTr("Edit A")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Make scenario A the active layout of the planner (undoable)")
                onClicked: if (CompareController.switchScenario(sourceA.currentIndex) === "") root.closeRequested()
            }
            Item { Layout.fillWidth: true }
            Button { objectName: "presentationButton"; text: qsTr("Presentation (F5)"); onClicked: root.togglePresentation() }
            Button { objectName: "closeButton"; text: qsTr("Close"); onClicked: root.closeRequested() }
        }
        Label {
            visible: CompareController.error !== ""
            text: CompareController.error
            color: Theme.bad
            font.pixelSize: 15
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // Nothing compared yet: say why at the top, with the way forward.
        Rectangle {
            objectName: "compareEmpty"
            visible: !CompareController.active
            Layout.fillWidth: true
            implicitHeight: empty.implicitHeight + 32
            color: "#f3f6f8"
            border.color: "#cfd8dc"
            radius: 4
            ColumnLayout {
                id: empty
                x: 16
                y: 16
                width: parent.width - 32
                spacing: 10
                readonly property bool oneScenario: CompareController.scenarios.length < 2
                Label {
                    objectName: "compareEmptyMessage"
                    Layout.fillWidth: true
                    text: empty.oneScenario ? qsTr("Nothing to compare yet: this project has only one scenario.")
                                            : qsTr("Choose scenarios A and B above, then Compare.")
                    font.pixelSize: root.fontSize + 3
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: empty.oneScenario
                    Layout.fillWidth: true
                    text: qsTr("Duplicate the current scenario, change the copy (say 4 nodes per rack instead of 2), then compare the two. Or compare this project with another pod file.")
                    font.pixelSize: root.fontSize
                    color: "#37474f"
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    spacing: 10
                    Button {
                        objectName: "duplicateCurrentButton"
                        visible: empty.oneScenario
                        text: qsTr("Duplicate current scenario…")
                        highlighted: true
                        font.pixelSize: 15
                        onClicked: root.openDuplicate()
                    }
                    Button {
                        visible: !empty.oneScenario
                        text: qsTr("Compare")
                        highlighted: true
                        font.pixelSize: 15
                        onClicked: root.compareSelected()
                    }
                    Button { text: qsTr("Compare with a file…"); font.pixelSize: 15; onClicked: fileDialog.open() }
                }
            }
        }

        // A and B side by side: title, the front of the first GPU rack, the floor plan (one scale for both).
        RowLayout {
            id: sides
            objectName: "compareSides"
            visible: CompareController.active
            Layout.fillWidth: true
            spacing: 20
            // From the view's width, not the row's own (which its children's widths feed back into: opened from
            // the menu, the row was laid out while hidden and both sides were drawn on top of each other).
            readonly property real columnWidth: Math.max(100, (root.width - 2 * root.margin - spacing) / 2)
            readonly property real roomW: Math.max(CompareController.roomA.width, CompareController.roomB.width, 1)
            readonly property real roomH: Math.max(CompareController.roomA.height, CompareController.roomB.height, 1)
            // Floor plans as wide as a column allows, at most a fifth of the view tall.
            readonly property real planScale: Math.min(columnWidth / roomW, root.height * (root.presentation ? 0.15 : 0.2) / roomH)
            Repeater {
                model: [
                    { title: CompareController.titleA, detail: CompareController.detailA, floor: CompareController.floorA,
                      room: CompareController.roomA, rack: CompareController.gpuRackA, tag: "A" },
                    { title: CompareController.titleB, detail: CompareController.detailB, floor: CompareController.floorB,
                      room: CompareController.roomB, rack: CompareController.gpuRackB, tag: "B" }
                ]
                delegate: CompareSide {
                    required property var modelData
                    tag: modelData.tag
                    title: modelData.title
                    detail: modelData.detail
                    floor: modelData.floor
                    room: modelData.room
                    rack: modelData.rack
                    fontSize: root.fontSize
                    detailSize: root.detailSize
                    unitHeight: root.unitHeight
                    presentation: root.presentation
                    planScale: sides.planScale
                    roomH: sides.roomH
                    Layout.preferredWidth: sides.columnWidth
                    Layout.maximumWidth: sides.columnWidth
                    Layout.alignment: Qt.AlignTop
                }
            }
        }

        // Legends: floor-plan colours, then what the difference colours say.
        Flow {
            visible: CompareController.active
            Layout.fillWidth: true
            spacing: 14
            Repeater {
                // Rack swatches in the floors' fills (LoadColours: FloorScene.h's table).
                model: [{ c: LoadColours.fill(1), t: qsTr("≤ %1 of budget").arg(Planner.powerWarningText), o: "" },
                        { c: LoadColours.fill(2), t: qsTr("%1–100 %").arg(Planner.powerWarningText.replace(" %", "")), o: "" },
                        { c: LoadColours.fill(3), t: qsTr("over budget"), o: "" },
                        { c: "white", t: qsTr("outlined: the rack drawn above"), o: "" },
                        { c: root.betterColour, t: qsTr("B − A: better"), o: "legendBetter" },
                        { c: root.worseColour, t: qsTr("B − A: worse"), o: "legendWorse" },
                        { c: root.plainColour, t: qsTr("plain: same, or no better direction"), o: "legendNeutral" }]
                delegate: Row {
                    required property var modelData
                    required property int index
                    objectName: modelData.o
                    spacing: 5
                    Rectangle {
                        width: 14; height: 14
                        anchors.verticalCenter: parent.verticalCenter
                        color: modelData.c
                        border.color: index === 3 ? Theme.selection : "transparent"
                        border.width: index === 3 ? 2 : 0
                    }
                    Label {
                        text: modelData.t
                        font.pixelSize: Math.min(root.fontSize - 4, 16)
                        font.bold: index >= 4 && index <= 5
                        color: index >= 4 ? modelData.c : "#111111"
                    }
                }
            }
        }

        // The table.
        Rectangle {
            visible: CompareController.active
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: root.fontSize * 6
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
                readonly property real labelWidth: width * (root.presentation ? 0.3 : 0.34)
                readonly property real valueWidth: (width - labelWidth - 24) / 3
                delegate: Rectangle {
                    id: line
                    required property int index
                    required property string label
                    required property int indent
                    required property string valueA
                    required property string valueB
                    required property string diff
                    required property int verdict
                    required property bool heading
                    readonly property int textSize: indent ? root.fontSize - 2 : root.fontSize
                    width: table.width
                    height: root.fontSize * (root.presentation ? 1.55 : 1.7)
                    color: index % 2 ? "#f7f9fa" : "white"
                    Row {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        Text {
                            objectName: "label_" + line.label
                            width: table.labelWidth
                            height: parent.height
                            verticalAlignment: Text.AlignVCenter
                            leftPadding: line.indent * root.fontSize * 1.2
                            text: line.label
                            elide: Text.ElideRight
                            font.pixelSize: line.textSize
                            font.bold: line.indent === 0
                            color: line.indent ? "#455a64" : "#111"
                        }
                        Repeater {
                            model: [line.valueA, line.valueB, line.diff]
                            Text {
                                required property string modelData
                                required property int index
                                objectName: ["a_", "b_", "diff_"][index] + line.label
                                width: table.valueWidth
                                height: parent.height
                                verticalAlignment: Text.AlignVCenter
                                horizontalAlignment: Text.AlignRight
                                elide: Text.ElideLeft
                                text: modelData
                                font.pixelSize: line.textSize
                                font.bold: index === 2 && line.verdict !== 0
                                color: index === 2 ? root.diffColour(line.verdict) : "#111"
                            }
                        }
                    }
                }
            }
        }
        // Keeps the message and controls at the top when nothing is compared.
        Item { visible: !CompareController.active; Layout.fillHeight: true }
    }

    Dialog {
        id: duplicateDialog
        title: qsTr("Duplicate scenario")
        anchors.centerIn: parent
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            Label { text: qsTr("Copy the active layout as a new scenario named:") }
            TextField { id: nameField; objectName: "duplicateName"; Layout.preferredWidth: 320; selectByMouse: true }
            Label { id: duplicateError; color: Theme.bad; visible: text !== "" }
        }
        onAccepted: {
            const e = CompareController.duplicateScenario(nameField.text)
            duplicateError.text = e
            if (e !== "") open()
        }
    }
    PlannerFileDialog {
        id: fileDialog
        title: qsTr("Compare with pod project")
        nameFilters: [qsTr("Pod Planner projects (*.podplan)"), qsTr("All files (*)")]
        onAccepted: CompareController.compareWithFile(selectedFile)
    }
}
