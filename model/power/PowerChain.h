#pragma once
// The power chain behind the racks (project "power_chain"): sources (utility feeds, generators) → UPS systems
// (modules × module kW, redundancy, efficiency) → distribution (switchboards, floor PDUs/RPPs, busways with
// tap-off boxes: voltage, phases, rating in A, continuous-load derating) → rack feeds. A rack feed names the
// node it hangs from in the rack's "feed_from" (model/Project.h Rack::feedFrom). ../shared/domain/FACILITY.md
// has the arithmetic; model/power/PowerFlow.h computes the loads.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pod {

using Json = nlohmann::json;
struct ProjectSettings;

enum class PowerNodeKind { Utility, Generator, Ups, Switchboard, Rpp, FloorPdu, Busway };

// "utility", "generator", "ups", "switchboard", "rpp", "floor-pdu", "busway".
const char* powerNodeKindKey(PowerNodeKind kind);
std::optional<PowerNodeKind> powerNodeKindFromKey(const std::string& key);
bool isSource(PowerNodeKind kind);        // utility, generator: no upstream
bool isDistribution(PowerNodeKind kind);  // switchboard, rpp, floor-pdu, busway: rated in A at a voltage

struct PowerNode {
    std::string id;
    std::string name;
    PowerNodeKind kind = PowerNodeKind::Busway;
    // Upstream nodes, in order of preference: the first that is alive carries this node (a transfer switch).
    // Sources have none; every other node has at least one.
    std::vector<std::string> from;
    // Sources: the kW they can deliver.
    double capacityKw = 0;
    // UPS systems: modules × module kW; redundancy as designed ("N", "N+1", "N+2", "2N", "DR"); efficiency
    // (output / input, default 1: the UPS's input load is its output load / efficiency).
    int modules = 1;
    double moduleKw = 0;
    std::string redundancy = "N";
    double efficiency = 1.0;
    // Distribution: line-to-line voltage, phases (1 or 3), rating in A, continuous-load derating in %
    // (unset: the project's settings.power_derating_percent, default 80).
    double voltageV = 0;
    int phases = 3;
    double ratingA = 0;
    std::optional<double> deratingPercent;
    Json extra = Json::object();
};

struct PowerChain {
    std::vector<PowerNode> nodes;  // upstream before downstream (checked on load)
    Json extra = Json::object();
    bool empty() const { return nodes.empty(); }
    const PowerNode* node(const std::string& id) const;
};

inline constexpr double kDefaultPowerDeratingPercent = 80;
inline constexpr double kDefaultPhaseImbalancePercent = 10;

// The derating a distribution node is loaded to (its own, else the project's setting, else 80 %).
double deratingPercent(const PowerNode& node, const ProjectSettings& settings);
// The power a node may carry continuously, W:
//   sources: capacity_kw; UPS: modules × module_kw (modulesLost fewer);
//   distribution: three-phase √3 × V × A × derating, single-phase V × A × derating.
// 415 V, 3 phases, 60 A at 80 %: √3 × 415 × 60 × 0.8 = 34,506 W.
double nodeCapacityW(const PowerNode& node, const ProjectSettings& settings, int modulesLost = 0);

// Reads "power_chain": { "nodes": [ … ] }; throws JsonPathError naming the field. Node ids are unique and every
// "from" names an earlier node, so the chain has no cycles.
PowerChain readPowerChain(const Json& j, const std::string& path);
Json powerChainToJson(const PowerChain& chain);

}  // namespace pod
