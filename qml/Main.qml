import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import PodPlanner

ApplicationWindow {
    id: window
    // 1600 × 1000, or the whole screen where it is smaller (a 1280 × 800 laptop).
    width: Math.min(1600, Screen.desktopAvailableWidth > 0 ? Screen.desktopAvailableWidth : 1600)
    height: Math.min(1000, Screen.desktopAvailableHeight > 0 ? Screen.desktopAvailableHeight : 1000)
    visible: true
    title: Planner.title

    property var pendingAction: null   // run after the user agreed to discard changes
    property bool closing: false

    // Opens a project; a file that cannot be read leaves the open project as it was and says why
    // (file, JSON path and reason) in a dialog, not only in the status bar.
    function open(file) {
        if (!Planner.openFile(file)) {
            console.info(UiLog.category, "open failed: " + Planner.lastError)
            openErrorDialog.informativeText = Planner.lastError
            openErrorDialog.open()
        }
    }

    function guarded(action) {
        if (!Planner.modified) { action(); return }
        pendingAction = action
        discardDialog.open()
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action { text: qsTr("&New"); shortcut: StandardKey.New; onTriggered: window.guarded(function() { Planner.newProject() }) }
            Action { text: qsTr("New &pod…"); shortcut: "Ctrl+Shift+N"; onTriggered: window.guarded(function() { newPodDialog.open() }) }
            Action { text: qsTr("&Open…"); shortcut: StandardKey.Open; onTriggered: window.guarded(function() { openDialog.open() }) }
            Menu {
                title: qsTr("Open &Recent")
                enabled: Planner.recentFiles.length > 0
                Repeater {
                    model: Planner.recentFiles
                    MenuItem {
                        required property string modelData
                        text: modelData
                        onTriggered: window.guarded(function() { window.open(modelData) })
                    }
                }
            }
            Action { text: qsTr("&Save"); shortcut: StandardKey.Save; onTriggered: Planner.filePath === "" ? saveDialog.open() : Planner.save() }
            Action { text: qsTr("Save &As…"); shortcut: StandardKey.SaveAs; onTriggered: saveDialog.open() }
            MenuSeparator {}
            Action { text: qsTr("&Export PDF…"); shortcut: "Ctrl+E"; onTriggered: exportDialog.open() }
            Action { text: qsTr("Export &bill of materials (CSV)…"); onTriggered: { csvDialog.what = "bom"; csvDialog.open() } }
            Action { text: qsTr("Export &cable schedule (CSV)…"); onTriggered: { csvDialog.what = "cables"; csvDialog.open() } }
            Action { text: qsTr("Export &SVG sheets…"); onTriggered: svgDialog.open() }
            Action {
                text: Planner.priceBook === "" ? qsTr("Price &book…") : qsTr("Price &book… (%1)").arg(Planner.priceBook.replace(/^.*\//, ""))
                onTriggered: priceBookDialog.open()
            }
            Action { text: qsTr("Clear price book"); enabled: Planner.priceBook !== ""; onTriggered: Planner.setPriceBook("") }
            MenuSeparator {}
            Action { text: qsTr("&Quit"); shortcut: StandardKey.Quit; onTriggered: window.close() }
        }
        Menu {
            title: qsTr("&Edit")
            Action { text: qsTr("&Undo %1").arg(Planner.undoText); enabled: Planner.canUndo; onTriggered: Planner.undo() }
            Action { text: qsTr("&Redo %1").arg(Planner.redoText); enabled: Planner.canRedo; onTriggered: Planner.redo() }
            MenuSeparator {}
            Action { text: qsTr("&Delete"); onTriggered: Planner.deleteSelection() }
            Action { text: qsTr("D&uplicate rack\tCtrl+D"); onTriggered: Planner.duplicateSelection() }
            Action { text: qsTr("R&otate rack 90°\tR"); onTriggered: Planner.rotateSelection() }
        }
        Menu {
            title: qsTr("&View")
            Action { text: qsTr("&Fit room\tF"); onTriggered: { planner.floor.userMoved = false; planner.floor.fit() } }
            Action { text: qsTr("&Power chain and what-if\tP"); onTriggered: planner.togglePower() }
            Action { text: qsTr("&Next hall\tCtrl+PgDown"); enabled: Planner.halls.hasHalls; onTriggered: Planner.halls.next() }
            Action { text: qsTr("Pre&vious hall\tCtrl+PgUp"); enabled: Planner.halls.hasHalls; onTriggered: Planner.halls.previous() }
            Action { text: qsTr("&Compare scenarios…"); shortcut: "Ctrl+Shift+C"; onTriggered: comparePopup.open() }
        }
    }

    PlannerView {
        id: planner
        anchors.fill: parent
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            Label {
                objectName: "statusLabel"
                text: Planner.totals.statusText
                leftPadding: 8
                color: Planner.violations.count === 0 ? "#2e7d32" : "black"
            }
            Label {
                objectName: "exportStatus"
                text: Exporter.busy ? qsTr("Exporting page %1 of %2…").arg(Exporter.pagesDone).arg(Exporter.pageCount)
                                    : window.exportMessage
                color: "#455a64"
                elide: Text.ElideMiddle
                Layout.maximumWidth: 520
            }
            Label {
                Layout.fillWidth: true
                text: Planner.lastError
                color: "#c62828"
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignRight
                rightPadding: 8
            }
        }
    }

    PlannerFileDialog {
        id: openDialog
        title: qsTr("Open pod project")
        nameFilters: [qsTr("Pod Planner projects (*.podplan)"), qsTr("All files (*)")]
        onAccepted: window.open(selectedFile)
    }
    PlannerFileDialog {
        id: saveDialog
        title: qsTr("Save pod project")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "podplan"
        nameFilters: [qsTr("Pod Planner projects (*.podplan)")]
        onAccepted: Planner.saveAs(selectedFile)
    }
    PlannerFileDialog {
        id: priceBookDialog
        title: qsTr("Price book (catalog_id,unit_price,currency,source,date)")
        nameFilters: [qsTr("Price books (*.csv)"), qsTr("All files (*)")]
        onAccepted: Planner.setPriceBook(selectedFile)
    }
    ExportDialog { id: exportDialog }
    RecoveryDialog { id: recoveryDialog }
    Component.onCompleted: if (Recovery.available) recoveryDialog.open()
    PlannerFileDialog {
        id: csvDialog
        property string what: "bom"
        title: what === "bom" ? qsTr("Export bill of materials") : qsTr("Export cable schedule")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: window.reportExport(Exporter.exportCsv(selectedFile, what), selectedFile)
    }
    PlannerFolderDialog {
        id: svgDialog
        title: qsTr("Export SVG sheets into folder")
        onAccepted: window.reportExport(Exporter.exportSvg(selectedFolder), selectedFolder)
    }
    Connections {
        target: Exporter
        function onFinished(ok, message) { window.exportMessage = message }
    }
    property string exportMessage: ""
    function reportExport(error, where) {
        exportMessage = error === "" ? qsTr("Exported to %1").arg(decodeURIComponent(where.toString().replace("file://", ""))) : error
    }
    NewPodDialog { id: newPodDialog }
    Popup {
        id: comparePopup
        objectName: "comparePopup"
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        closePolicy: Popup.NoAutoClose
        CompareView { anchors.fill: parent; visible: comparePopup.opened; onCloseRequested: comparePopup.close() }
        Component.onCompleted: if (CompareController.startInView) open()
    }
    MessageDialog {
        id: openErrorDialog
        objectName: "openErrorDialog"
        title: qsTr("Cannot open project")
        text: qsTr("The file could not be opened. The open project is unchanged.")
        buttons: MessageDialog.Ok
        onVisibleChanged: console.info(UiLog.category, (visible ? "dialog opened: " : "dialog closed: ") + title)
    }
    MessageDialog {
        id: discardDialog
        text: qsTr("The project has unsaved changes.")
        informativeText: qsTr("Discard them?")
        buttons: MessageDialog.Discard | MessageDialog.Cancel
        onButtonClicked: (button) => {
            if (button === MessageDialog.Discard && window.pendingAction) window.pendingAction()
            window.pendingAction = null
        }
    }
    onClosing: (close) => {
        if (Planner.modified && !closing) {
            close.accepted = false
            guarded(function() { window.closing = true; Qt.quit() })
        }
    }
}
