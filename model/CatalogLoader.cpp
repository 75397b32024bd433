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
                                         "cooling",     "cable_media"};
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
                             "accelerators", "ports", "storage", "pdu", "rack_scale"});
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
    q.rackScale = json::boolean(e, "rack_scale", path, false);
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
    checkNoUnknown(e, path, {"method", "air_kw", "liquid_kw"});
    CoolingOption c;
    readProvenance(e, path, c, file);
    c.method = json::oneOf(e, "method", path,
                           {"room_air", "contained_air", "rdhx_passive", "rdhx_active", "direct_liquid", "immersion"});
    c.airKw = json::number(e, "air_kw", path, 0, 10000);
    c.liquidKw = json::number(e, "liquid_kw", path, 0, 10000);
    if (c.airKw + c.liquidKw <= 0) throw JsonPathError(json::child(path, "air_kw"), "a cooling option must remove some heat");
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
                throw JsonPathError(json::child(path, "id"), "duplicate id \"" + id + "\", already defined in " + where);
            }
            if (kind == "accelerator") staged.add(readAccelerator(e, path, fileName));
            else if (kind == "rack") staged.add(readRack(e, path, fileName));
            else if (kind == "cooling") staged.add(readCooling(e, path, fileName));
            else if (kind == "cable_media") staged.add(readMedium(e, path, fileName));
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
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return std::string("read error");
    text = ss.str();
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
    out = std::move(staged);
    return std::nullopt;
}

}  // namespace pod
