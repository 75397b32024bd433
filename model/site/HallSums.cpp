#include "HallSums.h"

#include <string_view>
#include <unordered_set>

#include "Geometry.h"

namespace pod {

ProjectTotals hallTotals(const Project& project, const ProjectTotals& site, const std::string& hallId) {
    ProjectTotals t;
    t.pue = project.room.pue;
    if (const Hall* hall = project.hall(hallId)) t.roomAreaM2 = geo::areaM2(geo::toPolygon(hall->outline));
    const auto& racks = project.layout.racks;
    for (std::size_t i = 0; i < racks.size() && i < site.perRack.size(); ++i) {
        if (racks[i].hall != hallId) continue;
        addRackTotals(t, site.perRack[i]);
    }
    return t;
}

std::map<std::string, MediumTotal> hallCablesByMedium(const Project& project, const Cabling& cabling, const std::string& hallId) {
    std::unordered_set<std::string_view> inHall;
    for (const auto& r : project.layout.racks)
        if (r.hall == hallId) inHall.insert(r.id);
    std::map<std::string, MediumTotal> m;
    for (const auto& c : cabling.cables) {
        if (!inHall.count(c.a.rack.str()) || !inHall.count(c.b.rack.str())) continue;
        MediumTotal& total = m[c.medium];
        ++total.count;
        total.lengthMm += c.lengthMm;
    }
    return m;
}

}  // namespace pod
