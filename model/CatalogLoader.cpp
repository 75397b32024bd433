#include "CatalogLoader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include "JsonRead.h"

#include "ResourcePaths.h"

namespace pod {

namespace {

constexpr double kBig = std::numeric_limits<double>::max();
const std::vector<std::string> kKinds = {"accelerator", "gpu_node", "cpu_node",    "switch", "storage",
                                         "pdu",         "patch_panel", "blank",    "cdu",    "rack",
                                         "cooling",     "cable_media", "power_node"};
const std::vector<std::string> kCommon = {"id", "kind", "vendor", "model", "verification", "unverified", "sources",
                                          "notes"};

// Nested objects are closed too: a typo such as "typcial_w" must not silently fall back to a default.
// A figure for a message: 3500 → "3500", 1e308 → "1e+308" (int(1e308) would be undefined behaviour).
std::string figure(double v) {
    std::ostringstream os;
    os.precision(15);
    os << v;
    return os.str();
}

void checkFields(const Json& object, const std::string& path, const std::vector<std::string>& known) {
    Json extra = json::unknownFields(object, known);
    if (!extra.empty())
        throw JsonPathError(json::child(path, extra.begin().key()), "unknown field (typo?)");
}

void readProvenance(const Json& e, const std::string& path, Provenance& p, const std::string& file) {
    p.id = json::id(e, "id", path);
    for (unsigned char c : p.id)
        if (!(std::islower(c) || std::isdigit(c) || c == '.' || c == '_' || c == '-'))
            throw JsonPathError(json::child(path, "id"), "catalog ids use a-z, 0-9, '.', '_' and '-' only, got \"" + p.id + "\"");
    if (!(std::islower(static_cast<unsigned char>(p.id[0])) || std::isdigit(static_cast<unsigned char>(p.id[0]))))
        throw JsonPathError(json::child(path, "id"), "catalog ids use a-z, 0-9, '.', '_' and '-' and start with a-z or 0-9, got \"" + p.id + "\"");
    p.vendor = json::string(e, "vendor", path);
    if (p.vendor.empty()) throw JsonPathError(json::child(path, "vendor"), "must not be empty");
    p.model = json::string(e, "model", path);
    if (p.model.empty()) throw JsonPathError(json::child(path, "model"), "must not be empty");
    p.verification = json::oneOf(e, "verification", path, {"vendor", "netbox", "secondary", "unverified"});
    if (const Json* u = json::optionalArray(e, "unverified", path)) {
        for (std::size_t i = 0; i < u->size(); ++i) {
            if (!(*u)[i].is_string())
                throw JsonPathError(json::child(json::child(path, "unverified"), i), "must be a field name string");
            p.unverified.push_back((*u)[i].get<std::string>());
        }
    }
    const Json& sources = json::array(e, "sources", path);
    const std::string sp = json::child(path, "sources");
    if (sources.empty()) throw JsonPathError(sp, "every entry needs at least one source");
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const std::string ip = json::child(sp, i);
        json::expectObject(sources[i], ip);
        checkFields(sources[i], ip, {"ref", "grade", "supports"});
        Source s;
        s.ref = json::string(sources[i], "ref", ip);
        if (s.ref.empty()) throw JsonPathError(json::child(ip, "ref"), "source reference must not be empty");
        s.grade = json::oneOf(sources[i], "grade", ip, {"vendor", "netbox", "secondary"});
        s.supports = json::optionalString(sources[i], "supports", ip).value_or("");
        p.sources.push_back(std::move(s));
    }
    p.notes = json::optionalString(e, "notes", path).value_or("");
    p.file = file;
}

void checkNoUnknown(const Json& e, const std::string& path, std::vector<std::string> known) {
    known.insert(known.end(), kCommon.begin(), kCommon.end());
    Json extra = json::unknownFields(e, known);
    if (!extra.empty())
        throw JsonPathError(json::child(path, extra.begin().key()), "unknown field for this kind (typo?)");
}

Accelerator readAccelerator(const Json& e, const std::string& path, const std::string& file) {
    checkNoUnknown(e, path, {"memory_gb", "tdp_w", "tflops"});
    Accelerator a;
    readProvenance(e, path, a, file);
    a.memoryGb = json::number(e, "memory_gb", path, 0.001, 100000);
    a.tdpW = json::number(e, "tdp_w", path, 1, kBig);
    if (a.tdpW > 3000) throw JsonPathError(json::child(path, "tdp_w"), "an accelerator over 3 kW is not plausible, got " + figure(a.tdpW) + " W");
    const Json& t = json::object(e, "tflops", path);
    const std::string tp = json::child(path, "tflops");
    if (t.empty()) throw JsonPathError(tp, "give at least one precision");
    for (auto it = t.begin(); it != t.end(); ++it) {
        auto prec = precisionFromKey(it.key());
        if (!prec) throw JsonPathError(json::child(tp, it.key()), "unknown precision (fp64, fp64_tensor, fp32, tf32, fp16, fp8, int8, fp4)");
        a.throughput.set(*prec, json::numberValue(it.value(), json::child(tp, it.key()), 0.000001, 1e6));
    }
    return a;
}

EquipmentKind equipmentKind(const std::string& k) {
    static const std::pair<const char*, EquipmentKind> map[] = {
        {"gpu_node", EquipmentKind::GpuNode}, {"cpu_node", EquipmentKind::CpuNode}, {"switch", EquipmentKind::Switch},
        {"storage", EquipmentKind::Storage},  {"pdu", EquipmentKind::Pdu},          {"patch_panel", EquipmentKind::PatchPanel},
        {"blank", EquipmentKind::Blank},      {"cdu", EquipmentKind::Cdu}};
    for (auto& [name, kind] : map)
        if (k == name) return kind;
    return EquipmentKind::GpuNode;
}

template <class Enum>
Enum enumValue(const Json& e, const std::string& key, const std::string& path, std::string_view (*toKey)(Enum),
               std::initializer_list<Enum> all) {
    std::vector<std::string> names;
    for (Enum v : all) names.emplace_back(toKey(v));
    std::string s = json::oneOf(e, key, path, names);
    for (Enum v : all)
        if (toKey(v) == s) return v;
    return *all.begin();
}

void readPorts(const Json& e, const std::string& path, Equipment& q) {
    const Json* ports = json::optionalArray(e, "ports", path);
    if (!ports) return;
    const std::string pp = json::child(path, "ports");
    for (std::size_t i = 0; i < ports->size(); ++i) {
        const std::string ip = json::child(pp, i);
        const Json& p = (*ports)[i];
        json::expectObject(p, ip);
        checkFields(p, ip, {"fabric", "speed_gbps", "count"});
        PortGroup g;
        g.fabric = enumValue<Fabric>(p, "fabric", ip, fabricKey,
                                     {Fabric::Compute, Fabric::Storage, Fabric::Inband, Fabric::Oob});
        g.speedGbps = json::number(p, "speed_gbps", ip, 0.001, 1e6);
        g.count = int(json::integer(p, "count", ip, 1, 100000));
        q.ports.push_back(g);
    }
}

// "cooling_unit": { "type", "capacity_kw", "medium" }. CDUs take heat from the liquid loop, doors and CRAHs
// from the air; `allowed` lists the types this kind of entry may be.
CoolingUnitSpec readCoolingUnit(const Json& e, const std::string& path, std::initializer_list<CoolingUnitType> allowed) {
    const Json& u = json::object(e, "cooling_unit", path);
    const std::string up = json::child(path, "cooling_unit");
    checkFields(u, up, {"type", "capacity_kw", "medium"});
    CoolingUnitSpec spec;
    spec.type = enumValue<CoolingUnitType>(u, "type", up, coolingUnitTypeKey, allowed);
    spec.capacityKw = json::number(u, "capacity_kw", up, 0.001, 100000);
    spec.medium = enumValue<CoolingMedium>(u, "medium", up, coolingMediumKey, {CoolingMedium::Liquid, CoolingMedium::Air});
    const bool liquidType = spec.type == CoolingUnitType::CduInRack || spec.type == CoolingUnitType::CduInRow ||
                            spec.type == CoolingUnitType::CduFacility;
    const CoolingMedium expected = liquidType ? CoolingMedium::Liquid : CoolingMedium::Air;
    if (spec.medium != expected)
        throw JsonPathError(json::child(up, "medium"), "a " + std::string(coolingUnitTypeKey(spec.type)) + " unit removes heat by " +
                                                           std::string(coolingMediumKey(expected)) + ", got \"" +
                                                           std::string(coolingMediumKey(spec.medium)) + "\"");
    return spec;
}

StorageSpec readStorage(const Json& s, const std::string& sp) {
    checkFields(s, sp, {"raw_tb", "usable_tb", "drives", "drive_tb", "raid_data", "raid_parity", "spare_drives", "read_gbps",
                        "write_gbps"});
    StorageSpec st;
    st.rawTb = json::number(s, "raw_tb", sp, 0, 1e6);
    st.usableTb = json::optionalNumber(s, "usable_tb", sp, 0, 1e6);
    auto optInt = [&](const char* k) -> std::optional<int> {
        if (!s.contains(k)) return std::nullopt;
        return int(json::integer(s, k, sp, 0, 100000));
    };
    st.drives = optInt("drives");
    st.raidData = optInt("raid_data");
    st.raidParity = optInt("raid_parity");
    st.spareDrives = optInt("spare_drives");
    st.driveTb = json::optionalNumber(s, "drive_tb", sp, 0, 1e4);
    st.readGBps = json::optionalNumber(s, "read_gbps", sp, 0, 1e6);
    st.writeGBps = json::optionalNumber(s, "write_gbps", sp, 0, 1e6);
    if (st.usableTb && *st.usableTb > st.rawTb + 1e-9)
        throw JsonPathError(json::child(sp, "usable_tb"), "usable capacity exceeds raw capacity");
    return st;
}

Equipment readEquipment(const Json& e, const std::string& path, const std::string& kind, const std::string& file) {
    checkNoUnknown(e, path, {"u_height", "depth_mm", "full_depth", "weight_kg", "power", "cooling", "airflow",
                             "accelerators", "ports", "storage", "pdu", "rack_scale", "cooling_unit"});
    Equipment q;
    readProvenance(e, path, q, file);
    q.kind = equipmentKind(kind);
    q.uHeight = json::number(e, "u_height", path, 0, 60);
    if (std::fmod(q.uHeight * 2, 1.0) != 0) throw JsonPathError(json::child(path, "u_height"), "must be a multiple of 0.5 U");
    if (e.contains("depth_mm")) q.depthMm = int(json::integer(e, "depth_mm", path, 0, 3000));
    q.fullDepth = json::boolean(e, "full_depth", path, true);
    q.weightKg = json::number(e, "weight_kg", path, 0, 5000);
    const Json& power = json::object(e, "power", path);
    const std::string pp = json::child(path, "power");
    checkFields(power, pp, {"max_w", "typical_w"});
    q.maxW = json::number(power, "max_w", pp, 0, kBig);
    q.typicalW = json::optionalNumber(power, "typical_w", pp, 0, kBig);
    if (q.typicalW && *q.typicalW > q.maxW) throw JsonPathError(json::child(pp, "typical_w"), "typical draw exceeds max_w");
    double perU = q.maxW / std::max(1.0, q.uHeight);
    if (perU > 5000)
        throw JsonPathError(json::child(pp, "max_w"), "more than 5 kW per rack unit is not plausible (" +
                                                          figure(q.maxW) + " W in " + figure(q.uHeight) + " U)");
    if (const Json* c = json::optionalObject(e, "cooling", path)) {
        const std::string cp = json::child(path, "cooling");
        checkFields(*c, cp, {"type", "liquid_fraction"});
        q.cooling = enumValue<CoolingType>(*c, "type", cp, coolingTypeKey,
                                           {CoolingType::Air, CoolingType::Liquid, CoolingType::Hybrid});
        double fallback = q.cooling == CoolingType::Liquid ? 1.0 : 0.0;
        q.liquidFraction = json::optionalNumber(*c, "liquid_fraction", cp, 0, 1).value_or(fallback);
        if (q.cooling == CoolingType::Air && q.liquidFraction > 0)
            throw JsonPathError(json::child(cp, "liquid_fraction"), "air-cooled equipment has liquid_fraction 0");
    }
    q.airflow = enumValue<Airflow>(e, "airflow", path, airflowKey,
                                   {Airflow::FrontToRear, Airflow::RearToFront, Airflow::SideToRear, Airflow::Passive,
                                    Airflow::Mixed});
    if (const Json* a = json::optionalObject(e, "accelerators", path)) {
        const std::string ap = json::child(path, "accelerators");
        checkFields(*a, ap, {"ref", "count"});
        q.acceleratorRef = json::id(*a, "ref", ap);
        q.acceleratorCount = int(json::integer(*a, "count", ap, 1, 100000));
    }
    readPorts(e, path, q);
    if (const Json* s = json::optionalObject(e, "storage", path)) q.storage = readStorage(*s, json::child(path, "storage"));
    if (kind == "storage" && !q.storage) throw JsonPathError(json::child(path, "storage"), "storage equipment needs a storage object with raw_tb");
    if (const Json* p = json::optionalObject(e, "pdu", path)) {
        const std::string dp = json::child(path, "pdu");
        if (kind != "pdu") throw JsonPathError(dp, "only equipment of kind pdu has a pdu object");
        checkFields(*p, dp, {"phases", "voltage_v", "current_a", "capacity_w"});
        PduSpec s;
        s.phases = int(json::integer(*p, "phases", dp, 1, 3));
        if (s.phases == 2) throw JsonPathError(json::child(dp, "phases"), "must be 1 or 3");
        s.voltageV = json::number(*p, "voltage_v", dp, 1, 100000);
        s.currentA = json::number(*p, "current_a", dp, 0.1, 10000);
        s.capacityW = json::number(*p, "capacity_w", dp, 1, 1e7);
        q.pdu = s;
    }
    if (kind == "pdu" && !q.pdu) throw JsonPathError(json::child(path, "pdu"), "a PDU needs a pdu object with capacity_w");
    if (e.contains("rack_scale")) {
        const std::string rp = json::child(path, "rack_scale");
        if (!e["rack_scale"].is_object())
            throw JsonPathError(rp, "must be an object {\"rack\": RACK_ID} naming the rack model of the system's enclosure, got " +
                                        json::describe(e["rack_scale"]));
        if (kind != "gpu_node" && kind != "cpu_node")
            throw JsonPathError(rp, "only a gpu_node or cpu_node can be a rack-scale system");
        const Json& r = e["rack_scale"];
        checkFields(r, rp, {"rack"});
        q.rackScale = true;
        q.rackScaleRack = json::id(r, "rack", rp);
        q.rackScaleRefPath = json::child(rp, "rack");
    }
    if (e.contains("cooling_unit") && kind != "cdu")
        throw JsonPathError(json::child(path, "cooling_unit"), "only equipment of kind cdu (or a cooling entry) has a cooling_unit object");
    if (kind == "cdu") {
        if (!e.contains("cooling_unit"))
            throw JsonPathError(json::child(path, "cooling_unit"), "a CDU needs a cooling_unit object with its type and capacity_kw");
        q.coolingUnit = readCoolingUnit(e, path, {CoolingUnitType::CduInRack, CoolingUnitType::CduInRow,
                                                  CoolingUnitType::CduFacility, CoolingUnitType::Crah});
        // Floor-standing units are not rack equipment: the catalog states u_height 0 for them (the field is required).
        if (q.coolingUnit->floorStanding() && q.uHeight != 0)
            throw JsonPathError(json::child(path, "u_height"), "a floor-standing " + std::string(coolingUnitTypeKey(q.coolingUnit->type)) +
                                                                   " unit takes no rack units: u_height must be 0, got " + figure(q.uHeight));
        if (!q.coolingUnit->floorStanding() && q.uHeight == 0)
            throw JsonPathError(json::child(path, "u_height"), "an in-rack CDU occupies rack units: u_height must be above 0");
    }
    return q;
}

RackModel readRack(const Json& e, const std::string& path, const std::string& file) {
    checkNoUnknown(e, path, {"u_height", "width_mm", "depth_mm", "weight_kg", "max_load_kg"});
    RackModel r;
    readProvenance(e, path, r, file);
    r.uHeight = int(json::integer(e, "u_height", path, 1, 60));
    r.widthMm = int(json::integer(e, "width_mm", path, 100, 3000));
    r.depthMm = int(json::integer(e, "depth_mm", path, 100, 3000));
    r.weightKg = json::number(e, "weight_kg", path, 0, 5000);
    r.maxLoadKg = json::number(e, "max_load_kg", path, 1, 20000);
    return r;
}

CoolingOption readCooling(const Json& e, const std::string& path, const std::string& file) {
    checkNoUnknown(e, path, {"method", "air_kw", "liquid_kw", "cooling_unit"});
    CoolingOption c;
    readProvenance(e, path, c, file);
    c.method = json::oneOf(e, "method", path,
                           {"room_air", "contained_air", "rdhx_passive", "rdhx_active", "direct_liquid", "immersion"});
    c.airKw = json::number(e, "air_kw", path, 0, 10000);
    c.liquidKw = json::number(e, "liquid_kw", path, 0, 10000);
    if (c.airKw + c.liquidKw <= 0) throw JsonPathError(json::child(path, "air_kw"), "a cooling option must remove some heat");
    if (e.contains("cooling_unit")) {
        // A rear door is both: the rack's cooling option and a unit the project can list (capacity, racks, N-1).
        if (c.method != "rdhx_passive" && c.method != "rdhx_active")
            throw JsonPathError(json::child(path, "cooling_unit"), "only rear-door options (rdhx_passive, rdhx_active) are cooling units");
        c.coolingUnit = readCoolingUnit(e, path, {CoolingUnitType::Rdhx});
    }
    return c;
}

CableMedium readMedium(const Json& e, const std::string& path, const std::string& file) {
    checkNoUnknown(e, path, {"medium", "cost_rank", "reach"});
    CableMedium m;
    readProvenance(e, path, m, file);
    m.medium = json::oneOf(e, "medium", path, {"dac", "acc", "aoc", "multimode", "singlemode"});
    m.costRank = int(json::integer(e, "cost_rank", path, 0, 1000));
    const Json& reach = json::array(e, "reach", path);
    const std::string rp = json::child(path, "reach");
    if (reach.empty()) throw JsonPathError(rp, "give the reach for at least one speed");
    for (std::size_t i = 0; i < reach.size(); ++i) {
        const std::string ip = json::child(rp, i);
        json::expectObject(reach[i], ip);
        checkFields(reach[i], ip, {"speed_gbps", "max_m"});
        Reach r;
        r.speedGbps = json::number(reach[i], "speed_gbps", ip, 0.001, 1e6);
        r.maxM = json::number(reach[i], "max_m", ip, 0.01, 1e6);
        for (const auto& earlier : m.reach)
            if (earlier.speedGbps == r.speedGbps) throw JsonPathError(json::child(ip, "speed_gbps"), "speed listed twice");
        m.reach.push_back(r);
    }
    return m;
}

// "power_node": { "type": …, UPS: "module_kw", "modules_max"; distribution: "voltage_v", "phases", "rating_a",
// busway "tap_off_a": [A, …], rpp/floor-pdu "circuits" }.
PowerNodeModel readPowerNode(const Json& e, const std::string& path, const std::string& file) {
    checkNoUnknown(e, path, {"power_node"});
    PowerNodeModel m;
    readProvenance(e, path, m, file);
    const Json& o = json::object(e, "power_node", path);
    const std::string op = json::child(path, "power_node");
    m.type = json::oneOf(o, "type", op, {"ups", "switchboard", "rpp", "floor-pdu", "busway"});
    if (m.type == "ups") {
        checkFields(o, op, {"type", "module_kw", "modules_max"});
        m.moduleKw = json::number(o, "module_kw", op, 0.001, 1e6);
        m.modulesMax = int(json::integer(o, "modules_max", op, 1, 1000));
        return m;
    }
    std::vector<std::string> known = {"type", "voltage_v", "phases", "rating_a"};
    if (m.type == "busway") known.push_back("tap_off_a");
    if (m.type == "rpp" || m.type == "floor-pdu") known.push_back("circuits");
    checkFields(o, op, known);
    m.voltageV = json::number(o, "voltage_v", op, 1, 100000);
    m.phases = int(json::integer(o, "phases", op, 1, 3));
    if (m.phases == 2) throw JsonPathError(json::child(op, "phases"), "must be 1 or 3, got 2");
    m.ratingA = json::number(o, "rating_a", op, 0.001, 100000);
    if (o.contains("tap_off_a")) {
        const Json& taps = json::array(o, "tap_off_a", op);
        const std::string tp = json::child(op, "tap_off_a");
        for (std::size_t i = 0; i < taps.size(); ++i) {
            const double a = json::numberValue(taps[i], json::child(tp, i), 0.001, 100000);
            if (a > m.ratingA) throw JsonPathError(json::child(tp, i), "a tap-off box rated above its busway (" + figure(a) + " A > " + figure(m.ratingA) + " A)");
            m.tapOffA.push_back(a);
        }
    }
    if (o.contains("circuits")) m.circuits = int(json::integer(o, "circuits", op, 1, 10000));
    return m;
}

// A rack-scale system's rack_scale.rack must name a rack. An id that names nothing yet may come from a later
// file (racks.json loads after nodes-*.json) unless `complete`: then every reference must resolve.
std::optional<LoadError> checkRackScaleRefs(const Catalog& catalog, const Catalog* earlier, bool complete) {
    for (const auto& [id, e] : catalog.equipmentEntries()) {
        if (e.rackScaleRack.empty()) continue;
        std::string kind = catalog.kindOf(e.rackScaleRack);
        if (kind.empty() && earlier) kind = earlier->kindOf(e.rackScaleRack);
        if (kind == "rack" || (kind.empty() && !complete)) continue;
        return LoadError{e.file, e.rackScaleRefPath,
                         kind.empty() ? "refers to unknown rack \"" + e.rackScaleRack + "\" (a rack-scale system names the rack model of its enclosure)"
                                      : "refers to \"" + e.rackScaleRack + "\", which is " + (kind == "accelerator" ? "an " : "a ") + kind +
                                            ", not a rack"};
    }
    return std::nullopt;
}

}  // namespace

