#pragma once
// The floor plan to scale: room outline, 1 m / 5 m grid, keep-outs hatched and labelled, aisles
// tinted, rows, rack footprints coloured by power utilisation with their names and front edges marked,
// cooling units with the pipes to the racks they serve;
// beside it (FloorPlanPanel) the north arrow, scale bar, legend and room figures.
#include <QPointF>
#include <QRectF>

#include "ExportData.h"
#include "Sheet.h"

namespace pod {

// Where the plan goes in an area of the page and at what scale.
struct FloorPlanGeometry {
    QRectF plan;         // drawing area for the room (mm on paper)
    QRectF panel;        // north arrow, scale bar, legend, room figures
    double scale = 100;  // 1:scale
    bool standardScale = true;  // a standard architectural scale (else fitted)
    QPointF originMm;    // real-world point drawn at plan's origin corner
    QPointF paperOrigin;
    QPointF toPaper(double xMm, double yMm) const {
        return {paperOrigin.x() + (xMm - originMm.x()) / scale, paperOrigin.y() + (yMm - originMm.y()) / scale};
    }
};

class FloorPlanPainter {
public:
    explicit FloorPlanPainter(const ExportData& data) : data_(&data) {}
    FloorPlanGeometry geometry(const QRectF& area) const;
    void paint(const Sheet& sheet, const QRectF& area) const;

private:
    void paintAisles(const Sheet& sheet, const FloorPlanGeometry& g) const;
    void paintGrid(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& roomBox) const;
    void paintKeepOuts(const Sheet& sheet, const FloorPlanGeometry& g) const;
    // Returns the left edge of the row labels (paper mm), for the depth dimension to stand clear of them.
    double paintRows(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& roomBox) const;
    void paintRacks(const Sheet& sheet, const FloorPlanGeometry& g) const;
    // Cooling units (FloorScene.h): pipes, then each unit's box in its load band with name, type and load %.
    void paintCoolingUnits(const Sheet& sheet, const FloorPlanGeometry& g) const;
    void paintHalls(const Sheet& sheet, const FloorPlanGeometry& g) const;  // a site's hall outlines and names
    void paintDimensions(const Sheet& sheet, const FloorPlanGeometry& g, const QRectF& roomBox, double labelsLeft) const;
    QRectF worldBox() const;  // room outline, keep-outs and racks (real mm)

    const ExportData* data_;
};

// The panel beside the plan: north arrow, scale bar, legend and the room's figures.
void paintFloorPlanPanel(const Sheet& sheet, const ExportData& data, const FloorPlanGeometry& g);

// "1:75" or "≈1:83".
QString scaleText(const FloorPlanGeometry& g);

}  // namespace pod
