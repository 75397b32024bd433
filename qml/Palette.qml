import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// The catalog grouped by kind, with search. Drag an item onto a rack slot (equipment) or the floor (racks).
Pane {
    id: root
    padding: 6
    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        TextField {
            id: search
            objectName: "paletteSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search catalog (e.g. H100, 400G, rack)")
            onTextChanged: Planner.palette.filter = text
        }
        ListView {
            id: list
            objectName: "paletteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Planner.palette
            spacing: 2
            section.property: "section"
            section.delegate: Label {
                required property string section
                text: section
                font.bold: true
                topPadding: 8
                bottomPadding: 2
            }
            delegate: PaletteItem {
                width: ListView.view.width
            }
        }
    }
}
