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

struct GeneratorOptions {
    std::string nodeId;                    // catalog gpu_node id
    int nodes = 0;                         // N ≥ 1
    int perRack = 0;                       // K ≥ 1 nodes per GPU rack
    std::string rackId = "hpe-10848-g2";   // catalog rack id
    std::string coolingId;                 // GPU racks' cooling; "" = the cheapest option that covers each rack
    std::optional<double> budgetKw;        // every rack's budget; else each rack's draw rounded up to 5 kW
    std::string storageId;                 // catalog storage id; "" = no storage racks
    int storageCount = 0;                  // enclosures (default 1 when storageId is given)
    std::string fabric;                    // ndr | hdr | edr | roce; "" = by the node's compute port speed
    std::string name;                      // project name; "" = "N × MODEL, K per rack"
};

struct GeneratedPod {
    Project project;
    std::string fabric;        // ndr | hdr | edr | roce
    std::string fabricSwitch;  // catalog id of the compute leaves and spines
    int gpuRacks = 0, networkRacks = 0, storageRacks = 0, rows = 0;
    int computeLeaves = 0, computeSpines = 0, inbandSwitches = 0, oobSwitches = 0;
    std::vector<std::string> notes;  // choices worth telling the user
};

struct GeneratorError {
    std::string message;
};

using GeneratorResult = std::variant<GeneratedPod, GeneratorError>;

GeneratorResult generatePod(const GeneratorOptions& options, const Catalog& catalog);

// The compute-fabric switch for a speed name: ndr → nvidia-qm9700, hdr → nvidia-qm8700,
// edr → mellanox-sb7800, roce → nvidia-sn5600; "" for any other name.
std::string fabricSwitchId(const std::string& fabric);

// In-band and out-of-band management switches the generator uses.
inline constexpr const char* kInbandSwitchId = "nvidia-sn4600c";
inline constexpr const char* kOobSwitchId = "nvidia-sn2201";

}  // namespace pod
