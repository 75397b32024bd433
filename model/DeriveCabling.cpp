// deriveCabling(): every node port of a fabric to a leaf, every leaf to its spines, every spine to the
// cores when the fabric has a third tier (Cabling.h).
#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "Cabling.h"

namespace pod {

namespace {

// Ports of one fabric kind on a piece of equipment, and their top speed.
struct FabricPorts {
    int count = 0;
    double topSpeed = 0;
};

// Where each of `parts` even shares of n items starts (the first n mod parts shares one larger); parts + 1
// entries, the last n.
std::vector<std::size_t> evenStarts(std::size_t n, std::size_t parts) {
    std::vector<std::size_t> first(parts + 1, 0);
    for (std::size_t g = 0; g < parts; ++g) first[g + 1] = first[g] + n / parts + (g < n % parts ? 1 : 0);
    return first;
}

FabricPorts fabricPorts(const Equipment* e, std::string_view kind) {
    FabricPorts p;
    if (!e) return p;
    for (const auto& g : e->ports)
        if (fabricKey(g.fabric) == kind) {
            p.count += g.count;
            p.topSpeed = std::max(p.topSpeed, g.speedGbps);
        }
    return p;
}


// One derivation of the cabling: the project's switches by index, ports used so far, the medium
// chooser and the result, shared by the steps below.
class CablingBuilder {
public:
    CablingBuilder(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter& router, bool everyCable,
                   Cabling* recycle, std::map<std::string, MediumTotal>* byMedium)
        : project_(project), devices_(project.layout.devices), router_(router), media_(catalog), index_(index),
          everyCable_(everyCable), byMedium_(byMedium), switchPorts_(devices_.size(), 0) {
        // A previous derivation's cables are written over in place, and its names kept: nothing is freed and
        // allocated again (460,800 cables on a hall; making them anew was a third of a structure edit).
        if (recycle) {
            out_.cables = std::move(recycle->cables);
            out_.names = std::move(recycle->names);
            if (!out_.names) out_.names = std::make_shared<NamePool>();
        }
        deviceNames_.resize(devices_.size());
        if (index_ && index_->pool && index_->pool == out_.names) previousNames_ = std::move(index_->deviceNames);
    }

    Cabling build() {
        findSwitches();
        findHalls();
        if (index_) {
            // A kept index (IncrementalChecker's) knows how many cables there were: about as many again.
            if (everyCable_) reserve(index_->ends.size() + index_->ends.size() / 8);
            index_->ends.clear();
        }
        if (everyCable_ && out_.cables.capacity() == 0) reserve(portCount() / 2);
        bool computeHasLeaves = false;
        for (const auto& fabric : project_.layout.network.fabrics) {
            if (fabric.kind == "compute" && !fabric.leaves.empty()) computeHasLeaves = true;
            cableFabric(fabric);
        }
        if (!computeHasLeaves) reportUnconnectedGpuNodes();
        else if (!hallOf_.empty()) reportGpuNodesOfHallsWithoutFabric();
        out_.cables.erase(out_.cables.begin() + std::ptrdiff_t(used_), out_.cables.end());  // the recycled ones left over
        if (byMedium_) {
            byMedium_->clear();
            for (const auto& [medium, total] : mediumTotals_) byMedium_->emplace(*medium, total);
        }
        if (index_) {
            index_->pool = out_.names;
            index_->deviceNames = std::move(deviceNames_);
            index_->indexDevices(devices_.size());
        }
        return std::move(out_);
    }

private:
    using Nodes = std::vector<std::pair<std::size_t, FabricPorts>>;

    // Leaf and spine ids → device index (the last device with an id wins, as a lookup table would).
    void findSwitches() {
        for (const auto& fabric : project_.layout.network.fabrics) {
            for (const auto& id : fabric.leaves) wanted_.emplace(id, SIZE_MAX);
            for (const auto& id : fabric.spines) wanted_.emplace(id, SIZE_MAX);
            for (const auto& id : fabric.cores) wanted_.emplace(id, SIZE_MAX);
        }
        for (std::size_t i = 0; i < devices_.size() && !wanted_.empty(); ++i)
            if (auto it = wanted_.find(devices_[i].id); it != wanted_.end()) it->second = i;
    }

