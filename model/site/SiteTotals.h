#pragma once
// Totals per hall of a site (Project::halls): each hall cut out with hallProject() and summed as a project
// of its own; the site's totals are computeTotals() of the whole project.
#include <vector>

#include "Cabling.h"
#include "Catalog.h"
#include "Project.h"
#include "Totals.h"

namespace pod {

struct HallTotals {
    const Hall* hall = nullptr;
    ProjectTotals totals;  // rack and device sums, the hall's outline as its room
    std::size_t cables = 0;
    double cableLengthM = 0;
};

// One entry per hall, in the project's hall order; empty for a project without halls.
std::vector<HallTotals> computeHallTotals(const Project& site, const Catalog& catalog);

// {"id", "name", "racks", "gpus", "max_w", "typical_w", "area_m2", "cables", "cable_length_m", "totals": totalsToJson}.
Json hallTotalsToJson(const HallTotals& h, const Project& site);

}  // namespace pod