std::optional<LoadError> CatalogLoader::loadText(const std::string& text, const std::string& fileName, Catalog& out,
                                                 const CatalogLoadOptions& options) {
    Json doc;
    try {
        doc = json::parseDocument(text);
    } catch (const JsonPathError& e) {
        return LoadError{fileName, e.path(), e.reason()};
    }
    Catalog staged;  // this file's entries; merged only when the whole file is good
    try {
        json::expectObject(doc, "");
        std::string format = json::string(doc, "format", "");
        if (format != "podplanner-catalog")
            throw JsonPathError("/format", "must be \"podplanner-catalog\", got \"" + format + "\"");
        auto version = json::integer(doc, "version", "", 1, 1000);
        if (version > 1) throw JsonPathError("/version", "catalog version " + std::to_string(version) + " is newer than this planner reads (1)");
        const Json& entries = json::array(doc, "entries", "");
        std::set<std::string> idsInFile;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string path = json::child("/entries", i);
            const Json& e = entries[i];
            json::expectObject(e, path);
            std::string kind = json::oneOf(e, "kind", path, kKinds);
            std::string id = json::id(e, "id", path);
            if (!idsInFile.insert(id).second)
                throw JsonPathError(json::child(path, "id"), "duplicate id \"" + id + "\" in this file");
            if (out.contains(id) && !options.allowOverride) {
                std::string where;
                if (const Equipment* q = out.equipment(id)) where = q->file;
                else if (const Accelerator* a = out.accelerator(id)) where = a->file;
                else if (const RackModel* r = out.rack(id)) where = r->file;
                else if (const CoolingOption* c = out.cooling(id)) where = c->file;
                else if (const CableMedium* m = out.medium(id)) where = m->file;
                else if (const PowerNodeModel* pn = out.powerNode(id)) where = pn->file;
                throw JsonPathError(json::child(path, "id"), "duplicate id \"" + id + "\", already defined in " + where);
            }
            if (kind == "accelerator") staged.add(readAccelerator(e, path, fileName));
            else if (kind == "rack") staged.add(readRack(e, path, fileName));
            else if (kind == "cooling") staged.add(readCooling(e, path, fileName));
            else if (kind == "cable_media") staged.add(readMedium(e, path, fileName));
            else if (kind == "power_node") staged.add(readPowerNode(e, path, fileName));
            else staged.add(readEquipment(e, path, kind, fileName));
        }
        // References: an accelerator ref must resolve in this file or in what is already loaded.
        std::size_t index = 0;
        for (const auto& e : entries) {
            const std::string path = json::child("/entries", index++);
            if (!e.contains("accelerators")) continue;
            std::string ref = e["accelerators"]["ref"].get<std::string>();
            if (!staged.accelerator(ref) && !out.accelerator(ref))
                throw JsonPathError(path + "/accelerators/ref", "refers to unknown accelerator \"" + ref + "\"");
        }
        // An override must not turn an id others refer to into something else.
        if (options.allowOverride) {
            Catalog merged = out;
            merged.merge(staged);
            for (const auto& [id, eq] : merged.equipmentEntries()) {
                if (eq.acceleratorRef.empty() || merged.accelerator(eq.acceleratorRef)) continue;
                for (std::size_t i = 0; i < entries.size(); ++i)
                    if (entries[i]["id"] == eq.acceleratorRef)
                        throw JsonPathError(json::child("/entries", i) + "/kind",
                                            "\"" + eq.acceleratorRef + "\" is an accelerator that " + id +
                                                " refers to; an override may not change its kind");
            }
        }
    } catch (const JsonPathError& e) {
        return LoadError{fileName, e.path(), e.reason()};
    } catch (const Json::exception& e) {
        return LoadError{fileName, "", std::string("unexpected JSON content: ") + e.what()};
    }
    if (auto err = checkRackScaleRefs(staged, &out, false)) return err;
    out.merge(staged);
    return std::nullopt;
}

