#pragma once
// The pod generator's first step: the catalog entries the options name, each checked to be what it
// should be, and one full GPU rack checked against the rack's U, the budget and the cooling.
// Internal to model/generator/.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "Catalog.h"
#include "PodGenerator.h"
#include "Sizing.h"

namespace pod::gen {

// The catalog entries the options name, each checked to be what it should be.
struct Parts {
    const Equipment* node = nullptr;
    const RackModel* rack = nullptr;     // --rack: network, storage and (unless rack-scale) GPU racks
    const RackModel* gpuRack = nullptr;  // the GPU racks' model: --rack, or a rack-scale system's own rack
    std::string gpuRackId;
    bool rackScale = false;              // the node is a rack-scale system (NVL72 class): the system is its rack
    const CoolingOption* cooling = nullptr;  // --cooling, else nullptr
    const Equipment* storage = nullptr;      // --storage, else nullptr
    int storageCount = 0;                    // enclosures; 0 without storage
    std::string fabric;                      // ndr | hdr | edr | roce
    std::string switchId;                    // the compute-fabric switch
    const Equipment* fabricSwitch = nullptr;
    const Equipment* inbandSwitch = nullptr;
    const Equipment* oobSwitch = nullptr;
    std::vector<std::pair<const Equipment*, int>> appliances;  // per GeneratorOptions::appliances: model, count
    std::vector<ApplianceSpec> applianceSpecs;
    int computePorts = 0;  // per node
    int switchPorts = 0;   // compute ports per fabric switch
};

// The parts, or why the options cannot make a pod (the first problem, in option order).
std::optional<std::string> resolveParts(const GeneratorOptions& o, const Catalog& catalog, Parts& parts);

// One full GPU rack: K nodes and their PDUs (none in a rack-scale system's rack).
struct GpuRack {
    double w = 0, airW = 0;
    PduPlan pdus;
};

// Fills `gpu`; the full GPU rack must fit the rack's U, the budget and the cooling.
std::optional<std::string> checkGpuRack(const GeneratorOptions& o, const Catalog& catalog, const Parts& parts, GpuRack& gpu);

}  // namespace pod::gen
