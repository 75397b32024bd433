#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <thread>
#include <limits>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "CatalogLoader.h"
#include "Cooling.h"
#include "JsonRead.h"
#include "IdIndex.h"
#include "JsonSplit.h"
#include "ProjectFile.h"
#include "ProjectDefaults.h"
#include "ProjectMigration.h"
#include "PowerBand.h"

namespace pod {

namespace {

constexpr std::int64_t kMaxCoord = 10'000'000;  // 10 km: anything larger is a typo
constexpr std::size_t kMaxRacks = 100'000;       // per layout; a 100 MW hall has a few thousand
constexpr std::size_t kMaxDevices = 1'000'000;   // per layout
constexpr double kMaxRoomW = 1e10;               // 10 GW: ten times the largest campus; 1e308 is a typo

Point readPoint(const Json& v, const std::string& path) {
    if (!v.is_array() || v.size() != 2) throw JsonPathError(path, "a point is [x_mm, y_mm], got " + json::describe(v));
    return {json::integerValue(v[0], path + "/0", -kMaxCoord, kMaxCoord),
            json::integerValue(v[1], path + "/1", -kMaxCoord, kMaxCoord)};
}

Polygon readPolygon(const Json& parent, const std::string& key, const std::string& path) {
    const Json& a = json::array(parent, key, path);
    const std::string p = json::child(path, key);
    if (a.size() < 3) throw JsonPathError(p, "a polygon needs at least 3 points, got " + std::to_string(a.size()));
    Polygon poly;
    for (std::size_t i = 0; i < a.size(); ++i) poly.push_back(readPoint(a[i], json::child(p, i)));
    double area2 = 0;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const Point& a1 = poly[i];
        const Point& b1 = poly[(i + 1) % poly.size()];
        area2 += double(a1.x) * double(b1.y) - double(b1.x) * double(a1.y);
    }
    if (area2 == 0) throw JsonPathError(p, "polygon has zero area");
    return poly;
}

void checkCount(std::size_t size, const std::string& path, std::size_t max, const char* what) {
    if (size > max)
        throw JsonPathError(path, std::to_string(size) + " " + what + ", more than the " + std::to_string(max) +
                                      " one layout may hold");
}

// A layout's racks or devices: an array of the Json document, or a bulk array of a split one (each element converted
// as it is visited).
class Elements {
public:
    Elements(const Json& doc, const char* key, const std::string& base, const json::SplitDocument* split)
        : key_(key), split_(split && split->hasBulk(key) ? split : nullptr),
          array_(split_ ? nullptr : &json::array(doc, key, base)) {}
    std::size_t size() const { return split_ ? split_->bulkSize(key_) : array_->size(); }
    // The element count when `key` is an array, else 0 (no error: for sizing an index before reading).
    static std::size_t sizeIfArray(const Json& doc, const char* key, const json::SplitDocument* split) {
        if (split && split->hasBulk(key)) return split->bulkSize(key);
        auto it = doc.is_object() ? doc.find(key) : doc.end();
        return it != doc.end() && it->is_array() ? it->size() : 0;
    }
    // visit(index, element); a JsonPathError it throws with a path relative to the element gets the element's path
    // in front. Relative paths because building "/devices/123456" for each of a campus's 544,768 devices before
    // knowing whether anything is wrong cost more than reading them.
    void forEach(const std::string& base, const std::function<void(std::size_t, const Json&)>& visit) const {
        forEach(base, {}, visit);
    }
    // With a fast path for flat elements of a split document (when `flat` is given): flat(index, record) reads the
    // element and returns true, or returns false having changed nothing, and visit reads it as Json (and says what is
    // wrong with it). Elements [begin, end) only: two threads may each take a range.
    bool split() const { return split_ != nullptr; }
    void forEach(const std::string& base, const std::function<bool(std::size_t, const json::FlatRecord&)>& flat,
                 const std::function<void(std::size_t, const Json&)>& visit, std::size_t begin = 0,
                 std::size_t end = SIZE_MAX) const {
        std::size_t at = 0;
        try {
            if (split_) {
                std::function<bool(std::size_t, const json::FlatRecord&)> tracked;
                if (flat) tracked = [&](std::size_t i, const json::FlatRecord& r) { return at = i, flat(i, r); };
                split_->forEachBulk(key_, tracked, [&](std::size_t i, const Json& e) { at = i, visit(i, e); }, begin, end);
            } else {
                for (std::size_t i = begin; i < std::min(end, array_->size()); ++i) at = i, visit(i, (*array_)[i]);
            }
        } catch (const JsonPathError& e) {
            throw JsonPathError(json::child(json::child(base, key_), at) + e.path(), e.reason());
        }
    }

private:
    const char* key_;
    const json::SplitDocument* split_;
    const Json* array_;
};

class Reader {
public:
    Reader(const Catalog& catalog) : catalog_(catalog) {}

