#pragma once
// The floor plan as every renderer draws it: per rack its footprint on the floor (mm, rotation applied),
// the edge its front faces, its name, its power band (model/PowerBand.h) and its colours, plus the one
// table of band colours. The planner's floor (FloorCanvas), the comparison view (FloorCanvas on a
// FloorScene) and the PDF / SVG / PNG floor plan (FloorPlanPainter) all draw racks from here, so a rack is
// the same shape and the same colour on screen, side by side and on paper. Qt Gui only: no Qt Quick.
#include <QColor>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

#include "Catalog.h"
#include "PowerBand.h"
#include "Project.h"
#include "Totals.h"

namespace pod {

// How a rack of one load band is painted; one row per LoadBand (None, Ok, Warning, Over).
struct BandColours {
    QColor colour;  // the band's own colour: legends, bars and figures (Theme.ok, warn, bad, idle)
    QColor fill;    // a rack footprint: `colour` at 85 % over the white floor, precomputed (painted opaque)
    QColor text;    // a label on `fill`: white on dark fills, near-black on light ones
};
const BandColours& bandColours(LoadBand band);
QColor rackOutlineColour();  // every rack footprint's outline
QColor rackFrontColour();    // the bar or heavy line along the front edge

// One rack on the floor. Rotations are quarter turns, so the footprint is the axis-aligned `box`.
struct FloorRack {
    QString id;
    QString name;          // the rack's name, else its id
    int rotation = 0;      // 0, 90, 180 or 270: the front faces north (−y), east, south or west
    QRectF box;            // footprint, mm (empty when the catalog lacks the rack model)
    QPolygonF footprint;   // the same four corners, mm, clockwise from the north-west one
    QLineF front;          // the footprint edge the front faces, mm (clockwise along the footprint)
    double powerFraction = -1;  // max draw / budget; −1: no budget or no totals
    LoadBand band = LoadBand::None;
    QColor fill, outline;

    // Unit vector from the front edge into the rack (paint a front bar or line on this side of `front`).
    QPointF inward() const;
};

// `model` may be null (a model the catalog lacks: no footprint); `totals` null: no power figure.
FloorRack floorRack(const Rack& rack, const RackModel* model, const RackTotals* totals, double warningFraction);

// A whole project's floor: room, keep-outs and racks as floorRack() makes them, against the project's line.
struct FloorScene {
    struct KeepOut {
        QString name;
        QPolygonF outline;  // mm
    };
    double warningFraction = kDefaultPowerWarningPercent / 100;
    QPolygonF outline;  // the room, mm
    std::vector<KeepOut> keepouts;
    std::vector<FloorRack> racks;  // project order (later racks are drawn on top)

    QRectF bounds() const;  // room outline and rack footprints, mm; empty for an empty project
};
FloorScene floorScene(const Project& project, const Catalog& catalog, const ProjectTotals& totals);

}  // namespace pod
