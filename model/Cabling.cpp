#include "Cabling.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace pod {

namespace {

const std::string kNoMedium;

// Distance from a device's top to the top of its rack, plus the tray height.
double riseMm(const Project& project, const RackModel* model, const Equipment* e, const Device& d) {
    double top = d.u + (e ? std::max(0.0, e->uHeight - 1) : 0);
    double unitsAbove = model ? std::max(0.0, model->uHeight - top) : 0;
    return unitsAbove * kRackUnitMm + double(project.settings.trayHeightMm);
}

std::int64_t route(const Project& project, const Catalog& catalog, const Rack& ra, const Device& a, const Rack& rb,
                   const Device& b) {
    double mm;
    if (ra.id == rb.id) {
        mm = std::fabs(a.u - b.u) * kRackUnitMm;
    } else {
        double floor = std::fabs(double(ra.position.x - rb.position.x)) + std::fabs(double(ra.position.y - rb.position.y));
        mm = riseMm(project, catalog.rack(ra.model), catalog.equipment(a.catalogId), a) + floor +
             riseMm(project, catalog.rack(rb.model), catalog.equipment(b.catalogId), b);
    }
    return std::llround(mm) + project.settings.cableSlackMm;
}

}  // namespace

const std::string& MediumChooser::choose(double speedGbps, std::int64_t lengthMm) {
    auto it = std::find_if(speeds_.begin(), speeds_.end(), [&](const Speed& s) { return s.gbps == speedGbps; });
    if (it == speeds_.end()) {
        if (speeds_.size() > 64) speeds_.clear();  // odd speeds (or NaN, never equal) do not pile up
        Speed s{speedGbps, {}};
        for (const auto& [id, m] : catalog_.media())
            if (auto reach = m.maxReachM(speedGbps)) s.options.push_back({*reach * 1000.0, m.costRank, &m.id});
        speeds_.push_back(std::move(s));
        it = speeds_.end() - 1;
    }
    const Option* best = nullptr;
    for (const Option& o : it->options) {
        if (o.reachMm < double(lengthMm)) continue;
        if (!best || o.costRank < best->costRank) best = &o;
    }
    return best ? *best->id : kNoMedium;
}

CableRouter::CableRouter(const Project& project, const Catalog& catalog) : project_(project), catalog_(catalog) {
    const auto& racks = project.layout.racks;
    racks_.reserve(racks.size());
    for (const auto& r : racks) racks_[r.id] = &r;
    std::unordered_map<const Rack*, const RackModel*> models;
    for (const auto& r : racks) models[&r] = catalog.rack(r.model);
    std::unordered_map<std::string_view, const Equipment*> equipment;
    ends_.reserve(project.layout.devices.size());
    for (const auto& d : project.layout.devices) {
        auto e = equipment.try_emplace(d.catalogId, nullptr);
        if (e.second) e.first->second = catalog.equipment(d.catalogId);
        auto r = racks_.find(d.rack);
        const Rack* rack = r == racks_.end() ? nullptr : r->second;
        ends_.push_back(endOf(d, rack, rack ? models[rack] : nullptr, e.first->second));
    }
}

CableRouter::End CableRouter::endOf(const Device& d, const Rack* rack, const RackModel* model, const Equipment* e) const {
    return {rack, e, rack ? riseMm(project_, model, e, d) : 0.0};
}

void CableRouter::refresh(std::size_t device) {
    const Device& d = project_.layout.devices[device];
    auto r = racks_.find(d.rack);
    const Rack* rack = r == racks_.end() ? nullptr : r->second;
    ends_[device] = endOf(d, rack, rack ? catalog_.rack(rack->model) : nullptr, catalog_.equipment(d.catalogId));
}

void CableRouter::shiftDevices(const std::vector<std::size_t>& newOf, const std::vector<std::size_t>& inserted) {
    std::vector<End> ends(project_.layout.devices.size());
    for (std::size_t i = 0; i < newOf.size() && i < ends_.size(); ++i)
        if (newOf[i] != SIZE_MAX) ends[newOf[i]] = ends_[i];
    ends_ = std::move(ends);
    for (std::size_t i : inserted) refresh(i);
}

std::int64_t CableRouter::length(std::size_t a, std::size_t b) const {
    const End& ea = ends_[a];
    const End& eb = ends_[b];
    if (!ea.rack || !eb.rack) return 0;  // a device in no rack has no route
    double mm;
    if (ea.rack == eb.rack) {
        mm = std::fabs(project_.layout.devices[a].u - project_.layout.devices[b].u) * kRackUnitMm;
    } else {
        const Point& pa = ea.rack->position;
        const Point& pb = eb.rack->position;
        double floor = std::fabs(double(pa.x - pb.x)) + std::fabs(double(pa.y - pb.y));
        mm = ea.rise + floor + eb.rise;
    }
    return std::llround(mm) + project_.settings.cableSlackMm;
}

std::int64_t routeLengthMm(const Project& project, const Catalog& catalog, const Device& a, const Device& b) {
    const Rack* ra = project.rack(a.rack);
    const Rack* rb = project.rack(b.rack);
    if (!ra || !rb) return 0;
    return route(project, catalog, *ra, a, *rb, b);
}

std::string chooseMedium(const Catalog& catalog, double speedGbps, std::int64_t lengthMm) {
    return MediumChooser(catalog).choose(speedGbps, lengthMm);
}

std::map<std::string, MediumTotal> cablesByMedium(const Cabling& cabling) {
    std::map<std::string, MediumTotal> m;
    const Name* last = nullptr;
    MediumTotal* total = nullptr;
    for (const auto& c : cabling.cables) {
        if (!last || !c.medium.sameEntry(*last)) {  // runs of one medium are common: one map lookup per run
            total = &m[c.medium];
            last = &c.medium;
        }
        ++total->count;
        total->lengthMm += c.lengthMm;
    }
    return m;
}

}  // namespace pod
