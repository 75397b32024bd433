#pragma once
// Which pages the PDF has, in order: cover, floor plan (a site's, then each hall's), rack elevations (racksPerPage a page), bill of
// materials, cable schedule, cooling schedule, the power chain's one-line diagram and panel schedules
// (tableRowsPerPage rows a page). Planned before drawing so every page's
// title block can say "page n of m".
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ExportData.h"
#include "PageLayout.h"

namespace pod {

enum class ExportSection { Cover, Floor, Racks, Bom, Cables, Cooling, Power };

// "cover", "floor", "racks", "bom", "cables", "cooling", "power".
std::optional<ExportSection> sectionByName(const std::string& name);
const std::set<ExportSection>& allSections();

struct PageSpec {
    ExportSection section = ExportSection::Cover;
    std::string title;  // shown in the title block and the heading
    int first = 0;      // racks: index into ExportData::selectedRacks(); tables: first row; floor: 0 the room or site, h + 1 hall h
    int count = 0;      // racks or rows on this page
    bool continued = false;  // a table page after the first
};

// `bomRows`, `cableRows` and `coolingRows` are the row counts of the tables (ReportTables). The cooling
// schedule has pages only when the project has cooling units (coolingRows > 0): a project without them
// gets the same pages as before the section existed. Likewise the power section (a one-line diagram page, then
// `panelRows` rows of panel schedules) only when the project has a power chain.
std::vector<PageSpec> planPages(const ExportData& data, const PageLayout& layout, const std::set<ExportSection>& sections,
                                int bomRows, int cableRows, int coolingRows = 0, int panelRows = 0);

}  // namespace pod