std::optional<std::string> readTextFile(const std::filesystem::path& file, std::string& text, std::uintmax_t maxBytes) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return std::string("no such file");
    auto size = std::filesystem::file_size(file, ec);
    if (ec) return "cannot read: " + ec.message();
    if (size > maxBytes) return "file is " + std::to_string(size >> 20) + " MiB, over the " + std::to_string(maxBytes >> 20) + " MiB limit";
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::string("cannot open for reading");
    // One read into a string sized once (a stream copy took 0.3 s for the 119 MB campus), with spare capacity
    // after the end: json::SplitDocument parses in place when the text has json::kJsonPadding bytes to spare.
    text.clear();
    text.reserve(std::size_t(size) + json::kJsonPadding);
    text.resize(std::size_t(size));
    in.read(text.data(), std::streamsize(size));
    if (in.bad() || std::uintmax_t(in.gcount()) != size) return std::string("read error");
    if (in.peek() != std::char_traits<char>::eof()) {  // grew while read: take the rest too
        std::ostringstream rest;
        rest << in.rdbuf();
        text += rest.str();
    }
    return std::nullopt;
}

std::optional<LoadError> CatalogLoader::loadFile(const std::filesystem::path& file, Catalog& out,
                                                 const CatalogLoadOptions& options) {
    std::string text;
    if (auto err = readTextFile(file, text)) return LoadError{file.string(), "", *err};
    return loadText(text, file.string(), out, options);
}

