#pragma once
// The bill of materials and the cable schedule as tables for the PDF (same figures as the CSV files), and
// the cooling schedule (same figures as `totals --json`'s "cooling").
#include "ExportData.h"
#include "TablePainter.h"

namespace pod {

// One row per BOM line (racks, devices, cables) and a total row.
Table bomTable(const ExportData& data);
// "Totals by medium" (a section row, one row per medium, an all-media row), a section row, then one
// row per cable in schedule order: cables + media + 3 rows.
Table cableTable(const ExportData& data);
// One row per cooling unit (model/Cooling.h): unit, model, type, medium, capacity, racks served, load, load %,
// flow (L/min liquid, CFM air) and the N-1 margin of its group (capacity without the group's largest unit,
// less the group's load; negative: "short", in the error colour). No units: no rows.
Table coolingTable(const ExportData& data);

}  // namespace pod
