#include "PagePlan.h"

#include <algorithm>

namespace pod {

std::optional<ExportSection> sectionByName(const std::string& name) {
    if (name == "cover") return ExportSection::Cover;
    if (name == "floor") return ExportSection::Floor;
    if (name == "racks") return ExportSection::Racks;
    if (name == "bom") return ExportSection::Bom;
    if (name == "cables") return ExportSection::Cables;
    if (name == "cooling") return ExportSection::Cooling;
    if (name == "power") return ExportSection::Power;
    return std::nullopt;
}

const std::set<ExportSection>& allSections() {
    static const std::set<ExportSection> all = {ExportSection::Cover, ExportSection::Floor, ExportSection::Racks,
                                                ExportSection::Bom, ExportSection::Cables, ExportSection::Cooling,
                                                ExportSection::Power};
    return all;
}

namespace {

std::string rackName(const Rack* r) { return r->name.empty() ? r->id : r->name; }

void addTablePages(std::vector<PageSpec>& pages, ExportSection section, const std::string& title, int rows,
                   int perPage) {
    for (int first = 0; first < std::max(rows, 1); first += perPage)
        pages.push_back({section, title, first, std::min(perPage, rows - first), first > 0});
}

}  // namespace

std::vector<PageSpec> planPages(const ExportData& data, const PageLayout& layout, const std::set<ExportSection>& sections,
                                int bomRows, int cableRows, int coolingRows, int panelRows) {
    std::vector<PageSpec> pages;
    if (sections.count(ExportSection::Cover)) pages.push_back({ExportSection::Cover, "Cover and summary", 0, 0, false});
    if (sections.count(ExportSection::Floor)) {
        // A site's plan, then one page per hall (first = the hall's index + 1) at the scale the hall alone takes.
        pages.push_back({ExportSection::Floor, "Floor plan", 0, 0, false});
        const auto& halls = data.project().halls;
        for (std::size_t h = 0; h < halls.size(); ++h)
            pages.push_back({ExportSection::Floor, "Floor plan " + (halls[h].name.empty() ? halls[h].id : halls[h].name), int(h) + 1, 0, false});
    }
    if (sections.count(ExportSection::Racks)) {
        const auto& racks = data.selectedRacks();
        const int per = layout.racksPerPage();
        for (int first = 0; first < int(racks.size()); first += per) {
            int n = std::min(per, int(racks.size()) - first);
            std::string title = "Rack elevations " + rackName(racks[std::size_t(first)]);
            if (n > 1) title += " – " + rackName(racks[std::size_t(first + n - 1)]);
            pages.push_back({ExportSection::Racks, title, first, n, false});
        }
    }
    const int rowsPerPage = layout.tableRowsPerPage();
    if (sections.count(ExportSection::Bom)) addTablePages(pages, ExportSection::Bom, "Bill of materials", bomRows, rowsPerPage);
    if (sections.count(ExportSection::Cables))
        addTablePages(pages, ExportSection::Cables, "Cable schedule", cableRows, rowsPerPage);
    if (sections.count(ExportSection::Cooling) && coolingRows > 0)
        addTablePages(pages, ExportSection::Cooling, "Cooling schedule", coolingRows, rowsPerPage);
    if (sections.count(ExportSection::Power) && !data.project().powerChain.empty()) {
        // The one-line diagram (first = -1 tells it from the panel schedule pages), then the panel schedules.
        pages.push_back({ExportSection::Power, "One-line diagram", -1, 0, false});
        if (panelRows > 0) addTablePages(pages, ExportSection::Power, "Panel schedules", panelRows, rowsPerPage);
    }
    return pages;
}

}  // namespace pod