std::optional<LoadError> CatalogLoader::loadDirectory(const std::filesystem::path& dir, Catalog& out) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) return LoadError{dir.string(), "", "cannot list catalog folder: " + ec.message()};
    std::sort(files.begin(), files.end());
    Catalog staged = out;
    for (const auto& f : files)
        if (auto err = loadFile(f, staged)) return err;
    if (auto err = checkRackScaleRefs(staged, nullptr, true)) return err;
    out = std::move(staged);
    return std::nullopt;
}

std::optional<LoadError> loadStandardCatalog(const std::filesystem::path& executableDir,
                                             const std::vector<std::filesystem::path>& userFiles, Catalog& out) {
    auto dir = findShippedCatalogDir(executableDir);
    if (dir.empty()) return LoadError{"catalog", "", "shipped catalog folder not found (set PODPLANNER_CATALOG_DIR)"};
    Catalog staged;
    if (auto err = CatalogLoader::loadDirectory(dir, staged)) return err;
    for (const auto& f : userFiles)
        if (auto err = CatalogLoader::loadFile(f, staged, {.allowOverride = true})) return err;
    if (auto err = checkRackScaleRefs(staged, nullptr, true)) return err;  // an override may have replaced a system's rack
    out = std::move(staged);
    return std::nullopt;
}

}  // namespace pod