    // `split`: the document's top-level racks and devices, when it was parsed as a split document (doc is its rest).
    Project read(Json doc, const json::SplitDocument* split = nullptr) {
        json::expectObject(doc, "");
        std::string format = json::string(doc, "format", "");
        if (format != "podplanner") throw JsonPathError("/format", "must be \"podplanner\", got \"" + format + "\"");
        auto version = json::integer(doc, "version", "", 0, INT64_MAX);
        if (version > kProjectFormatVersion)
            throw JsonPathError("/version", "file format version " + std::to_string(version) +
                                                " is newer than this planner reads (" +
                                                std::to_string(kProjectFormatVersion) + "); update Pod Planner");
        if (version < kProjectFormatVersion) migrateProject(doc, version);
        Project p;
        p.extra = json::unknownFields(doc, {"format", "version", "meta", "settings", "room", "scenario", "racks",
                                            "devices", "network", "cooling_units", "scenarios", "power_chain", "halls"});
        if (const Json* pc = json::optionalObject(doc, "power_chain", "")) p.powerChain = readPowerChain(*pc, "/power_chain");
        if (const Json* m = json::optionalObject(doc, "meta", "")) p.meta = readMeta(*m, "/meta");
        if (const Json* s = json::optionalObject(doc, "settings", "")) p.settings = readSettings(*s, "/settings");
        p.room = readRoom(json::object(doc, "room", ""), "/room");
        if (const Json* h = json::optionalArray(doc, "halls", "")) p.halls = readHalls(*h, "/halls");
        p.scenarioName = json::optionalString(doc, "scenario", "").value_or("");
        p.layout = readLayout(doc, "", split);
        if (const Json* sc = json::optionalArray(doc, "scenarios", "")) {
            std::set<std::string> names{p.scenarioName};
            for (std::size_t i = 0; i < sc->size(); ++i) {
                const std::string path = json::child("/scenarios", i);
                const Json& s = (*sc)[i];
                json::expectObject(s, path);
                Scenario scenario;
                scenario.name = json::string(s, "name", path);
                if (scenario.name.empty()) throw JsonPathError(path + "/name", "a scenario needs a name");
                if (!names.insert(scenario.name).second)
                    throw JsonPathError(path + "/name", "duplicate scenario name \"" + scenario.name + "\"");
                scenario.layout = readLayout(s, path, nullptr);
                scenario.extra = json::unknownFields(s, {"name", "racks", "devices", "network", "cooling_units"});
                p.scenarios.push_back(std::move(scenario));
            }
        }
        checkHalls(p.layout, "", p.halls);
        for (std::size_t i = 0; i < p.scenarios.size(); ++i) checkHalls(p.scenarios[i].layout, json::child("/scenarios", i), p.halls);
        checkFeedNodes(p.layout, "", p.powerChain);
        for (std::size_t i = 0; i < p.scenarios.size(); ++i)
            checkFeedNodes(p.scenarios[i].layout, json::child("/scenarios", i), p.powerChain);
        return p;
    }

private:
    // With halls, every rack names one of them; without, none does.
    static void checkHalls(const Layout& layout, const std::string& base, const std::vector<Hall>& halls) {
        std::set<std::string> ids;
        for (const auto& h : halls) ids.insert(h.id);
        for (std::size_t i = 0; i < layout.racks.size(); ++i) {
            const std::string& hall = layout.racks[i].hall;
            if (halls.empty() ? hall.empty() : !hall.empty() && ids.count(hall)) continue;  // the usual case: no path built
            const std::string rp = json::child(base + "/racks", i);
            if (halls.empty()) {
                if (!hall.empty()) throw JsonPathError(rp + "/hall", "\"" + hall + "\" names a hall, but the project lists no halls");
            } else if (hall.empty()) {
                throw JsonPathError(rp, "a rack needs a \"hall\" when the project lists halls");
            } else if (!ids.count(hall)) {
                throw JsonPathError(rp + "/hall", "unknown hall \"" + hall + "\" (halls lists none)");
            }
        }
    }