    // In a site with halls (Project::halls), each device's hall (its rack's), so that a fabric cables only
    // the nodes of the halls its switches stand in.
    void findHalls() {
        if (project_.halls.empty()) return;
        std::unordered_map<std::string_view, int> hallIndex;
        for (std::size_t h = 0; h < project_.halls.size(); ++h) hallIndex.emplace(project_.halls[h].id, int(h));
        std::unordered_map<std::string_view, int> rackHall;
        for (const auto& r : project_.layout.racks)
            if (auto it = hallIndex.find(r.hall); it != hallIndex.end()) rackHall.emplace(r.id, it->second);
        hallOf_.assign(devices_.size(), -1);
        for (std::size_t i = 0; i < devices_.size(); ++i)
            if (auto it = rackHall.find(devices_[i].rack); it != rackHall.end()) hallOf_[i] = it->second;
        devicesOfHall_.assign(project_.halls.size(), {});
        for (std::size_t i = 0; i < devices_.size(); ++i)
            if (hallOf_[i] >= 0) devicesOfHall_[std::size_t(hallOf_[i])].push_back(i);
    }

    std::vector<std::size_t> resolve(const std::vector<std::string>& ids) const {
        std::vector<std::size_t> found;
        for (const auto& id : ids)
            if (auto it = wanted_.find(id); it != wanted_.end() && it->second != SIZE_MAX) found.push_back(it->second);
        return found;
    }

    // Ports of the current fabric's kind on `e`, looked up once per equipment and fabric.
    FabricPorts ports(const Equipment* e) {
        auto [it, fresh] = portsOf_.try_emplace(e);
        if (fresh) it->second = fabricPorts(e, *kind_);
        return it->second;
    }

    // Every port of every device: a cable takes two, so half of it bounds the cables. Reserved up front on a first
    // derivation, the list never relocates (3,686,400 cables on the campus were copied through ~22 doublings, and the
    // pages of each new buffer faulted in); capacity never written costs no memory.
    std::size_t portCount() const {
        std::unordered_map<const Equipment*, std::size_t> of;
        std::size_t n = 0;
        for (std::size_t i = 0; i < devices_.size(); ++i) {
            const Equipment* e = router_.equipment(i);
            if (!e) continue;
            auto [it, fresh] = of.try_emplace(e, 0);
            if (fresh)
                for (const auto& g : e->ports) it->second += std::size_t(std::max(0, g.count));
            n += it->second;
        }
        return n;
    }

    // Room for `n` cables in all (recycled ones count), growing by half at least: relocating every cable so far for
    // each fabric was a third of a structure edit.
    void reserve(std::size_t n) {
        if (n > out_.cables.capacity()) out_.cables.reserve(std::max(n, out_.cables.capacity() * 3 / 2));
    }

    // The next cable to fill: a recycled one, or a new one.
    Cable& nextCable() {
        if (used_ == out_.cables.size()) out_.cables.emplace_back();
        return out_.cables[used_++];
    }

    void addCable(const std::string& tier, std::size_t a, int pa, std::size_t b, int pb, double speed) {
        if (!everyCable_) {  // measure, keep only a run no medium reaches
            std::int64_t length = router_.length(a, b);
            if (!media_.choose(speed, length).empty()) return;
            out_.unreached.push_back(used_);
            nextCable() = {fabricName_, Name(tier), {deviceName(a), rackName(a), pa}, {deviceName(b), rackName(b), pb}, speed, length, Name()};
            return;
        }
        Cable& c = nextCable();
        c.fabric = fabricName_;
        c.tier = Name(tier);
        c.a = {deviceName(a), rackName(a), pa};
        c.b = {deviceName(b), rackName(b), pb};
        c.speedGbps = speed;
        c.lengthMm = router_.length(a, b);
        const std::string& medium = media_.choose(speed, c.lengthMm);
        c.medium = mediumName(medium);
        if (c.medium.empty()) out_.unreached.push_back(used_ - 1);
        if (byMedium_) {  // by the chooser's string (a catalog id or its "" for none): a few media, searched in turn
            auto it = std::find_if(mediumTotals_.begin(), mediumTotals_.end(), [&](const auto& m) { return m.first == &medium; });
            if (it == mediumTotals_.end()) it = mediumTotals_.insert(mediumTotals_.end(), {&medium, {}});
            ++it->second.count;
            it->second.lengthMm += c.lengthMm;
        }
        if (index_) index_->ends.push_back({std::uint32_t(a), std::uint32_t(b)});  // each device's list: indexDevices()
    }

