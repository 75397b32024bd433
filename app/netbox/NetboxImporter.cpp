#include "NetboxImporter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "CatalogLoader.h"
#include "NetboxAccelerators.h"
#include "NetboxFields.h"
#include "NetboxPorts.h"
#include "NetboxPower.h"

namespace pod::netbox {

namespace {

constexpr double kLbToKg = 0.45359237;
constexpr double kOzToKg = 0.028349523125;
constexpr int kSwitchInterfaceThreshold = 16;  // this many data interfaces (not mgmt_only) → switch

std::string airflowKeyFor(const std::string& airflow) {
    static const std::map<std::string, std::string> direct = {{"front-to-rear", "front_to_rear"},
                                                              {"rear-to-front", "rear_to_front"},
                                                              {"side-to-rear", "side_to_rear"},
                                                              {"passive", "passive"},
                                                              {"mixed", "mixed"}};
    auto it = direct.find(airflow);
    return it == direct.end() ? "" : it->second;
}

// NetBox airflow values the catalog has no word for: recorded as mixed.
const std::set<std::string> kAirflowWithoutEquivalent = {"left-to-right", "right-to-left", "rear-to-side",
                                                         "bottom-to-top", "top-to-bottom"};

struct Identity {
    std::string manufacturer, model, slug, id;
    double uHeight = 0;
};

// The required fields and the catalog id made from the slug.
Identity readIdentity(const YAML::Node& root) {
    if (!root || root.IsNull()) throw Fail{0, "", "the file is empty: expected a NetBox device type"};
    if (!root.IsMap())
        throw Fail{lineOf(root), "", "expected a NetBox device type (a YAML mapping), got a " + typeName(root)};
    Identity d;
    d.manufacturer = requiredText(root, "manufacturer");
    d.model = requiredText(root, "model");
    d.slug = requiredText(root, "slug");
    if (!present(root, "u_height")) throw Fail{0, "u_height", "required field is missing"};
    d.uHeight = number(root["u_height"], "u_height", 0, 60);
    if (std::fmod(d.uHeight * 2, 1.0) != 0)
        throw Fail{lineOf(root["u_height"]), "u_height", "must be a multiple of 0.5 U, got " + num(d.uHeight, 6)};
    d.id = netboxCatalogId(d.slug);
    if (d.id == "netbox-") throw Fail{lineOf(root["slug"]), "slug", "has no letters or digits to make a catalog id from"};
    if (d.id.size() > 128) throw Fail{lineOf(root["slug"]), "slug", "too long for a catalog id (over 121 characters)"};
    return d;
}


struct KindChoice {
    std::string kind;
    bool guessed = false;
    std::optional<AcceleratorFinding> accelerator;  // gpu_node: what names the GPUs and how many
    std::optional<PduInlet> pdu;                     // pdu: what the inlet and comments say
    bool pduAssumed = false;                         // pdu figures not in the file: assumed, unverified
};

// Without GPU evidence, servers are cpu_node.
std::string guessKind(const Identity& d, const std::vector<Interface>& interfaces, std::size_t powerPorts, std::size_t rearPorts) {
    int dataInterfaces = 0;
    for (const auto& f : interfaces)
        if (!f.mgmtOnly) ++dataInterfaces;
    if (interfaces.empty() && powerPorts == 0 && rearPorts > 0) return "patch_panel";
    if (contains(d.slug, "switch") || contains(d.model, "switch") || dataInterfaces >= kSwitchInterfaceThreshold)
        return "switch";
    return "cpu_node";
}

// A PDU's inlet from its first power port's type, the current from the comments when the type has none;
// nothing known → 1 phase, 230 V, 16 A assumed (unverified, needs completion).
void readPdu(const YAML::Node& root, KindChoice& k) {
    const YAML::Node ports = list(root, "power-ports");
    std::optional<PduInlet> inlet;
    for (const auto& p : ports)
        if (p.IsMap() && present(p, "type") && p["type"].IsScalar())
            if ((inlet = inletOf(p["type"].Scalar()))) break;
    const std::string comments = present(root, "comments") && root["comments"].IsScalar() ? root["comments"].Scalar() : "";
    if (inlet && inlet->currentA <= 0) inlet->currentA = ampsIn(comments);
    if (!inlet || inlet->currentA <= 0) {
        inlet = PduInlet{1, 230, 16, false};
        k.pduAssumed = true;
    }
    k.pdu = inlet;
}

// Kind: --kind, else guessed: power outlets → pdu; a catalog accelerator named by module bays, inventory
// items, interfaces or comments → gpu_node; else by slug, model and interfaces (with warnings where doubtful).
KindChoice chooseKind(const YAML::Node& root, const NetboxImportOptions& options, const Identity& d,
                      const std::vector<Interface>& interfaces, std::size_t powerPorts, std::vector<std::string>& warnings) {
    const std::size_t rearPorts = list(root, "rear-ports").size() + list(root, "front-ports").size();
    const std::size_t outlets = list(root, "power-outlets").size();
    KindChoice k{options.kind, options.kind.empty(), std::nullopt, std::nullopt, false};
    const std::vector<AcceleratorName> names = options.catalog ? acceleratorNames(*options.catalog) : std::vector<AcceleratorName>{};
    if (k.guessed || k.kind == "gpu_node") k.accelerator = findAccelerator(root, d.model, names);
    if (k.guessed) {
        if (outlets > 0) {
            k.kind = "pdu";
            k.accelerator.reset();
        } else if (k.accelerator) {
            k.kind = "gpu_node";
        } else {
            k.kind = guessKind(d, interfaces, powerPorts, rearPorts);
        }
        const std::string name = d.slug + " " + d.model;
        if (k.kind == "cpu_node" && (contains(name, "gpu") || contains(name, "dgx") || contains(name, "hgx")))
            warnings.push_back("kind guessed as cpu_node although the name suggests GPUs (no module bay, interface or "
                               "comment names an accelerator the catalog knows): pass --kind gpu_node for a GPU server");
    }
    if (k.kind == "pdu") readPdu(root, k);
    if (k.accelerator)
        warnings.push_back("accelerators " + std::to_string(k.accelerator->count) + " × " + k.accelerator->ref + " from " +
                           k.accelerator->evidence);
    const bool allowed = std::find(netboxImportKinds().begin(), netboxImportKinds().end(), k.kind) != netboxImportKinds().end();
    if (!allowed && !(k.guessed && k.kind == "pdu"))
        throw Fail{0, "", "kind \"" + k.kind + "\" cannot be imported from NetBox"};
    return k;
}


struct Weight {
    double kg = 0;
    bool known = false;
};

// Weight → kg.
Weight readWeight(const YAML::Node& root, Findings& f) {
    Weight weight;
    if (present(root, "weight")) {
        const double w = number(root["weight"], "weight", 0, 1e7);
        if (!present(root, "weight_unit")) {
            f.warnings.push_back("weight " + num(w, 6) + " has no weight_unit: ignored");
        } else {
            const std::string unit = lower(text(root["weight_unit"], "weight_unit"));
            double kg = 0;
            if (unit == "kg") kg = w;
            else if (unit == "g") kg = w / 1000.0;
            else if (unit == "lb") kg = w * kLbToKg;
            else if (unit == "oz") kg = w * kOzToKg;
            else throw Fail{lineOf(root["weight_unit"]), "weight_unit", "must be kg, g, lb or oz, got \"" + unit + "\""};
            weight.kg = round9(kg);
            if (weight.kg > 5000)
                throw Fail{lineOf(root["weight"]), "weight", "is " + num(weight.kg) + " kg, over the catalog's 5000 kg limit"};
            weight.known = weight.kg > 0;
        }
    }
    if (!weight.known) {
        f.unverified.push_back("weight_kg");
        f.needs.push_back("weight");
    }
    return weight;
}

std::string readAirflow(const YAML::Node& root, const std::string& kind, Findings& f) {
    if (!present(root, "airflow")) {
        if (passiveKind(kind)) return "passive";
        f.unverified.push_back("airflow");
        f.needs.push_back("airflow (front_to_rear assumed)");
        return "front_to_rear";
    }
    const std::string a = lower(text(root["airflow"], "airflow"));
    std::string airflow = airflowKeyFor(a);
    if (!airflow.empty()) return airflow;
    if (!kAirflowWithoutEquivalent.count(a))
        throw Fail{lineOf(root["airflow"]), "airflow",
                   "unknown NetBox airflow \"" + a +
                       "\" (front-to-rear, rear-to-front, left-to-right, right-to-left, side-to-rear, "
                       "rear-to-side, bottom-to-top, top-to-bottom, passive, mixed)"};
    f.unverified.push_back("airflow");
    f.warnings.push_back("airflow " + a + " has no catalog equivalent: recorded as mixed (unverified)");
    f.noteParts.push_back("NetBox airflow " + a + " recorded as mixed");
    return "mixed";
}

// What NetBox never says for this kind.
void addKindNeeds(const KindChoice& k, const PortGroups& ports, Findings& f) {
    const std::string& kind = k.kind;
    if (kind == "gpu_node") {
        if (!k.accelerator) f.needs.insert(f.needs.begin(), "accelerators and FLOPS (NetBox has none)");
        else f.unverified.push_back("accelerators.count");
        f.needs.push_back("cooling (air assumed)");
    }
    if (kind == "pdu") {
        f.unverified.push_back("pdu.capacity_w");
        if (k.pduAssumed) {
            f.needs.push_back("pdu phases, voltage and current (1 phase, 230 V, 16 A assumed)");
        } else {
            f.noteParts.push_back("pdu capacity from the inlet: " + num(k.pdu->voltageV) + " V × " + num(k.pdu->currentA) + " A" +
                                  (k.pdu->phases == 3 ? " × √3" : "") + (k.pdu->derate80 ? " × 80 % (continuous load)" : ""));
        }
    }
    if (kind == "storage") {
        f.unverified.push_back("storage.raw_tb");
        f.needs.push_back("storage capacity");
    }
    if (ports.empty() && !passiveKind(kind) && kind != "pdu") f.needs.push_back("ports (NetBox lists no interfaces with a speed)");
    f.needs.push_back("depth_mm (NetBox gives only is_full_depth)");
}

// Everything read from one NetBox device type.
struct DeviceType {
    Identity identity;
    KindChoice kind;
    PortGroups ports;
    Power power;
    Weight weight;
    std::string airflow;
    bool fullDepth = true;
};

// The entry's notes: where it came from, the note sentences, what needs completion, NetBox's comments.
std::string composeNotes(const YAML::Node& root, const std::string& fileName, const DeviceType& d, Findings& f) {
    std::string notes = "Imported from the NetBox devicetype-library (" + std::filesystem::path(fileName).filename().string() +
                        ", slug " + d.identity.slug + ")" + (d.kind.guessed ? "; kind " + d.kind.kind + " guessed" : "") + ".";
    for (const auto& n : f.noteParts) notes += " " + std::string(1, char(std::toupper(static_cast<unsigned char>(n[0])))) + n.substr(1) + ".";
    if (!f.needs.empty()) {
        std::string list;
        for (const auto& n : f.needs) list += (list.empty() ? "" : ", ") + n;
        notes += " needs completion: " + list + ".";
        f.warnings.push_back("needs completion: " + list);
    }
    if (present(root, "comments")) {
        std::string c = text(root["comments"], "comments");
        for (auto& ch : c)
            if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        if (!c.empty()) notes += " NetBox comments: " + c;
    }
    return notes;
}

nlohmann::ordered_json portsJson(const PortGroups& ports) {
    nlohmann::ordered_json portList = nlohmann::ordered_json::array();
    for (const auto& [key, count] : ports) {
        nlohmann::ordered_json g = nlohmann::ordered_json::object();
        g["fabric"] = key.first;
        g["speed_gbps"] = jnum(key.second);
        g["count"] = count;
        portList.push_back(g);
    }
    return portList;
}

// The catalog entry, keys in the catalog's order.
nlohmann::ordered_json makeEntry(const DeviceType& d, const std::string& fileName, const std::vector<std::string>& unverified,
                                 const std::string& notes) {
    nlohmann::ordered_json e;
    e["id"] = d.identity.id;
    e["kind"] = d.kind.kind;
    e["vendor"] = d.identity.manufacturer;
    e["model"] = d.identity.model;
    e["verification"] = unverified.empty() ? "netbox" : "unverified";
    if (!unverified.empty()) e["unverified"] = unverified;
    nlohmann::ordered_json source = nlohmann::ordered_json::object();
    source["ref"] = "NetBox devicetype-library: " + std::filesystem::path(fileName).filename().string();
    source["grade"] = "netbox";
    source["supports"] = "u_height, weight, airflow, power ports, interfaces";
    e["sources"] = nlohmann::ordered_json::array();
    e["sources"].push_back(source);
    e["notes"] = notes;
    e["u_height"] = jnum(d.identity.uHeight);
    e["full_depth"] = d.fullDepth;
    e["weight_kg"] = jnum(d.weight.kg);
    nlohmann::ordered_json power = nlohmann::ordered_json::object();
    power["max_w"] = jnum(d.power.maxW);
    if (d.power.typicalW) power["typical_w"] = jnum(*d.power.typicalW);
    e["power"] = power;
    e["airflow"] = d.airflow;
    if (d.kind.accelerator && d.kind.kind == "gpu_node") {
        e["accelerators"] = nlohmann::ordered_json::object();
        e["accelerators"]["ref"] = d.kind.accelerator->ref;
        e["accelerators"]["count"] = d.kind.accelerator->count;
    }
    nlohmann::ordered_json portList = portsJson(d.ports);
    if (!portList.empty()) e["ports"] = portList;
    if (d.kind.kind == "pdu" && d.kind.pdu) {
        nlohmann::ordered_json pdu = nlohmann::ordered_json::object();
        pdu["phases"] = d.kind.pdu->phases;
        pdu["voltage_v"] = jnum(d.kind.pdu->voltageV);
        pdu["current_a"] = jnum(d.kind.pdu->currentA);
        pdu["capacity_w"] = jnum(pduCapacityW(*d.kind.pdu));
        e["pdu"] = pdu;
    }
    if (d.kind.kind == "storage") {
        e["storage"] = nlohmann::ordered_json::object();
        e["storage"]["raw_tb"] = 0;
    }
    return e;
}

// Proves the entry loads exactly as the planner will read it.
void proveLoads(const nlohmann::ordered_json& e, const std::string& fileName, const Catalog* catalog) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    doc["format"] = "podplanner-catalog";
    doc["version"] = 1;
    doc["entries"] = nlohmann::ordered_json::array();
    doc["entries"].push_back(e);
    Catalog scratch;
    if (catalog && e.contains("accelerators")) scratch = *catalog;  // the accelerator it refers to
    if (auto err = CatalogLoader::loadText(doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                                           fileName, scratch, CatalogLoadOptions{true}))
        throw Fail{0, "", "the converted entry does not load as a catalog entry: " + err->path + ": " + err->reason};
}

// "netbox-acme-sw48 switch (guessed): Acme SW-48, 1U, 9.53 kg, 460 W max, …, verification".
std::string summaryLine(const DeviceType& d, const std::string& verification) {
    std::string s = d.identity.id + " " + d.kind.kind + (d.kind.guessed ? " (guessed)" : "") + ": " + d.identity.manufacturer +
                    " " + d.identity.model + ", " + num(d.identity.uHeight, 1) + "U, " +
                    (d.weight.known ? num(d.weight.kg) + " kg" : "weight ?") + ", " +
                    (d.power.missing ? std::string("power ?") : num(d.power.maxW) + " W max");
    if (d.power.typicalW) s += ", " + num(*d.power.typicalW) + " W typical";
    if (d.kind.accelerator && d.kind.kind == "gpu_node")
        s += ", " + std::to_string(d.kind.accelerator->count) + " × " + d.kind.accelerator->ref;
    if (d.kind.pdu) s += ", pdu " + num(pduCapacityW(*d.kind.pdu)) + " W";
    if (!d.ports.empty()) {
        s += ", ports ";
        bool first = true;
        for (const auto& [key, count] : d.ports) {
            s += (first ? "" : " + ") + std::to_string(count) + "×" + num(key.second) + "G " + key.first;
            first = false;
        }
    }
    return s + ", " + verification;
}

// Reads the fields in a fixed order (so the first problem reported is always the same one), then
// writes the entry and proves it loads.
NetboxImportResult convert(const YAML::Node& root, const std::string& fileName, const NetboxImportOptions& options) {
    NetboxImportResult r;
    Findings f{{}, {}, {}, r.warnings};
    DeviceType d;
    d.identity = readIdentity(root);
    const std::vector<Interface> interfaces = readInterfaces(root, r.warnings);
    const YAML::Node powerPortsNode = list(root, "power-ports");
    d.kind = chooseKind(root, options, d.identity, interfaces, powerPortsNode.size(), r.warnings);
    d.ports = groupPorts(d.kind.kind, interfaces);
    d.power = readPower(powerPortsNode, d.kind.kind, f);
    d.weight = readWeight(root, f);
    d.airflow = readAirflow(root, d.kind.kind, f);
    d.fullDepth = present(root, "is_full_depth") ? boolean(root["is_full_depth"], "is_full_depth") : true;
    addKindNeeds(d.kind, d.ports, f);
    const std::string notes = composeNotes(root, fileName, d, f);

    nlohmann::ordered_json e = makeEntry(d, fileName, f.unverified, notes);
    proveLoads(e, fileName, options.catalog);
    r.summary = summaryLine(d, e["verification"].get<std::string>());
    r.entries.push_back(std::move(e));
    return r;
}

}  // namespace

}  // namespace pod::netbox

namespace pod {

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
    for (unsigned char c : netbox::lower(slug)) {
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
    const std::string t = netbox::lower(typeIn);
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
        return netbox::convert(root, fileName, options);
    } catch (const netbox::Fail& f) {
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