    static std::vector<Hall> readHalls(const Json& a, const std::string& path) {
        std::vector<Hall> halls;
        std::set<std::string> ids;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const std::string hp = json::child(path, i);
            const Json& h = a[i];
            json::expectObject(h, hp);
            Hall hall;
            hall.id = json::id(h, "id", hp);
            if (!ids.insert(hall.id).second) throw JsonPathError(hp + "/id", "duplicate hall id \"" + hall.id + "\"");
            hall.name = json::optionalString(h, "name", hp).value_or(hall.id);
            hall.outline = readPolygon(h, "outline", hp);
            hall.powerCapacityW = json::optionalNumber(h, "power_capacity_w", hp, 0, kMaxRoomW).value_or(0);
            hall.coolingCapacityW = json::optionalNumber(h, "cooling_capacity_w", hp, 0, kMaxRoomW).value_or(0);
            hall.extra = json::unknownFields(h, {"id", "name", "outline", "power_capacity_w", "cooling_capacity_w"});
            halls.push_back(std::move(hall));
        }
        return halls;
    }

    static void checkFeedNodes(const Layout& layout, const std::string& base, const PowerChain& chain) {
        // Hashed, not PowerChain::node (a scan): 73,728 rack feeds × 3,728 nodes on the campus.
        std::unordered_map<std::string_view, const PowerNode*> nodes;
        for (const auto& n : chain.nodes) nodes.emplace(n.id, &n);
        for (std::size_t i = 0; i < layout.racks.size(); ++i)
            for (const auto& [feed, node] : layout.racks[i].feedFrom) {
                auto found = nodes.find(node);
                const PowerNode* n = found == nodes.end() ? nullptr : found->second;
                if (n && !isSource(n->kind)) continue;  // the usual case: no path built (73,728 feeds on a campus)
                const std::string ep = json::child(json::child(json::child(base + "/racks", i), "feed_from"), feed);
                if (!n) throw JsonPathError(ep, "unknown power node \"" + node + "\" (power_chain/nodes lists none)");
                if (isSource(n->kind))
                    throw JsonPathError(ep, "\"" + node + "\" is a " + powerNodeKindKey(n->kind) + "; a rack feed hangs from a UPS or distribution node");
            }
    }

    const Catalog& catalog_;

    ProjectMeta readMeta(const Json& m, const std::string& path) {
        ProjectMeta meta;
        meta.name = json::optionalString(m, "name", path).value_or("");
        meta.revision = json::optionalString(m, "revision", path).value_or("");
        meta.author = json::optionalString(m, "author", path).value_or("");
        meta.date = json::optionalString(m, "date", path).value_or("");
        meta.description = json::optionalString(m, "description", path).value_or("");
        meta.extra = json::unknownFields(m, {"name", "revision", "author", "date", "description"});
        return meta;
    }

    ProjectSettings readSettings(const Json& s, const std::string& path) {
        ProjectSettings st;
        if (s.contains("cable_slack_mm")) st.cableSlackMm = json::integer(s, "cable_slack_mm", path, 0, 100000);
        if (s.contains("tray_height_mm")) st.trayHeightMm = json::integer(s, "tray_height_mm", path, 0, 10000);
        if (s.contains("power_warning_percent"))
            st.powerWarningPercent = json::number(s, "power_warning_percent", path, kMinPowerWarningPercent, kMaxPowerWarningPercent);
        if (s.contains("coolant_delta_t_k"))
            st.coolantDeltaTK = json::number(s, "coolant_delta_t_k", path, kMinCoolantDeltaTK, kMaxCoolantDeltaTK);
        if (s.contains("air_delta_t_f")) st.airDeltaTF = json::number(s, "air_delta_t_f", path, kMinAirDeltaTF, kMaxAirDeltaTF);
        st.powerDeratingPercent = json::optionalNumber(s, "power_derating_percent", path, 1, 100);
        st.phaseImbalancePercent = json::optionalNumber(s, "phase_imbalance_percent", path, 0, 100);
        st.priceBook = json::optionalString(s, "price_book", path);
        if (const Json* o = json::optionalObject(s, "severity_overrides", path)) {
            for (auto it = o->begin(); it != o->end(); ++it)
                st.severityOverrides[it.key()] = json::oneOf(*o, it.key(), path + "/severity_overrides", {"error", "warning", "info", "off"});
        }
        st.extra = json::unknownFields(s, {"cable_slack_mm", "tray_height_mm", "power_warning_percent", "coolant_delta_t_k",
                                           "air_delta_t_f", "severity_overrides", "power_derating_percent",
                                           "phase_imbalance_percent", "price_book"});
        return st;
    }

