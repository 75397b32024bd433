import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Shown at start when a session ended without saving: restore its autosaved work, discard it, or
// decide later (the file stays and is offered again next start).
Dialog {
    id: dialog
    objectName: "recoveryDialog"
    title: qsTr("Recover unsaved work")
    modal: true
    anchors.centerIn: parent
    width: 520
    closePolicy: Popup.CloseOnEscape
    property string error: ""

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: Recovery.description
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Restore opens it as unsaved changes; save it to keep it. Discard deletes the autosaved copy.")
            color: "#555"
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.error !== ""
            wrapMode: Text.Wrap
            color: "#c62828"
            text: dialog.error
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "recoverRestore"
            text: qsTr("Restore")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Discard")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: { Recovery.discard(); dialog.next() }
        }
        Button {
            text: qsTr("Later")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: {
        error = Recovery.restore()
        if (error !== "") open()
    }
    function next() {
        close()
        if (Recovery.available) open()
    }
}
