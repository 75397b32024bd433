#include "PodAssembly.h"

#include <algorithm>
#include <cmath>
#include <map>

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

// Devices of one rack, placed U by U; free U are closed with blanking panels at the end.
class RackFill {
public:
    RackFill(const Rack& rack, int uHeight) : rack_(rack), used_(std::size_t(uHeight) + 2, false) {}

    void add(const std::string& catalogId, const Equipment& e, std::string id, std::string name, double u, Face face,
             std::string feed = {}) {
        Device d;
        d.id = std::move(id);
        d.catalogId = catalogId;
        d.rack = rack_.id;
        d.u = e.uHeight == 0 ? 0 : u;
        d.face = face;
        d.name = std::move(name);
        d.feed = std::move(feed);
        devices.push_back(std::move(d));
        if (e.uHeight == 0) return;
        for (int k = int(u); k < int(std::ceil(u + e.uHeight)) && k < int(used_.size()); ++k) used_[std::size_t(k)] = true;
    }

    // PDUs for feeds A and B: A1, B1, A2, B2, …; 0U ones at u 0, rack-mounted ones from `bottomU` up,
    // except the pairs after the first `bottomPairs`, which go from `upperU` up. Returns the next free U.
    double addPdus(const PduPlan& p, double bottomU, int bottomPairs = 1 << 20, double upperU = 0) {
        if (!p.pdu) return bottomU;
        double u = bottomU;
        for (int i = 1; i <= p.perFeed; ++i) {
            if (i == bottomPairs + 1) u = upperU;
            for (const char* feed : {"A", "B"}) {
                std::string lower = feed[0] == 'A' ? "a" : "b";
                std::string suffix = p.perFeed == 1 ? "" : std::to_string(i);
                add(p.pdu->id, *p.pdu, rack_.id + "-pdu-" + lower + suffix, rack_.name + "-PDU-" + feed + suffix, u, Face::Front,
                    feed);
                u += p.pdu->uHeight;
            }
        }
        return u;
    }

    void fillBlanks(const std::vector<const Equipment*>& blanks) {
        const int top = int(used_.size()) - 2;
        for (int u = 1; u <= top;) {
            if (used_[std::size_t(u)]) {
                ++u;
                continue;
            }
            int run = 0;
            while (u + run <= top && !used_[std::size_t(u + run)]) ++run;
            const Equipment* pick = nullptr;
            for (const Equipment* b : blanks)
                if (b->uHeight <= run) {
                    pick = b;
                    break;
                }
            if (!pick) {
                u += run;
                continue;
            }
            std::string at = std::to_string(u);
            add(pick->id, *pick, rack_.id + "-blank-" + at, rack_.name + "-BLANK-" + at, u, Face::Front);
            u += int(pick->uHeight);
        }
    }

    std::vector<Device> devices;

private:
    const Rack& rack_;
    std::vector<bool> used_;  // index = U (1-based)
};

// Blanking panels of whole rack units, tallest first (then by id).
std::vector<const Equipment*> blankModels(const Catalog& catalog) {
    std::map<int, const Equipment*> byHeight;
    for (const auto& [id, e] : catalog.equipmentEntries())
        if (e.kind == EquipmentKind::Blank && e.uHeight >= 1 && std::fmod(e.uHeight, 1.0) == 0 && !byHeight.count(int(e.uHeight)))
            byHeight[int(e.uHeight)] = &e;
    std::vector<const Equipment*> out;
    for (auto it = byHeight.rbegin(); it != byHeight.rend(); ++it) out.push_back(it->second);
    return out;
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

}  // namespace

