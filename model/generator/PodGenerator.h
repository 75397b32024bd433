#pragma once
// The pod generator: from a node model, a node count and a density (nodes per rack) it builds a whole
// pod — GPU racks with PDUs, nodes and blanking panels; network racks with the rail-optimised compute
// fabric (leaves, and spines when one switch is not enough), in-band and out-of-band switches; storage
// racks; rows on a room sized to fit; and the network plan the rule engine derives cabling from.
// Deterministic: the same options and catalog always give the same project.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod {

// Appliances placed in the network racks (a UFM appliance): cabled by the fabrics they have ports of, in
// no fabric plan's switch lists.
struct ApplianceSpec {
    std::string catalogId;
    int count = 0;
    std::string idPrefix;    // "ufm" → ufm-01
    std::string namePrefix;  // "UFM" → UFM-01
};

struct GeneratorOptions {
    std::string nodeId;                    // catalog gpu_node id
    int nodes = 0;                         // N ≥ 1
    int perRack = 0;                       // K ≥ 1 nodes per GPU rack
    std::string rackId = "hpe-10848-g2";   // catalog rack id
    std::string coolingId;                 // GPU racks' cooling; "" = the cheapest option that covers each rack
    std::optional<double> budgetKw;        // every rack's budget; else roundedBudgetW(): the smallest 5 kW step the rack's draw is ≤ the warning line of
    std::optional<double> warningPercent;  // the project's power warning line (settings.power_warning_percent); unset = 80 %
    std::string storageId;                 // catalog storage id; "" = no storage racks
    int storageCount = 0;                  // enclosures (default 1 when storageId is given)
    std::string fabric;                    // ndr | hdr | edr | xdr | roce; "" = by the node's compute port speed (xdr only when asked)
    std::string name;                      // project name; "" = "N × MODEL, K per rack"
    // Built for full scalable units (the DGX SuperPOD RAs): every leaf cables half its ports up (the fabric's
    // leaf_uplinks) whether or not each node slot is filled, and the spines are sized for full leaf groups.
    bool fullUnits = false;
    std::vector<ApplianceSpec> appliances;  // in the network racks after the switches
    std::string description;                // replaces the generated description when given
};

struct GeneratedPod {
    Project project;
    std::string fabric;        // ndr | hdr | edr | xdr | roce
    std::string fabricSwitch;  // catalog id of the compute leaves, spines and cores
    // gpuRacks = ⌈N / K⌉. networkRacks: the fewest R (≥ 2 when there is a spine tier, else ≥ 1) for
    // which every switch kind split evenly over R racks (the first racks taking the remainder) keeps each
    // rack within max(K × node max W, the cheapest cooling option's air kW) — or --budget-kw — and its U,
    // PDUs and a 1U gap between kinds included.
    int gpuRacks = 0, networkRacks = 0, storageRacks = 0, rows = 0;
    // Compute: one switch when N × ports fit it; else groups of ≤ switch ports / 2 nodes, one leaf per
    // node port per group, and the fewest spines that take every leaf's uplinks (as many as downlinks).
    // A node with more compute ports than one leaf group allows (an NVL72's 72) gets fewer leaves than ports:
    // port i → leaf i mod L, the fewest L keeping each leaf ≤ half its ports down (8 × 72 on QM9700: 18 + 11).
    // In-band and OOB: enough switches that the derived cabling fits their access ports (at least 2
    // each with two network racks).
    // Past what two tiers connect (more leaves than a switch has ports): a third tier. Leaf groups (scalable
    // units) of ≤ switch ports / 2 nodes each get their own spine group, the fewest spines that take the
    // group's uplinks at half their ports down; cores = ⌈all spine uplinks / switch ports⌉ (DGX SuperPOD B200,
    // 16 SU: 128 leaves, 16 groups × 8 spines, 4,096 / 64 = 64 cores). At most switch-ports groups.
    int computeLeaves = 0, computeSpines = 0, computeCores = 0, inbandSwitches = 0, oobSwitches = 0;
    // Cables per tier of the compute fabric as deriveCabling() lays them: node–leaf, leaf–spine, spine–core.
    int nodeLeafCables = 0, leafSpineCables = 0, spineCoreCables = 0;
    int appliances = 0;
    // Rack-scale liquid systems (NVL72): in-row CDUs (kRackScaleCduId) serving the GPU racks, N+1:
    // ⌈GPU racks' liquid heat / unit capacity⌉ + 1 (8 × 127.8 kW = 1,022.4 kW on 600 kW units → 2 + 1 = 3).
    int coolingUnits = 0;
    std::vector<std::string> notes;  // choices worth telling the user
};

struct GeneratorError {
    std::string message;
};

using GeneratorResult = std::variant<GeneratedPod, GeneratorError>;

GeneratorResult generatePod(const GeneratorOptions& options, const Catalog& catalog);

// The compute-fabric switch for a speed name: ndr → nvidia-qm9700, hdr → nvidia-qm8700,
// edr → mellanox-sb7800, xdr → nvidia-q3400-ra, roce → nvidia-sn5600; "" for any other name.
std::string fabricSwitchId(const std::string& fabric);

// In-band and out-of-band management switches the generator uses.
inline constexpr const char* kInbandSwitchId = "nvidia-sn4600c";
inline constexpr const char* kOobSwitchId = "nvidia-sn2201";
// The in-row CDU listed for rack-scale liquid systems.
inline constexpr const char* kRackScaleCduId = "vertiv-coolchip-cdu-600";

}  // namespace pod