    Room readRoom(const Json& r, const std::string& path) {
        Room room;
        room.name = json::optionalString(r, "name", path).value_or("");
        room.outline = readPolygon(r, "outline", path);
        if (const Json* k = json::optionalArray(r, "keepouts", path)) {
            std::set<std::string> ids;
            for (std::size_t i = 0; i < k->size(); ++i) {
                const std::string kp = json::child(path + "/keepouts", i);
                const Json& ko = (*k)[i];
                json::expectObject(ko, kp);
                KeepOut keep;
                keep.id = json::id(ko, "id", kp);
                if (!ids.insert(keep.id).second) throw JsonPathError(kp + "/id", "duplicate keep-out id \"" + keep.id + "\"");
                keep.name = json::optionalString(ko, "name", kp).value_or("");
                keep.kind = ko.contains("kind") ? json::oneOf(ko, "kind", kp, {"column", "crah", "cdu", "other"}) : "other";
                keep.outline = readPolygon(ko, "outline", kp);
                keep.extra = json::unknownFields(ko, {"id", "name", "kind", "outline"});
                room.keepouts.push_back(std::move(keep));
            }
        }
        room.powerCapacityW = json::number(r, "power_capacity_w", path, 0, kMaxRoomW);
        room.coolingCapacityW = json::number(r, "cooling_capacity_w", path, 0, kMaxRoomW);
        room.floorLoadKgM2 = json::number(r, "floor_load_kg_m2", path, 0, 1e6);
        room.pue = json::optionalNumber(r, "pue", path, 1.0, 10.0).value_or(1.0);
        if (r.contains("min_aisle_mm")) room.minAisleMm = json::integer(r, "min_aisle_mm", path, 0, 100000);
        room.extra = json::unknownFields(r, {"name", "outline", "keepouts", "power_capacity_w", "cooling_capacity_w",
                                             "floor_load_kg_m2", "pue", "min_aisle_mm"});
        return room;
    }

    Layout readLayout(const Json& doc, const std::string& base, const json::SplitDocument* split) {
        Layout layout;
        // Rack, device and cooling-unit ids share one namespace: one index over the three lists, in that order
        // (580,000 ids on a campus).
        IdIndex ids;
        auto idAt = [&](std::size_t i) -> const std::string* {
            const std::size_t racks = layout.racks.size(), devices = layout.devices.size();
            if (i < racks) return &layout.racks[i].id;
            if (i < racks + devices) return &layout.devices[i - racks].id;
            if (i < racks + devices + layout.coolingUnits.size()) return &layout.coolingUnits[i - racks - devices].id;
            return nullptr;
        };
        auto add = [&](const std::string& id) {
            if (ids.insert(id, ids.size(), idAt, false) != IdIndex::npos)
                throw JsonPathError("/id", "duplicate id \"" + id + "\"");
        };
        // Racks only (the devices list is not read, so threads reading devices may use it while one fills it).
        auto rackIdAt = [&](std::size_t i) { return i < layout.racks.size() ? &layout.racks[i].id : nullptr; };
        auto rackAt = [&](std::string_view id) { return ids.find(id, rackIdAt); };
        std::vector<const RackModel*> rackModels;  // by rack
        auto rackModel = [&](std::string_view rackId) -> const RackModel* {
            const std::size_t i = rackAt(rackId);
            return i == IdIndex::npos ? nullptr : rackModels[i];
        };

        const Elements racks(doc, "racks", base, split);
        checkCount(racks.size(), base + "/racks", kMaxRacks, "racks");
        ids.reset(racks.size() + Elements::sizeIfArray(doc, "devices", split) + Elements::sizeIfArray(doc, "cooling_units", split));
        layout.racks.reserve(racks.size());
        racks.forEach(base, [&](std::size_t, const Json& r) {
            add(layout.racks.emplace_back(readRack(r, "")).id);
            rackModels.push_back(catalog_.rack(layout.racks.back().model));
        });
        const Elements devices(doc, "devices", base, split);
        checkCount(devices.size(), base + "/devices", kMaxDevices, "devices");
        layout.devices.reserve(devices.size());
        const bool two = devices.split() && devices.size() >= kTwoWorkersFromDevices && std::thread::hardware_concurrency() >= 2;
        readDevices(devices, base, rackModel, layout.devices, add, two ? 2 : 1);
        auto device = [&](std::string_view id) -> const Device* {
            const std::size_t i = ids.find(id, idAt), racks = layout.racks.size();
            return i >= racks && i - racks < layout.devices.size() ? &layout.devices[i - racks] : nullptr;
        };
        if (const Json* n = json::optionalObject(doc, "network", base)) layout.network = readNetwork(*n, base + "/network", device);
        if (const Json* units = json::optionalArray(doc, "cooling_units", base)) {
            checkCount(units->size(), base + "/cooling_units", kMaxRacks, "cooling units");
            layout.coolingUnits.reserve(units->size());
            // A row may be named with no rack in it yet (or any more, after edits); a rack must exist.
            auto isRack = [&](std::string_view id) { return rackAt(id) != IdIndex::npos; };
            for (std::size_t i = 0; i < units->size(); ++i) {
                const std::string path = json::child(base + "/cooling_units", i);
                const CoolingUnit& u = layout.coolingUnits.emplace_back(readCoolingUnit((*units)[i], path, isRack));
                if (ids.insert(u.id, ids.size(), idAt, false) != IdIndex::npos)
                    throw JsonPathError(path + "/id", "duplicate id \"" + u.id + "\"");
            }
        }
        return layout;
    }

