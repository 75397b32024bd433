import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Front and rear elevations side by side for the selected racks (the first racks when none is selected),
// at most `filter.limit` of them: the caption says how many more there are.
Pane {
    id: root
    padding: 0
    property alias filter: filter
    ElevationFilter {
        id: filter
        objectName: "elevationFilter"
        racks: Planner.racks
        selectedRacks: Planner.selectedRacks
        limit: 16
    }
    Label {
        id: caption
        objectName: "elevationCaption"
        visible: filter.candidates > filter.shown
        x: 12
        y: 4
        font.pixelSize: 11
        color: "#555"
        text: Planner.selectedRacks.length > 0
              ? qsTr("Showing %1 of %2 selected racks").arg(filter.shown).arg(filter.candidates)
              : qsTr("Showing the first %1 of %2 racks: select racks on the floor plan to see theirs").arg(filter.shown).arg(filter.candidates)
    }
    ScrollView {
        anchors.fill: parent
        anchors.topMargin: caption.visible ? caption.height + 6 : 0
        clip: true
        contentWidth: row.width + 24
        contentHeight: row.height + 40
        Row {
            id: row
            objectName: "elevationRow"
            x: 12
            y: 8
            spacing: 24
            Repeater {
                model: filter
                delegate: Column {
                    id: rack
                    required property string rackId
                    required property string name
                    required property string modelName
                    required property int uHeight
                    required property string summary
                    required property real powerFraction
                    required property var devices
                    required property bool selected
                    spacing: 3
                    Label {
                        text: rack.name + "  ·  " + rack.modelName
                        font.bold: true
                        font.pixelSize: 14
                        color: rack.selected ? Theme.selection : "black"
                        MouseArea { anchors.fill: parent; onClicked: Planner.select(rack.rackId) }
                    }
                    Label { text: rack.summary; font.pixelSize: 10; color: Theme.loadColour(rack.powerFraction) }
                    Row {
                        spacing: 10
                        RackFace { rackId: rack.rackId; face: "front"; units: rack.uHeight; contents: rack.devices }
                        RackFace { rackId: rack.rackId; face: "rear"; units: rack.uHeight; contents: rack.devices }
                    }
                }
            }
        }
    }
}
