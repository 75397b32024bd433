#pragma once
// The cover and summary page: project name, revision, author, date; the cluster's totals (GPUs, dense
// FLOPS per precision, GPU memory, storage, IT and facility kW, weight, racks, floor area, cables);
// the check results (counts by severity and the first errors); and the list of sheets.
#include <QRectF>
#include <vector>

#include "ExportData.h"
#include "PagePlan.h"
#include "Sheet.h"

namespace pod {

class CoverPainter {
public:
    CoverPainter(const ExportData& data, const std::vector<PageSpec>& pages) : data_(&data), pages_(&pages) {}
    void paint(const Sheet& sheet, const QRectF& content) const;

private:
    double paintTitle(const Sheet& sheet, const QRectF& area) const;
    void paintChecks(const Sheet& sheet, const QRectF& area) const;
    double paintSheetList(const Sheet& sheet, const QRectF& area) const;
    void paintRackTable(const Sheet& sheet, const QRectF& area) const;

    const ExportData* data_;
    const std::vector<PageSpec>* pages_;
};

}  // namespace pod