    // { "id", "name", "catalog", "serves": { "racks": [...] } | { "rows": [...] }, "position": [x, y] }
    CoolingUnit readCoolingUnit(const Json& j, const std::string& path, const std::function<bool(std::string_view)>& isRack) {
        json::expectObject(j, path);
        CoolingUnit u;
        u.id = json::id(j, "id", path);
        u.name = json::optionalString(j, "name", path).value_or("");
        u.catalogId = json::id(j, "catalog", path);
        if (!coolingUnitSpec(catalog_, u.catalogId)) {
            std::string kind = catalog_.kindOf(u.catalogId);
            if (kind.empty()) throw JsonPathError(path + "/catalog", "unknown catalog id \"" + u.catalogId + "\"");
            throw JsonPathError(path + "/catalog", "\"" + u.catalogId + "\" is " + (kind == "accelerator" ? "an " : "a ") + kind +
                                                       " with no cooling_unit figure, not a cooling unit");
        }
        const Json& serves = json::object(j, "serves", path);
        const std::string sp = path + "/serves";
        Json extra = json::unknownFields(serves, {"racks", "rows"});
        if (!extra.empty()) throw JsonPathError(json::child(sp, extra.begin().key()), "unknown field (serves lists \"racks\" or \"rows\")");
        if (serves.contains("racks") == serves.contains("rows"))
            throw JsonPathError(sp, "give either \"racks\" (rack ids) or \"rows\" (row names)");
        const bool byRack = serves.contains("racks");
        const char* key = byRack ? "racks" : "rows";
        const Json& list = json::array(serves, key, sp);
        const std::string lp = json::child(sp, key);
        if (list.empty()) throw JsonPathError(lp, std::string("a cooling unit serves at least one ") + (byRack ? "rack" : "row"));
        std::set<std::string> seen;
        for (std::size_t k = 0; k < list.size(); ++k) {
            const std::string ep = json::child(lp, k);
            if (!list[k].is_string() || list[k].get<std::string>().empty())
                throw JsonPathError(ep, byRack ? "must be a rack id string" : "must be a row name string");
            std::string name = list[k].get<std::string>();
            if (!seen.insert(name).second) throw JsonPathError(ep, std::string(byRack ? "rack" : "row") + " listed twice");
            if (byRack) {
                if (!isRack(name)) throw JsonPathError(ep, "unknown rack \"" + name + "\"");
                u.serveRacks.push_back(name);
            } else {
                u.serveRows.push_back(name);
            }
        }
        if (j.contains("position")) u.position = readPoint(j["position"], path + "/position");
        u.extra = json::unknownFields(j, {"id", "name", "catalog", "serves", "position"});
        return u;
    }

    Rack readRack(const Json& r, const std::string& path) {
        json::expectObject(r, path);
        Rack rack;
        rack.id = json::id(r, "id", path);
        rack.name = json::optionalString(r, "name", path).value_or(rack.id);
        rack.model = json::id(r, "model", path);
        std::string kind = catalog_.kindOf(rack.model);
        if (kind.empty()) throw JsonPathError(path + "/model", "unknown catalog id \"" + rack.model + "\"");
        if (kind != "rack") throw JsonPathError(path + "/model", "\"" + rack.model + "\" is a " + kind + ", not a rack model");
        rack.position = readPoint(r.contains("position") ? r["position"] : Json(), path + "/position");
        rack.rotation = int(json::integer(r, "rotation", path, 0, 270));
        if (rack.rotation % 90 != 0) throw JsonPathError(path + "/rotation", "must be 0, 90, 180 or 270, got " + std::to_string(rack.rotation));
        rack.row = json::optionalString(r, "row", path).value_or("");
        rack.hall = json::optionalString(r, "hall", path).value_or("");
        rack.frontAisle = (r.contains("front_aisle") ? json::oneOf(r, "front_aisle", path, {"cold", "hot"}) : "cold") == "hot"
                              ? AisleSide::Hot
                              : AisleSide::Cold;
        rack.cooling = json::id(r, "cooling", path);
        std::string ck = catalog_.kindOf(rack.cooling);
        if (ck.empty()) throw JsonPathError(path + "/cooling", "unknown catalog id \"" + rack.cooling + "\"");
        if (ck != "cooling") throw JsonPathError(path + "/cooling", "\"" + rack.cooling + "\" is a " + ck + ", not a cooling option");
        rack.powerBudgetW = json::number(r, "power_budget_w", path, 0, defaults::kMaxRackBudgetW);
        if (const Json* f = json::optionalArray(r, "feeds", path)) {
            std::set<std::string> seen;
            for (std::size_t i = 0; i < f->size(); ++i) {
                const std::string fp = json::child(path + "/feeds", i);
                if (!(*f)[i].is_string() || (*f)[i].get<std::string>().empty())
                    throw JsonPathError(fp, "a feed is a non-empty name such as \"A\"");
                if (!seen.insert((*f)[i].get<std::string>()).second) throw JsonPathError(fp, "feed listed twice");
                rack.feeds.push_back((*f)[i].get<std::string>());
            }
        }
        readFeedMaps(r, path, rack);
        rack.extra = json::unknownFields(r, {"id", "name", "model", "position", "rotation", "row", "hall", "front_aisle",
                                             "cooling", "power_budget_w", "feeds", "feed_from", "feed_phase"});
        return rack;
    }

