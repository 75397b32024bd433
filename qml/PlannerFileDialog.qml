import QtQuick
import QtQuick.Dialogs
import PodPlanner

// Every file dialog of the planner: starts in the open project's folder (or the last folder used),
// remembers the folder of what the user chose, and logs opening and closing on the podplanner.ui
// category (QT_LOGGING_RULES="podplanner.ui.info=true"; the x11 tests read it).
FileDialog {
    id: dialog
    onVisibleChanged: {
        if (visible) currentFolder = DialogFolders.folder
        console.info(UiLog.category, (visible ? "dialog opened: " : "dialog closed: ") + title
                                      + (visible ? " in " + decodeURIComponent(currentFolder.toString()) : ""))
    }
    onAccepted: DialogFolders.remember(selectedFile)
}
