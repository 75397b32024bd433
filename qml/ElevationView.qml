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
    property Item dragProxy   // a palette drag: the strip scrolls when it nears an edge
    // What the strip shows (for the caption and tests); the strip itself draws it from two parts: the first racks,
    // kept alive and hidden while a selection shows (selecting a rack and clearing the selection then make or
    // destroy only the selected racks' elevations, not 16 racks' worth: 200 ms on a hall), and the selected racks.
    ElevationFilter {
        id: filter
        objectName: "elevationFilter"
        racks: Planner.racks
        selectedRacks: Planner.selection.racks
        hall: Planner.halls.hallId
        limit: 16
    }
    ElevationFilter {
        id: firstRacks
        part: ElevationFilter.FirstRacks
        racks: Planner.racks
        hall: filter.hall
        limit: filter.limit
    }
    ElevationFilter {
        id: selectedRacks
        part: ElevationFilter.Selection
        parksWhenEmpty: true  // the last selected racks stay made, hidden, for the next selection to refill
        racks: Planner.racks
        selectedRacks: filter.selectedRacks
        hall: filter.hall
        limit: filter.limit
    }
    readonly property bool showsSelection: filter.selectedRacks.length > 0
    Label {
        id: caption
        objectName: "elevationCaption"
        visible: filter.candidates > filter.shown
        x: 12
        y: 4
        font.pixelSize: 11
        color: "#555"
        text: Planner.selection.racks.length > 0
              ? qsTr("Showing %1 of %2 selected racks").arg(filter.shown).arg(filter.candidates)
              : qsTr("Showing the first %1 of %2 racks: select racks on the floor plan to see theirs").arg(filter.shown).arg(filter.candidates)
    }
    // Auto-scroll while something is dragged within 48 px of the strip's edges: faster nearer the edge.
    Timer {
        interval: 30
        repeat: true
        running: root.dragProxy !== null && root.dragProxy.active
        onTriggered: {
            const flick = scroll.contentItem
            const src = root.dragProxy
            if (!flick) return
            const p = src.mapToItem(scroll, src.Drag.hotSpot.x, src.Drag.hotSpot.y)
            if (p.x < 0 || p.y < 0 || p.x > scroll.width || p.y > scroll.height) return
            const edge = 48
            const maxX = Math.max(0, flick.contentWidth - flick.width), maxY = Math.max(0, flick.contentHeight - flick.height)
            if (p.x < edge) flick.contentX = Math.max(0, flick.contentX - (edge - p.x) / 2)
            else if (p.x > scroll.width - edge) flick.contentX = Math.min(maxX, flick.contentX + (p.x - scroll.width + edge) / 2)
            if (p.y < edge) flick.contentY = Math.max(0, flick.contentY - (edge - p.y) / 2)
            else if (p.y > scroll.height - edge) flick.contentY = Math.min(maxY, flick.contentY + (p.y - scroll.height + edge) / 2)
        }
    }
    ScrollView {
        id: scroll
        objectName: "elevationScroll"
        anchors.fill: parent
        anchors.topMargin: caption.visible ? caption.height + 6 : 0
        clip: true
        contentWidth: scroll.shownRow.width + 24
        contentHeight: scroll.shownRow.height + 40
        readonly property Item shownRow: root.showsSelection ? selectedRow : row
        // The first racks stay made and in the scene while a selection shows, only transparent and disabled
        // (hiding them with `visible` took their scene-graph nodes out and put them back: ~10 ms a selection); so do
        // the last selected racks while none is (parksWhenEmpty).
        Row {
            id: row
            objectName: "elevationRow"
            x: 12
            y: 8
            spacing: 24
            opacity: root.showsSelection ? 0 : 1
            enabled: !root.showsSelection
            Repeater {
                model: firstRacks
                delegate: RackElevation { shown: !root.showsSelection }
            }
        }
        Row {
            id: selectedRow
            objectName: "selectedElevationRow"
            x: 12
            y: 8
            spacing: 24
            opacity: root.showsSelection ? 1 : 0
            enabled: root.showsSelection
            Repeater {
                model: selectedRacks
                delegate: RackElevation { shown: root.showsSelection }
            }
        }
    }

    // One rack's caption, summary and front and rear faces (a delegate of the strip's models).
    component RackElevation: Column {
        id: rack
        required property string rackId
        required property string name
        required property string modelName
        required property int uHeight
        required property string summary
        required property real powerFraction
        required property var devices
        required property bool selected
        property bool shown: true
        spacing: 3
        Text {
            text: rack.name + "  ·  " + rack.modelName
            font.bold: true
            font.pixelSize: 14
            color: rack.selected ? Theme.selection : "black"
            MouseArea { anchors.fill: parent; onClicked: Planner.selection.select(rack.rackId) }
        }
        Text { text: rack.summary; font.pixelSize: 10; color: Theme.loadColour(rack.powerFraction) }
        Row {
            spacing: 10
            RackFace { rackId: rack.rackId; face: "front"; units: rack.uHeight; contents: rack.devices; shown: rack.shown }
            RackFace { rackId: rack.rackId; face: "rear"; units: rack.uHeight; contents: rack.devices; shown: rack.shown }
        }
    }
}
