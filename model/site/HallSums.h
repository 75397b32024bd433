#pragma once
// One hall's share of the open site's figures, summed from what the incremental checker already keeps
// (its per-rack totals and its cables), so switching the totals panel to a hall never recomputes the
// project. The same figures as model/site/SiteTotals.h computeHallTotals, which cuts the hall out and
// recomputes it (tst_halls compares the two).
#include <map>
#include <string>

#include "Cabling.h"
#include "Project.h"
#include "Totals.h"

namespace pod {

// The racks of hall `hallId` summed from `site` (per-rack totals in project rack order), in rack order as
// sumTotals adds them; the hall's outline is the room (area), the site's PUE applies. No perRack, no perRow.
ProjectTotals hallTotals(const Project& project, const ProjectTotals& site, const std::string& hallId);

// The cables whose two ends both stand in hall `hallId`, by medium (a cable between halls is in neither).
std::map<std::string, MediumTotal> hallCablesByMedium(const Project& project, const Cabling& cabling, const std::string& hallId);

}  // namespace pod
