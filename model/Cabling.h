#pragma once
// Cables derived from the network plan: every node port of a fabric goes to a leaf of that fabric
// (rail-optimised: port i → leaf i of the node's leaf group), every leaf to its spines; each run is
// measured along the floor and up to the tray, and the cheapest medium whose reach covers it is chosen.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod {

inline constexpr double kRackUnitMm = 44.45;

struct CableEnd {
    std::string device;
    std::string rack;
    int port = 0;  // 1-based within the device's ports of this fabric
};

struct Cable {
    std::string fabric;  // fabric id from the project
    std::string tier;    // "node-leaf" or "leaf-spine"
    CableEnd a, b;
    double speedGbps = 0;
    std::int64_t lengthMm = 0;
    std::string medium;  // catalog cable_media id; empty when no medium reaches
};

struct SwitchPortUse {
    std::string device;
    std::string fabric;
    int used = 0;
    int available = 0;
};

struct FabricReport {
    std::string id;
    std::string kind;
    int nodeLinks = 0;
    int uplinks = 0;
    double oversubscription = 0;  // node links / uplinks (0 when there is no spine tier)
};

struct UnconnectedNode {
    std::string device;
    std::string fabricKind;
    std::string reason;
};

struct Cabling {
    std::vector<Cable> cables;
    std::vector<SwitchPortUse> switchPorts;
    std::vector<FabricReport> fabrics;
    std::vector<UnconnectedNode> unconnected;
};

// The route between two devices: vertical runs from each device's top U to the tray above its rack,
// the floor distance between the racks along rows and a cross-aisle (|dx| + |dy|), and the slack.
// Within one rack: the vertical distance between the two devices plus slack.
std::int64_t routeLengthMm(const Project& project, const Catalog& catalog, const Device& a, const Device& b);

// The cheapest medium (lowest cost_rank, then id) with a reach figure for `speedGbps` that covers the run.
std::string chooseMedium(const Catalog& catalog, double speedGbps, std::int64_t lengthMm);

Cabling deriveCabling(const Project& project, const Catalog& catalog);

// Re-measures one cable after its devices or racks moved (same ends, new route, medium and racks).
void remeasure(Cable& cable, const Project& project, const Catalog& catalog, const Device& a, const Rack* ra,
               const Device& b, const Rack* rb);

struct MediumTotal {
    int count = 0;
    std::int64_t lengthMm = 0;
};
// Cables by medium id ("" collects runs no medium reaches).
std::map<std::string, MediumTotal> cablesByMedium(const Cabling& cabling);

}  // namespace pod
