#include "PodAssembly.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "RackFill.h"
#include "Sizing.h"
#include "TextFormat.h"

namespace pod::gen {

namespace {

enum class RackKind { Gpu, Network, Storage };

// What one rack holds, before it is placed.
struct RackContent {
    RackKind kind = RackKind::Gpu;
    int nodes = 0;                  // GPU racks
    std::vector<int> switchCounts;  // network racks: per plan.switches entry
    int enclosures = 0;             // storage racks
};

// `total` split over `parts` as evenly as possible, the first parts taking the remainder.
int share(int total, int parts, int i) { return parts <= 0 ? 0 : total / parts + (i < total % parts ? 1 : 0); }

std::string pad(int n, int width) {
    std::string s = std::to_string(n);
    return s.size() < std::size_t(width) ? std::string(std::size_t(width) - s.size(), '0') + s : s;
}

int digits(int n) { return int(std::to_string(std::max(1, n)).size()); }

// A, B, …, Z, AA, AB, …
std::string rowName(int r) {
    std::string s;
    for (++r; r > 0; r = (r - 1) / 26) s.insert(s.begin(), char('A' + (r - 1) % 26));
    return s;
}

Face faceFor(const Equipment& e) { return e.airflow == Airflow::RearToFront ? Face::Rear : Face::Front; }

struct Load {
    double maxW = 0, airW = 0;
    void add(const Equipment& e, int n) {
        maxW += e.maxW * n;
        airW += e.maxW * (1.0 - e.liquidFraction) * n;
    }
};

Load loadOf(const PodPlan& plan, const RackContent& c) {
    Load l;
    if (c.kind == RackKind::Gpu) l.add(*plan.node, c.nodes);
    if (c.kind == RackKind::Storage) l.add(*plan.storage, c.enclosures);
    for (std::size_t g = 0; g < c.switchCounts.size(); ++g) l.add(*plan.switches[g].model, c.switchCounts[g]);
    return l;
}

// Rack units the content needs, PDUs and the 1U gaps between switch groups included.
double unitsOf(const PodPlan& plan, const RackContent& c, const PduPlan& pdus) {
    double u = pdus.totalU();
    if (c.kind == RackKind::Gpu) u += plan.node->uHeight * c.nodes;
    if (c.kind == RackKind::Storage) u += plan.storage->uHeight * c.enclosures;
    int groups = 0;
    for (std::size_t g = 0; g < c.switchCounts.size(); ++g) {
        if (c.switchCounts[g] == 0) continue;
        u += plan.switches[g].model->uHeight * c.switchCounts[g];
        ++groups;
    }
    return u + std::max(0, groups - 1);
}

bool fits(const PodPlan& plan, const Catalog& catalog, const RackContent& c) {
    double w = loadOf(plan, c).maxW;
    return w <= plan.fillCapW && unitsOf(plan, c, planPdus(catalog, w)) <= plan.rack->uHeight;
}

std::vector<RackContent> networkContents(const PodPlan& plan, const Catalog& catalog, std::string& error) {
    int total = 0, largest = 0;
    for (const auto& g : plan.switches) {
        total += g.count;
        largest = std::max(largest, g.count);
    }
    if (total == 0) return {};
    for (int racks = std::max(1, plan.minNetworkRacks); racks <= std::max(plan.minNetworkRacks, largest); ++racks) {
        std::vector<RackContent> out;
        bool ok = true;
        for (int r = 0; r < racks && ok; ++r) {
            RackContent c{RackKind::Network, 0, {}, 0};
            for (const auto& g : plan.switches) c.switchCounts.push_back(share(g.count, racks, r));
            ok = fits(plan, catalog, c);
            out.push_back(std::move(c));
        }
        if (ok) return out;
    }
    error = "a network rack cannot hold even one switch of each kind within " + fmtKw(plan.fillCapW) + " and " +
            std::to_string(plan.rack->uHeight) + "U";
    return {};
}

std::vector<RackContent> storageContents(const PodPlan& plan, const Catalog& catalog, std::string& error) {
    if (!plan.storage || plan.storageCount <= 0) return {};
    for (int racks = 1; racks <= plan.storageCount; ++racks) {
        std::vector<RackContent> out;
        bool ok = true;
        for (int r = 0; r < racks && ok; ++r) {
            out.push_back({RackKind::Storage, 0, {}, share(plan.storageCount, racks, r)});
            ok = fits(plan, catalog, out.back());
        }
        if (ok) return out;
    }
    error = "one " + plan.storageCatalogId + " does not fit a storage rack within " + fmtKw(plan.fillCapW) + " and " +
            std::to_string(plan.rack->uHeight) + "U";
    return {};
}

std::vector<RackContent> gpuContents(const PodPlan& plan) {
    std::vector<RackContent> gpu;
    const int gpuRacks = (plan.nodes + plan.perRack - 1) / plan.perRack;
    for (int i = 0; i < gpuRacks; ++i) gpu.push_back({RackKind::Gpu, std::min(plan.perRack, plan.nodes - i * plan.perRack), {}, 0});
    return gpu;
}

using Rows = std::vector<std::vector<const RackContent*>>;

// Rows: GPU, network and storage racks spread evenly over the rows; in each row the network
// racks sit in the middle of the GPU racks and storage racks close the row.
Rows arrangeRows(const std::vector<RackContent>& gpu, const std::vector<RackContent>& net, const std::vector<RackContent>& sto,
                 int rows) {
    Rows rowRacks(static_cast<std::size_t>(rows));
    std::size_t gi = 0, ni = 0, si = 0;
    for (int r = 0; r < rows; ++r) {
        auto& row = rowRacks[std::size_t(r)];
        int g = share(int(gpu.size()), rows, r), n = share(int(net.size()), rows, r), s = share(int(sto.size()), rows, r);
        for (int k = 0; k < (g + 1) / 2; ++k) row.push_back(&gpu[gi++]);
        for (int k = 0; k < n; ++k) row.push_back(&net[ni++]);
        for (int k = (g + 1) / 2; k < g; ++k) row.push_back(&gpu[gi++]);
        for (int k = 0; k < s; ++k) row.push_back(&sto[si++]);
    }
    return rowRacks;
}

// Where racks stand: rows `rowPitch` apart, racks `pitch` apart in a row, an aisle before the first row and
// the first rack. With a rack-scale system's own rack beside the network racks' model, the larger width and
// depth set the pitch (a narrower rack leaves a gap, never an overlap).
struct FloorGeometry {
    std::int64_t aisle = 0, pitch = 0, halfW = 0, halfD = 0, rowPitch = 0;
    explicit FloorGeometry(const PodPlan& plan)
        : aisle(plan.aisleMm), pitch(std::max(plan.rack->widthMm, plan.gpuRack ? plan.gpuRack->widthMm : 0)),
          halfW((pitch + 1) / 2), halfD((std::max(plan.rack->depthMm, plan.gpuRack ? plan.gpuRack->depthMm : 0) + 1) / 2),
          rowPitch(2 * halfD + aisle) {}
};

const RackModel& modelOf(const PodPlan& plan, const RackContent& c) {
    return c.kind == RackKind::Gpu && plan.gpuRack ? *plan.gpuRack : *plan.rack;
}

// Running numbers of the pod's racks and devices, and the switch ids each group got.
struct Numbering {
    int rack = 0, node = 0, storage = 0;
    int rackIdWidth = 2, nodeIdWidth = 2;
    std::vector<int> switches;                        // per plan.switches entry
    std::vector<std::vector<std::string>> switchIds;  // per plan.switches entry, in order
};

// Where slot j of row r is centred.
Point slotAt(const FloorGeometry& floor, int r, std::size_t j) {
    return {floor.aisle + floor.halfW + std::int64_t(j) * floor.pitch, floor.aisle + floor.halfD + std::int64_t(r) * floor.rowPitch};
}

// Rack j of row r, before its cooling, budget and devices.
Rack rackAt(const PodPlan& plan, const FloorGeometry& floor, const RackContent& c, int r, std::size_t j, Numbering& numbers) {
    Rack rack;
    rack.id = "r" + pad(++numbers.rack, numbers.rackIdWidth);
    rack.name = rowName(r) + pad(int(j) + 1, 2);
    rack.model = c.kind == RackKind::Gpu && plan.gpuRack ? plan.gpuRackCatalogId : plan.rackCatalogId;
    rack.position = slotAt(floor, r, j);
    rack.rotation = r % 2 == 0 ? 0 : 180;  // fronts face each other across cold aisles
    rack.row = rowName(r);
    rack.frontAisle = AisleSide::Cold;
    // A rack-scale system's power shelves take the facility feeds themselves (N+N shelves inside the
    // system): the rack has no PDUs, so it lists no A/B feeds for the PDU feed check.
    if (!(c.kind == RackKind::Gpu && plan.rackScale)) rack.feeds = {"A", "B"};
    return rack;
}

// Cooling, budget and PDUs for the rack's load; what does not fit is the error.
std::optional<std::string> equipRack(const PodPlan& plan, const Catalog& catalog, const RackContent& c, const Load& load,
                                     Rack& rack, PduPlan& pdus) {
    const CoolingOption* cooling =
        c.kind == RackKind::Gpu && plan.gpuCooling ? plan.gpuCooling : cheapestCooling(catalog, load.airW, load.maxW - load.airW);
    if (!cooling) return "no cooling option in the catalog removes rack " + rack.name + "'s " + fmtKw(load.maxW);
    rack.cooling = cooling->id;
    rack.powerBudgetW = plan.budgetW ? *plan.budgetW : roundedBudgetW(load.maxW, plan.warningFraction);
    if (load.maxW > rack.powerBudgetW)
        return "rack " + rack.name + " draws " + fmtKw(load.maxW) + ", more than its budget " + fmtKw(rack.powerBudgetW);
    pdus = c.kind == RackKind::Gpu && plan.rackScale ? PduPlan{} : planPdus(catalog, load.maxW);
    const int rackU = modelOf(plan, c).uHeight;
    if (unitsOf(plan, c, pdus) > rackU)
        return "rack " + rack.name + " needs " + fmtU(unitsOf(plan, c, pdus)) + "U, the rack has " + std::to_string(rackU) + "U";
    return std::nullopt;
}

// PDUs: the first pair at the bottom, the others above the nodes (as in SuperPOD racks).
void fillGpuRack(RackFill& fill, const PodPlan& plan, const RackContent& c, const PduPlan& pdus, Numbering& numbers) {
    const double nodesU = plan.node->uHeight * c.nodes;
    const int bottomPairs = (pdus.perFeed + 1) / 2;
    const double bottomU = pdus.pdu && pdus.pdu->uHeight > 0 ? 2 * bottomPairs * pdus.pdu->uHeight : 0;
    fill.addPdus(pdus, 1, bottomPairs, 1 + bottomU + nodesU);
    double u = 1 + bottomU;
    for (int k = 0; k < c.nodes; ++k, u += plan.node->uHeight) {
        ++numbers.node;
        fill.add(plan.nodeCatalogId, *plan.node, plan.nodeIdPrefix + "-" + pad(numbers.node, numbers.nodeIdWidth),
                 plan.nodeNamePrefix + "-" + pad(numbers.node, numbers.nodeIdWidth), u, faceFor(*plan.node));
    }
}

void fillStorageRack(RackFill& fill, const PodPlan& plan, const RackContent& c, const PduPlan& pdus, Numbering& numbers) {
    double u = fill.addPdus(pdus, 1);
    for (int k = 0; k < c.enclosures; ++k, u += plan.storage->uHeight) {
        ++numbers.storage;
        std::string n = pad(numbers.storage, std::max(2, digits(plan.storageCount)));
        fill.add(plan.storageCatalogId, *plan.storage, "stor-" + n, "STOR-" + n, u, faceFor(*plan.storage));
    }
}

// Switches from the top down, leaves first (shortest runs to the nodes), a 1U gap between groups;
// rack-mounted PDUs at the bottom.
void fillNetworkRack(RackFill& fill, const PodPlan& plan, const RackContent& c, const PduPlan& pdus, Numbering& numbers) {
    fill.addPdus(pdus, 1);
    double top = plan.rack->uHeight;
    bool first = true;
    for (std::size_t g = 0; g < plan.switches.size(); ++g) {
        if (c.switchCounts[g] == 0) continue;
        if (!first) top -= 1;
        first = false;
        const SwitchGroup& sg = plan.switches[g];
        const int width = std::max(sg.minIdWidth, digits(sg.count));
        for (int k = 0; k < c.switchCounts[g]; ++k) {
            top -= sg.model->uHeight;
            std::string n = pad(++numbers.switches[g], width);
            numbers.switchIds[g].push_back(sg.idPrefix + "-" + n);
            fill.add(sg.model->id, *sg.model, sg.idPrefix + "-" + n, sg.namePrefix + "-" + n, top + 1, faceFor(*sg.model));
        }
    }
}

// Equips and fills one rack and adds it, with its devices, to the pod.
std::optional<std::string> addRack(AssembledPod& pod, const PodPlan& plan, const Catalog& catalog, const RackContent& c, Rack rack,
                                   Numbering& numbers, const std::vector<const Equipment*>& blanks) {
    const Load load = loadOf(plan, c);
    PduPlan pdus;
    if (auto e = equipRack(plan, catalog, c, load, rack, pdus)) return e;
    const RackModel& model = modelOf(plan, c);
    RackFill fill(rack, model.uHeight);
    if (c.kind == RackKind::Gpu) fillGpuRack(fill, plan, c, pdus, numbers);
    else if (c.kind == RackKind::Storage) fillStorageRack(fill, plan, c, pdus, numbers);
    else fillNetworkRack(fill, plan, c, pdus, numbers);
    if (!(c.kind == RackKind::Gpu && plan.rackScale)) fill.fillBlanks(blanks);  // a rack-scale system fills its rack
    double kg = model.weightKg;
    for (auto& d : fill.devices) {
        if (const Equipment* e = catalog.equipment(d.catalogId)) kg += e->weightKg;
        pod.layout.devices.push_back(std::move(d));
    }
    pod.maxFloorKgM2 = std::max(pod.maxFloorKgM2, kg / (double(model.widthMm) * double(model.depthMm) / 1e6));
    pod.layout.racks.push_back(std::move(rack));
    pod.itMaxW += load.maxW;
    if (c.kind == RackKind::Gpu) {
        pod.liquidW += load.maxW - load.airW;
        pod.gpuRackIds.push_back(pod.layout.racks.back().id);
    }
    (c.kind == RackKind::Gpu ? pod.gpuRacks : c.kind == RackKind::Network ? pod.networkRacks : pod.storageRacks)++;
    return std::nullopt;
}

// The network plan: each fabric's leaves, spines and cores by the ids their groups got.
void addNetworkPlan(AssembledPod& pod, const PodPlan& plan, const Numbering& numbers) {
    for (const auto& f : plan.fabrics) {
        FabricPlan fp;
        fp.id = f.id;
        fp.kind = f.kind;
        fp.leafUplinks = f.leafUplinks;
        fp.railPlanes = f.railPlanes;
        for (std::size_t g = 0; g < plan.switches.size(); ++g) {
            if (plan.switches[g].fabricId != f.id) continue;
            auto& list = plan.switches[g].tier == 2 ? fp.cores : plan.switches[g].tier == 1 ? fp.spines : fp.leaves;
            list.insert(list.end(), numbers.switchIds[g].begin(), numbers.switchIds[g].end());
        }
        pod.layout.network.fabrics.push_back(std::move(fp));
    }
}

// In-row CDUs for the GPU racks' liquid share, N+1: ⌈liquid / unit capacity⌉ + 1 units, each listed as
// serving every GPU rack (they pool: lose one, the rest carry the load). They stand in row A after its last
// rack, one rack pitch apart. Returns how many were added.
std::size_t addCdus(AssembledPod& pod, const PodPlan& plan, const FloorGeometry& floor, std::size_t rowASize) {
    if (!plan.cdu || !plan.cdu->coolingUnit || !(pod.liquidW > 0)) return 0;
    const double capacityW = plan.cdu->coolingUnit->capacityKw * 1000.0;
    if (!(capacityW > 0)) return 0;
    const int count = int(std::ceil(pod.liquidW / capacityW - 1e-9)) + 1;
    for (int k = 0; k < count; ++k) {
        CoolingUnit u;
        const std::string n = pad(k + 1, 2);
        u.id = "cdu-" + n;
        u.name = "CDU-" + n;
        u.catalogId = plan.cduCatalogId;
        u.serveRacks = pod.gpuRackIds;
        u.position = slotAt(floor, 0, rowASize + std::size_t(k));
        pod.layout.coolingUnits.push_back(std::move(u));
    }
    return std::size_t(count);
}

// Blocks of rows side by side, so that a hall of hundreds of rows is about as wide as it is deep (the 131,072-GPU hall
// was one column of 222 rows: 19 m × 535 m). Block b holds rows [b × rowsPerBlock, (b + 1) × rowsPerBlock), an even
// count so that fronts keep facing each other across cold aisles, and stands one walkway (an aisle) to the right of
// block b − 1. A pod whose rows are not at least about twice as deep as they are long stays one block.
struct RowBlocks {
    int rowsPerBlock = 1, blocks = 1;
    std::int64_t blockPitch = 0;  // x step from one block to the next
    RowBlocks(const FloorGeometry& floor, int rows, std::size_t longestRow) : rowsPerBlock(std::max(1, rows)) {
        blockPitch = std::int64_t(longestRow) * floor.pitch + floor.aisle;
        const double deep = double(rows) * double(floor.rowPitch);
        const int want = int(std::lround(std::sqrt(deep / double(std::max<std::int64_t>(1, blockPitch)))));
        if (want < 2) return;
        rowsPerBlock = (rows + want - 1) / want;
        rowsPerBlock += rowsPerBlock % 2;
        blocks = (rows + rowsPerBlock - 1) / rowsPerBlock;
    }
};

// Moves each rack and cooling unit of row r into its block (positions were laid out as one column of rows).
void wrapRows(AssembledPod& pod, const FloorGeometry& floor, const RowBlocks& b) {
    if (b.blocks < 2) return;
    auto move = [&](Point& at) {
        const int r = int((at.y - floor.aisle - floor.halfD + floor.rowPitch / 2) / floor.rowPitch);
        const int block = r / b.rowsPerBlock;
        at.x += std::int64_t(block) * b.blockPitch;
        at.y -= std::int64_t(block) * b.rowsPerBlock * floor.rowPitch;
    };
    for (auto& rack : pod.layout.racks) move(rack.position);
    for (auto& unit : pod.layout.coolingUnits)
        if (unit.position) move(*unit.position);
}

// The room: the rows with an aisle in front of and behind each (cold aisles in front) and a
// walkway at the row ends (and between blocks of rows); power and cooling capacity for the IT load at no more than
// the warning line.
void sizeRoom(AssembledPod& pod, const FloorGeometry& floor, const PodPlan& plan, const RowBlocks& blocks, int rows,
              std::size_t longestRow) {
    const std::int64_t aisle = floor.aisle;
    const std::int64_t width = 2 * aisle + 2 * floor.halfW + std::int64_t(longestRow > 0 ? longestRow - 1 : 0) * floor.pitch +
                               std::int64_t(blocks.blocks - 1) * blocks.blockPitch;
    const int deepest = std::min(rows, blocks.rowsPerBlock);
    const std::int64_t depth = 2 * aisle + 2 * floor.halfD + std::int64_t(deepest - 1) * floor.rowPitch;
    pod.room.name = "Generated hall";
    pod.room.outline = {{0, 0}, {width, 0}, {width, depth}, {0, depth}};
    const double step = 50000.0;
    const double capacity = std::max(step, std::ceil(pod.itMaxW / plan.warningFraction / step - 1e-9) * step);
    pod.room.powerCapacityW = capacity;
    pod.room.coolingCapacityW = capacity;
    // Floor rating: 1,200 kg/m², or the heaviest rack's load rounded up to 100 kg/m² when that is more. A GB300
    // NVL72 (1,360 kg, rack included) on its 0.6 × 1.068 m = 0.6408 m² footprint: 1,360 / 0.6408 = 2,122 kg/m²
    // → 2,200 kg/m² (a slab or raised floor rated for rack-scale systems).
    const double floorStep = 100.0;
    pod.room.floorLoadKgM2 = std::max(1200.0, std::ceil(pod.maxFloorKgM2 / floorStep - 1e-9) * floorStep);
    pod.room.pue = 1.3;
    pod.room.minAisleMm = aisle;
}

}  // namespace

std::variant<AssembledPod, std::string> assemblePod(const PodPlan& plan, const Catalog& catalog) {
    std::string error;
    const std::vector<RackContent> gpu = gpuContents(plan);
    const std::vector<RackContent> net = networkContents(plan, catalog, error);
    if (!error.empty()) return error;
    const std::vector<RackContent> sto = storageContents(plan, catalog, error);
    if (!error.empty()) return error;

    const int total = int(gpu.size() + net.size() + sto.size());
    const int rows = std::max(1, (total + plan.maxRacksPerRow - 1) / plan.maxRacksPerRow);
    const Rows rowRacks = arrangeRows(gpu, net, sto, rows);
    const FloorGeometry floor(plan);
    const auto blanks = blankModels(catalog);
    Numbering numbers;
    numbers.rackIdWidth = std::max(2, digits(total));
    numbers.nodeIdWidth = std::max(2, digits(plan.nodes));
    numbers.switches.assign(plan.switches.size(), 0);
    numbers.switchIds.resize(plan.switches.size());
    std::size_t longestRow = 0;

    AssembledPod pod;
    pod.rows = rows;
    for (int r = 0; r < rows; ++r) {
        longestRow = std::max(longestRow, rowRacks[std::size_t(r)].size());
        for (std::size_t j = 0; j < rowRacks[std::size_t(r)].size(); ++j)
            if (auto e = addRack(pod, plan, catalog, *rowRacks[std::size_t(r)][j],
                                 rackAt(plan, floor, *rowRacks[std::size_t(r)][j], r, j, numbers), numbers, blanks))
                return *e;
    }
    addNetworkPlan(pod, plan, numbers);
    if (const std::size_t cdus = addCdus(pod, plan, floor, rowRacks.front().size())) longestRow = std::max(longestRow, rowRacks.front().size() + cdus);
    const RowBlocks blocks(floor, rows, longestRow);
    wrapRows(pod, floor, blocks);
    sizeRoom(pod, floor, plan, blocks, rows, longestRow);
    return pod;
}

}  // namespace pod::gen