    // Each device's id and rack as Names, interned the first time a cable reaches the device.
    const Name& deviceName(std::size_t i) {
        auto& n = deviceNames_[i];
        if (!n) n = previousNames(i);
        if (!n) n = std::array<Name, 2>{out_.names->intern(devices_[i].id), out_.names->intern(devices_[i].rack)};
        return (*n)[0];
    }
    const Name& rackName(std::size_t i) {
        deviceName(i);
        return (*deviceNames_[i])[1];
    }
    // The device's Names from the previous derivation, at its index or one either side (a device added or removed
    // before it shifts it by one), when their text still matches: two string compares instead of two hash lookups,
    // a fifth of a structure edit's derivation.
    std::optional<std::array<Name, 2>> previousNames(std::size_t i) const {
        const Device& d = devices_[i];
        for (std::size_t k : {i, i + 1, i - 1})
            if (k < previousNames_.size() && previousNames_[k] && (*previousNames_[k])[0] == d.id && (*previousNames_[k])[1] == d.rack)
                return previousNames_[k];
        return std::nullopt;
    }

    // The chooser's medium string (a catalog id, or "" for none) as a Name: a few media, searched in turn.
    Name mediumName(const std::string& medium) {
        if (medium.empty()) return Name();
        for (const auto& [id, name] : mediumNames_)
            if (id == &medium) return name;
        return mediumNames_.emplace_back(&medium, out_.names->intern(medium)).second;
    }

    // Nodes: non-switch devices with ports of this fabric kind, in project order.
    // With halls, only the devices of the fabric's halls are visited (bucketed once in findHalls): visiting every
    // device of the site for every fabric was quadratic in halls (32 fabrics × 480,000 devices on the campus).
    Nodes nodesOfFabric(const std::vector<int>& halls) {
        Nodes nodes;
        auto visit = [&](std::size_t i) {
            const Equipment* e = router_.equipment(i);
            if (!e || e->kind == EquipmentKind::Switch) return;
            if (FabricPorts p = ports(e); p.count > 0) nodes.push_back({i, p});
        };
        if (hallOf_.empty()) {
            for (std::size_t i = 0; i < devices_.size(); ++i) visit(i);
            return nodes;
        }
        std::vector<std::size_t> inHalls;  // project order, as without halls
        for (int h : halls)
            if (h >= 0) inHalls.insert(inHalls.end(), devicesOfHall_[std::size_t(h)].begin(), devicesOfHall_[std::size_t(h)].end());
        std::sort(inHalls.begin(), inHalls.end());
        for (std::size_t i : inHalls) visit(i);
        return nodes;
    }

    // The most ports of this fabric on a GPU node (the rails), 0 without GPU nodes.
    int railsOf(const Nodes& nodes) {
        int rails = 0;
        for (const auto& [i, p] : nodes)
            if (router_.equipment(i)->kind == EquipmentKind::GpuNode) rails = std::max(rails, p.count);
        return rails;
    }

    // A device that is not a GPU node and has fewer ports than the rails (a UFM appliance in a node slot the
    // DGX SuperPOD H100 RA gives it) fills in: cabled after the nodes, each port to the leaf with the fewest
    // downlinks (the first such leaf).
    bool fillsIn(const std::pair<std::size_t, FabricPorts>& n, int rails) {
        return router_.equipment(n.first)->kind != EquipmentKind::GpuNode && n.second.count < rails;
    }

