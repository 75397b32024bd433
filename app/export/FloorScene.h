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
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

#include "Catalog.h"
#include "Cooling.h"
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
    // Heat (max draw) by where it goes, from the totals (model/Cooling.h deviceHeat summed over the rack's
    // devices), and the rack model's footprint (catalog width × depth, m²): the heat map's figures.
    double heatLiquidW = 0, heatAirW = 0;
    double footprintM2 = 0;

    // Unit vector from the front edge into the rack (paint a front bar or line on this side of `front`).
    QPointF inward() const;
    double heatW() const { return heatLiquidW + heatAirW; }
    double kwPerM2() const;       // heat / footprint, kW/m²; −1 without a footprint
    double liquidShare() const;   // liquid / heat, 0–1; −1 for a rack with no heat
};

// The heat map (floor view's "kW/m²" colouring): six steps of a sequential palette from the first one
// whose lower bound the rack's kW per m² of its own footprint reaches; a rack with no heat is grey.
struct HeatStep {
    double fromKwPerM2;  // this step colours racks with kW/m² ≥ fromKwPerM2 (and below the next step)
    QColor fill;
    QColor text;
};
const std::vector<HeatStep>& heatDensitySteps();
const HeatStep& heatDensityStep(double kwPerM2);  // kwPerM2 ≤ 0: the grey "no heat" step
// The "liquid vs air" colouring: a rack's footprint split in these two, the liquid share from its left end.
QColor liquidHeatColour();
QColor airHeatColour();

// How a floor renderer colours the racks.
enum class FloorColouring { Power, HeatDensity, LiquidAir };

// A cooling unit on the floor: a labelled box coloured by its load band and the pipes (liquid) or links
// (air) to the racks it serves. Units with a floor position in the project stand there; the others are
// placed automatically: at the end of the row their served racks stand in (east end of an east–west row,
// south end of a north–south one), after every rack and unit already in that row's band, one after
// another with a 200 mm gap. The pipes run along the rear of the served racks — a header 250 mm behind the
// rearmost one, each further unit whose racks overlap one lane (150 mm) further out — with a drop into
// each rack and one to the unit.
struct FloorCoolingUnit {
    QString id;
    QString name;           // the unit's name, else its id
    QString model;          // "Vertiv CoolChip CDU 600 (…)"
    QString typeLabel;      // "in-row CDU" (coolingUnitTypeLabel)
    QString shortType;      // "in-row": the floor label's second line
    CoolingMedium medium = CoolingMedium::Liquid;
    bool autoPlaced = false;  // no position in the project: placed by the rule above
    QRectF box;             // mm (nominal footprint of its type, see coolingUnitSize)
    double loadW = 0, capacityW = 0;  // model/Cooling.h UnitLoad
    double loadFraction = 0;  // load / capacity (UnitLoad::fraction)
    LoadBand band = LoadBand::None;
    QColor fill, text;      // bandColours(band)
    QStringList racks;      // served rack ids, layout order
    std::vector<QPolygonF> pipes;  // mm, polylines
    QString percentText() const;   // "43 %"
};
QColor coolingPipeColour(CoolingMedium medium);
QString coolingUnitTypeLabel(CoolingUnitType type);   // "in-row CDU", "rear-door heat exchanger", …
QString coolingUnitShortType(CoolingUnitType type);   // "in-row", "RDHx", …
// Drawing size (width along the row × depth), mm: nominal figures for drawing, not catalog data — in-row
// CDU 600 × 1200, facility CDU 1200 × 2400, CRAH 1800 × 900, in-rack CDU and rear door a 600 × 600 mark.
QSizeF coolingUnitSize(CoolingUnitType type);

// The units of `report` (computeCooling of the project) placed among `racks` (the floor's racks).
std::vector<FloorCoolingUnit> floorCoolingUnits(const Project& project, const Catalog& catalog, const CoolingReport& report,
                                                const std::vector<FloorRack>& racks, double warningFraction);

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
    std::vector<FloorCoolingUnit> coolingUnits;  // drawn over the racks

    QRectF bounds() const;  // room outline, rack footprints and cooling units, mm; empty for an empty project
};
FloorScene floorScene(const Project& project, const Catalog& catalog, const ProjectTotals& totals);

}  // namespace pod
