import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// Front and rear elevations side by side for the selected racks (all racks when none is selected).
Pane {
    id: root
    padding: 0
    readonly property var shown: {
        var sel = Planner.selection
        var ids = []
        for (var i = 0; i < sel.length; ++i) {
            var r = Planner.rackOf(sel[i])
            if (ids.indexOf(r) < 0) ids.push(r)
        }
        return ids
    }
    ScrollView {
        anchors.fill: parent
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
                model: Planner.racks
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
                    visible: root.shown.length === 0 || root.shown.indexOf(rackId) >= 0
                    width: visible ? implicitWidth : 0
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
