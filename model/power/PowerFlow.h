#pragma once
// Loads flowing up the power chain (model/power/PowerChain.h), with or without failed elements.
//
// A rack's draw (Σ device max W, and typical) is shared equally by its live feeds (every device is taken as
// fed by every feed of its rack: dual-corded, each feed able to carry it). A feed is live when the node it
// hangs from is alive and the feed itself has not failed; a rack whose mapped feeds are all dead is dark. A
// node is alive when it has not failed and one of its upstream nodes is alive (the first live one carries
// it: a transfer switch); a UPS with every module lost is dead. Loads add up: a node carries the rack feeds
// hanging from it plus the input of every node it carries; a UPS asks its upstream for its output load /
// efficiency. Phases: a feed whose PDUs are single-phase sits on its feed_phase (L1 by default; a line–line
// pair puts half on each line, as panel schedules do); otherwise the feed's load is balanced over L1–L3.
#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod {

// What has failed: chain nodes, UPS modules (n lost per UPS), single rack feeds, and cooling units (which
// whatif hands to the cooling chain, model/Cooling.h).
struct PowerFailure {
    std::set<std::string> nodes;
    std::map<std::string, int> modulesLost;
    std::set<std::pair<std::string, std::string>> rackFeeds;  // (rack id, feed)
    std::set<std::string> coolingUnits;
    bool empty() const { return nodes.empty() && modulesLost.empty() && rackFeeds.empty() && coolingUnits.empty(); }
};

// Failure ids as the command line and the GUI spell them: a power node id ("UPS-A"), one UPS module
// ("UPS-A#module"; twice = two modules), one rack feed ("R01/A") or a cooling unit id. An unknown id is an
// error naming it (the variant holds the message).
std::variant<PowerFailure, std::string> parseFailures(const Project& project, const std::vector<std::string>& ids);

struct NodeFlow {
    const PowerNode* node = nullptr;
    bool alive = true;
    std::string carriedBy;  // the upstream node carrying it now ("" for sources and dead nodes)
    double loadW = 0;       // max draw it delivers
    double typicalW = 0;
    double inputW = 0;      // what it asks of its upstream node (UPS: loadW / efficiency)
    double capacityW = 0;   // with lost modules taken off
    std::array<double, 3> phaseW{};  // L1, L2, L3 share of loadW
    std::vector<std::string> racks;  // racks with a live feed through this node, in layout order
    double fraction() const { return capacityW > 0 ? loadW / capacityW : (loadW > 0 ? 1e9 : 0.0); }
    // Phase currents at the node's voltage (distribution nodes; zero elsewhere): W / (V / √3) per line of a
    // three-phase node, W / V for a single-phase node.
    std::array<double, 3> phaseCurrentA() const;
    // Largest deviation of a phase from the mean phase load, as a fraction of the mean (5/5/8 → 0.33).
    double phaseImbalance() const;
};

struct RackFlow {
    std::string rack;
    bool inChain = false;  // at least one feed names a chain node
    bool dark = false;     // in the chain and every mapped feed dead
    double maxW = 0, typicalW = 0;
    std::vector<std::string> deadFeeds;
};

struct PowerFlow {
    std::vector<NodeFlow> nodes;  // chain order
    std::vector<RackFlow> racks;  // layout order
    std::vector<std::string> darkRacks;
    const NodeFlow* find(const std::string& id) const;
};

// The per-rack figures a flow needs, read once from the catalog: the N-1 analysis recomputes the flow for
// every single failure from them without touching devices again.
struct RackPowerInput {
    const Rack* rack = nullptr;
    double maxW = 0, typicalW = 0;
    // Per feed: the share of one unit of load each line gets (sums to 1).
    std::map<std::string, std::array<double, 3>> phaseSplit;
};
std::vector<RackPowerInput> rackPowerInputs(const Project& project, const Catalog& catalog);
// The same from devices already grouped: devicesOf[k] lists rack k's devices in project order (nullptr: none, e.g. a
// rack whose id a later rack repeats), equipmentOf(d) is d's catalog entry. CheckContext has both at hand (asking the
// catalog and a rack map for each of a hall's 68,096 devices was a third of the power worker's structure edit).
std::vector<RackPowerInput> rackPowerInputs(const Project& project, const std::vector<const std::vector<const Device*>*>& devicesOf,
                                            const std::function<const Equipment*(const Device&)>& equipmentOf);

PowerFlow computePowerFlow(const Project& project, const std::vector<RackPowerInput>& inputs, const PowerFailure& failure = {});
PowerFlow computePowerFlow(const Project& project, const Catalog& catalog, const PowerFailure& failure = {});

// totals --json "power_chain": per node id, kind, alive, load_w, typical_w, capacity_w, percent,
// phase_current_a, racks.
Json powerFlowToJson(const PowerFlow& flow);

}  // namespace pod
