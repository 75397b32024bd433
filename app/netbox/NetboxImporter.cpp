#include "NetboxImporter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "CatalogLoader.h"

namespace pod {

namespace {

// Thrown inside the importer only; importNetboxYaml turns it into a NetboxImportError.
struct Fail {
    int line = 0;
    std::string field;
    std::string reason;
};

constexpr double kLbToKg = 0.45359237;
constexpr double kOzToKg = 0.028349523125;
constexpr int kSwitchInterfaceThreshold = 16;  // this many data interfaces (not mgmt_only) → switch

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

bool contains(const std::string& haystack, const std::string& needle) {
    return lower(haystack).find(needle) != std::string::npos;
}

// 1-based line of a node, 0 when yaml-cpp does not know it.
int lineOf(const YAML::Node& n) {
    const auto mark = n.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

std::string typeName(const YAML::Node& n) {
    switch (n.Type()) {
        case YAML::NodeType::Sequence: return "list";
        case YAML::NodeType::Map: return "mapping";
        case YAML::NodeType::Null: return "null";
        case YAML::NodeType::Scalar: return "\"" + n.Scalar() + "\"";
        default: return "nothing";
    }
}

bool present(const YAML::Node& map, const char* key) {
    const YAML::Node v = map[key];
    return v && !v.IsNull();
}

// "12", "12.5", "9.53": at most `decimals` places, trailing zeros dropped.
std::string num(double v, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// Rounded to 1e-9 so unit conversion noise (…00000001) does not reach the file.
double round9(double v) { return std::round(v * 1e9) / 1e9; }

// A JSON number written as an integer when it is one ("u_height": 1, not 1.0).
nlohmann::ordered_json jnum(double v) {
    if (std::fabs(v) < 1e15 && v == std::floor(v)) return static_cast<long long>(v);
    return v;
}

std::string text(const YAML::Node& v, const std::string& field) {
    if (!v.IsScalar()) throw Fail{lineOf(v), field, "must be text, got a " + typeName(v)};
    return trim(v.Scalar());
}

std::string requiredText(const YAML::Node& root, const char* key) {
    const YAML::Node v = root[key];
    if (!v || v.IsNull()) throw Fail{v ? lineOf(v) : 0, key, "required field is missing"};
    std::string s = text(v, key);
    if (s.empty()) throw Fail{lineOf(v), key, "must not be empty"};
    return s;
}

double number(const YAML::Node& v, const std::string& field, double min, double max) {
    if (!v.IsScalar()) throw Fail{lineOf(v), field, "must be a number, got a " + typeName(v)};
    double d = 0;
    try {
        d = v.as<double>();
    } catch (const YAML::Exception&) {
        throw Fail{lineOf(v), field, "must be a number, got \"" + v.Scalar() + "\""};
    }
    if (!std::isfinite(d)) throw Fail{lineOf(v), field, "must be a finite number"};
    if (d < min || d > max)
        throw Fail{lineOf(v), field, "must be between " + num(min) + " and " + num(max) + ", got " + num(d, 6)};
    return d;
}

std::optional<double> optionalNumber(const YAML::Node& map, const char* key, const std::string& field,
                                     double min, double max) {
    if (!present(map, key)) return std::nullopt;
    return number(map[key], field, min, max);
}

bool boolean(const YAML::Node& v, const std::string& field) {
    if (!v.IsScalar()) throw Fail{lineOf(v), field, "must be true or false, got a " + typeName(v)};
    try {
        return v.as<bool>();
    } catch (const YAML::Exception&) {
        throw Fail{lineOf(v), field, "must be true or false, got \"" + v.Scalar() + "\""};
    }
}

// A list field, or an empty node when absent. Anything but a list is an error.
YAML::Node list(const YAML::Node& root, const char* key) {
    if (!present(root, key)) return YAML::Node(YAML::NodeType::Sequence);
    const YAML::Node v = root[key];
    if (!v.IsSequence()) throw Fail{lineOf(v), key, "must be a list, got a " + typeName(v)};
    return v;
}

std::string itemField(const char* listKey, std::size_t i, const char* key) {
    return std::string(listKey) + "[" + std::to_string(i) + "]" + (key ? std::string(".") + key : "");
}

// ---- interfaces -------------------------------------------------------------------------------

enum class Tech { Ethernet, Infiniband, FibreChannel };

std::optional<Tech> techOf(const std::string& type) {
    const std::string t = lower(type);
    if (t.rfind("infiniband-", 0) == 0) return Tech::Infiniband;
    if (t.find("gfc-") != std::string::npos) return Tech::FibreChannel;
    if (netboxInterfaceSpeedGbps(t)) return Tech::Ethernet;
    return std::nullopt;
}

// Fabric of one port group; the rules are documented in app/netbox/README.md.
std::string fabricFor(const std::string& kind, Tech tech, double speedGbps, bool mgmtOnly) {
    if (mgmtOnly) return "oob";
    if (tech == Tech::FibreChannel) return "storage";
    if (tech == Tech::Infiniband) return kind == "storage" ? "storage" : "compute";
    if (speedGbps <= 1.0) return "oob";
    if (kind == "storage") return "storage";
    return speedGbps >= 100 ? "compute" : "inband";
}

int fabricRank(const std::string& f) {
    static const std::map<std::string, int> rank = {{"compute", 0}, {"storage", 1}, {"inband", 2}, {"oob", 3}};
    auto it = rank.find(f);
    return it == rank.end() ? 9 : it->second;
}

struct Interface {
    std::string type;
    double speedGbps = 0;
    Tech tech = Tech::Ethernet;
    bool mgmtOnly = false;
};

struct PowerPort {
    std::optional<double> maximumDraw, allocatedDraw;
};

std::string airflowKeyFor(const std::string& netbox) {
    static const std::map<std::string, std::string> direct = {{"front-to-rear", "front_to_rear"},
                                                              {"rear-to-front", "rear_to_front"},
                                                              {"side-to-rear", "side_to_rear"},
                                                              {"passive", "passive"},
                                                              {"mixed", "mixed"}};
    auto it = direct.find(netbox);
    return it == direct.end() ? "" : it->second;
}

// NetBox airflow values the catalog has no word for: recorded as mixed.
const std::set<std::string> kAirflowWithoutEquivalent = {"left-to-right", "right-to-left", "rear-to-side",
                                                         "bottom-to-top", "top-to-bottom"};

bool passiveKind(const std::string& kind) { return kind == "patch_panel" || kind == "blank"; }

NetboxImportResult convert(const YAML::Node& root, const std::string& fileName, const NetboxImportOptions& options) {
    NetboxImportResult r;
    if (!root || root.IsNull()) throw Fail{0, "", "the file is empty: expected a NetBox device type"};
    if (!root.IsMap())
        throw Fail{lineOf(root), "", "expected a NetBox device type (a YAML mapping), got a " + typeName(root)};

    const std::string manufacturer = requiredText(root, "manufacturer");
    const std::string model = requiredText(root, "model");
    const std::string slug = requiredText(root, "slug");
    if (!present(root, "u_height")) throw Fail{0, "u_height", "required field is missing"};
    const double uHeight = number(root["u_height"], "u_height", 0, 60);
    if (std::fmod(uHeight * 2, 1.0) != 0)
        throw Fail{lineOf(root["u_height"]), "u_height", "must be a multiple of 0.5 U, got " + num(uHeight, 6)};
    const std::string id = netboxCatalogId(slug);
    if (id == "netbox-") throw Fail{lineOf(root["slug"]), "slug", "has no letters or digits to make a catalog id from"};
    if (id.size() > 128) throw Fail{lineOf(root["slug"]), "slug", "too long for a catalog id (over 121 characters)"};

    std::vector<std::string> unverified, needs, noteParts;
    auto& warnings = r.warnings;

    // Interfaces: speed and technology from the type; virtual ones are not ports.
    std::vector<Interface> interfaces;
    std::map<std::string, int> skippedTypes;
    const YAML::Node ifaces = list(root, "interfaces");
    for (std::size_t i = 0; i < ifaces.size(); ++i) {
        const YAML::Node it = ifaces[i];
        if (!it.IsMap()) throw Fail{lineOf(it), itemField("interfaces", i, nullptr), "must be a mapping with name and type"};
        std::string name = present(it, "name") ? text(it["name"], itemField("interfaces", i, "name")) : "";
        if (!present(it, "type")) {
            warnings.push_back("interface " + (name.empty() ? itemField("interfaces", i, nullptr) : "\"" + name + "\"") +
                               " has no type: not counted");
            continue;
        }
        Interface f;
        f.type = lower(text(it["type"], itemField("interfaces", i, "type")));
        if (present(it, "mgmt_only")) f.mgmtOnly = boolean(it["mgmt_only"], itemField("interfaces", i, "mgmt_only"));
        if (f.type == "virtual" || f.type == "bridge" || f.type == "lag") continue;  // logical, not a port
        auto speed = netboxInterfaceSpeedGbps(f.type);
        auto tech = techOf(f.type);
        if (!speed || !tech) {
            ++skippedTypes[f.type];
            continue;
        }
        f.speedGbps = *speed;
        f.tech = *tech;
        interfaces.push_back(f);
    }
    if (!skippedTypes.empty()) {
        std::string list;
        int n = 0;
        for (const auto& [type, count] : skippedTypes) {
            list += (list.empty() ? "" : ", ") + type + " ×" + std::to_string(count);
            n += count;
        }
        warnings.push_back(std::to_string(n) + " interface(s) of a type with no known speed not counted (" + list + ")");
    }
    int dataInterfaces = 0;
    for (const auto& f : interfaces)
        if (!f.mgmtOnly) ++dataInterfaces;

    const YAML::Node powerPortsNode = list(root, "power-ports");
    const std::size_t rearPorts = list(root, "rear-ports").size() + list(root, "front-ports").size();
    const std::size_t outlets = list(root, "power-outlets").size();

    // Kind: --kind, else guessed. NetBox has no GPU information, so servers are cpu_node.
    std::string kind = options.kind;
    const bool guessed = kind.empty();
    if (guessed) {
        if (interfaces.empty() && powerPortsNode.size() == 0 && rearPorts > 0) kind = "patch_panel";
        else if (contains(slug, "switch") || contains(model, "switch") || dataInterfaces >= kSwitchInterfaceThreshold)
            kind = "switch";
        else kind = "cpu_node";
        if (kind == "cpu_node" && (contains(slug + " " + model, "gpu") || contains(slug + " " + model, "dgx") ||
                                   contains(slug + " " + model, "hgx")))
            warnings.push_back("kind guessed as cpu_node although the name suggests GPUs (NetBox lists none): "
                               "pass --kind gpu_node for a GPU server");
        if (outlets > 0)
            warnings.push_back("has " + std::to_string(outlets) + " power outlets (a PDU?): imported as " + kind +
                               "; a catalog pdu entry needs phases, voltage, current and capacity, which NetBox lacks");
    }
    if (std::find(netboxImportKinds().begin(), netboxImportKinds().end(), kind) == netboxImportKinds().end())
        throw Fail{0, "", "kind \"" + kind + "\" cannot be imported from NetBox"};

    // Ports: group by (fabric, speed).
    std::map<std::pair<std::string, double>, int> groups;
    for (const auto& f : interfaces) ++groups[{fabricFor(kind, f.tech, f.speedGbps, f.mgmtOnly), f.speedGbps}];
    std::vector<std::pair<std::pair<std::string, double>, int>> ports(groups.begin(), groups.end());
    std::sort(ports.begin(), ports.end(), [](const auto& a, const auto& b) {
        if (fabricRank(a.first.first) != fabricRank(b.first.first))
            return fabricRank(a.first.first) < fabricRank(b.first.first);
        return a.first.second > b.first.second;
    });

    // Power.
    std::vector<PowerPort> powerPorts;
    for (std::size_t i = 0; i < powerPortsNode.size(); ++i) {
        const YAML::Node p = powerPortsNode[i];
        if (!p.IsMap()) throw Fail{lineOf(p), itemField("power-ports", i, nullptr), "must be a mapping"};
        PowerPort pp;
        pp.maximumDraw = optionalNumber(p, "maximum_draw", itemField("power-ports", i, "maximum_draw"), 0, 1e6);
        pp.allocatedDraw = optionalNumber(p, "allocated_draw", itemField("power-ports", i, "allocated_draw"), 0, 1e6);
        if (pp.maximumDraw && *pp.maximumDraw <= 0) pp.maximumDraw.reset();
        if (pp.allocatedDraw && *pp.allocatedDraw <= 0) pp.allocatedDraw.reset();
        powerPorts.push_back(pp);
    }
    double maxW = 0;
    std::optional<double> typicalW;
    std::vector<double> maxima, allocated;
    for (const auto& p : powerPorts) {
        if (p.maximumDraw) maxima.push_back(*p.maximumDraw);
        if (p.allocatedDraw) allocated.push_back(*p.allocatedDraw);
    }
    bool powerMissing = false;
    if (maxima.empty()) {
        powerMissing = !passiveKind(kind) || !powerPorts.empty();
        if (powerMissing) {
            unverified.push_back("power.max_w");
            needs.push_back(powerPorts.empty() ? "power (NetBox lists no power ports)"
                                               : "power (no maximum_draw on the power ports)");
        }
    } else if (maxima.size() >= 2 && maxima.size() == powerPorts.size() &&
               std::all_of(maxima.begin(), maxima.end(), [&](double v) { return v == maxima.front(); })) {
        maxW = maxima.front();
        unverified.push_back("power.max_w");
        warnings.push_back("maximum_draw looks like a PSU rating: " + std::to_string(maxima.size()) +
                           " power ports each list " + num(maxW) + " W; max_w set to one port's " + num(maxW) +
                           " W, not the sum " + num(maxW * double(maxima.size())) + " W (power.max_w unverified)");
        noteParts.push_back("every power port lists maximum_draw " + num(maxW) +
                            " W, which looks like a PSU rating (redundant PSUs): max_w is one port's figure, "
                            "unverified; confirm the system draw with the vendor");
        needs.push_back("system power (maximum_draw is per PSU)");
    } else {
        for (double v : maxima) maxW += v;
        if (maxima.size() < powerPorts.size()) {
            unverified.push_back("power.max_w");
            warnings.push_back("only " + std::to_string(maxima.size()) + " of " + std::to_string(powerPorts.size()) +
                               " power ports give maximum_draw: max_w " + num(maxW) + " W is their sum (unverified)");
        }
    }
    if (!allocated.empty()) {
        double sum = 0;
        for (double v : allocated) sum += v;
        if (maxW <= 0 || sum > maxW) {
            warnings.push_back("allocated_draw sum " + num(sum) + " W " +
                               (maxW <= 0 ? std::string("without a maximum_draw") : "exceeds max_w " + num(maxW) + " W") +
                               ": typical_w left out");
            needs.push_back("typical power");
        } else {
            typicalW = sum;
            if (allocated.size() < powerPorts.size()) {
                unverified.push_back("power.typical_w");
                warnings.push_back("only " + std::to_string(allocated.size()) + " of " +
                                   std::to_string(powerPorts.size()) + " power ports give allocated_draw: typical_w " +
                                   num(sum) + " W is their sum (unverified)");
            }
        }
    } else if (!passiveKind(kind)) {
        needs.push_back("typical power");
    }

    // Weight → kg.
    double weightKg = 0;
    bool weightKnown = false;
    if (present(root, "weight")) {
        const double w = number(root["weight"], "weight", 0, 1e7);
        if (!present(root, "weight_unit")) {
            warnings.push_back("weight " + num(w, 6) + " has no weight_unit: ignored");
        } else {
            const std::string unit = lower(text(root["weight_unit"], "weight_unit"));
            if (unit == "kg") weightKg = w;
            else if (unit == "g") weightKg = w / 1000.0;
            else if (unit == "lb") weightKg = w * kLbToKg;
            else if (unit == "oz") weightKg = w * kOzToKg;
            else throw Fail{lineOf(root["weight_unit"]), "weight_unit", "must be kg, g, lb or oz, got \"" + unit + "\""};
            weightKg = round9(weightKg);
            if (weightKg > 5000)
                throw Fail{lineOf(root["weight"]), "weight", "is " + num(weightKg) + " kg, over the catalog's 5000 kg limit"};
            weightKnown = weightKg > 0;
        }
    }
    if (!weightKnown) {
        unverified.push_back("weight_kg");
        needs.push_back("weight");
    }

    // Airflow.
    std::string airflow;
    if (present(root, "airflow")) {
        const std::string a = lower(text(root["airflow"], "airflow"));
        airflow = airflowKeyFor(a);
        if (airflow.empty()) {
            if (!kAirflowWithoutEquivalent.count(a))
                throw Fail{lineOf(root["airflow"]), "airflow",
                           "unknown NetBox airflow \"" + a +
                               "\" (front-to-rear, rear-to-front, left-to-right, right-to-left, side-to-rear, "
                               "rear-to-side, bottom-to-top, top-to-bottom, passive, mixed)"};
            airflow = "mixed";
            unverified.push_back("airflow");
            warnings.push_back("airflow " + a + " has no catalog equivalent: recorded as mixed (unverified)");
            noteParts.push_back("NetBox airflow " + a + " recorded as mixed");
        }
    } else if (passiveKind(kind)) {
        airflow = "passive";
    } else {
        airflow = "front_to_rear";
        unverified.push_back("airflow");
        needs.push_back("airflow (front_to_rear assumed)");
    }

    const bool fullDepth = present(root, "is_full_depth") ? boolean(root["is_full_depth"], "is_full_depth") : true;

    if (kind == "gpu_node") {
        needs.insert(needs.begin(), "accelerators and FLOPS (NetBox has none)");
        needs.push_back("cooling (air assumed)");
    }
    if (kind == "storage") {
        unverified.push_back("storage.raw_tb");
        needs.push_back("storage capacity");
    }
    if (ports.empty() && !passiveKind(kind)) needs.push_back("ports (NetBox lists no interfaces with a speed)");
    needs.push_back("depth_mm (NetBox gives only is_full_depth)");

    // Notes.
    std::string notes = "Imported from the NetBox devicetype-library (" + std::filesystem::path(fileName).filename().string() +
                        ", slug " + slug + ")" + (guessed ? "; kind " + kind + " guessed" : "") + ".";
    for (const auto& n : noteParts) notes += " " + std::string(1, char(std::toupper(static_cast<unsigned char>(n[0])))) + n.substr(1) + ".";
    if (!needs.empty()) {
        std::string list;
        for (const auto& n : needs) list += (list.empty() ? "" : ", ") + n;
        notes += " needs completion: " + list + ".";
        warnings.push_back("needs completion: " + list);
    }
    if (present(root, "comments")) {
        std::string c = text(root["comments"], "comments");
        for (auto& ch : c)
            if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        if (!c.empty()) notes += " NetBox comments: " + c;
    }

    // The entry.
    nlohmann::ordered_json e;
    e["id"] = id;
    e["kind"] = kind;
    e["vendor"] = manufacturer;
    e["model"] = model;
    e["verification"] = unverified.empty() ? "netbox" : "unverified";
    if (!unverified.empty()) e["unverified"] = unverified;
    nlohmann::ordered_json source = nlohmann::ordered_json::object();
    source["ref"] = "NetBox devicetype-library: " + std::filesystem::path(fileName).filename().string();
    source["grade"] = "netbox";
    source["supports"] = "u_height, weight, airflow, power ports, interfaces";
    e["sources"] = nlohmann::ordered_json::array();
    e["sources"].push_back(source);
    e["notes"] = notes;
    e["u_height"] = jnum(uHeight);
    e["full_depth"] = fullDepth;
    e["weight_kg"] = jnum(weightKg);
    nlohmann::ordered_json power = nlohmann::ordered_json::object();
    power["max_w"] = jnum(maxW);
    if (typicalW) power["typical_w"] = jnum(*typicalW);
    e["power"] = power;
    e["airflow"] = airflow;
    nlohmann::ordered_json portList = nlohmann::ordered_json::array();
    for (const auto& [key, count] : ports)
    {
        nlohmann::ordered_json g = nlohmann::ordered_json::object();
        g["fabric"] = key.first;
        g["speed_gbps"] = jnum(key.second);
        g["count"] = count;
        portList.push_back(g);
    }
    if (!portList.empty()) e["ports"] = portList;
    if (kind == "storage") {
        e["storage"] = nlohmann::ordered_json::object();
        e["storage"]["raw_tb"] = 0;
    }

    // Prove it loads exactly as the planner will read it.
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    doc["format"] = "podplanner-catalog";
    doc["version"] = 1;
    doc["entries"] = nlohmann::ordered_json::array();
    doc["entries"].push_back(e);
    Catalog scratch;
    if (auto err = CatalogLoader::loadText(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                                           fileName, scratch))
        throw Fail{0, "", "the converted entry does not load as a catalog entry: " + err->path + ": " + err->reason};

    // Summary line.
    std::string s = id + " " + kind + (guessed ? " (guessed)" : "") + ": " + manufacturer + " " + model + ", " +
                    num(uHeight, 1) + "U, " + (weightKnown ? num(weightKg) + " kg" : "weight ?") + ", " +
                    (powerMissing ? std::string("power ?") : num(maxW) + " W max");
    if (typicalW) s += ", " + num(*typicalW) + " W typical";
    if (!ports.empty()) {
        s += ", ports ";
        bool first = true;
        for (const auto& [key, count] : ports) {
            s += (first ? "" : " + ") + std::to_string(count) + "×" + num(key.second) + "G " + key.first;
            first = false;
        }
    }
    s += ", " + e["verification"].get<std::string>();
    r.summary = s;
    r.entries.push_back(std::move(e));
    return r;
}

}  // namespace

std::string NetboxImportError::message() const {
    std::string m = file.empty() ? std::string("<input>") : file;
    if (line > 0) m += ": line " + std::to_string(line);
    if (!field.empty()) m += ": field \"" + field + "\"";
    return m + ": " + reason;
}

const std::vector<std::string>& netboxImportKinds() {
    static const std::vector<std::string> kinds = {"gpu_node", "cpu_node", "switch", "storage",
                                                   "patch_panel", "blank", "cdu"};
    return kinds;
}

std::string netboxCatalogId(const std::string& slug) {
    std::string body;
    for (unsigned char c : lower(slug)) {
        const bool ok = std::islower(c) || std::isdigit(c) || c == '.' || c == '_' || c == '-';
        char out = ok ? char(c) : '-';
        if (out == '-' && !body.empty() && body.back() == '-') continue;
        body += out;
    }
    while (!body.empty() && (body.front() == '-' || body.front() == '.' || body.front() == '_')) body.erase(body.begin());
    while (!body.empty() && body.back() == '-') body.pop_back();
    return "netbox-" + body;
}

std::optional<double> netboxInterfaceSpeedGbps(const std::string& typeIn) {
    const std::string t = lower(typeIn);
    if (t.rfind("infiniband-", 0) == 0) {
        // 4x port rates, as on the QSFP/OSFP cages NetBox device types describe.
        static const std::map<std::string, double> ib = {{"sdr", 10},  {"ddr", 20},  {"qdr", 40},
                                                         {"fdr10", 40}, {"fdr", 56},  {"edr", 100},
                                                         {"hdr", 200}, {"ndr", 400}, {"xdr", 800}};
        auto it = ib.find(t.substr(11));
        if (it == ib.end()) return std::nullopt;
        return it->second;
    }
    // Leading number, optional unit letter, then "base-" (Ethernet) or "gfc-" (Fibre Channel).
    std::size_t i = 0;
    while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.')) ++i;
    if (i == 0) return std::nullopt;
    double value = 0;
    try {
        std::size_t used = 0;
        value = std::stod(t.substr(0, i), &used);
        if (used != i) return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
    const std::string rest = t.substr(i);
    if (rest.rfind("gfc-", 0) == 0) return value;
    if (rest.rfind("base-", 0) == 0) return value / 1000.0;  // "1000base-t": Mb/s
    if (rest.rfind("mbase-", 0) == 0) return value / 1000.0;
    if (rest.rfind("gbase-", 0) == 0) return value;
    if (rest.rfind("tbase-", 0) == 0) return value * 1000.0;
    return std::nullopt;
}

NetboxImportResult importNetboxYaml(const std::string& yamlText, const std::string& fileName,
                                    const NetboxImportOptions& options) {
    NetboxImportResult failed;
    try {
        YAML::Node root = YAML::Load(yamlText);
        return convert(root, fileName, options);
    } catch (const Fail& f) {
        failed.error = NetboxImportError{fileName, f.line, f.field, f.reason};
    } catch (const YAML::Exception& e) {
        std::string where = e.mark.is_null() ? "" : " (column " + std::to_string(e.mark.column + 1) + ")";
        failed.error = NetboxImportError{fileName, e.mark.is_null() ? 0 : e.mark.line + 1, "",
                                         "not valid YAML: " + e.msg + where};
    } catch (const std::exception& e) {
        failed.error = NetboxImportError{fileName, 0, "", std::string("cannot import: ") + e.what()};
    }
    return failed;
}

}  // namespace pod
