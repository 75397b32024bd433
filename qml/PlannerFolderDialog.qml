import QtQuick
import QtQuick.Dialogs
import PodPlanner

// A folder chooser that starts where PlannerFileDialog does and logs the same way.
FolderDialog {
    currentFolder: DialogFolders.folder
    onVisibleChanged: {
        if (visible) currentFolder = DialogFolders.folder
        console.info(UiLog.category, (visible ? "dialog opened: " : "dialog closed: ") + title
                                      + (visible ? " in " + decodeURIComponent(currentFolder.toString()) : ""))
    }
    onAccepted: DialogFolders.remember(selectedFolder)
}
