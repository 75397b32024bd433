#include "PowerChain.h"

#include <cmath>
#include <set>

#include "JsonRead.h"
#include "Project.h"

namespace pod {

namespace {
struct KindName {
    PowerNodeKind kind;
    const char* key;
};
constexpr KindName kKinds[] = {{PowerNodeKind::Utility, "utility"},         {PowerNodeKind::Generator, "generator"},
                               {PowerNodeKind::Ups, "ups"},                 {PowerNodeKind::Switchboard, "switchboard"},
                               {PowerNodeKind::Rpp, "rpp"},                 {PowerNodeKind::FloorPdu, "floor-pdu"},
                               {PowerNodeKind::Busway, "busway"}};
constexpr double kMaxNodeKw = 1e7;  // 10 GW
const std::vector<std::string> kRedundancies{"N", "N+1", "N+2", "2N", "DR"};
}  // namespace

const char* powerNodeKindKey(PowerNodeKind kind) {
    for (const auto& k : kKinds)
        if (k.kind == kind) return k.key;
    return "?";
}

std::optional<PowerNodeKind> powerNodeKindFromKey(const std::string& key) {
    for (const auto& k : kKinds)
        if (key == k.key) return k.kind;
    return std::nullopt;
}

bool isSource(PowerNodeKind kind) { return kind == PowerNodeKind::Utility || kind == PowerNodeKind::Generator; }
bool isDistribution(PowerNodeKind kind) { return !isSource(kind) && kind != PowerNodeKind::Ups; }

const PowerNode* PowerChain::node(const std::string& id) const {
    for (const auto& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

double deratingPercent(const PowerNode& node, const ProjectSettings& settings) {
    if (node.deratingPercent) return *node.deratingPercent;
    return settings.powerDeratingPercent.value_or(kDefaultPowerDeratingPercent);
}

double nodeCapacityW(const PowerNode& node, const ProjectSettings& settings, int modulesLost) {
    if (isSource(node.kind)) return node.capacityKw * 1000;
    if (node.kind == PowerNodeKind::Ups) return std::max(0, node.modules - modulesLost) * node.moduleKw * 1000;
    const double derate = deratingPercent(node, settings) / 100;
    const double va = node.phases == 3 ? std::sqrt(3.0) * node.voltageV * node.ratingA : node.voltageV * node.ratingA;
    return va * derate;
}

PowerChain readPowerChain(const Json& j, const std::string& path) {
    json::expectObject(j, path);
    PowerChain chain;
    const Json& nodes = json::array(j, "nodes", path);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::string np = json::child(path + "/nodes", i);
        const Json& nj = nodes[i];
        json::expectObject(nj, np);
        PowerNode n;
        n.id = json::id(nj, "id", np);
        if (ids.count(n.id)) throw JsonPathError(np + "/id", "duplicate power node id \"" + n.id + "\"");
        n.name = json::optionalString(nj, "name", np).value_or("");
        std::vector<std::string> keys;
        for (const auto& k : kKinds) keys.push_back(k.key);
        n.kind = *powerNodeKindFromKey(json::oneOf(nj, "kind", np, keys));
        if (const Json* from = json::optionalArray(nj, "from", np)) {
            for (std::size_t k = 0; k < from->size(); ++k) {
                const std::string fp = json::child(np + "/from", k);
                if (!(*from)[k].is_string()) throw JsonPathError(fp, "must be a power node id string");
                std::string up = (*from)[k].get<std::string>();
                if (!ids.count(up))
                    throw JsonPathError(fp, "\"" + up + "\" is no power node listed before this one (upstream nodes come first, so a chain cannot loop)");
                n.from.push_back(up);
            }
        }
        if (isSource(n.kind)) {
            if (!n.from.empty()) throw JsonPathError(np + "/from", "a " + std::string(powerNodeKindKey(n.kind)) + " is a source: it has no upstream node");
            n.capacityKw = json::number(nj, "capacity_kw", np, 0, kMaxNodeKw);
        } else if (n.from.empty()) {
            throw JsonPathError(np + "/from", "a " + std::string(powerNodeKindKey(n.kind)) + " needs at least one upstream node");
        }
        std::vector<std::string> known{"id", "name", "kind", "from"};
        if (isSource(n.kind)) {
            known.push_back("capacity_kw");
        } else if (n.kind == PowerNodeKind::Ups) {
            n.modules = int(json::integer(nj, "modules", np, 1, 64));
            n.moduleKw = json::number(nj, "module_kw", np, 0, kMaxNodeKw);
            if (nj.contains("redundancy")) n.redundancy = json::oneOf(nj, "redundancy", np, kRedundancies);
            n.efficiency = json::optionalNumber(nj, "efficiency", np, 0.5, 1.0).value_or(1.0);
            known.insert(known.end(), {"modules", "module_kw", "redundancy", "efficiency"});
        } else {
            n.voltageV = json::number(nj, "voltage_v", np, 100, 35000);
            n.phases = int(json::integer(nj, "phases", np, 1, 3));
            if (n.phases == 2) throw JsonPathError(np + "/phases", "must be 1 or 3, got 2");
            n.ratingA = json::number(nj, "rating_a", np, 0, 100000);
            n.deratingPercent = json::optionalNumber(nj, "derating_percent", np, 1, 100);
            known.insert(known.end(), {"voltage_v", "phases", "rating_a", "derating_percent"});
        }
        n.extra = json::unknownFields(nj, known);
        ids.insert(n.id);
        chain.nodes.push_back(std::move(n));
    }
    chain.extra = json::unknownFields(j, {"nodes"});
    return chain;
}

Json powerChainToJson(const PowerChain& chain) {
    Json nodes = Json::array();
    for (const auto& n : chain.nodes) {
        Json j = n.extra;
        j["id"] = n.id;
        if (!n.name.empty()) j["name"] = n.name;
        j["kind"] = powerNodeKindKey(n.kind);
        if (!n.from.empty()) j["from"] = n.from;
        if (isSource(n.kind)) {
            j["capacity_kw"] = json::numberJson(n.capacityKw);
        } else if (n.kind == PowerNodeKind::Ups) {
            j["modules"] = n.modules;
            j["module_kw"] = json::numberJson(n.moduleKw);
            j["redundancy"] = n.redundancy;
            if (n.efficiency != 1.0) j["efficiency"] = json::numberJson(n.efficiency);
        } else {
            j["voltage_v"] = json::numberJson(n.voltageV);
            j["phases"] = n.phases;
            j["rating_a"] = json::numberJson(n.ratingA);
            if (n.deratingPercent) j["derating_percent"] = json::numberJson(*n.deratingPercent);
        }
        nodes.push_back(std::move(j));
    }
    Json out = chain.extra;
    out["nodes"] = std::move(nodes);
    return out;
}

}  // namespace pod
