#pragma once
// The pod generator's second half: given what goes into the pod (nodes, switch counts, storage),
// fill GPU, network and storage racks (PDUs, equipment, blanking panels), arrange them in rows on a
// room sized to fit, and write the network plan. Internal to model/generator/.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "Catalog.h"
#include "PowerBand.h"
#include "Project.h"

namespace pod::gen {

// One kind of switch in the network racks (compute leaves, spines and cores, in-band, OOB, and appliances
// such as UFM), stacked from the top of each network rack down in the order given.
struct SwitchGroup {
    std::string fabricId;  // the fabric plan it joins ("" = none: an appliance)
    int tier = 0;          // 0 leaf, 1 spine, 2 core of that fabric
    const Equipment* model = nullptr;
    int count = 0;
    std::string idPrefix;    // "leaf" → leaf-01
    std::string namePrefix;  // "IB-LEAF" → IB-LEAF-01
    int minIdWidth = 2;
};

struct FabricSpec {
    std::string id;
    std::string kind;      // compute | storage | inband | oob
    int leafUplinks = 0;   // FabricPlan::leafUplinks (0: as many as downlinks)
    bool railPlanes = false;  // FabricPlan::railPlanes
};

struct PodPlan {
    const Equipment* node = nullptr;
    std::string nodeCatalogId;
    int nodes = 0;
    int perRack = 0;
    const RackModel* rack = nullptr;  // network and storage racks (and GPU racks unless rack-scale)
    std::string rackCatalogId;
    // GPU racks: `rack`, or a rack-scale system's own rack (rackScale: one system per rack, no PDUs, no
    // blanking panels, no rack feeds — the system's power shelves take the facility feeds).
    const RackModel* gpuRack = nullptr;
    std::string gpuRackCatalogId;
    bool rackScale = false;
    // In-row CDUs for the GPU racks' liquid heat (nullptr: none listed): ⌈liquid / capacity⌉ + 1 (N+1).
    const Equipment* cdu = nullptr;
    std::string cduCatalogId;
    const CoolingOption* gpuCooling = nullptr;  // nullptr: the cheapest option that covers each rack
    std::optional<double> budgetW;              // every rack's budget; else roundedBudgetW() of its draw (≤ the line)
    double warningFraction = kDefaultPowerWarningPercent / 100;  // the power warning line the budgets and room capacity keep under
    const Equipment* storage = nullptr;
    std::string storageCatalogId;
    int storageCount = 0;
    std::vector<FabricSpec> fabrics;
    std::vector<SwitchGroup> switches;
    int minNetworkRacks = 1;
    double fillCapW = 0;  // the most a network or storage rack may draw
    std::string nodeIdPrefix = "node", nodeNamePrefix = "NODE";
    std::int64_t aisleMm = 1200;
    int maxRacksPerRow = 20;
};

struct AssembledPod {
    Room room;
    Layout layout;
    int gpuRacks = 0, networkRacks = 0, storageRacks = 0, rows = 0;
    double itMaxW = 0;
    double liquidW = 0;         // the GPU racks' liquid share (what the CDUs carry)
    double maxFloorKgM2 = 0;    // the heaviest rack's weight over its footprint
    std::vector<std::string> gpuRackIds;
};

// The pod, or a message saying what does not fit.
std::variant<AssembledPod, std::string> assemblePod(const PodPlan& plan, const Catalog& catalog);

}  // namespace pod::gen
