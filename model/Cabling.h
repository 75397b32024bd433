#pragma once
// Cables derived from the network plan: every node port of a fabric goes to a leaf of that fabric
// (rail-optimised: port i → leaf i of the node's leaf group), every leaf to its spines; each run is
// measured along the floor and up to the tray, and the cheapest medium whose reach covers it is chosen.
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "Catalog.h"
#include "Name.h"
#include "Project.h"

namespace pod {

inline constexpr double kRackUnitMm = 44.45;

// A cable's strings are Names in its Cabling's pool (Name.h): 88 bytes a cable instead of 256 plus heap.
struct CableEnd {
    Name device;
    Name rack;
    int port = 0;  // 1-based within the device's ports of this fabric
    bool operator==(const CableEnd&) const = default;
};

// The tiers a cable runs between, as Cable::tier and cable descriptions spell them.
inline const std::string kTierNodeLeaf = "node-leaf", kTierLeafSpine = "leaf-spine", kTierSpineCore = "spine-core";

struct Cable {
    Name fabric;  // fabric id from the project
    Name tier;    // kTierNodeLeaf, kTierLeafSpine or kTierSpineCore
    CableEnd a, b;
    double speedGbps = 0;
    std::int64_t lengthMm = 0;
    Name medium;  // catalog cable_media id; empty when no medium reaches
    bool operator==(const Cable&) const = default;
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
    int coreLinks = 0;            // spine → core cables (third tier)
};

struct UnconnectedNode {
    std::string device;
    std::string fabricKind;
    std::string reason;
};

struct Cabling {
    std::shared_ptr<NamePool> names = std::make_shared<NamePool>();  // what the cables' Names point into
    std::vector<Cable> cables;
    std::vector<SwitchPortUse> switchPorts;
    std::vector<FabricReport> fabrics;
    std::vector<UnconnectedNode> unconnected;
    std::vector<std::size_t> unreached;  // indices of cables no medium reaches, ascending
};

// The cheapest medium per (speed, length), with each medium's reach at a speed looked up once.
class MediumChooser {
public:
    explicit MediumChooser(const Catalog& catalog) : catalog_(catalog) {}
    // Same answer as chooseMedium(); "" when no medium reaches.
    const std::string& choose(double speedGbps, std::int64_t lengthMm);
    void forget() { speeds_.clear(); }  // after the catalog changed

private:
    struct Option {
        double reachMm;
        int costRank;
        const std::string* id;
    };
    struct Speed {
        double gbps;
        std::vector<Option> options;  // media with a reach at this speed, in id order
    };
    const Catalog& catalog_;
    std::vector<Speed> speeds_;
};

// Route lengths between devices of one project, by device index (project order): each device's rack
// and rise to the tray are worked out once, so a cable costs a few additions. After an edit that
// moved devices or racks (not added or removed any), refresh() the devices concerned.
class CableRouter {
public:
    CableRouter(const Project& project, const Catalog& catalog);
    void refresh(std::size_t device);
    // Devices removed and inserted (no rack): position p is now newOf[p] (SIZE_MAX: removed), `inserted` are new.
    void shiftDevices(const std::vector<std::size_t>& newOf, const std::vector<std::size_t>& inserted);
    std::int64_t length(std::size_t a, std::size_t b) const;
    const Equipment* equipment(std::size_t device) const { return ends_[device].equipment; }

private:
    struct End {
        const Rack* rack = nullptr;
        const Equipment* equipment = nullptr;
        double rise = 0;  // device top → rack top → tray, mm
    };
    End endOf(const Device& d, const Rack* rack, const RackModel* model, const Equipment* e) const;
    const Project& project_;
    const Catalog& catalog_;
    std::unordered_map<std::string, const Rack*> racks_;
    std::vector<End> ends_;
};

// What re-measuring after an edit needs: each cable's device indices, and each device's cables.
struct CableIndex {
    std::vector<std::array<std::uint32_t, 2>> ends;  // by cable
    // Each device's cables (by device index, project order), ascending: one flat list cut by offsets, filled from
    // `ends` after a derivation (a vector per device was a malloc per device per derivation: a tenth of an edit).
    std::span<const std::uint32_t> cablesOfDevice(std::size_t device) const {
        return {deviceCables.data() + firstCable[device], deviceCables.data() + firstCable[device + 1]};
    }
    void indexDevices(std::size_t devices);
    std::vector<std::uint32_t> firstCable;    // devices + 1 offsets into deviceCables
    std::vector<std::uint32_t> deviceCables;
    // Each device's id and rack as Names in `pool` (the last derivation's), by device index; none for a device no
    // cable reached. The next derivation takes a device's Names from here when their text still matches.
    std::shared_ptr<NamePool> pool;
    std::vector<std::optional<std::array<Name, 2>>> deviceNames;
};

// The route between two devices: vertical runs from each device's top U to the tray above its rack,
// the floor distance between the racks along rows and a cross-aisle (|dx| + |dy|), and the slack.
// Within one rack: the vertical distance between the two devices plus slack.
std::int64_t routeLengthMm(const Project& project, const Catalog& catalog, const Device& a, const Device& b);

// The cheapest medium (lowest cost_rank, then id) with a reach figure for `speedGbps` that covers the run.
std::string chooseMedium(const Catalog& catalog, double speedGbps, std::int64_t lengthMm);

Cabling deriveCabling(const Project& project, const Catalog& catalog);
// The same, also filling `index` (for IncrementalChecker), measuring with `router` when given.
Cabling deriveCabling(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* router = nullptr);
// The same, writing over `recycle` (a previous derivation, taken: its cables and names) instead of making every cable anew, and
// filling `byMedium` (when given) with cablesByMedium() of the result as it goes.
struct MediumTotal;
Cabling deriveCabling(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* router,
                      Cabling&& recycle, std::map<std::string, MediumTotal>* byMedium = nullptr);
// What the rules read, without building every cable: switch ports, fabrics and unconnected nodes as
// deriveCabling gives them, and of the cables only those no medium reaches (`unreached` lists them
// all, so it is 0, 1, 2, …). Every run is still routed and measured. For a one-off full check.
Cabling deriveCablingForRules(const Project& project, const Catalog& catalog);

struct MediumTotal {
    int count = 0;
    std::int64_t lengthMm = 0;
    bool operator==(const MediumTotal&) const = default;
};
// Cables by medium id ("" collects runs no medium reaches).
std::map<std::string, MediumTotal> cablesByMedium(const Cabling& cabling);

}  // namespace pod
