#pragma once
// One rack drawn as an architect's elevation: front and rear side by side with U numbers, every
// device to height with name, model and kW, blanks, 0U PDUs as side strips, and below it the rack's
// summary (kW used / budget, cooling option, weight / rating, U free). Plus the legend of kind colours.
#include <QRectF>

#include "ExportData.h"
#include "Sheet.h"

namespace pod {

class RackElevationPainter {
public:
    // Height (mm) a rack needs besides its U: heading, face labels, top cap and plinth, summary.
    static constexpr double kFixedHeight = 33;
    // Widest a pair is drawn, however wide its slot.
    static constexpr double kMaxPairWidth = 150;

    explicit RackElevationPainter(const ExportData& data) : data_(&data) {}
    // Draws `rack` into `slot` (mm) with `uPitch` mm per rack unit, top-aligned and centred.
    void paint(const Sheet& sheet, const Rack& rack, const QRectF& slot, double uPitch) const;
    // U pitch that fits `racks` into slots `slotHeight` high: one scale for every rack on the page.
    double fitPitch(const std::vector<const Rack*>& racks, double slotHeight) const;

private:
    void paintFace(const Sheet& sheet, const Rack& rack, Face face, const QRectF& column, double uPitch,
                   bool numbersLeft) const;
    void paintSummary(const Sheet& sheet, const Rack& rack, const QRectF& area) const;
    int uHeight(const Rack& rack) const;

    const ExportData* data_;
};

// Swatches for device kinds, a full-depth device's far side and 0U strips, in as many lines as the
// width needs (kindLegendHeight tells how tall that is).
double kindLegendHeight(double widthMm);
void paintKindLegend(const Sheet& sheet, const QRectF& area);

}  // namespace pod