    // Node port i → leaf i of the node's leaf group (rail-optimised); counts each leaf's downlinks.
    void cableNodes(const FabricPlan& fabric, const Nodes& allNodes, const std::vector<std::size_t>& leaves, std::vector<int>& downlinks,
                    FabricReport& report) {
        const int L = int(leaves.size());
        std::size_t ports = 0;
        for (const auto& n : allNodes) ports += std::size_t(n.second.count);
        if (everyCable_) reserve(used_ + 2 * ports);  // node links and about as many uplinks
        const int rails = railsOf(allNodes);
        Nodes nodes, fill;
        for (const auto& n : allNodes) (fillsIn(n, rails) ? fill : nodes).push_back(n);
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const auto [node, np] = nodes[k];
            int P = np.count;
            int groupSize = std::min(P, L);
            int groups = std::max(1, L / groupSize);
            int perGroup = int((nodes.size() + std::size_t(groups) - 1) / std::size_t(groups));
            int group = std::min(groups - 1, int(k) / std::max(1, perGroup));
            for (int i = 0; i < P; ++i) {
                int leaf = group * groupSize + (i % groupSize);
                std::size_t sw = leaves[std::size_t(leaf)];
                addCable(kTierNodeLeaf, node, i + 1, sw, ++switchPorts_[sw], np.topSpeed);
                ++downlinks[std::size_t(leaf)];
                ++report.nodeLinks;
            }
        }
        for (const auto& [node, np] : fill)
            for (int i = 0; i < np.count; ++i) {
                const auto leaf = std::size_t(std::min_element(downlinks.begin(), downlinks.end()) - downlinks.begin());
                std::size_t sw = leaves[leaf];
                addCable(kTierNodeLeaf, node, i + 1, sw, ++switchPorts_[sw], np.topSpeed);
                ++downlinks[leaf];
                ++report.nodeLinks;
            }
    }

    // Leaf → spine: as many uplinks as downlinks (non-blocking; or the fabric's leaf_uplinks) while ports
    // last. Two tiers: leaf uplink u → spine u mod S. Three tiers: the spines split evenly into one group per
    // leaf group (first groups taking the remainder), each group's uplinks dealt round-robin over its spines.
    // Rail planes (FabricPlan::railPlanes): one plane of spines per rail, split evenly into pods of that rail's
    // leaves (below); each pod's uplinks dealt round-robin over its spines.
    void cableUplinks(const FabricPlan& fabric, const std::vector<std::size_t>& leaves, const std::vector<std::size_t>& spines,
                      const std::vector<int>& downlinks, int rails, bool threeTier, std::vector<int>& spineDown, FabricReport& report) {
        if (spines.empty()) return;
        const int L = int(leaves.size());
        const int groupSize = std::max(1, rails > 0 ? std::min(rails, L) : L);
        const int groups = threeTier ? std::max(1, L / groupSize) : 1;
        const bool planes = threeTier && fabric.railPlanes;
        // Pods: ⌈groups / (spine ports / 2)⌉ of ⌈groups / pods⌉ leaf groups each (the last the rest).
        const std::size_t half = std::size_t(std::max(1, ports(router_.equipment(spines.front())).count / 2));
        const std::size_t pods = planes ? (std::size_t(groups) + half - 1) / half : 1;
        const std::size_t podLeaves = (std::size_t(groups) + pods - 1) / pods;
        // Spine groups: one per leaf group, or one per (rail, pod) with rail planes.
        std::vector<std::size_t> first;
        if (planes) {
            const auto plane = evenStarts(spines.size(), std::size_t(groupSize));
            for (std::size_t r = 0; r < std::size_t(groupSize); ++r) {
                const auto pod = evenStarts(plane[r + 1] - plane[r], pods);
                for (std::size_t k = 0; k < pods; ++k) first.push_back(plane[r] + pod[k]);
            }
            first.push_back(spines.size());
        } else {
            first = evenStarts(spines.size(), std::size_t(groups));
        }
        std::vector<std::size_t> dealt(first.size() - 1, 0);
        for (std::size_t l = 0; l < leaves.size(); ++l) {
            std::size_t leaf = leaves[l];
            FabricPorts lp = ports(router_.equipment(leaf));
            int free = lp.count - downlinks[l];
            int up = std::max(0, std::min(fabric.leafUplinks > 0 ? fabric.leafUplinks : downlinks[l], free));
            const auto group = std::size_t(std::min(groups - 1, int(l) / groupSize));
            const std::size_t g = planes ? (l % std::size_t(groupSize)) * pods + group / podLeaves : group;
            const std::size_t n = first[g + 1] - first[g];
            if (n == 0) continue;
            for (int u = 0; u < up; ++u) {
                const std::size_t s = threeTier ? first[g] + dealt[g]++ % n : std::size_t(u) % spines.size();
                std::size_t spine = spines[s];
                int pl = ++switchPorts_[leaf];
                addCable(kTierLeafSpine, leaf, pl, spine, ++switchPorts_[spine], lp.topSpeed);
                ++spineDown[s];
                ++report.uplinks;
            }
        }
    }

