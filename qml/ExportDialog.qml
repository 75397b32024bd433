import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PodPlanner

// File → Export PDF…: paper, orientation, sections and racks, then a file name; a long export shows
// pages done and can be cancelled (the target file is then left as it was).
Dialog {
    id: dialog
    objectName: "exportDialog"
    title: qsTr("Export drawing set (PDF)")
    modal: true
    anchors.centerIn: parent
    width: 460
    closePolicy: Exporter.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    standardButtons: Exporter.busy ? Dialog.NoButton : Dialog.Cancel

    property string errorText: ""
    onVisibleChanged: console.info(UiLog.category, (visible ? "dialog opened: " : "dialog closed: ") + title)
    readonly property var sectionTitles: ({ cover: qsTr("Cover and summary"), floor: qsTr("Floor plan"),
                                            racks: qsTr("Rack elevations"), bom: qsTr("Bill of materials"),
                                            cables: qsTr("Cable schedule") })

    function chosenSections() {
        var out = []
        for (var i = 0; i < sectionRepeater.count; ++i)
            if (sectionRepeater.itemAt(i).checked) out.push(Exporter.sections[i])
        return out
    }
    function start(path) {
        errorText = Exporter.exportPdf(path, paperBox.currentValue, landscape.checked, chosenSections(), selectedOnly.checked)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        enabled: !Exporter.busy
        GridLayout {
            columns: 2
            Label { text: qsTr("Paper") }
            ComboBox {
                id: paperBox
                objectName: "exportPaper"
                model: Exporter.papers
                displayText: currentText.length <= 2 ? currentText.toUpperCase()
                                                     : currentText.charAt(0).toUpperCase() + currentText.slice(1)
            }
            Label { text: qsTr("Orientation") }
            RowLayout {
                RadioButton { id: landscape; text: qsTr("Landscape"); checked: true }
                RadioButton { text: qsTr("Portrait") }
            }
            Label { text: qsTr("Racks"); Layout.alignment: Qt.AlignTop }
            ColumnLayout {
                RadioButton { text: qsTr("All racks"); checked: true }
                RadioButton {
                    id: selectedOnly
                    text: qsTr("Selected racks (%1 selected)").arg(Planner.selection.count)
                    enabled: Planner.selection.count > 0
                }
            }
            Label { text: qsTr("Sections"); Layout.alignment: Qt.AlignTop }
            ColumnLayout {
                Repeater {
                    id: sectionRepeater
                    model: Exporter.sections
                    CheckBox {
                        required property string modelData
                        text: dialog.sectionTitles[modelData] || modelData
                        checked: true
                    }
                }
            }
        }
    }
    footer: ColumnLayout {
        width: dialog.width
        ProgressBar {
            objectName: "exportProgress"
            Layout.fillWidth: true
            Layout.margins: 12
            visible: Exporter.busy
            from: 0
            to: Math.max(1, Exporter.pageCount)
            value: Exporter.pagesDone
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            visible: text !== ""
            wrapMode: Text.Wrap
            color: "#c62828"
            text: dialog.errorText
        }
        RowLayout {
            Layout.margins: 12
            Layout.alignment: Qt.AlignRight
            Label {
                visible: Exporter.busy
                text: qsTr("Page %1 of %2").arg(Exporter.pagesDone).arg(Exporter.pageCount)
            }
            Button {
                text: Exporter.busy ? qsTr("Cancel export") : qsTr("Cancel")
                onClicked: Exporter.busy ? Exporter.cancel() : dialog.close()
            }
            Button {
                text: qsTr("Export…")
                highlighted: true
                enabled: !Exporter.busy && sectionRepeater.count > 0 && dialog.chosenSections().length > 0
                onClicked: pdfFile.open()
            }
        }
    }
    PlannerFileDialog {
        id: pdfFile
        title: qsTr("Export PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: dialog.start(selectedFile)
    }
    Connections {
        target: Exporter
        function onFinished(ok, message) {
            dialog.errorText = ok ? "" : message
            if (ok) dialog.close()
        }
    }
}
