#include "Cooling.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "Precision.h"

namespace pod {

double coolantDeltaTK(const ProjectSettings& s) { return s.coolantDeltaTK.value_or(kDefaultCoolantDeltaTK); }
double airDeltaTF(const ProjectSettings& s) { return s.airDeltaTF.value_or(kDefaultAirDeltaTF); }

double coolantLitresPerMinute(double liquidW, double deltaTK) {
    if (!(deltaTK > 0)) return 0;
    return liquidW / 1000.0 / (kWaterKjPerKgK * deltaTK) * 60.0;
}

double airCfm(double airW, double deltaTF) {
    if (!(deltaTF > 0)) return 0;
    return airW * kBtuPerHourPerWatt / (kAirBtuPerHourPerCfmF * deltaTF);
}

HeatSplit deviceHeat(const Equipment& e) {
    HeatSplit h;
    // liquid = max × fraction (120 kW × 0.85 = 102 kW exactly, where max × (1 − 0.85) would give
    // 18.000000000000004 kW); air = the rest, so the two add up to the max draw.
    h.liquidW = e.maxW * e.liquidFraction;
    h.airW = e.maxW - h.liquidW;
    return h;
}

const CoolingUnitSpec* coolingUnitSpec(const Catalog& catalog, const std::string& catalogId) {
    if (const Equipment* e = catalog.equipment(catalogId)) return e->coolingUnit ? &*e->coolingUnit : nullptr;
    if (const CoolingOption* c = catalog.cooling(catalogId)) return c->coolingUnit ? &*c->coolingUnit : nullptr;
    return nullptr;
}

std::string coolingUnitModelName(const Catalog& catalog, const std::string& catalogId) {
    if (const Equipment* e = catalog.equipment(catalogId)) return e->vendor + " " + e->model;
    if (const CoolingOption* c = catalog.cooling(catalogId)) return c->vendor + " " + c->model;
    return catalogId;
}

std::vector<std::string> servedRacks(const CoolingUnit& unit, const Layout& layout) {
    std::vector<std::string> out;
    if (!unit.serveRows.empty()) {
        const std::set<std::string> rows(unit.serveRows.begin(), unit.serveRows.end());
        for (const auto& r : layout.racks)
            if (!r.row.empty() && rows.count(r.row)) out.push_back(r.id);
        return out;
    }
    std::set<std::string> listed(unit.serveRacks.begin(), unit.serveRacks.end());
    for (const auto& r : layout.racks)
        if (listed.erase(r.id)) out.push_back(r.id);
    return out;
}

namespace {

std::size_t findRoot(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

}  // namespace

CoolingReport computeCooling(const Project& project, const Catalog& catalog, const RackHeatFn& rackHeat) {
    CoolingReport report;
    const Layout& layout = project.layout;
    for (const auto& u : layout.coolingUnits) {
        const CoolingUnitSpec* spec = coolingUnitSpec(catalog, u.catalogId);
        if (!spec) continue;
        UnitLoad load;
        load.unit = &u;
        load.spec = spec;
        load.racks = servedRacks(u, layout);
        load.capacityW = spec->capacityKw * 1000.0;
        report.units.push_back(std::move(load));
    }
    if (report.units.empty()) return report;

    // Racks in layout order, each rack's heat once, and the units of each medium serving each rack.
    std::unordered_map<std::string, std::size_t> rackIndex;
    for (std::size_t i = 0; i < layout.racks.size(); ++i) rackIndex.emplace(layout.racks[i].id, i);
    std::vector<std::optional<HeatSplit>> heat(layout.racks.size());
    auto heatOf = [&](std::size_t r) -> const HeatSplit& {
        if (!heat[r]) heat[r] = rackHeat(layout.racks[r]);
        return *heat[r];
    };
    std::map<std::pair<std::size_t, CoolingMedium>, std::vector<std::size_t>> servedBy;  // (rack, medium) → units
    for (std::size_t k = 0; k < report.units.size(); ++k)
        for (const auto& id : report.units[k].racks) servedBy[{rackIndex.at(id), report.units[k].spec->medium}].push_back(k);

    // Groups: units of one medium joined through any shared rack.
    std::vector<std::size_t> parent(report.units.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (const auto& [key, units] : servedBy)
        for (std::size_t k = 1; k < units.size(); ++k) parent[findRoot(parent, units[k])] = findRoot(parent, units[0]);

    // Each rack's share of its medium, split among the units serving it by capacity.
    for (const auto& [key, units] : servedBy) {
        const double share = heatOf(key.first).of(key.second);
        double pooled = 0;
        for (std::size_t k : units) pooled += report.units[k].capacityW;
        for (std::size_t k : units)
            report.units[k].loadW += pooled > 0 ? share * report.units[k].capacityW / pooled : share / double(units.size());
    }

    std::map<std::size_t, std::size_t> groupOfRoot;
    for (std::size_t k = 0; k < report.units.size(); ++k) {
        UnitLoad& u = report.units[k];
        const double loadW = u.loadW;
        if (u.spec->medium == CoolingMedium::Liquid) u.flowLpm = coolantLitresPerMinute(loadW, coolantDeltaTK(project.settings));
        else u.flowCfm = airCfm(loadW, airDeltaTF(project.settings));
        auto [it, fresh] = groupOfRoot.try_emplace(findRoot(parent, k), report.groups.size());
        if (fresh) {
            report.groups.emplace_back();
            report.groups.back().medium = u.spec->medium;
        }
        u.group = it->second;
        UnitGroup& g = report.groups[u.group];
        g.units.push_back(k);
        g.capacityW += u.capacityW;
        if (g.units.size() == 1 || u.capacityW > g.largestW) {
            g.largest = k;
            g.largestW = u.capacityW;
        }
    }
    // Group racks and load: each rack of the union once, in layout order.
    for (const auto& [key, units] : servedBy) {
        UnitGroup& g = report.groups[report.units[units.front()].group];
        g.racks.push_back(layout.racks[key.first].id);
        g.loadW += heatOf(key.first).of(key.second);
    }
    return report;
}

CoolingReport computeCooling(const Project& project, const Catalog& catalog) {
    std::unordered_map<std::string, std::vector<const Device*>> byRack;
    for (const auto& d : project.layout.devices) byRack[d.rack].push_back(&d);
    return computeCooling(project, catalog, [&](const Rack& rack) {
        HeatSplit h;
        if (auto it = byRack.find(rack.id); it != byRack.end())
            for (const Device* d : it->second)
                if (const Equipment* e = catalog.equipment(d->catalogId)) h.add(deviceHeat(*e));
        return h;
    });
}

namespace {
double round1(double v) { return std::round(v * 10) / 10; }
const char* mediumKey(CoolingMedium m) { return m == CoolingMedium::Liquid ? "liquid" : "air"; }
}  // namespace

Json coolingToJson(const CoolingReport& report, const Project& project, const Catalog& catalog) {
    Json units = Json::array();
    for (const auto& u : report.units) {
        Json j{{"id", u.unit->id},
               {"name", u.unit->name.empty() ? u.unit->id : u.unit->name},
               {"catalog", u.unit->catalogId},
               {"model", coolingUnitModelName(catalog, u.unit->catalogId)},
               {"medium", mediumKey(u.spec->medium)},
               {"racks", u.racks},
               {"load_w", round1(u.loadW)},
               {"capacity_w", round1(u.capacityW)},
               {"percent", round1(u.fraction() * 100)},
               {"group", u.group}};
        if (u.spec->medium == CoolingMedium::Liquid) j["flow_l_min"] = round1(u.flowLpm);
        else j["flow_cfm"] = round1(u.flowCfm);
        units.push_back(std::move(j));
    }
    Json groups = Json::array();
    for (const auto& g : report.groups) {
        Json ids = Json::array();
        for (std::size_t i : g.units) ids.push_back(report.units[i].unit->id);
        groups.push_back({{"medium", mediumKey(g.medium)},
                          {"units", ids},
                          {"racks", g.racks},
                          {"load_w", round1(g.loadW)},
                          {"capacity_w", round1(g.capacityW)},
                          {"largest_unit", report.units[g.largest].unit->id},
                          {"capacity_without_largest_w", round1(g.capacityWithoutLargestW())},
                          {"carries_n_minus_1", g.carriesWithoutLargest()}});
    }
    return {{"coolant_delta_t_k", coolantDeltaTK(project.settings)},
            {"air_delta_t_f", airDeltaTF(project.settings)},
            {"units", units},
            {"groups", groups}};
}

}  // namespace pod
