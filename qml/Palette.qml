import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// The catalog grouped by kind, with search (Ctrl+F). Drag an item onto a rack slot (equipment) or the
// floor (racks); or, without a drag, double-click it or press Enter on it to add it to the selected
// rack (a rack model: to the end of the selected rack's row). The list scrolls with wheel and scroll
// bar; a press on an item never flicks it.
Pane {
    id: root
    padding: 6
    property Item dragProxy
    function focusSearch() { search.forceActiveFocus(); search.selectAll() }
    function addCurrent() {
        if (list.currentIndex < 0 || !list.currentItem) return
        const error = Planner.addToSelection(list.currentItem.itemId)
        console.info(UiLog.category, "palette add: " + list.currentItem.itemId + (error === "" ? "" : " refused: " + error))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        TextField {
            id: search
            objectName: "paletteSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search catalog (Ctrl+F): H100, 400G, rack")
            onTextChanged: {
                Planner.palette.filter = text
                list.currentIndex = list.count > 0 ? 0 : -1
                console.info(UiLog.category, "palette filter: \"" + text + "\", " + list.count + " items")
            }
            Keys.onDownPressed: { list.forceActiveFocus(); if (list.currentIndex < 0 && list.count > 0) list.currentIndex = 0 }
            Keys.onReturnPressed: root.addCurrent()
            Keys.onEnterPressed: root.addCurrent()
        }
        ListView {
            id: list
            objectName: "paletteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Planner.palette
            spacing: 2
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded; minimumSize: 0.05 }
            Keys.onReturnPressed: root.addCurrent()
            Keys.onEnterPressed: root.addCurrent()
            // The planner's window shortcuts (arrows nudge the selection) yield to the list while it has focus.
            Keys.onShortcutOverride: (event) => event.accepted = [Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown,
                                                                   Qt.Key_Home, Qt.Key_End, Qt.Key_Return, Qt.Key_Enter].indexOf(event.key) >= 0
            section.property: "section"
            section.delegate: Label {
                required property string section
                text: section
                font.bold: true
                topPadding: 8
                bottomPadding: 2
            }
            delegate: PaletteItem {
                width: ListView.view.width - 10
                proxy: root.dragProxy
                current: ListView.isCurrentItem && list.activeFocus
                onPressed: { list.currentIndex = index; list.forceActiveFocus() }
                onActivated: { list.currentIndex = index; root.addCurrent() }
            }
        }
    }
}
