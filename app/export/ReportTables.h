#pragma once
// The bill of materials and the cable schedule as tables for the PDF (same figures as the CSV files).
#include "ExportData.h"
#include "TablePainter.h"

namespace pod {

// One row per BOM line (racks, devices, cables) and a total row.
Table bomTable(const ExportData& data);
// One row per cable in schedule order, then "Totals by medium": a section row, one row per medium
// and an all-media row (so cables + media + 2 rows).
Table cableTable(const ExportData& data);

}  // namespace pod
