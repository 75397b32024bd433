pragma Singleton
import QtQuick
import PodPlanner

// Colours and sizes shared by every view.
QtObject {
    readonly property var kindColours: ({
        "gpu_node": "#4e79a7", "cpu_node": "#76b7b2", "switch": "#f28e2b", "storage": "#59a14f",
        "pdu": "#9c755f", "blank": "#d9d9d9", "patch_panel": "#bab0ac", "cdu": "#b07aa1"
    })
    // The load band colours are the floor's one table (app/export/FloorScene.h, via LoadColours).
    readonly property color ok: LoadColours.ok
    readonly property color warn: LoadColours.warning
    readonly property color bad: LoadColours.over
    readonly property color selection: "#1565c0"
    readonly property color panel: "#f6f6f6"
    function kindColour(kind) { return kindColours[kind] || "#cccccc" }
    // Text drawn on `background`: near-black on light colours (switch orange, blanks, lightened rear
    // faces), white on dark ones, so every label is readable (relative luminance, WCAG weights).
    function textOn(background) {
        const c = Qt.color(background)
        const lin = (v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        const l = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        return l > 0.25 ? "#1a1a1a" : "white"
    }
    // Utilisation colour: green up to and including the project's warning line (Planner.powerWarningFraction,
    // model/PowerBand.h loadBand), amber to 100 %, red beyond.
    function loadColour(f) {
        const line = Planner.powerWarningFraction  // read, so bindings re-colour when the project's line changes
        return LoadColours.colour(Planner.loadBand(f))
    }
    readonly property color idle: LoadColours.none
}