    // "feed_from": { feed: node id } and "feed_phase": { feed: "L1" … }; every key is one of the rack's feeds.
    // Node ids are checked against the power chain after the whole file is read (checkFeedNodes).
    void readFeedMaps(const Json& r, const std::string& path, Rack& rack) {
        const std::set<std::string> feeds(rack.feeds.begin(), rack.feeds.end());
        for (const char* key : {"feed_from", "feed_phase"}) {
            const Json* m = json::optionalObject(r, key, path);
            if (!m) continue;
            const std::string mp = json::child(path, key);
            for (auto it = m->begin(); it != m->end(); ++it) {
                const std::string ep = json::child(mp, it.key());
                if (!feeds.count(it.key())) throw JsonPathError(ep, "\"" + it.key() + "\" is not one of the rack's feeds");
                if (std::string(key) == "feed_from") {
                    rack.feedFrom[it.key()] = json::id(*m, it.key(), mp);
                } else {
                    rack.feedPhase[it.key()] = json::oneOf(*m, it.key(), mp, {"L1", "L2", "L3", "L1-L2", "L2-L3", "L3-L1"});
                }
            }
        }
    }

    Device readDevice(const Json& d, const std::string& path,
                      const std::function<const RackModel*(std::string_view)>& rackModel) const {
        json::expectObject(d, path);
        Device dev;
        dev.id = json::id(d, "id", path);
        dev.catalogId = json::id(d, "catalog", path);
        const Equipment* eq = catalog_.equipment(dev.catalogId);
        if (!eq) {
            std::string kind = catalog_.kindOf(dev.catalogId);
            if (kind.empty()) throw JsonPathError(path + "/catalog", "unknown catalog id \"" + dev.catalogId + "\"");
            throw JsonPathError(path + "/catalog", "\"" + dev.catalogId + "\" is " + (kind == "accelerator" ? "an " : "a ") + kind + ", which is not mounted in a rack");
        }
        dev.rack = json::id(d, "rack", path);
        const RackModel* model = rackModel(dev.rack);
        if (!model) throw JsonPathError(path + "/rack", "unknown rack \"" + dev.rack + "\"");
        if (eq->uHeight == 0) {
            dev.u = json::number(d, "u", path, 0, 0);
        } else {
            dev.u = json::number(d, "u", path, 1, model->uHeight);
            if (std::fmod(dev.u * 2, 1.0) != 0) throw JsonPathError(path + "/u", "must be a multiple of 0.5");
        }
        dev.face = (d.contains("face") ? json::oneOf(d, "face", path, {"front", "rear"}) : "front") == "rear" ? Face::Rear : Face::Front;
        dev.name = json::optionalString(d, "name", path).value_or("");
        dev.feed = json::optionalString(d, "feed", path).value_or("");
        dev.extra = json::unknownFields(d, {"id", "catalog", "rack", "u", "face", "name", "feed"});
        return dev;
    }

    // catalog_.equipment, remembered (one list per thread): a campus has half a million devices of a dozen catalog ids.
    using EquipmentSeen = std::vector<std::pair<std::string, const Equipment*>>;
    const Equipment* equipmentOf(std::string_view catalogId, EquipmentSeen& seen) const {
        for (const auto& [id, eq] : seen)
            if (id == catalogId) return eq;
        return seen.emplace_back(std::string(catalogId), catalog_.equipment(std::string(catalogId))).second;
    }

