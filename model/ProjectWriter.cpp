#include "JsonRead.h"
#include "ProjectFile.h"

namespace pod {

namespace {

Json point(const Point& p) { return Json::array({p.x, p.y}); }

Json polygon(const Polygon& poly) {
    Json a = Json::array();
    for (const auto& p : poly) a.push_back(point(p));
    return a;
}

// Unknown fields first, known fields on top: what we understand is always written from the model.
Json rackJson(const Rack& r) {
    Json j = r.extra;
    j["id"] = r.id;
    j["name"] = r.name;
    j["model"] = r.model;
    j["position"] = point(r.position);
    j["rotation"] = r.rotation;
    if (!r.row.empty()) j["row"] = r.row;
    if (!r.hall.empty()) j["hall"] = r.hall;
    j["front_aisle"] = r.frontAisle == AisleSide::Hot ? "hot" : "cold";
    j["cooling"] = r.cooling;
    j["power_budget_w"] = json::numberJson(r.powerBudgetW);
    if (!r.feeds.empty()) j["feeds"] = r.feeds;
    if (!r.feedFrom.empty()) j["feed_from"] = r.feedFrom;
    if (!r.feedPhase.empty()) j["feed_phase"] = r.feedPhase;
    return j;
}

Json deviceJson(const Device& d) {
    Json j = d.extra;
    j["id"] = d.id;
    j["catalog"] = d.catalogId;
    j["rack"] = d.rack;
    j["u"] = json::numberJson(d.u);
    j["face"] = d.face == Face::Rear ? "rear" : "front";
    if (!d.name.empty()) j["name"] = d.name;
    if (!d.feed.empty()) j["feed"] = d.feed;
    return j;
}

Json networkJson(const Network& n) {
    Json j = n.extra;
    Json fabrics = Json::array();
    for (const auto& f : n.fabrics) {
        Json fj = f.extra;
        fj["id"] = f.id;
        fj["kind"] = f.kind;
        fj["leaves"] = f.leaves;
        fj["spines"] = f.spines;
        if (!f.cores.empty()) fj["cores"] = f.cores;
        if (f.leafUplinks > 0) fj["leaf_uplinks"] = f.leafUplinks;
        if (f.railPlanes) fj["rail_planes"] = true;
        fabrics.push_back(fj);
    }
    j["fabrics"] = fabrics;
    return j;
}

void writeLayout(Json& j, const Layout& layout) {
    Json racks = Json::array();
    for (const auto& r : layout.racks) racks.push_back(rackJson(r));
    Json devices = Json::array();
    for (const auto& d : layout.devices) devices.push_back(deviceJson(d));
    j["racks"] = std::move(racks);
    j["devices"] = std::move(devices);
    j["network"] = networkJson(layout.network);
    if (!layout.coolingUnits.empty()) {
        Json units = Json::array();
        for (const auto& u : layout.coolingUnits) {
            Json uj = u.extra;
            uj["id"] = u.id;
            if (!u.name.empty()) uj["name"] = u.name;
            uj["catalog"] = u.catalogId;
            Json serves = Json::object();
            if (!u.serveRows.empty()) serves["rows"] = u.serveRows;
            else serves["racks"] = u.serveRacks;
            uj["serves"] = serves;
            if (u.position) uj["position"] = point(*u.position);
            units.push_back(uj);
        }
        j["cooling_units"] = std::move(units);
    }
}

Json roomJson(const Room& r) {
    Json j = r.extra;
    if (!r.name.empty()) j["name"] = r.name;
    j["outline"] = polygon(r.outline);
    Json keepouts = Json::array();
    for (const auto& k : r.keepouts) {
        Json kj = k.extra;
        kj["id"] = k.id;
        if (!k.name.empty()) kj["name"] = k.name;
        kj["kind"] = k.kind;
        kj["outline"] = polygon(k.outline);
        keepouts.push_back(kj);
    }
    j["keepouts"] = keepouts;
    j["power_capacity_w"] = json::numberJson(r.powerCapacityW);
    j["cooling_capacity_w"] = json::numberJson(r.coolingCapacityW);
    j["floor_load_kg_m2"] = json::numberJson(r.floorLoadKgM2);
    j["pue"] = json::numberJson(r.pue);
    j["min_aisle_mm"] = r.minAisleMm;
    return j;
}

}  // namespace

Json ProjectFile::toJson(const Project& p) {
    Json j = p.extra;
    j["format"] = "podplanner";
    j["version"] = kProjectFormatVersion;
    Json meta = p.meta.extra;
    for (auto [key, value] : {std::pair{"name", &p.meta.name}, {"revision", &p.meta.revision},
                              {"author", &p.meta.author}, {"date", &p.meta.date}, {"description", &p.meta.description}})
        if (!value->empty()) meta[key] = *value;
    j["meta"] = meta;
    Json settings = p.settings.extra;
    settings["cable_slack_mm"] = p.settings.cableSlackMm;
    settings["tray_height_mm"] = p.settings.trayHeightMm;
    if (p.settings.powerWarningPercent) settings["power_warning_percent"] = *p.settings.powerWarningPercent;
    if (p.settings.coolantDeltaTK) settings["coolant_delta_t_k"] = json::numberJson(*p.settings.coolantDeltaTK);
    if (p.settings.airDeltaTF) settings["air_delta_t_f"] = json::numberJson(*p.settings.airDeltaTF);
    if (p.settings.powerDeratingPercent) settings["power_derating_percent"] = json::numberJson(*p.settings.powerDeratingPercent);
    if (p.settings.phaseImbalancePercent) settings["phase_imbalance_percent"] = json::numberJson(*p.settings.phaseImbalancePercent);
    if (p.settings.priceBook) settings["price_book"] = *p.settings.priceBook;
    if (!p.settings.severityOverrides.empty()) settings["severity_overrides"] = p.settings.severityOverrides;
    j["settings"] = settings;
    j["room"] = roomJson(p.room);
    if (!p.halls.empty()) {
        Json halls = Json::array();
        for (const auto& h : p.halls) {
            Json hj = h.extra;
            hj["id"] = h.id;
            if (!h.name.empty()) hj["name"] = h.name;
            hj["outline"] = polygon(h.outline);
            if (h.powerCapacityW > 0) hj["power_capacity_w"] = json::numberJson(h.powerCapacityW);
            if (h.coolingCapacityW > 0) hj["cooling_capacity_w"] = json::numberJson(h.coolingCapacityW);
            halls.push_back(std::move(hj));
        }
        j["halls"] = std::move(halls);
    }
    if (!p.scenarioName.empty()) j["scenario"] = p.scenarioName;
    writeLayout(j, p.layout);
    if (!p.powerChain.empty()) j["power_chain"] = powerChainToJson(p.powerChain);
    if (!p.scenarios.empty()) {
        Json scenarios = Json::array();
        for (const auto& s : p.scenarios) {
            Json sj = s.extra;
            sj["name"] = s.name;
            writeLayout(sj, s.layout);
            scenarios.push_back(sj);
        }
        j["scenarios"] = scenarios;
    }
    return j;
}

std::string ProjectFile::serialize(const Project& p) { return toJson(p).dump(2) + "\n"; }

}  // namespace pod
