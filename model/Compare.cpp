#include "Compare.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "JsonRead.h"
#include "TextFormat.h"
#include "Totals.h"
#include "generator/Sizing.h"
#include "rules/RuleEngine.h"

namespace pod {

std::string_view rackRoleKey(RackRole role) {
    switch (role) {
    case RackRole::Gpu: return "gpu";
    case RackRole::Network: return "network";
    case RackRole::Storage: return "storage";
    case RackRole::Other: return "other";
    }
    return "other";
}

RackRole classifyRack(const std::vector<const Device*>& devices, const Catalog& catalog) {
    bool storage = false, network = false;
    for (const Device* d : devices) {
        const Equipment* e = catalog.equipment(d->catalogId);
        if (!e) continue;
        if (e->kind == EquipmentKind::GpuNode) return RackRole::Gpu;
        storage = storage || e->kind == EquipmentKind::Storage;
        network = network || e->kind == EquipmentKind::Switch;
    }
    return storage ? RackRole::Storage : network ? RackRole::Network : RackRole::Other;
}

PodSummary summarize(const Project& project, const Catalog& catalog) {
    PodSummary s;
    s.project = project.meta.name;
    s.scenario = project.scenarioName;
    const ProjectTotals t = computeTotals(project, catalog);
    std::unordered_map<std::string, std::vector<const Device*>> byRack;
    for (const auto& d : project.layout.devices) byRack[d.rack].push_back(&d);
    for (RackRole r : {RackRole::Gpu, RackRole::Network, RackRole::Storage, RackRole::Other}) s.racksByRole[std::string(rackRoleKey(r))] = 0;
    for (std::size_t i = 0; i < project.layout.racks.size(); ++i) {
        const auto& devices = byRack[project.layout.racks[i].id];
        ++s.racksByRole[std::string(rackRoleKey(classifyRack(devices, catalog)))];
        double air = 0, all = 0;
        for (const Device* d : devices)
            if (const Equipment* e = catalog.equipment(d->catalogId)) {
                all += e->maxW;
                air += e->maxW * (1.0 - e->liquidFraction);
            }
        const CoolingOption* c = cheapestCooling(catalog, air, all - air);
        ++s.coolingNeeded[c ? c->id : std::string()];
        s.rackMaxW = std::max(s.rackMaxW, t.perRack[i].sum.maxW);
    }
    s.racks = t.racks;
    s.rackFootprintM2 = t.footprintM2;
    s.roomAreaM2 = t.roomAreaM2;
    s.itMaxW = t.sum.maxW;
    s.rackMeanW = t.racks ? t.sum.maxW / t.racks : 0.0;
    s.facilityW = t.facilityW();
    s.weightKg = t.totalWeightKg();
    s.gpus = t.sum.gpus;
    s.gpuMemoryGb = t.sum.gpuMemoryGb;
    s.flops = t.sum.flops;
    s.storageRawTb = t.sum.storageRawTb;
    s.storageUsableTb = t.sum.storageUsableTb;

    const Cabling cabling = deriveCabling(project, catalog);
    s.cablesByMedium = cablesByMedium(cabling);
    for (const auto& [medium, total] : s.cablesByMedium) {
        s.cables.count += total.count;
        s.cables.lengthMm += total.lengthMm;
    }
    std::unordered_map<std::string, std::string> roles;
    for (const auto& f : project.layout.network.fabrics) {
        for (const auto& id : f.leaves) roles.emplace(id, f.id + " leaf");
        for (const auto& id : f.spines) roles.emplace(id, f.id + " spine");
        for (const auto& id : f.cores) roles.emplace(id, f.id + " core");
    }
    for (const auto& d : project.layout.devices) {
        const Equipment* e = catalog.equipment(d.catalogId);
        if (!e) continue;
        if (e->kind == EquipmentKind::Blank) {
            ++s.blanks;
            s.blankU += e->uHeight;
        } else if (e->kind == EquipmentKind::Switch) {
            ++s.switches;
            ++s.switchesByModel[d.catalogId];
            auto it = roles.find(d.id);
            ++s.switchesByRole[it == roles.end() ? std::string("unassigned") : it->second];
        }
    }
    const auto violations = RuleEngine::standard().checkAll(project, catalog);
    s.errors = countSeverity(violations, Severity::Error);
    s.warnings = countSeverity(violations, Severity::Warning);
    s.infos = countSeverity(violations, Severity::Info);
    return s;
}

std::string fmtSigned(double value, int decimals) {
    if (fmtFixed(std::fabs(value), decimals) == fmtFixed(0.0, decimals)) return "0";
    return (value > 0 ? "+" : "\u2212") + fmtGrouped(std::fabs(value), decimals);
}

namespace {

int signOf(double v, int decimals) {
    if (fmtFixed(std::fabs(v), decimals) == fmtFixed(0.0, decimals)) return 0;
    return v > 0 ? 1 : -1;
}

// A row of one number with a unit: "40.8 kW" | "20.4 kW" | "−20.4 kW".
CompareRow number(std::string label, double a, double b, int decimals, const std::string& unit, Better better, int indent = 0) {
    const std::string u = unit.empty() ? "" : " " + unit;
    return {std::move(label), indent, fmtGrouped(a, decimals) + u, fmtGrouped(b, decimals) + u,
            fmtSigned(b - a, decimals) + (signOf(b - a, decimals) ? u : ""), signOf(b - a, decimals), better};
}

// "+8", "−0.5", "0": rack units signed, printed as fmtU prints them.
std::string signedU(double u) {
    if (fmtU(std::fabs(u)) == fmtU(0.0)) return "0";
    return (u > 0 ? "+" : "\u2212") + fmtU(std::fabs(u));
}

template <class Map>
std::set<std::string> keysOf(const Map& a, const Map& b) {
    std::set<std::string> keys;
    for (const auto& [k, v] : a) keys.insert(k);
    for (const auto& [k, v] : b) keys.insert(k);
    return keys;
}

template <class Map>
auto valueOr(const Map& m, const std::string& key) {
    auto it = m.find(key);
    return it == m.end() ? typename Map::mapped_type{} : it->second;
}

}  // namespace

std::string_view betterKey(Better better) {
    switch (better) {
    case Better::Lower: return "lower";
    case Better::Higher: return "higher";
    case Better::Neutral: return "";
    }
    return "";
}

// Directions: a rack of any role costs floor, a frame and its share of power distribution, so fewer is
// better; so are floor area, IT and facility power, weight, cables in total, blanking panels (unused U)
// and rule errors and warnings. GPUs, GPU memory, FLOPS and storage: more is better. No direction: kW
// per rack (the density being compared; its costs show in the cooling rows, its gains in racks and
// floor), racks by cooling, switches (their number follows the fabric's bandwidth), switches and cables
// by model, medium or role, and rule notes (information, not faults).
std::vector<CompareRow> compareRows(const PodSummary& a, const PodSummary& b) {
    constexpr Better lower = Better::Lower, higher = Better::Higher, neutral = Better::Neutral;
    std::vector<CompareRow> rows;
    rows.push_back({"Project", 0, a.project, b.project, "", 0});
    rows.push_back({"Scenario", 0, a.scenario, b.scenario, "", 0});
    rows.push_back(number("Racks", a.racks, b.racks, 0, "", lower));
    for (const char* role : {"gpu", "network", "storage", "other"}) {
        int ra = valueOr(a.racksByRole, role), rb = valueOr(b.racksByRole, role);
        if (std::string(role) == "other" && ra == 0 && rb == 0) continue;
        rows.push_back(number(std::string(role) == "gpu" ? "GPU" : role, ra, rb, 0, "", lower, 1));
    }
    rows.push_back(number("Rack footprint", a.rackFootprintM2, b.rackFootprintM2, 2, "m²", lower));
    rows.push_back(number("Room area", a.roomAreaM2, b.roomAreaM2, 2, "m²", lower));
    rows.push_back(number("kW per rack (max)", a.rackMaxW / 1000.0, b.rackMaxW / 1000.0, 1, "kW", neutral));
    rows.push_back(number("kW per rack (mean)", a.rackMeanW / 1000.0, b.rackMeanW / 1000.0, 1, "kW", neutral));
    rows.push_back({"Cooling needed (racks)", 0, "", "", "", 0});
    for (const auto& id : keysOf(a.coolingNeeded, b.coolingNeeded))
        rows.push_back(number(id.empty() ? "none in the catalog covers" : id, valueOr(a.coolingNeeded, id), valueOr(b.coolingNeeded, id), 0, "", neutral, 1));
    rows.push_back(number("IT power (max)", a.itMaxW / 1000.0, b.itMaxW / 1000.0, 1, "kW", lower));
    rows.push_back(number("Facility power", a.facilityW / 1000.0, b.facilityW / 1000.0, 1, "kW", lower));
    rows.push_back(number("Weight", a.weightKg, b.weightKg, 1, "kg", lower));
    rows.push_back(number("GPUs", a.gpus, b.gpus, 0, "", higher));
    rows.push_back(number("GPU memory", a.gpuMemoryGb, b.gpuMemoryGb, 0, "GB", higher));
    for (Precision p : kPrecisions) {
        auto fa = a.flops.get(p), fb = b.flops.get(p);
        if (!fa && !fb) continue;
        double va = fa.value_or(0), vb = fb.value_or(0), d = vb - va;
        int sign = signOf(d, 1);
        rows.push_back({std::string(precisionLabel(p)), 0, fa ? fmtThroughput(p, va) : "—", fb ? fmtThroughput(p, vb) : "—",
                        sign == 0 ? "0" : (sign > 0 ? "+" : "\u2212") + fmtThroughput(p, std::fabs(d)), sign, higher});
    }
    rows.push_back(number("Storage raw", a.storageRawTb, b.storageRawTb, 1, "TB", higher));
    rows.push_back(number("Storage usable", a.storageUsableTb, b.storageUsableTb, 1, "TB", higher));
    auto cableRow = [](std::string label, const MediumTotal& x, const MediumTotal& y, Better better, int indent) {
        double dl = double(y.lengthMm - x.lengthMm) / 1000.0;
        int dc = y.count - x.count;
        return CompareRow{std::move(label), indent, std::to_string(x.count) + ", " + fmtGrouped(double(x.lengthMm) / 1000.0, 1) + " m",
                          std::to_string(y.count) + ", " + fmtGrouped(double(y.lengthMm) / 1000.0, 1) + " m",
                          fmtSigned(dc, 0) + ", " + fmtSigned(dl, 1) + (signOf(dl, 1) ? " m" : ""), dc != 0 ? (dc > 0 ? 1 : -1) : signOf(dl, 1), better};
    };
    rows.push_back(cableRow("Cables (count, length)", a.cables, b.cables, lower, 0));
    for (const auto& m : keysOf(a.cablesByMedium, b.cablesByMedium))
        rows.push_back(cableRow(m.empty() ? "no medium reaches" : m, valueOr(a.cablesByMedium, m), valueOr(b.cablesByMedium, m), neutral, 1));
    rows.push_back({"Blanking panels", 0, std::to_string(a.blanks) + " (" + fmtU(a.blankU) + " U)",
                    std::to_string(b.blanks) + " (" + fmtU(b.blankU) + " U)",
                    fmtSigned(b.blanks - a.blanks, 0) + " (" + signedU(b.blankU - a.blankU) + " U)", signOf(b.blanks - a.blanks, 0), lower});
    rows.push_back(number("Switches", a.switches, b.switches, 0, "", neutral));
    for (const auto& id : keysOf(a.switchesByModel, b.switchesByModel))
        rows.push_back(number(id, valueOr(a.switchesByModel, id), valueOr(b.switchesByModel, id), 0, "", neutral, 1));
    for (const auto& role : keysOf(a.switchesByRole, b.switchesByRole))
        rows.push_back(number(role, valueOr(a.switchesByRole, role), valueOr(b.switchesByRole, role), 0, "", neutral, 1));
    rows.push_back(number("Rule errors", a.errors, b.errors, 0, "", lower));
    rows.push_back(number("Rule warnings", a.warnings, b.warnings, 0, "", lower));
    rows.push_back(number("Rule notes", a.infos, b.infos, 0, "", neutral));
    return rows;
}

namespace {

Json round3(double v) { return json::numberJson(std::round(v * 1000.0) / 1000.0); }

template <class Map>
Json counts(const Map& m) {
    Json j = Json::object();
    for (const auto& [k, v] : m) j[k.empty() ? "none" : k] = v;
    return j;
}

Json mediumJson(const MediumTotal& t) { return {{"count", t.count}, {"length_m", round3(double(t.lengthMm) / 1000.0)}}; }

// B − A over the numeric leaves of two summaries; an absent key counts as 0 (or {}), strings are skipped.
Json diffJson(const Json& a, const Json& b) {
    Json out = Json::object();
    std::set<std::string> keys;
    for (const Json* side : {&a, &b})
        for (auto it = side->begin(); it != side->end(); ++it) keys.insert(it.key());
    for (const auto& k : keys) {
        const Json* va = a.contains(k) ? &a[k] : nullptr;
        const Json* vb = b.contains(k) ? &b[k] : nullptr;
        const Json& probe = va ? *va : *vb;
        if (probe.is_object()) {
            out[k] = diffJson(va ? *va : Json::object(), vb ? *vb : Json::object());
        } else if (probe.is_number()) {
            out[k] = round3((vb ? vb->get<double>() : 0.0) - (va ? va->get<double>() : 0.0));
        }
    }
    return out;
}

}  // namespace

Json summaryToJson(const PodSummary& s) {
    Json j;
    j["project"] = s.project;
    j["scenario"] = s.scenario;
    Json racks = counts(s.racksByRole);
    racks["total"] = s.racks;
    j["racks"] = racks;
    j["rack_footprint_m2"] = round3(s.rackFootprintM2);
    j["room_area_m2"] = round3(s.roomAreaM2);
    j["rack_power_w"] = {{"max", round3(s.rackMaxW)}, {"mean", round3(s.rackMeanW)}};
    j["cooling_needed"] = counts(s.coolingNeeded);
    j["it_power_max_w"] = round3(s.itMaxW);
    j["facility_power_w"] = round3(s.facilityW);
    j["weight_kg"] = round3(s.weightKg);
    j["gpus"] = s.gpus;
    j["gpu_memory_gb"] = round3(s.gpuMemoryGb);
    Json flops = Json::object();
    for (Precision p : kPrecisions)
        if (auto v = s.flops.get(p)) flops[std::string(precisionKey(p))] = round3(*v);
    j["tflops_dense"] = flops;
    j["storage_raw_tb"] = round3(s.storageRawTb);
    j["storage_usable_tb"] = round3(s.storageUsableTb);
    Json cables = mediumJson(s.cables);
    Json byMedium = Json::object();
    for (const auto& [m, t] : s.cablesByMedium) byMedium[m.empty() ? "none" : m] = mediumJson(t);
    cables["by_medium"] = byMedium;
    j["cables"] = cables;
    j["blanks"] = {{"count", s.blanks}, {"u", round3(s.blankU)}};
    j["switches"] = {{"total", s.switches}, {"by_model", counts(s.switchesByModel)}, {"by_role", counts(s.switchesByRole)}};
    j["violations"] = {{"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos}};
    return j;
}

Json compareRowsToJson(const std::vector<CompareRow>& rows) {
    Json out = Json::array();
    for (const auto& r : rows) {
        Json j = {{"label", r.label}, {"indent", r.indent}, {"a", r.a}, {"b", r.b}, {"diff", r.diff}, {"sign", r.sign}};
        j["better"] = r.better == Better::Neutral ? Json(nullptr) : Json(std::string(betterKey(r.better)));
        const int v = r.verdict();
        j["verdict"] = r.better == Better::Neutral ? Json(nullptr) : Json(v > 0 ? "better" : v < 0 ? "worse" : "same");
        out.push_back(std::move(j));
    }
    return out;
}

Json compareToJson(const PodSummary& a, const PodSummary& b) {
    Json ja = summaryToJson(a), jb = summaryToJson(b);
    Json j;
    j["diff"] = diffJson(ja, jb);
    j["a"] = std::move(ja);
    j["b"] = std::move(jb);
    return j;
}

}  // namespace pod