    static constexpr std::size_t kTwoWorkersFromDevices = 50'000;

    // The devices, on one thread or two (a campus's half a million: 0.6 s on one), each reading its part into a list
    // of its own. The ids are then filed in file order, so the first problem in the file is the one reported, as one
    // by one: device i unreadable, or its id taken. `add` files an id (throws "/id" when taken); racks are read and
    // filed already.
    void readDevices(const Elements& devices, const std::string& base,
                     const std::function<const RackModel*(std::string_view)>& rackModel, std::vector<Device>& out,
                     const std::function<void(const std::string&)>& add, int threads) const {
        struct Part {
            std::size_t begin = 0, end = 0;
            std::vector<Device> read;
            std::exception_ptr failed;  // the first problem in the part (its path already names the device)
        };
        const std::size_t n = devices.size();
        std::vector<Part> parts = threads == 2 ? std::vector<Part>{{0, n / 2, {}, {}}, {n / 2, n, {}, {}}}
                                                : std::vector<Part>{{0, n, {}, {}}};
        auto work = [&](Part& h) {
            EquipmentSeen seen;
            h.read.reserve(h.end - h.begin);
            try {
                devices.forEach(
                    base,
                    [&](std::size_t, const json::FlatRecord& r) {
                        Device dev;
                        if (!readFlatDevice(r, rackModel, dev, seen)) return false;
                        h.read.push_back(std::move(dev));
                        return true;
                    },
                    [&](std::size_t, const Json& d) { h.read.push_back(readDevice(d, "", rackModel)); }, h.begin, h.end);
            } catch (...) {
                h.failed = std::current_exception();
            }
        };
        if (parts.size() == 2) {
            std::thread second(work, std::ref(parts[1]));
            work(parts[0]);
            second.join();
        } else {
            work(parts[0]);
        }
        for (Part& h : parts) {
            for (std::size_t k = 0; k < h.read.size(); ++k) {
                try {
                    add(out.emplace_back(std::move(h.read[k])).id);
                } catch (const JsonPathError& e) {
                    throw JsonPathError(json::child(json::child(base, "devices"), h.begin + k) + e.path(), e.reason());
                }
            }
            if (h.failed) std::rethrow_exception(h.failed);
        }
    }

    // readDevice's reading of a device that is well formed and has no unknown fields, from the parsed text's views
    // without building a Json object (2 s of a campus load); false for anything else, which readDevice then reads
    // (and reports). Each test here is one readDevice makes; they must accept exactly what it accepts.
    bool readFlatDevice(const json::FlatRecord& r, const std::function<const RackModel*(std::string_view)>& rackModel,
                        Device& dev, EquipmentSeen& seen) const {
        using Kind = json::FlatValue::Kind;
        static constexpr std::string_view kKnown[] = {"id", "catalog", "rack", "u", "face", "name", "feed"};
        for (int i = 0; i < r.size; ++i)
            if (std::find(std::begin(kKnown), std::end(kKnown), r.members[i].first) == std::end(kKnown)) return false;
        auto text = [&](std::string_view key, bool required, bool isId) -> std::optional<std::string_view> {
            const json::FlatValue* v = r.find(key);
            if (!v) return required ? std::nullopt : std::optional<std::string_view>(std::string_view());
            if (v->kind != Kind::String || v->text.size() > json::kMaxStringBytes) return std::nullopt;
            if (isId && json::idProblem(v->text)) return std::nullopt;
            return v->text;
        };
        const auto id = text("id", true, true), catalogId = text("catalog", true, true), rack = text("rack", true, true);
        const auto face = text("face", false, false), name = text("name", false, false), feed = text("feed", false, false);
        const json::FlatValue* u = r.find("u");
        if (!id || !catalogId || !rack || !face || !name || !feed || !u || !u->isNumber() || !std::isfinite(u->number))
            return false;
        if (!face->empty() && *face != "front" && *face != "rear") return false;
        if (r.find("face") && face->empty()) return false;  // "" is not one of front, rear
        const Equipment* eq = equipmentOf(*catalogId, seen);
        const RackModel* model = rackModel(*rack);
        if (!eq || !model) return false;
        if (eq->uHeight == 0 ? u->number != 0
                             : u->number < 1 || u->number > model->uHeight || std::fmod(u->number * 2, 1.0) != 0)
            return false;
        dev.id = *id;
        dev.catalogId = *catalogId;
        dev.rack = *rack;
        dev.u = u->number;
        dev.face = *face == "rear" ? Face::Rear : Face::Front;
        dev.name = *name;
        dev.feed = *feed;
        dev.extra = Json::object();
        return true;
    }