    // Spine → core: as many uplinks as the spine's downlinks while ports last, every spine uplink in turn to
    // the next core (round-robin over all spines' uplinks, so each core takes an even share). Rail planes: the
    // spines and cores each split evenly into one plane per rail, round-robin within the plane.
    void cableCores(const FabricPlan& fabric, const std::vector<std::size_t>& spines, const std::vector<std::size_t>& cores,
                    const std::vector<int>& spineDown, int rails, FabricReport& report) {
        if (cores.empty()) return;
        const std::size_t planes = fabric.railPlanes ? std::size_t(std::max(1, rails)) : 1;
        const auto spinePlane = evenStarts(spines.size(), planes), corePlane = evenStarts(cores.size(), planes);
        for (std::size_t p = 0; p < planes; ++p) {
            const std::size_t n = corePlane[p + 1] - corePlane[p];
            std::size_t next = 0;
            for (std::size_t s = spinePlane[p]; s < spinePlane[p + 1] && n > 0; ++s) {
                std::size_t spine = spines[s];
                FabricPorts sp = ports(router_.equipment(spine));
                int up = std::max(0, std::min(spineDown[s], sp.count - spineDown[s]));
                for (int u = 0; u < up; ++u) {
                    std::size_t core = cores[corePlane[p] + next++ % n];
                    int ps = ++switchPorts_[spine];
                    addCable(kTierSpineCore, spine, ps, core, ++switchPorts_[core], sp.topSpeed);
                    ++report.coreLinks;
                }
            }
        }
    }

    // Each switch's ports used and available in this fabric; the counts start again for the next.
    void reportSwitchPorts(const FabricPlan& fabric, const std::vector<std::size_t>& leaves, const std::vector<std::size_t>& spines,
                           const std::vector<std::size_t>& cores) {
        for (const auto* list : {&leaves, &spines, &cores})
            for (std::size_t sw : *list)
                out_.switchPorts.push_back({devices_[sw].id, fabric.id, switchPorts_[sw], ports(router_.equipment(sw)).count});
        for (const auto* list : {&leaves, &spines, &cores})
            for (std::size_t sw : *list) switchPorts_[sw] = 0;
    }

    void cableFabric(const FabricPlan& fabric) {
        kind_ = &fabric.kind;
        fabricName_ = out_.names->intern(fabric.id);
        portsOf_.clear();
        FabricReport report{fabric.id, fabric.kind, 0, 0, 0};
        const std::vector<std::size_t> leaves = resolve(fabric.leaves);
        const std::vector<std::size_t> spines = resolve(fabric.spines);
        const std::vector<std::size_t> cores = resolve(fabric.cores);
        std::vector<int> halls;  // the halls of the fabric's switches (a site with halls)
        std::unordered_set<int> seen;
        if (!hallOf_.empty())
            for (const auto* list : {&leaves, &spines, &cores})
                for (std::size_t sw : *list)
                    if (seen.insert(hallOf_[sw]).second) halls.push_back(hallOf_[sw]);
        const Nodes nodes = nodesOfFabric(halls);
        if (fabric.kind == "compute" && !leaves.empty()) computeHalls_.insert(computeHalls_.end(), halls.begin(), halls.end());
        std::vector<int> downlinks(leaves.size(), 0), spineDown(spines.size(), 0);
        if (!leaves.empty()) cableNodes(fabric, nodes, leaves, downlinks, report);
        const int rails = railsOf(nodes);
        cableUplinks(fabric, leaves, spines, downlinks, rails, !cores.empty(), spineDown, report);
        cableCores(fabric, spines, cores, spineDown, rails, report);
        report.oversubscription = report.uplinks > 0 ? double(report.nodeLinks) / report.uplinks : 0.0;
        reportSwitchPorts(fabric, leaves, spines, cores);
        out_.fabrics.push_back(report);
    }

    // GPU nodes with compute ports but no compute fabric with leaves.
    void reportUnconnectedGpuNodes() {
        for (std::size_t i = 0; i < devices_.size(); ++i) {
            const Equipment* e = router_.equipment(i);
            if (!e || e->kind != EquipmentKind::GpuNode || fabricPorts(e, "compute").count == 0) continue;
            out_.unconnected.push_back({devices_[i].id, "compute", "the project has no compute fabric with leaf switches"});
        }
    }

