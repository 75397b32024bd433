#include "SiteTotals.h"

#include "Site.h"

namespace pod {

std::vector<HallTotals> computeHallTotals(const Project& site, const Catalog& catalog) {
    std::vector<HallTotals> out;
    for (const auto& hall : site.halls) {
        const Project p = hallProject(site, hall.id);
        HallTotals h;
        h.hall = &hall;
        h.totals = computeTotals(p, catalog);
        const Cabling cabling = deriveCabling(p, catalog);
        h.cables = cabling.cables.size();
        for (const auto& c : cabling.cables) h.cableLengthM += double(c.lengthMm) / 1000.0;
        out.push_back(std::move(h));
    }
    return out;
}

Json hallTotalsToJson(const HallTotals& h, const Project& site) {
    const Project p = hallProject(site, h.hall->id);
    Json j;
    j["id"] = h.hall->id;
    j["name"] = h.hall->name;
    j["racks"] = h.totals.racks;
    j["gpus"] = h.totals.sum.gpus;
    j["max_w"] = h.totals.sum.maxW;
    j["typical_w"] = h.totals.sum.typicalW;
    j["area_m2"] = h.totals.roomAreaM2;
    j["cables"] = h.cables;
    j["cable_length_m"] = h.cableLengthM;
    j["totals"] = totalsToJson(h.totals, p);
    return j;
}

}  // namespace pod