    // `device`: the layout's device with an id, or null.
    Network readNetwork(const Json& n, const std::string& path, const std::function<const Device*(std::string_view)>& device) {
        Network net;
        if (const Json* f = json::optionalArray(n, "fabrics", path)) {
            std::set<std::string> ids;
            for (std::size_t i = 0; i < f->size(); ++i) {
                const std::string fp = json::child(path + "/fabrics", i);
                const Json& fj = (*f)[i];
                json::expectObject(fj, fp);
                FabricPlan fab;
                fab.id = json::id(fj, "id", fp);
                if (!ids.insert(fab.id).second) throw JsonPathError(fp + "/id", "duplicate fabric id \"" + fab.id + "\"");
                fab.kind = json::oneOf(fj, "kind", fp, {"compute", "storage", "inband", "oob"});
                for (const char* role : {"leaves", "spines", "cores"}) {
                    auto& out = std::string(role) == "leaves" ? fab.leaves : std::string(role) == "spines" ? fab.spines : fab.cores;
                    const Json* list = json::optionalArray(fj, role, fp);
                    if (!list) continue;
                    for (std::size_t k = 0; k < list->size(); ++k) {
                        const std::string ep = json::child(fp + "/" + role, k);
                        if (!(*list)[k].is_string()) throw JsonPathError(ep, "must be a device id string");
                        std::string id = (*list)[k].get<std::string>();
                        const Device* dev = device(id);
                        if (!dev) throw JsonPathError(ep, "unknown device \"" + id + "\"");
                        const Equipment* eq = catalog_.equipment(dev->catalogId);
                        if (eq->kind != EquipmentKind::Switch)
                            throw JsonPathError(ep, "device \"" + id + "\" is a " + std::string(kindKey(eq->kind)) + ", not a switch");
                        out.push_back(id);
                    }
                }
                if (auto it = fj.find("leaf_uplinks"); it != fj.end()) {
                    if (!it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > 1000000)
                        throw JsonPathError(fp + "/leaf_uplinks", "must be a whole number from 1 to 1000000");
                    fab.leafUplinks = int(it->get<long long>());
                }
                if (auto it = fj.find("rail_planes"); it != fj.end()) {
                    if (!it->is_boolean()) throw JsonPathError(fp + "/rail_planes", "must be true or false");
                    fab.railPlanes = it->get<bool>();
                    if (fab.railPlanes && fab.cores.empty())
                        throw JsonPathError(fp + "/rail_planes", "rail planes need a third tier (\"cores\")");
                }
                fab.extra = json::unknownFields(fj, {"id", "kind", "leaves", "spines", "cores", "leaf_uplinks", "rail_planes"});
                net.fabrics.push_back(std::move(fab));
            }
        }
        net.extra = json::unknownFields(n, {"fabrics"});
        return net;
    }
};

}  // namespace

ProjectResult ProjectFile::parse(const std::string& text, const std::string& fileName, const Catalog& catalog, Reading reading) {
    // The fast way first (simdjson, racks and devices element by element), for files of this version; anything else
    // (older versions to migrate, text simdjson refuses) the nlohmann way, which gives the messages people see.
    if (auto split = reading == Reading::Fast ? json::SplitDocument::parse(text, {"racks", "devices"}) : std::nullopt) {
        const Json& rest = split->rest();
        auto version = rest.find("version");
        if (version != rest.end() && version->is_number_integer() && version->get<long long>() == kProjectFormatVersion) {
            try {
                return Reader(catalog).read(std::move(split->rest()), &*split);
            } catch (const JsonPathError& e) {
                return LoadError{fileName, e.path(), e.reason()};
            } catch (const std::exception& e) {
                return LoadError{fileName, "", std::string("unexpected content: ") + e.what()};
            }
        }
    }
    Json doc;
    try {
        doc = json::parseDocument(text);
    } catch (const JsonPathError& e) {
        return LoadError{fileName, e.path(), e.reason()};
    }
    try {
        // Moved, not copied: a copy of the campus's document tree (118 MB of JSON) cost as much as parsing it.
        return Reader(catalog).read(std::move(doc));
    } catch (const JsonPathError& e) {
        return LoadError{fileName, e.path(), e.reason()};
    } catch (const std::exception& e) {
        return LoadError{fileName, "", std::string("unexpected content: ") + e.what()};
    }
}

ProjectResult ProjectFile::load(const std::filesystem::path& file, const Catalog& catalog) {
    std::string text;
    if (auto err = readTextFile(file, text)) return LoadError{file.string(), "", *err};
    return parse(text, file.string(), catalog);
}

}  // namespace pod
