#include "NetboxSiteImport.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "Cabling.h"
#include "NetboxNames.h"
#include "ProjectDefaults.h"

namespace pod::netbox {

namespace {

constexpr std::int64_t kMarginMm = 1500;  // room edge to the first rack, and between rows (an aisle)
constexpr std::int64_t kHallGapMm = 20000;  // between halls laid side by side, as repeatInHalls() lays them

struct Fail {
    CsvError error;
};

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// A table's cell helper: the text of a column (empty when the column is absent) and typed reads that fail
// with the cell's line and column.
struct Reader {
    const CsvTable& t;
    std::optional<int> col(std::initializer_list<const char*> names, bool required) const {
        auto c = t.column(names);
        if (!c && required)
            throw Fail{{t.file, 1, 0, std::string("no \"") + *names.begin() + "\" column (the header has " + std::to_string(t.header.size()) + " columns)"}};
        return c;
    }
    static std::string text(const std::vector<CsvCell>& row, std::optional<int> c) { return c ? trim(row[std::size_t(*c)].text) : ""; }
    std::optional<double> number(const std::vector<CsvCell>& row, std::optional<int> c, const char* what, double min, double max) const {
        const std::string s = text(row, c);
        if (s.empty()) return std::nullopt;
        char* end = nullptr;
        double v = std::strtod(s.c_str(), &end);
        const CsvCell& cell = row[std::size_t(*c)];
        if (end != s.c_str() + s.size() || !std::isfinite(v))
            throw Fail{{t.file, cell.line, cell.column, std::string(what) + " must be a number, got \"" + s + "\""}};
        if (v < min || v > max)
            throw Fail{{t.file, cell.line, cell.column, std::string(what) + " must be between " + std::to_string(int(min)) + " and " +
                                                            std::to_string(int(max)) + ", got " + s}};
        return v;
    }
};

std::string uniqueId(std::string id, std::set<std::string>& used, const std::string& fallback) {
    if (id.empty()) id = fallback;
    std::string candidate = id;
    for (int n = 2; used.count(candidate); ++n) candidate = id + "-" + std::to_string(n);
    used.insert(candidate);
    return candidate;
}

std::string afterPrefix(const std::string& text, const char* prefix) {
    if (text.rfind(prefix, 0) != 0) return "";
    std::string rest = text.substr(std::string(prefix).size());
    return trim(rest.substr(0, rest.find(',')));
}

struct RackInfo {
    std::size_t index;  // in project.layout.racks
    int uHeight = 42;
    bool descUnits = false;
    bool placed = false;  // position from floor-plan columns
    std::string location;  // NetBox location: the rack's hall when the racks file names two or more
};

// Catalog rack for a NetBox rack: the model named in our own description, else the closest of its height.
std::string rackModel(const Catalog& catalog, const std::string& named, int uHeight, std::optional<double> w, std::optional<double> d,
                      std::vector<std::string>& notes, const std::string& rackName) {
    if (!named.empty() && catalog.rack(named)) return named;
    const RackModel* best = nullptr;
    double bestScore = 1e18;
    for (const auto& [id, m] : catalog.racks()) {
        double score = std::abs(m.uHeight - uHeight) * 1e6 + (w ? std::abs(m.widthMm - *w) : 0) + (d ? std::abs(m.depthMm - *d) : 0);
        if (m.uHeight < uHeight) score += 1e9;  // never a shorter rack than NetBox's
        if (score < bestScore) best = &m, bestScore = score;
    }
    if (!best) throw Fail{{"", 0, 0, "the catalog has no rack models"}};
    notes.push_back("rack " + rackName + ": " + std::to_string(uHeight) + "U, catalog rack model " + best->id + " chosen");
    return best->id;
}

std::string rowOf(const std::string& name, const std::string& description, const std::string& location) {
    auto r = description.find(", row ");
    if (description.rfind(kRackModelPrefix, 0) == 0 && r != std::string::npos) return trim(description.substr(r + 6));
    std::string letters;
    for (char c : name) {
        if (std::isdigit(static_cast<unsigned char>(c))) break;
        if (std::isalpha(static_cast<unsigned char>(c))) letters += c;
    }
    if (!letters.empty() && letters.size() < name.size()) return letters;
    return location.empty() ? "1" : location;
}

struct State {
    const Catalog& catalog;
    Project project = defaults::emptyProject();
    SiteImportResult result;
    std::map<std::string, RackInfo> racksByName;      // NetBox rack name → rack
    std::map<std::string, std::size_t> deviceByName;  // NetBox device name → device index
    std::set<std::string> rackIds, deviceIds;
    Json unplaced = Json::array();
};

void readRacks(State& s, const CsvTable& t) {
    Reader r{t};
    auto cName = r.col({"name"}, true), cFacility = r.col({"facility_id", "facility id"}, false),
         cU = r.col({"u_height", "height (u)", "height"}, false), cDesc = r.col({"description"}, false),
         cLoc = r.col({"location"}, false), cW = r.col({"outer_width", "outer width"}, false),
         cD = r.col({"outer_depth", "outer depth"}, false), cUnit = r.col({"outer_unit", "outer unit"}, false),
         cDesc2 = r.col({"desc_units", "descending units"}, false),
         cX = r.col({"floorplan_x", "cf_floorplan_x", "x_mm"}, false), cY = r.col({"floorplan_y", "cf_floorplan_y", "y_mm"}, false),
         cRot = r.col({"floorplan_rotation", "cf_floorplan_rotation", "rotation"}, false);
    for (const auto& row : t.rows) {
        const std::string name = Reader::text(row, cName);
        const CsvCell& nameCell = row[std::size_t(*cName)];
        if (name.empty()) throw Fail{{t.file, nameCell.line, nameCell.column, "a rack needs a name"}};
        if (s.racksByName.count(name)) throw Fail{{t.file, nameCell.line, nameCell.column, "rack \"" + name + "\" listed twice"}};
        Rack rack;
        rack.id = uniqueId(Reader::text(row, cFacility), s.rackIds, slugify(name));
        rack.name = name;
        const int u = int(r.number(row, cU, "u_height", 1, 100).value_or(42));
        std::optional<double> w = r.number(row, cW, "outer_width", 1, 1e5), d = r.number(row, cD, "outer_depth", 1, 1e5);
        const std::string unit = lower(Reader::text(row, cUnit));
        if (unit == "in") {
            if (w) *w *= 25.4;
            if (d) *d *= 25.4;
        } else if (unit != "mm") {
            w.reset(), d.reset();
        }
        const std::string description = Reader::text(row, cDesc);
        rack.model = rackModel(s.catalog, afterPrefix(description, kRackModelPrefix), u, w, d, s.result.notes, name);
        rack.row = rowOf(name, description, Reader::text(row, cLoc));
        rack.feeds = defaults::newRackFeeds();
        rack.cooling = defaults::newRackCooling(s.catalog);
        rack.powerBudgetW = defaults::kNewRackBudgetW;
        RackInfo info{s.project.layout.racks.size(), u, false, false, Reader::text(row, cLoc)};
        const std::string desc = lower(Reader::text(row, cDesc2));
        info.descUnits = desc == "true" || desc == "1" || desc == "yes";
        auto x = r.number(row, cX, "floorplan_x", -1e7, 1e7), y = r.number(row, cY, "floorplan_y", -1e7, 1e7);
        if (x && y) {
            rack.position = {std::int64_t(std::llround(*x)), std::int64_t(std::llround(*y))};
            rack.rotation = int(r.number(row, cRot, "rotation", 0, 359).value_or(0)) / 90 * 90;
            info.placed = true;
        }
        s.racksByName[name] = info;
        s.project.layout.racks.push_back(rack);
    }
    s.result.racks = int(s.project.layout.racks.size());
}

// The racks `racks` (indices) without floor-plan coordinates: one row per row name (sorted), racks side by side in
// name order, the first row's first rack `kMarginMm` right of x0 and below the top edge. Returns where the rows end:
// the longest row's right end and the aisle below the last row.
Point placeRows(State& s, const std::vector<std::size_t>& racks, std::int64_t x0) {
    std::map<std::string, std::vector<std::size_t>> rows;
    for (std::size_t i : racks) {
        const Rack& r = s.project.layout.racks[i];
        if (!s.racksByName[r.name].placed) rows[r.row].push_back(i);
    }
    std::int64_t y = kMarginMm, maxX = 0;
    for (auto& [row, members] : rows) {
        std::sort(members.begin(), members.end(), [&](auto a, auto b) { return s.project.layout.racks[a].name < s.project.layout.racks[b].name; });
        std::int64_t x = x0 + kMarginMm, depth = 0;
        for (std::size_t i : members) depth = std::max<std::int64_t>(depth, s.catalog.rack(s.project.layout.racks[i].model)->depthMm);
        for (std::size_t i : members) {  // one centre line per row
            Rack& r = s.project.layout.racks[i];
            const RackModel* m = s.catalog.rack(r.model);
            r.position = {x + m->widthMm / 2, y + depth / 2};
            x += m->widthMm;
        }
        y += depth + kMarginMm;
        maxX = std::max(maxX, x);
    }
    return {maxX, y};
}

// The rectangle around the footprints of `racks` (each counted as a square of its depth around its centre, whatever
// its rotation) and `kMarginMm` of aisle on every side.
Polygon outlineAround(const State& s, const std::vector<std::size_t>& racks) {
    std::int64_t x0 = INT64_MAX, y0 = INT64_MAX, x1 = INT64_MIN, y1 = INT64_MIN;
    for (std::size_t i : racks) {
        const Rack& r = s.project.layout.racks[i];
        const RackModel* m = s.catalog.rack(r.model);
        const std::int64_t half = std::max(m->widthMm, m->depthMm) / 2 + 1;
        x0 = std::min(x0, r.position.x - half), x1 = std::max(x1, r.position.x + half);
        y0 = std::min(y0, r.position.y - half), y1 = std::max(y1, r.position.y + half);
    }
    x0 = std::min<std::int64_t>(x0 - kMarginMm, 0), y0 = std::min<std::int64_t>(y0 - kMarginMm, 0);
    x1 += kMarginMm, y1 += kMarginMm;
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

// Without floor-plan coordinates a rack is laid out in its row. When the racks file names two or more locations, each
// location is a hall (Project::halls, in the order the file first names them) and the halls stand side by side along
// x, kHallGapMm apart; the room is then the site around them. Racks with coordinates stay where NetBox put them.
void placeRacks(State& s) {
    const auto& racks = s.project.layout.racks;
    std::vector<std::string> locations;
    std::map<std::string, std::vector<std::size_t>> byLocation;
    for (std::size_t i = 0; i < racks.size(); ++i) {
        const std::string& loc = s.racksByName[racks[i].name].location;
        if (!byLocation.count(loc)) locations.push_back(loc);
        byLocation[loc].push_back(i);
    }
    std::vector<std::size_t> all(racks.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    if (locations.size() < 2) {  // one room from the origin to past every rack
        auto [maxX, maxY] = placeRows(s, all, 0);
        for (const auto& r : racks) {
            const RackModel* m = s.catalog.rack(r.model);
            maxX = std::max<std::int64_t>(maxX, r.position.x + m->depthMm);
            maxY = std::max<std::int64_t>(maxY, r.position.y + m->depthMm);
        }
        s.project.room.outline = {{0, 0}, {maxX + kMarginMm, 0}, {maxX + kMarginMm, maxY + kMarginMm}, {0, maxY + kMarginMm}};
        s.project.room.keepouts.clear();
        return;
    }
    std::set<std::string> hallIds;
    std::int64_t x = 0;
    for (const auto& loc : locations) {
        const std::vector<std::size_t>& members = byLocation[loc];
        placeRows(s, members, x);
        Hall hall;
        hall.name = loc.empty() ? "No location" : loc;
        hall.id = uniqueId("hall-" + slugify(hall.name), hallIds, "hall");
        hall.outline = outlineAround(s, members);
        if (x > 0) hall.outline[0].x = hall.outline[3].x = std::max(hall.outline[0].x, x);  // not reaching back into the hall before
        for (std::size_t i : members) s.project.layout.racks[i].hall = hall.id;
        x = hall.outline[1].x + kHallGapMm;
        s.project.halls.push_back(std::move(hall));
    }
    // The site: the halls' bounding box (they hold every rack) and an aisle around it.
    std::int64_t x0 = INT64_MAX, y0 = INT64_MAX, x1 = INT64_MIN, y1 = INT64_MIN;
    for (const Hall& h : s.project.halls)
        for (const Point& p : h.outline) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    x0 -= kMarginMm, y0 -= kMarginMm, x1 += kMarginMm, y1 += kMarginMm;
    s.project.room.outline = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
    s.project.room.keepouts.clear();
    s.result.notes.push_back(std::to_string(locations.size()) + " locations became halls, laid side by side");
}

// The catalog entry for a NetBox device type: by catalog id or slug, else by model (and manufacturer).
const Equipment* matchType(const Catalog& catalog, const std::string& type, const std::string& manufacturer) {
    const std::string slug = slugify(type);
    if (const Equipment* e = catalog.equipment(type)) return e;
    if (const Equipment* e = catalog.equipment("netbox-" + slug)) return e;
    const Equipment* modelOnly = nullptr;
    for (const auto& [id, e] : catalog.equipmentEntries()) {
        if (slugify(e.model) != slug) continue;
        if (manufacturer.empty() || slugify(e.vendor) == slugify(manufacturer)) return &e;
        if (!modelOnly) modelOnly = &e;
    }
    return modelOnly;
}

void keepUnplaced(State& s, const std::string& name, const std::string& type, const std::string& manufacturer, const std::string& rack,
                  const std::string& reason) {
    s.unplaced.push_back(Json{{"name", name}, {"device_type", type}, {"manufacturer", manufacturer}, {"rack", rack}, {"reason", reason}});
    ++s.result.unplaced;
}

// An unmatched device of `height` U at bottom U `u`: blank panels (2U, then 1U) filling its space, the first
// with the device's id, all tagged netbox_placeholder.
void addPlaceholder(State& s, Device d, double height, const Json& tag) {
    const Equipment* two = s.catalog.equipment("blank-2u");
    const Equipment* one = s.catalog.equipment("blank-1u");
    int remaining = int(std::ceil(height));
    const int parts = (remaining / 2) + (remaining % 2);
    const std::string baseId = d.id;
    for (int part = 1; remaining > 0; ++part) {
        const Equipment* piece = remaining >= 2 && two ? two : one;
        Device p = d;
        p.id = part == 1 ? baseId : uniqueId(baseId + "-part" + std::to_string(part), s.deviceIds, "");
        p.catalogId = piece->id;
        p.extra["netbox_placeholder"] = tag;
        p.extra["netbox_placeholder"]["part"] = std::to_string(part) + "/" + std::to_string(parts);
        s.project.layout.devices.push_back(p);
        d.u += piece->uHeight;
        remaining -= int(piece->uHeight);
    }
    ++s.result.placeholders;
}

void readDevices(State& s, const CsvTable& t) {
    Reader r{t};
    auto cName = r.col({"name"}, true), cType = r.col({"device_type", "device type", "type"}, true),
         cMfr = r.col({"manufacturer"}, false), cRack = r.col({"rack"}, false), cPos = r.col({"position", "position (u)"}, false),
         cFace = r.col({"face", "rack face"}, false), cDesc = r.col({"description"}, false),
         cU = r.col({"u_height", "height (u)", "device_type__u_height"}, false);
    int n = 0;
    for (const auto& row : t.rows) {
        ++n;
        const std::string name = Reader::text(row, cName), type = Reader::text(row, cType), mfr = Reader::text(row, cMfr);
        const std::string rackName = Reader::text(row, cRack);
        const int line = row.front().line;
        const std::string where = t.file + ": line " + std::to_string(line);
        Device d;
        d.id = uniqueId(afterPrefix(Reader::text(row, cDesc), kDeviceIdPrefix), s.deviceIds, slugify(name).empty() ? "device-" + std::to_string(n) : slugify(name));
        d.name = name;
        if (!name.empty()) s.deviceByName[name] = s.project.layout.devices.size();
        const std::string face = lower(Reader::text(row, cFace));
        if (face != "" && face != "front" && face != "rear")
            throw Fail{{t.file, line, row[std::size_t(*cFace)].column, "face must be front or rear, got \"" + face + "\""}};
        d.face = face == "rear" ? Face::Rear : Face::Front;
        const std::optional<double> position = r.number(row, cPos, "position", 0, 100);
        const Equipment* e = matchType(s.catalog, type, mfr);
        const double height = e ? e->uHeight : r.number(row, cU, "u_height", 0, 60).value_or(1);
        const std::string label = "\"" + name + "\" (" + (mfr.empty() ? "" : mfr + " ") + type + ")";
        if (rackName.empty()) {
            keepUnplaced(s, name, type, mfr, "", "not in a rack");
            if (!e) s.result.unmatched.push_back(where + ": " + label + " matches no catalog entry and has no rack: listed in netbox_unplaced");
            continue;
        }
        auto rack = s.racksByName.find(rackName);
        if (rack == s.racksByName.end())
            throw Fail{{t.file, line, row[std::size_t(*cRack)].column, "rack \"" + rackName + "\" is not in the racks file"}};
        d.rack = s.project.layout.racks[rack->second.index].id;
        if (e && e->uHeight == 0) {  // side-mounted
            d.u = 0;
            d.catalogId = e->id;
            s.project.layout.devices.push_back(d);
            ++s.result.devices;
            continue;
        }
        if (!position || height == 0) {
            keepUnplaced(s, name, type, mfr, rackName, height == 0 ? "0U device type unknown to the catalog" : "no rack position");
            s.result.unmatched.push_back(where + ": " + label + (e ? "" : " matches no catalog entry;") + " no U position: listed in netbox_unplaced");
            continue;
        }
        d.u = rack->second.descUnits ? rack->second.uHeight - *position - height + 2 : *position;
        if (e) {
            d.catalogId = e->id;
            s.project.layout.devices.push_back(d);
            ++s.result.devices;
            continue;
        }
        const std::string heightText = r.number(row, cU, "u_height", 0, 60) ? "" : " (U height unknown: 1U assumed)";
        s.result.unmatched.push_back(where + ": " + label + " matches no catalog entry: placeholder of " +
                                     std::to_string(int(std::ceil(height))) + "U blank panels" + heightText);
        addPlaceholder(s, d, height, Json{{"name", name}, {"device_type", type}, {"manufacturer", mfr}, {"u_height", height}});
    }
}

bool isSwitch(const State& s, std::size_t device) {
    const Equipment* e = s.catalog.equipment(s.project.layout.devices[device].catalogId);
    return e && e->kind == EquipmentKind::Switch;
}

// "<fabric id> <tier>" as Pod Planner's NetBox export writes a cable's description; {"", ""} for anything else.
std::pair<std::string, std::string> fabricAndTier(const std::string& description) {
    const auto space = description.rfind(' ');
    if (space == std::string::npos || space == 0) return {};
    std::string fabric = description.substr(0, space), tier = description.substr(space + 1);
    if (tier != kTierNodeLeaf && tier != kTierLeafSpine && tier != kTierSpineCore) return {};
    if (fabric.find(' ') != std::string::npos) return {};  // fabric ids have no spaces
    return {fabric, tier};
}

// Cables → fabrics: a switch cabled to a node is a leaf of that fabric; of two cabled switches side A is the
// leaf, side B the spine (the core, for a spine-core cable), as the export writes them. Leaves, spines and cores in
// order of first appearance.
void readCables(State& s, const CsvTable& t) {
    Reader r{t};
    auto cA = r.col({"side_a_device", "device a", "side a device"}, true), cAn = r.col({"side_a_name", "termination a", "side a name"}, true),
         cB = r.col({"side_b_device", "device b", "side b device"}, true), cBn = r.col({"side_b_name", "termination b", "side b name"}, true),
         cDesc = r.col({"description"}, false);
    std::map<std::string, FabricPlan> fabrics;
    std::vector<std::string> order;
    auto add = [](std::vector<std::string>& list, const std::string& id) {
        if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    };
    int skipped = 0;
    for (const auto& row : t.rows) {
        auto a = s.deviceByName.find(Reader::text(row, cA)), b = s.deviceByName.find(Reader::text(row, cB));
        auto ia = parseInterfaceName(Reader::text(row, cAn)), ib = parseInterfaceName(Reader::text(row, cBn));
        if (a == s.deviceByName.end() || b == s.deviceByName.end() || !ia || !ib || ia->first != ib->first) {
            ++skipped;
            continue;
        }
        const std::string kind = ia->first;
        // Pod Planner's own export describes a cable as "<fabric id> <tier>": the fabric (a site has one per hall and
        // kind) and, for switch-to-switch cables, whether it is leaf-spine or spine-core. Other files: one fabric a kind.
        const auto [fabricId, tier] = fabricAndTier(Reader::text(row, cDesc));
        const std::string id = fabricId.empty() ? kind : fabricId;
        if (!fabrics.count(id)) {
            FabricPlan plan;
            plan.id = id;
            plan.kind = kind;
            fabrics[id] = plan;
            order.push_back(id);
        }
        FabricPlan& f = fabrics[id];
        const bool sa = isSwitch(s, a->second), sb = isSwitch(s, b->second);
        const std::string& ida = s.project.layout.devices[a->second].id;
        const std::string& idb = s.project.layout.devices[b->second].id;
        if (sa && sb && tier == kTierSpineCore) add(f.spines, ida), add(f.cores, idb);
        else if (sa && sb) add(f.leaves, ida), add(f.spines, idb);
        else if (sa) add(f.leaves, ida);
        else if (sb) add(f.leaves, idb);
        else {
            ++skipped;
            continue;
        }
        ++s.result.cables;
    }
    for (const auto& k : order) s.project.layout.network.fabrics.push_back(fabrics[k]);
    if (skipped > 0)
        s.result.notes.push_back(std::to_string(skipped) + " cable(s) in " + t.file + " not used for the network plan (an end is not an "
                                 "imported device, not a Pod Planner interface name like compute-3, or no switch at either end)");
}

}  // namespace

SiteImportResult importNetboxSite(const SiteImportInput& input, const Catalog& catalog) {
    State s{catalog};
    auto parse = [](const std::string& text, const std::string& file) -> CsvTable {
        auto t = parseCsv(text, file);
        if (auto* e = std::get_if<CsvError>(&t)) throw Fail{*e};
        return std::get<CsvTable>(t);
    };
    try {
        const CsvTable racks = parse(input.racksCsv, input.racksFile);
        const CsvTable devices = parse(input.devicesCsv, input.devicesFile);
        readRacks(s, racks);
        placeRacks(s);
        readDevices(s, devices);
        if (input.cablesCsv) readCables(s, parse(*input.cablesCsv, input.cablesFile));
        // Site and location from the racks file when it names them (one location: the room; several: the halls).
        if (auto c = racks.column({"location"}); c && !racks.rows.empty() && s.project.halls.empty())
            s.project.room.name = trim(racks.rows[0][std::size_t(*c)].text);
        if (auto c = racks.column({"site"}); c && !racks.rows.empty()) s.project.meta.name = trim(racks.rows[0][std::size_t(*c)].text);
        if (s.project.meta.name.empty()) s.project.meta.name = "Imported from NetBox";
        s.project.meta.description = "Started from NetBox CSV exports (" + input.racksFile + ", " + input.devicesFile +
                                     "). Room size, power, cooling, rack budgets and cooling options are defaults to complete.";
        if (!s.unplaced.empty()) s.project.extra["netbox_unplaced"] = s.unplaced;
        s.result.project = std::move(s.project);
    } catch (const Fail& f) {
        s.result.error = f.error;
        if (s.result.error->file.empty()) s.result.error->file = input.racksFile;
        s.result.project.reset();
    }
    return std::move(s.result);
}

}  // namespace pod::netbox