std::variant<AssembledPod, std::string> assemblePod(const PodPlan& plan, const Catalog& catalog) {
    std::string error;
    std::vector<RackContent> gpu;
    const int gpuRacks = (plan.nodes + plan.perRack - 1) / plan.perRack;
    for (int i = 0; i < gpuRacks; ++i) gpu.push_back({RackKind::Gpu, std::min(plan.perRack, plan.nodes - i * plan.perRack), {}, 0});
    std::vector<RackContent> net = networkContents(plan, catalog, error);
    if (!error.empty()) return error;
    std::vector<RackContent> sto = storageContents(plan, catalog, error);
    if (!error.empty()) return error;

    // Rows: GPU, network and storage racks spread evenly over the rows; in each row the network
    // racks sit in the middle of the GPU racks and storage racks close the row.
    const int total = int(gpu.size() + net.size() + sto.size());
    const int rows = std::max(1, (total + plan.maxRacksPerRow - 1) / plan.maxRacksPerRow);
    std::vector<std::vector<const RackContent*>> rowRacks(static_cast<std::size_t>(rows));
    std::size_t gi = 0, ni = 0, si = 0;
    for (int r = 0; r < rows; ++r) {
        auto& row = rowRacks[std::size_t(r)];
        int g = share(int(gpu.size()), rows, r), n = share(int(net.size()), rows, r), s = share(int(sto.size()), rows, r);
        for (int k = 0; k < (g + 1) / 2; ++k) row.push_back(&gpu[gi++]);
        for (int k = 0; k < n; ++k) row.push_back(&net[ni++]);
        for (int k = (g + 1) / 2; k < g; ++k) row.push_back(&gpu[gi++]);
        for (int k = 0; k < s; ++k) row.push_back(&sto[si++]);
    }

    const RackModel& model = *plan.rack;
    const std::int64_t aisle = plan.aisleMm;
    const std::int64_t halfW = (model.widthMm + 1) / 2, halfD = (model.depthMm + 1) / 2;
    const std::int64_t rowPitch = 2 * halfD + aisle;
    const auto blanks = blankModels(catalog);
    const int rackIdWidth = std::max(2, digits(total));
    const int nodeIdWidth = std::max(2, digits(plan.nodes));
    std::vector<int> switchNumber(plan.switches.size(), 0);
    std::vector<std::vector<std::string>> switchIds(plan.switches.size());
    int nodeNumber = 0, storageNumber = 0, rackNumber = 0;
    std::size_t longestRow = 0;

    AssembledPod pod;
    pod.rows = rows;
    for (int r = 0; r < rows; ++r) {
        longestRow = std::max(longestRow, rowRacks[std::size_t(r)].size());
        for (std::size_t j = 0; j < rowRacks[std::size_t(r)].size(); ++j) {
            const RackContent& c = *rowRacks[std::size_t(r)][j];
            Rack rack;
            rack.id = "r" + pad(++rackNumber, rackIdWidth);
            rack.name = rowName(r) + pad(int(j) + 1, 2);
            rack.model = plan.rackCatalogId;
            rack.position = {aisle + halfW + std::int64_t(j) * model.widthMm, aisle + halfD + std::int64_t(r) * rowPitch};
            rack.rotation = r % 2 == 0 ? 0 : 180;  // fronts face each other across cold aisles
            rack.row = rowName(r);
            rack.frontAisle = AisleSide::Cold;
            rack.feeds = {"A", "B"};
            const Load load = loadOf(plan, c);
            const CoolingOption* cooling = c.kind == RackKind::Gpu && plan.gpuCooling
                                               ? plan.gpuCooling
                                               : cheapestCooling(catalog, load.airW, load.maxW - load.airW);
            if (!cooling) return "no cooling option in the catalog removes rack " + rack.name + "'s " + fmtKw(load.maxW);
            rack.cooling = cooling->id;
            rack.powerBudgetW = plan.budgetW ? *plan.budgetW : roundedBudgetW(load.maxW, plan.warningFraction);
            if (load.maxW > rack.powerBudgetW)
                return "rack " + rack.name + " draws " + fmtKw(load.maxW) + ", more than its budget " + fmtKw(rack.powerBudgetW);
            const PduPlan pdus = planPdus(catalog, load.maxW);
            if (unitsOf(plan, c, pdus) > model.uHeight)
                return "rack " + rack.name + " needs " + fmtU(unitsOf(plan, c, pdus)) + "U, the rack has " + std::to_string(model.uHeight) + "U";

            RackFill fill(rack, model.uHeight);
            if (c.kind == RackKind::Gpu) {
                // PDUs: the first pair at the bottom, the others above the nodes (as in SuperPOD racks).
                const double nodesU = plan.node->uHeight * c.nodes;
                const int bottomPairs = (pdus.perFeed + 1) / 2;
                const double bottomU = pdus.pdu && pdus.pdu->uHeight > 0 ? 2 * bottomPairs * pdus.pdu->uHeight : 0;
                fill.addPdus(pdus, 1, bottomPairs, 1 + bottomU + nodesU);
                double u = 1 + bottomU;
                for (int k = 0; k < c.nodes; ++k, u += plan.node->uHeight) {
                    ++nodeNumber;
                    fill.add(plan.nodeCatalogId, *plan.node, plan.nodeIdPrefix + "-" + pad(nodeNumber, nodeIdWidth),
                             plan.nodeNamePrefix + "-" + pad(nodeNumber, nodeIdWidth), u, faceFor(*plan.node));
                }
            } else if (c.kind == RackKind::Storage) {
                double u = fill.addPdus(pdus, 1);
                for (int k = 0; k < c.enclosures; ++k, u += plan.storage->uHeight) {
                    ++storageNumber;
                    std::string n = pad(storageNumber, std::max(2, digits(plan.storageCount)));
                    fill.add(plan.storageCatalogId, *plan.storage, "stor-" + n, "STOR-" + n, u, faceFor(*plan.storage));
                }
            } else {
                // Switches from the top down, leaves first (shortest runs to the nodes), a 1U gap
                // between groups; rack-mounted PDUs at the bottom.
                fill.addPdus(pdus, 1);
                double top = model.uHeight;
                bool first = true;
                for (std::size_t g = 0; g < plan.switches.size(); ++g) {
                    if (c.switchCounts[g] == 0) continue;
                    if (!first) top -= 1;
                    first = false;
                    const SwitchGroup& sg = plan.switches[g];
                    const int width = std::max(sg.minIdWidth, digits(sg.count));
                    for (int k = 0; k < c.switchCounts[g]; ++k) {
                        top -= sg.model->uHeight;
                        std::string n = pad(++switchNumber[g], width);
                        switchIds[g].push_back(sg.idPrefix + "-" + n);
                        fill.add(sg.model->id, *sg.model, sg.idPrefix + "-" + n, sg.namePrefix + "-" + n, top + 1, faceFor(*sg.model));
                    }
                }
            }
            fill.fillBlanks(blanks);
            for (auto& d : fill.devices) pod.layout.devices.push_back(std::move(d));
            pod.layout.racks.push_back(std::move(rack));
            pod.itMaxW += load.maxW;
            (c.kind == RackKind::Gpu ? pod.gpuRacks : c.kind == RackKind::Network ? pod.networkRacks : pod.storageRacks)++;
        }
    }

    for (const auto& f : plan.fabrics) {
        FabricPlan fp;
        fp.id = f.id;
        fp.kind = f.kind;
        for (std::size_t g = 0; g < plan.switches.size(); ++g) {
            if (plan.switches[g].fabricId != f.id) continue;
            auto& list = plan.switches[g].spine ? fp.spines : fp.leaves;
            list.insert(list.end(), switchIds[g].begin(), switchIds[g].end());
        }
        pod.layout.network.fabrics.push_back(std::move(fp));
    }

    // The room: the rows with an aisle in front of and behind each (cold aisles in front) and a
    // walkway at the row ends; power and cooling capacity for the IT load at no more than the warning line.
    const std::int64_t width = 2 * aisle + 2 * halfW + std::int64_t(longestRow > 0 ? longestRow - 1 : 0) * model.widthMm;
    const std::int64_t depth = 2 * aisle + 2 * halfD + std::int64_t(rows - 1) * rowPitch;
    pod.room.name = "Generated hall";
    pod.room.outline = {{0, 0}, {width, 0}, {width, depth}, {0, depth}};
    const double step = 50000.0;
    const double capacity = std::max(step, std::ceil(pod.itMaxW / plan.warningFraction / step - 1e-9) * step);
    pod.room.powerCapacityW = capacity;
    pod.room.coolingCapacityW = capacity;
    pod.room.floorLoadKgM2 = 1200;
    pod.room.pue = 1.3;
    pod.room.minAisleMm = aisle;
    return pod;
}

}  // namespace pod::gen
