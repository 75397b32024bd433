#pragma once
// Where things are in the planner's 1600 × 1000 window on a 1600 × 1000 virtual screen (no window
// manager: the window's top-left is the screen's). Measured on screenshots of the bundled sample
// (../shared/tools/screenshot.sh); when the layout changes, re-measure here. Every test checks through
// the planner's log that a click hit what it meant to (a menu item opened its dialog, a floor click
// pressed the rack it aimed at), so a stale coordinate fails with a message, not silently.
#include <QPoint>

namespace screen {
// Menu bar and the File menu (Fusion style: items 26 px apart).
constexpr QPoint fileMenu{16, 12};
constexpr QPoint openItem{40, 92};
constexpr QPoint openRecentItem{40, 118};
constexpr QPoint saveAsItem{40, 170};
constexpr QPoint exportPdfItem{40, 199};
constexpr QPoint exportBomItem{40, 225};
constexpr QPoint exportCablesItem{40, 251};
constexpr QPoint exportSvgItem{40, 277};
constexpr QPoint priceBookItem{40, 303};
// The submenu opens to the right of "Open Recent"; its first entry is the project opened at start.
constexpr QPoint secondRecentFile{260, 144};
// The Open dialog's Cancel button (Qt's non-native FileDialog, centred in the window).
constexpr QPoint openDialogCancel{1047, 675};
// The OK button of the "Cannot open project" message (centred in the window).
constexpr QPoint openErrorOk{906, 563};
// The export dialog's "Export…" button (opens the PDF file dialog).
constexpr QPoint exportPdfButton{977, 655};

// The palette's search field, and its first tile below the first section heading (after a search leaves one item).
constexpr QPoint paletteSearch{120, 43};
constexpr QPoint firstPaletteTile{60, 102};
// Floor plan of the sample, fitted: centres of racks A05 and A06, and empty floor south of the row.
constexpr QPoint floorA05{748, 196};
constexpr QPoint floorA06{780, 196};
constexpr QPoint emptyFloor{900, 330};
constexpr QPoint floorSouthOfRow{760, 300};
// The elevation strip with one rack selected: its front face's left edge, and U48's top edge;
// every U is 13 px high, so U k's top edge is at uTop48 + (48 − k) × 13.
constexpr int frontFaceX = 380;
constexpr int uTop48 = 469;
constexpr int uPx = 13;
constexpr int uTop(int u) { return uTop48 + (48 - u) * uPx; }
}  // namespace screen
