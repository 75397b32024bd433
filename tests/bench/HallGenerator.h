#pragma once
// Builds a large hall in memory for benchmarks: rows of racks, each GPU rack full of 8-GPU nodes,
// network racks with leaf and spine switches, a compute fabric over all of them.
#include <optional>

#include "Catalog.h"
#include "Project.h"

namespace pod::bench {

struct HallSpec {
    int gpuRacks = 2048;
    int nodesPerRack = 8;             // nvidia-dgx-a100 (6U) × 8 = 48U
    int racksPerRow = 32;
    int leavesPerNetworkRack = 16;
    std::string node = "nvidia-dgx-a100";
};

Project generateHall(const HallSpec& spec, const Catalog& catalog);

// The 131,072-GPU hall as `podplanner generate --node nvidia-dgx-h100 --nodes 16384 --per-rack 4` builds it
// (racks with PDUs and blanks, rail-plane fabric, 2N chain); nullopt after printing why to stderr.
std::optional<Project> generateProductHall(const Catalog& catalog);
inline constexpr const char* kProductHallNode = "nvidia-dgx-h100";

}  // namespace pod::bench
