import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// The whole planner surface (palette | floor over elevations | inspector, totals, violations) with its
// keyboard shortcuts. Main.qml wraps it in a window; tests instantiate it directly.
Item {
    id: root
    property alias floor: floorView
    property alias dragProxy: dragProxy
    property alias palette: palette
    // The pane under the floor: 0 rack elevations, 1 the power chain (P toggles).
    property int lowerPane: 0
    function togglePower() { lowerPane = lowerPane === 1 ? 0 : 1 }
    focus: true

    Shortcut { sequences: [StandardKey.Undo]; onActivated: Planner.undo() }
    Shortcut { sequences: [StandardKey.Redo]; onActivated: Planner.redo() }
    Shortcut { sequences: [StandardKey.Delete, "Backspace"]; onActivated: Planner.deleteSelection() }
    Shortcut { sequence: "Ctrl+D"; onActivated: Planner.duplicateSelection() }
    Shortcut { sequence: "R"; onActivated: Planner.rotateSelection() }
    Shortcut { sequence: "Left"; onActivated: Planner.nudgeSelection(-1, 0) }
    Shortcut { sequence: "Right"; onActivated: Planner.nudgeSelection(1, 0) }
    Shortcut { sequence: "Up"; onActivated: Planner.nudgeSelection(0, -1) }
    Shortcut { sequence: "Down"; onActivated: Planner.nudgeSelection(0, 1) }
    // Esc cancels a palette drag in flight; otherwise it clears the selection.
    Shortcut { sequence: "Escape"; onActivated: dragProxy.active ? dragProxy.cancel() : Planner.selection.clear() }
    Shortcut { sequences: [StandardKey.Find]; onActivated: palette.focusSearch() }
    Shortcut { sequence: "F"; onActivated: { floorView.userMoved = false; floorView.fit() } }
    // Rack colouring on the floor: power band → heat map (kW/m²) → liquid vs air.
    Shortcut { sequence: "H"; onActivated: floorView.cycleColouring() }
    // The power chain and its what-if under the floor (instead of the elevations), and back.
    Shortcut { sequence: "P"; onActivated: root.togglePower() }
    // A site's halls: the next or previous scope (site, hall 1, hall 2, …) on the floor and in the totals.
    Shortcut { sequence: "Ctrl+PgDown"; enabled: Planner.halls.hasHalls; onActivated: Planner.halls.next() }
    Shortcut { sequence: "Ctrl+PgUp"; enabled: Planner.halls.hasHalls; onActivated: Planner.halls.previous() }

    SplitView {
        anchors.fill: parent
        Palette {
            id: palette
            dragProxy: dragProxy
            SplitView.preferredWidth: 270
            SplitView.minimumWidth: 180
        }
        SplitView {
            orientation: Qt.Vertical
            SplitView.fillWidth: true
            FloorView {
                id: floorView
                objectName: "floorView"
                SplitView.preferredHeight: root.height * 0.42
                SplitView.minimumHeight: 120
                powerOpen: root.lowerPane === 1
                onTogglePower: root.togglePower()
            }
            // Rack elevations, or the power chain with its what-if (P, or the floor's "Power chain" button).
            StackLayout {
                SplitView.fillHeight: true
                currentIndex: root.lowerPane
                ElevationView {
                    objectName: "elevationView"
                    dragProxy: dragProxy
                }
                PowerView { objectName: "powerView" }
            }
        }
        ScrollView {
            SplitView.preferredWidth: 340
            SplitView.minimumWidth: 240
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: 0
                // Grows with the selection's fields and totals (a rack: ~16 rows) rather than overlapping the totals.
                Inspector { objectName: "inspector"; Layout.fillWidth: true; Layout.preferredHeight: Math.max(260, implicitHeight) }
                TotalsPanel { objectName: "totalsPanel"; Layout.fillWidth: true; Layout.preferredHeight: 470 }
                ViolationsPanel {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    onCentreOn: (rackId) => floorView.centerOn(rackId)
                }
            }
        }
    }

    // Above every panel: a child of the window's content (also when the view sits in a plain window).
    PaletteDragProxy { id: dragProxy; parent: root.Window.window ? root.Window.window.contentItem : root }
}