    // In a site with halls: GPU nodes in a hall no compute fabric's switches stand in.
    void reportGpuNodesOfHallsWithoutFabric() {
        for (std::size_t i = 0; i < devices_.size(); ++i) {
            if (std::find(computeHalls_.begin(), computeHalls_.end(), hallOf_[i]) != computeHalls_.end()) continue;
            const Equipment* e = router_.equipment(i);
            if (!e || e->kind != EquipmentKind::GpuNode || fabricPorts(e, "compute").count == 0) continue;
            out_.unconnected.push_back({devices_[i].id, "compute", "no compute fabric has switches in its hall"});
        }
    }

    const Project& project_;
    const std::vector<Device>& devices_;
    const CableRouter& router_;
    MediumChooser media_;
    CableIndex* index_;
    const bool everyCable_;
    std::unordered_map<std::string_view, std::size_t> wanted_;  // leaf, spine and core ids → device index
    std::vector<int> computeHalls_;  // halls a compute fabric with leaves cables (a site with halls)
    std::vector<int> hallOf_;  // device index → its rack's hall (index in Project::halls, -1 none); empty without halls
    std::vector<std::vector<std::size_t>> devicesOfHall_;  // hall index → its devices, in project order
    std::vector<int> switchPorts_;                                // ports used so far per switch, reset per fabric
    const std::string* kind_ = nullptr;                           // the fabric being cabled
    std::map<std::string, MediumTotal>* byMedium_;                // cablesByMedium, when asked for
    std::vector<std::pair<const std::string*, MediumTotal>> mediumTotals_;  // for it, by the chooser's medium string
    std::size_t used_ = 0;                                        // cables filled so far (out_.cables may hold recycled ones past it)
    std::unordered_map<const Equipment*, FabricPorts> portsOf_;   // for that fabric's kind
    Name fabricName_;                                             // the fabric being cabled, as cables name it
    std::vector<std::optional<std::array<Name, 2>>> deviceNames_;  // device index → id and rack, once a cable reaches it
    std::vector<std::optional<std::array<Name, 2>>> previousNames_;  // the kept index's, from the previous derivation
    std::vector<std::pair<const std::string*, Name>> mediumNames_;
    Cabling out_;
};

}  // namespace

void CableIndex::indexDevices(std::size_t devices) {
    // Counting sort by device: counts, offsets, then each cable in ascending order (a cable within one device once).
    firstCable.assign(devices + 1, 0);
    for (const auto& [a, b] : ends) {
        ++firstCable[a + 1];
        if (b != a) ++firstCable[b + 1];
    }
    for (std::size_t i = 0; i < devices; ++i) firstCable[i + 1] += firstCable[i];
    deviceCables.resize(firstCable[devices]);
    std::vector<std::uint32_t> next(firstCable.begin(), firstCable.end() - 1);
    for (std::size_t n = 0; n < ends.size(); ++n) {
        const auto [a, b] = ends[n];
        deviceCables[next[a]++] = std::uint32_t(n);
        if (b != a) deviceCables[next[b]++] = std::uint32_t(n);
    }
}

namespace {

Cabling derive(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* given, bool everyCable,
               Cabling* recycle = nullptr, std::map<std::string, MediumTotal>* byMedium = nullptr) {
    std::optional<CableRouter> own;
    if (!given) own.emplace(project, catalog);
    return CablingBuilder(project, catalog, index, given ? *given : *own, everyCable, recycle, byMedium).build();
}

}  // namespace

Cabling deriveCabling(const Project& project, const Catalog& catalog) { return derive(project, catalog, nullptr, nullptr, true); }

Cabling deriveCabling(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* router) {
    return derive(project, catalog, index, router, true);
}

Cabling deriveCabling(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* router,
                      Cabling&& recycle, std::map<std::string, MediumTotal>* byMedium) {
    return derive(project, catalog, index, router, true, &recycle, byMedium);
}

Cabling deriveCablingForRules(const Project& project, const Catalog& catalog) {
    return derive(project, catalog, nullptr, nullptr, false);
}

}  // namespace pod
