#include "HallGenerator.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "ChainDesign.h"
#include "generator/PodGenerator.h"

namespace pod::bench {

Project generateHall(const HallSpec& spec, const Catalog& catalog) {
    Project p;
    p.meta.name = "Bench hall";
    const RackModel* rm = catalog.rack("hpe-10848-g2");
    const Equipment* node = catalog.equipment(spec.node);
    const int rackW = rm->widthMm, rackD = rm->depthMm, aisle = 1200;
    // Each leaf (64 ports) takes 32 node links; nodes have 8 compute ports.
    const int nodes = spec.gpuRacks * spec.nodesPerRack;
    const int leaves = int(std::ceil(nodes * 8 / 32.0));
    const int networkRacks = (leaves + spec.leavesPerNetworkRack - 1) / spec.leavesPerNetworkRack;
    const int spines = leaves / 2;
    const int totalRacks = spec.gpuRacks + networkRacks + (spines + 31) / 32;
    const int rows = (totalRacks + spec.racksPerRow - 1) / spec.racksPerRow;
    const std::int64_t width = std::int64_t(spec.racksPerRow) * rackW + 4000;
    const std::int64_t depth = std::int64_t(rows) * (rackD + aisle) + aisle + 2000;
    p.room.outline = {{0, 0}, {width, 0}, {width, depth}, {0, depth}};
    p.room.powerCapacityW = 1e9;
    p.room.coolingCapacityW = 1e9;
    p.room.floorLoadKgM2 = 5000;
    p.room.pue = 1.3;
    p.room.minAisleMm = aisle;
    int rackIndex = 0;
    auto addRack = [&](const std::string& cooling, double budget) {
        int row = rackIndex / spec.racksPerRow, col = rackIndex % spec.racksPerRow;
        Rack r;
        r.id = "r" + std::to_string(rackIndex);
        r.name = std::string(1, char('A' + row % 26)) + std::to_string(row / 26) + "-" + std::to_string(col + 1);
        r.model = "hpe-10848-g2";
        r.position = {2000 + std::int64_t(col) * rackW + rackW / 2, aisle + 1000 + std::int64_t(row) * (rackD + aisle) + rackD / 2};
        r.rotation = (row % 2) ? 180 : 0;
        r.frontAisle = AisleSide::Cold;
        r.row = std::to_string(row);
        r.cooling = cooling;
        r.powerBudgetW = budget;
        r.feeds = {"A", "B"};
        p.layout.racks.push_back(r);
        ++rackIndex;
        return p.layout.racks.back().id;
    };
    int deviceId = 0;
    auto addDevice = [&](const std::string& cat, const std::string& rack, double u, const std::string& feed = "") {
        Device d;
        d.id = "d" + std::to_string(deviceId++);
        d.catalogId = cat;
        d.rack = rack;
        d.u = u;
        d.name = d.id;
        d.feed = feed;
        p.layout.devices.push_back(d);
        return d.id;
    };
    for (int r = 0; r < spec.gpuRacks; ++r) {
        std::string rack = addRack("cooling-direct-liquid", 60000);
        addDevice("apc-ap8886", rack, 0, "A");
        addDevice("apc-ap8886", rack, 0, "B");
        for (int n = 0; n < spec.nodesPerRack; ++n) addDevice(spec.node, rack, 1 + n * node->uHeight);
    }
    FabricPlan compute;  // by field: a positional initialiser silently shifted when FabricPlan gained "cores"
    compute.id = "compute";
    compute.kind = "compute";
    for (int n = 0; n < networkRacks; ++n) {
        std::string rack = addRack("cooling-contained-air", 30000);
        for (int k = 0; k < spec.leavesPerNetworkRack && int(compute.leaves.size()) < leaves; ++k)
            compute.leaves.push_back(addDevice("nvidia-qm9700", rack, 1 + k));
    }
    for (int s = 0; s < spines;) {
        std::string rack = addRack("cooling-contained-air", 60000);
        for (int k = 0; k < 32 && s < spines; ++k, ++s) compute.spines.push_back(addDevice("nvidia-qm9700", rack, 1 + k));
    }
    p.layout.network.fabrics.push_back(compute);
    return p;
}

std::optional<Project> generateProductHall(const Catalog& catalog) {
    GeneratorOptions options;
    options.nodeId = kProductHallNode;
    options.nodes = 16384;
    options.perRack = 4;
    GeneratorResult generated = generatePod(options, catalog);
    if (auto* e = std::get_if<GeneratorError>(&generated)) {
        std::fprintf(stderr, "generate: %s\n", e->message.c_str());
        return std::nullopt;
    }
    Project hall = std::move(std::get<GeneratedPod>(generated).project);
    if (auto attached = attachPowerChain(hall, catalog, PowerDesign{}); std::holds_alternative<std::string>(attached)) {
        std::fprintf(stderr, "chain: %s\n", std::get<std::string>(attached).c_str());
        return std::nullopt;
    }
    return hall;
}

}  // namespace pod::bench
