#pragma once
// The bill of materials and the cable schedule as tables for the PDF (same figures as the CSV files).
#include "ExportData.h"
#include "TablePainter.h"

namespace pod {

// One row per BOM line (racks, devices, cables) and a total row.
Table bomTable(const ExportData& data);
// "Totals by medium" (a section row, one row per medium, an all-media row), a section row, then one
// row per cable in schedule order: cables + media + 3 rows.
Table cableTable(const ExportData& data);

}  // namespace pod
