#include "WhatIf.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "JsonRead.h"

namespace pod {

WhatIfResult whatIf(const Project& project, const Catalog& catalog, const PowerFailure& failure, const std::string& label) {
    WhatIfResult r;
    r.power = computePowerFlow(project, catalog, failure);
    r.outcome = outcomeOf(r.power, label);
    if (failure.coolingUnits.empty()) return r;
    // Without the failed units: which racks still have liquid heat and a live liquid unit?
    Project survivors = project;
    auto& units = survivors.layout.coolingUnits;
    units.erase(std::remove_if(units.begin(), units.end(), [&](const CoolingUnit& u) { return failure.coolingUnits.count(u.id) > 0; }),
                units.end());
    const CoolingReport report = computeCooling(survivors, catalog);
    for (const auto& u : report.units) {
        r.coolingUnits.push_back({u.unit->id, u.loadW, u.capacityW, u.racks});
        if (u.loadW > u.capacityW) r.coolingOverloads.push_back(r.coolingUnits.back());
    }
    // Racks a failed liquid unit served that no surviving liquid unit serves.
    std::set<std::string> stillServed;
    for (const auto& u : report.units)
        if (u.spec->medium == CoolingMedium::Liquid) stillServed.insert(u.racks.begin(), u.racks.end());
    const CoolingReport before = computeCooling(project, catalog);
    std::set<std::string> lost;
    for (const auto& u : before.units) {
        if (!failure.coolingUnits.count(u.unit->id) || u.spec->medium != CoolingMedium::Liquid) continue;
        for (const auto& rack : u.racks)
            if (!stillServed.count(rack)) lost.insert(rack);
    }
    for (const auto& rack : project.layout.racks)
        if (lost.count(rack.id)) r.racksWithoutLiquidCooling.push_back(rack.id);
    return r;
}

Json whatIfToJson(const WhatIfResult& r) {
    Json j;
    j["failed"] = r.outcome.failure;
    j["carried"] = r.carried();
    j["dark_racks"] = r.outcome.darkRacks;
    Json over = Json::array();
    for (const auto& o : r.outcome.overloads)
        over.push_back({{"id", o.node},
                        {"load_w", json::numberJson(std::round(o.loadW))},
                        {"capacity_w", json::numberJson(std::round(o.capacityW))},
                        {"percent", json::numberJson(std::round(o.fraction() * 1000) / 10)},
                        {"racks", o.racks}});
    j["overloaded"] = over;
    auto unitJson = [](const CoolingOverload& c) {
        return Json{{"id", c.unit},
                    {"load_w", json::numberJson(std::round(c.loadW))},
                    {"capacity_w", json::numberJson(std::round(c.capacityW))},
                    {"percent", json::numberJson(c.capacityW > 0 ? std::round(c.loadW / c.capacityW * 1000) / 10 : 0)},
                    {"racks", c.racks}};
    };
    Json cool = Json::array(), units = Json::array();
    for (const auto& c : r.coolingOverloads) cool.push_back(unitJson(c));
    for (const auto& c : r.coolingUnits) units.push_back(unitJson(c));
    j["cooling_overloaded"] = cool;
    j["cooling_units"] = units;
    j["racks_without_liquid_cooling"] = r.racksWithoutLiquidCooling;
    j["power_chain"] = powerFlowToJson(r.power);
    return j;
}

}  // namespace pod
