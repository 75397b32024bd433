import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// File → New pod…: the pod generator's options (the same as `podplanner generate`); a line under the
// form says what would be built, or why it cannot be. OK opens the pod as a new unsaved document.
Dialog {
    id: dialog
    title: qsTr("New pod")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel

    function options() {
        return {
            node: node.currentValue, nodes: nodes.value, perRack: perRack.value, rack: rack.currentValue,
            cooling: cooling.currentValue, budgetKw: budget.value, fabric: fabric.currentValue
        }
    }
    property string previewText: ""
    function updatePreview() { previewText = NewPodController.preview(options()) }
    onOpened: { errorLabel.text = ""; updatePreview() }
    onAccepted: {
        const e = NewPodController.generate(options())
        if (e !== "") { errorLabel.text = e; open() }
    }

    GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 8
        Label { text: qsTr("GPU node") }
        ComboBox {
            id: node
            objectName: "newPodNode"
            Layout.preferredWidth: 360
            model: NewPodController.nodeModels
            textRole: "label"
            valueRole: "id"
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(NewPodController.defaultNode))
            onActivated: dialog.updatePreview()
        }
        Label { text: qsTr("Nodes") }
        SpinBox { id: nodes; objectName: "newPodNodes"; from: 1; to: 4096; value: 32; editable: true; onValueModified: dialog.updatePreview() }
        Label { text: qsTr("Nodes per rack") }
        SpinBox { id: perRack; objectName: "newPodPerRack"; from: 1; to: 16; value: 4; editable: true; onValueModified: dialog.updatePreview() }
        Label { text: qsTr("Rack") }
        ComboBox {
            id: rack
            Layout.preferredWidth: 360
            model: NewPodController.rackModels
            textRole: "label"
            valueRole: "id"
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(NewPodController.defaultRack))
            onActivated: dialog.updatePreview()
        }
        Label { text: qsTr("Cooling (GPU racks)") }
        ComboBox {
            id: cooling
            Layout.preferredWidth: 360
            model: NewPodController.coolingOptions
            textRole: "label"
            valueRole: "id"
            onActivated: dialog.updatePreview()
        }
        Label { text: qsTr("Power budget per rack (kW)") }
        RowLayout {
            SpinBox { id: budget; from: 0; to: 500; value: 0; editable: true; onValueModified: dialog.updatePreview() }
            Label { text: budget.value === 0 ? NewPodController.automaticBudgetText : ""; color: "#555" }
        }
        Label { text: qsTr("Compute fabric") }
        ComboBox {
            id: fabric
            Layout.preferredWidth: 360
            model: NewPodController.fabrics
            textRole: "label"
            valueRole: "id"
            onActivated: dialog.updatePreview()
        }
        Label {
            objectName: "newPodPreview"
            Layout.columnSpan: 2
            Layout.preferredWidth: 560
            wrapMode: Text.Wrap
            text: dialog.previewText
            color: dialog.previewText.startsWith("Cannot") ? Theme.bad : "#37474f"
        }
        Label {
            id: errorLabel
            Layout.columnSpan: 2
            Layout.preferredWidth: 560
            wrapMode: Text.Wrap
            color: Theme.bad
            visible: text !== ""
        }
    }
}
