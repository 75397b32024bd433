#include "PodGenerator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "Cabling.h"
#include "GeneratorParts.h"
#include "PodAssembly.h"
#include "PowerBand.h"
#include "Sizing.h"
#include "TextFormat.h"

namespace pod {

namespace {

using gen::GpuRack;
using gen::Parts;

struct ComputeSize {
    int leaves = 0, spines = 0, cores = 0;
    int leafUplinks = 0;  // the fabric's leaf_uplinks (full scalable units), else 0
    bool railPlanes = false;  // FabricPlan::railPlanes
    std::string error;
};

// Past `switchPorts` leaf groups no core reaches every group, so one three-tier Clos cannot connect them:
// each rail becomes a plane of its own (FabricPlan::railPlanes; cross-rail traffic stays inside the node, as
// rail-optimised collectives send it). Per plane: leaf r of every group, in ⌈groups / perLeaf⌉ pods of as
// even a size as they split into (the first pods the larger); each pod the fewest spines that take the largest pod's uplinks at perLeaf down each; cores = ⌈the plane's spine
// uplinks / switch ports⌉, and every core reaches every pod while pods ≤ switch ports. 16,384 DGX H100
// (8 rails) on 64-port QM9700: 512 groups of 32 nodes; per plane 512 leaves in 16 pods × 32 spines = 512
// spines and 512 × 32 = 16,384 uplinks / 64 = 256 cores; over 8 planes 4,096 leaves, 4,096 spines, 2,048 cores.
ComputeSize sizeRailPlanes(int nodes, int ports, int switchPorts, const std::string& switchId, bool fullUnits, int groups, int perGroup) {
    ComputeSize s;
    const int perLeaf = switchPorts / 2;
    const int pods = (groups + perLeaf - 1) / perLeaf;
    if (pods > switchPorts) {
        s.error = "a three-tier " + switchId + " fabric (one plane per rail) connects at most " +
                  std::to_string(std::int64_t(switchPorts) * perLeaf * perLeaf) + " nodes with " + std::to_string(ports) +
                  " compute ports each (" + std::to_string(nodes) + " asked): a fourth tier is not generated";
        return s;
    }
    const int perPod = (groups + pods - 1) / pods;  // balanced pods, as deriveCabling() forms them
    auto uplinksOf = [&](int g) { return fullUnits ? perLeaf : (g == groups - 1 ? nodes - g * perGroup : perGroup); };
    std::int64_t planeUplinks = 0, largestPod = 0;
    for (int p = 0; p < pods; ++p) {
        std::int64_t pod = 0;
        for (int g = p * perPod; g < std::min(groups, (p + 1) * perPod); ++g) pod += uplinksOf(g);
        largestPod = std::max(largestPod, pod);
        planeUplinks += pod;
    }
    s.leaves = groups * ports;
    s.spines = ports * pods * int((largestPod + perLeaf - 1) / perLeaf);
    s.cores = ports * int((planeUplinks + switchPorts - 1) / switchPorts);
    s.railPlanes = true;
    if (fullUnits) s.leafUplinks = perLeaf;
    return s;
}

// Three tiers: `groups` leaf groups of ≤ perLeaf nodes (perGroup each, the last the rest), one leaf per
// node port in each; each group's spines the fewest that take its uplinks (every leaf's downlinks, or
// perLeaf with full units) at ≤ half their ports each, dealt round-robin as deriveCabling() does; spine
// uplinks = spine downlinks, dealt round-robin over the fewest cores that take them all.
ComputeSize sizeThreeTier(int nodes, int ports, int switchPorts, const std::string& switchId, bool fullUnits, int groups, int perGroup) {
    ComputeSize s;
    const int perLeaf = switchPorts / 2;
    if (groups > switchPorts) return sizeRailPlanes(nodes, ports, switchPorts, switchId, fullUnits, groups, perGroup);
    s.leaves = groups * ports;
    const int groupUplinks = ports * (fullUnits ? perLeaf : perGroup);  // the largest group's
    const int perGroupSpines = (groupUplinks + perLeaf - 1) / perLeaf;
    s.spines = groups * perGroupSpines;
    std::int64_t uplinks = 0;
    for (int g = 0; g < groups; ++g) {
        int n = g == groups - 1 ? nodes - g * perGroup : perGroup;
        uplinks += std::int64_t(ports) * (fullUnits ? perLeaf : n);
    }
    s.cores = int((uplinks + switchPorts - 1) / switchPorts);
    if (fullUnits) s.leafUplinks = perLeaf;
    return s;
}

// Rail-optimised two-tier fabric for `nodes` nodes of `ports` compute ports each on switches of
// `switchPorts` ports. All links on one switch when they fit; otherwise groups of up to
// switchPorts/2 nodes, each group with one leaf per node port (port i → leaf i of its group), every
// leaf half down, half up (non-blocking), and the fewest spines whose ports take all uplinks.
// Groups follow deriveCabling(): perGroup = ⌈N / groups⌉ nodes, the last group takes the rest.
// fullUnits: every leaf cables perLeaf uplinks (a fabric built for full scalable units).
ComputeSize sizeCompute(int nodes, int ports, int switchPorts, const std::string& switchId, bool fullUnits) {
    ComputeSize s;
    if (ports == 0) return s;
    if (std::int64_t(nodes) * ports <= switchPorts) {
        s.leaves = 1;
        return s;
    }
    const int perLeaf = switchPorts / 2;
    if (perLeaf < 1) {
        s.error = switchId + " has too few compute ports for a leaf/spine fabric";
        return s;
    }
    const int groups = (nodes + perLeaf - 1) / perLeaf;
    const int perGroup = (nodes + groups - 1) / groups;
    s.leaves = groups * ports;
    if (s.leaves > switchPorts && groups == 1) {
        // More ports per node than a leaf has ports (72 on an NVL72): fewer leaves than node ports, port i
        // → leaf i mod L (as deriveCabling() cables L < ports), the fewest leaves that keep every leaf's
        // downlinks within half its ports. 8 × 72 ports on 64-port leaves: 576 / 32 = 18 leaves, 4 links
        // from each system to each leaf = 32 down, 32 up.
        for (int L = std::max(1, (nodes * ports + perLeaf - 1) / perLeaf); L < ports && L <= switchPorts; ++L) {
            std::vector<int> down;
            for (int l = 0; l < L; ++l) down.push_back(nodes * (ports / L + (l < ports % L ? 1 : 0)));
            if (*std::max_element(down.begin(), down.end()) > perLeaf) continue;
            for (int spines = 1; spines <= switchPorts; ++spines) {
                int worst = 0;
                for (int d : down) worst += (d + spines - 1) / spines;
                if (worst <= switchPorts) {
                    s.leaves = L;
                    s.spines = spines;
                    return s;
                }
            }
        }
    }
    if (s.leaves > switchPorts && groups > 1 && ports <= switchPorts)
        return sizeThreeTier(nodes, ports, switchPorts, switchId, fullUnits, groups, perGroup);
    if (s.leaves > switchPorts) {
        s.error = "a two-tier " + switchId + " fabric connects at most " + std::to_string(switchPorts / ports * perLeaf) +
                  " nodes with " + std::to_string(ports) + " compute ports each (" + std::to_string(nodes) +
                  " asked): a third tier is not generated";
        return s;
    }
    std::vector<int> down;  // downlinks (= uplinks) per leaf
    for (int g = 0; g < groups; ++g) {
        int n = std::max(0, std::min(perGroup, nodes - g * perGroup));
        if (g == groups - 1) n = nodes - g * perGroup;
        for (int p = 0; p < ports; ++p) down.push_back(fullUnits ? perLeaf : n);
    }
    if (fullUnits) s.leafUplinks = perLeaf;
    // Leaf uplink u goes to spine u mod S, so spine 0 takes ⌈up / S⌉ from every leaf.
    for (int spines = 1; spines <= switchPorts; ++spines) {
        int worst = 0;
        for (int d : down) worst += (d + spines - 1) / spines;
        if (worst <= switchPorts) {
            s.spines = spines;
            return s;
        }
    }
    s.error = "no spine count fits " + std::to_string(s.leaves) + " leaves of " + switchId;
    return s;
}

int divUp(int a, int b) { return b <= 0 ? 0 : (a + b - 1) / b; }

// In-band and OOB links the nodes, storage and GPU-rack PDUs need, and each switch's access ports.
struct ManagementLinks {
    int inband = 0, oob = 0;
    int inbandAccess = 0, oobAccess = 0;
};

ManagementLinks managementLinks(const GeneratorOptions& o, const Parts& parts, const GpuRack& gpu) {
    const Equipment& node = *parts.node;
    const Equipment* storage = parts.storage;
    const int storageN = parts.storageCount;
    ManagementLinks m;
    m.inband = o.nodes * fabricPorts(node, Fabric::Inband) + (storage ? storageN * fabricPorts(*storage, Fabric::Inband) : 0);
    m.oob = o.nodes * fabricPorts(node, Fabric::Oob) + (storage ? storageN * fabricPorts(*storage, Fabric::Oob) : 0) +
            (gpu.pdus.pdu ? divUp(o.nodes, o.perRack) * 2 * gpu.pdus.perFeed * fabricPorts(*gpu.pdus.pdu, Fabric::Oob) : 0);
    for (const auto& [e, count] : parts.appliances) {
        m.inband += count * fabricPorts(*e, Fabric::Inband);
        m.oob += count * fabricPorts(*e, Fabric::Oob);
    }
    m.inbandAccess = accessPorts(*parts.inbandSwitch, Fabric::Inband);
    m.oobAccess = accessPorts(*parts.oobSwitch, Fabric::Oob);
    return m;
}

std::optional<std::string> checkManagementPorts(const ManagementLinks& m) {
    if ((m.inband > 0 && m.inbandAccess == 0) || (m.oob > 0 && m.oobAccess == 0))
        return std::string(m.inband > 0 && m.inbandAccess == 0 ? kInbandSwitchId : kOobSwitchId) + " has no ports for its fabric";
    return std::nullopt;
}

// Where the in-band and OOB switch groups sit in PodPlan::switches.
struct ManagementSlots {
    std::size_t inband = 0, oob = 0;
};

// Network and storage racks draw no more than a full GPU rack, or than the cheapest cooling option
// removes when that is more; with --budget-kw, no more than the budget.
double fillCapW(const GeneratorOptions& o, const Catalog& catalog, const GpuRack& gpu) {
    double cheapestAirW = 0;
    int cheapestRank = 1 << 20;
    for (const auto& [id, c] : catalog.coolingOptions())
        if (coolingMethodRank(c.method) < cheapestRank) {
            cheapestRank = coolingMethodRank(c.method);
            cheapestAirW = c.airKw * 1000.0;
        }
    return o.budgetKw ? *o.budgetKw * 1000.0 : std::max(gpu.w, cheapestAirW);
}

// The compute leaves, spines and cores, then in-band and OOB switches (in pairs with two network racks),
// then appliances.
void addSwitchGroups(gen::PodPlan& plan, const Parts& parts, const ComputeSize& compute, const ManagementLinks& m,
                     ManagementSlots& slots) {
    const int pair = compute.spines > 0 ? 2 : 1;  // two network racks, management switches in pairs
    const std::string ib = parts.fabric == "roce" ? "ROCE" : "IB";
    if (compute.leaves > 0) {
        plan.fabrics.push_back({"compute", "compute", compute.leafUplinks, compute.railPlanes});
        plan.switches.push_back({"compute", 0, parts.fabricSwitch, compute.leaves, "leaf", ib + "-LEAF", 2});
        if (compute.spines > 0) plan.switches.push_back({"compute", 1, parts.fabricSwitch, compute.spines, "spine", ib + "-SPINE", 2});
        if (compute.cores > 0) plan.switches.push_back({"compute", 2, parts.fabricSwitch, compute.cores, "core", ib + "-CORE", 2});
    }
    slots.inband = slots.oob = plan.switches.size();
    if (m.inband > 0) {
        plan.fabrics.push_back({"inband", "inband"});
        slots.inband = plan.switches.size();
        plan.switches.push_back({"inband", 0, parts.inbandSwitch, std::max(pair, divUp(m.inband, m.inbandAccess)), "inband", "INBAND", 1});
    }
    if (m.oob > 0) {
        plan.fabrics.push_back({"oob", "oob"});
        slots.oob = plan.switches.size();
        plan.switches.push_back({"oob", 0, parts.oobSwitch, std::max(pair, divUp(m.oob, m.oobAccess)), "oob", "OOB", 1});
    }
    for (std::size_t a = 0; a < parts.appliances.size(); ++a) {
        const ApplianceSpec& spec = parts.applianceSpecs[a];
        plan.switches.push_back({"", -1, parts.appliances[a].first, spec.count, spec.idPrefix, spec.namePrefix, 2});
    }
    plan.minNetworkRacks = plan.switches.empty() ? 0 : pair;
}

gen::PodPlan makePlan(const GeneratorOptions& o, const Catalog& catalog, const Parts& parts, const GpuRack& gpu,
                      const ComputeSize& compute, const ManagementLinks& m, ManagementSlots& slots) {
    gen::PodPlan plan;
    plan.node = parts.node;
    plan.nodeCatalogId = o.nodeId;
    plan.nodes = o.nodes;
    plan.perRack = o.perRack;
    plan.rack = parts.rack;
    plan.rackCatalogId = o.rackId;
    plan.gpuRack = parts.gpuRack;
    plan.gpuRackCatalogId = parts.gpuRackId;
    plan.rackScale = parts.rackScale;
    if (parts.rackScale && parts.node->liquidFraction > 0) {
        plan.cdu = catalog.equipment(kRackScaleCduId);
        plan.cduCatalogId = kRackScaleCduId;
    }
    plan.gpuCooling = parts.cooling;
    if (o.budgetKw) plan.budgetW = *o.budgetKw * 1000.0;
    plan.warningFraction = powerWarningFraction(o.warningPercent);
    plan.storage = parts.storage;
    plan.storageCatalogId = o.storageId;
    plan.storageCount = parts.storageCount;
    if (parts.node->model.rfind("DGX", 0) == 0) {
        plan.nodeIdPrefix = "dgx";
        plan.nodeNamePrefix = "DGX";
    }
    plan.fillCapW = fillCapW(o, catalog, gpu);
    addSwitchGroups(plan, parts, compute, m, slots);
    return plan;
}

// Switch ports the derived cabling uses, per fabric, and the fabrics where a switch has too few.
struct PortUse {
    std::map<std::string, int> used;
    std::map<std::string, bool> over;
    std::vector<FabricReport> fabrics;
};

PortUse portUse(const Project& project, const Catalog& catalog) {
    // Switch ports and fabrics only: the rules' derivation measures every run but keeps no cable.
    Cabling cabling = deriveCablingForRules(project, catalog);
    std::unordered_map<std::string_view, const Device*> byId;  // Project::device is a scan: once per switch was 5 % of generating a hall
    byId.reserve(project.layout.devices.size());
    for (const auto& d : project.layout.devices) byId.emplace(d.id, &d);
    PortUse p;
    for (const auto& use : cabling.switchPorts) {
        auto found = byId.find(use.device);
        const Device* d = found == byId.end() ? nullptr : found->second;
        const Equipment* e = d ? catalog.equipment(d->catalogId) : nullptr;
        if (!e) continue;
        int limit = use.fabric == "compute" ? use.available : accessPorts(*e, use.fabric == "inband" ? Fabric::Inband : Fabric::Oob);
        p.used[use.fabric] += use.used;
        if (use.used > limit) p.over[use.fabric] = true;
    }
    p.fabrics = cabling.fabrics;
    return p;
}

// More in-band or OOB switches where their access ports ran out; false when none had to grow.
bool growManagementSwitches(gen::PodPlan& plan, const ManagementSlots& slots, const ManagementLinks& m, PortUse& p) {
    bool grown = false;
    for (auto [fabricId, index, access] : {std::tuple{std::string("inband"), slots.inband, m.inbandAccess},
                                           {std::string("oob"), slots.oob, m.oobAccess}}) {
        if (!p.over[fabricId]) continue;
        int& count = plan.switches[index].count;
        count = std::max(count + 1, divUp(p.used[fabricId], access));
        grown = true;
    }
    return grown;
}

Project projectOf(const GeneratorOptions& o, gen::AssembledPod& pod) {
    Project project;
    project.settings.powerWarningPercent = o.warningPercent;
    project.room = pod.room;
    project.layout = std::move(pod.layout);
    return project;
}

// "N × VENDOR MODEL in G GPU racks (K nodes per rack), … and R network racks; compute fabric …".
std::string describePod(const GeneratorOptions& o, const Parts& parts, const GeneratedPod& out, const std::string& density) {
    std::string d = std::to_string(o.nodes) + " × " + parts.node->vendor + " " + parts.node->model + " in " + std::to_string(out.gpuRacks) +
                    " GPU racks (" + density + ")";
    if (out.storageRacks)
        d += ", " + std::to_string(out.storageRacks) + " storage racks (" + std::to_string(parts.storageCount) + " × " + o.storageId + ")";
    d += " and " + std::to_string(out.networkRacks) + " network racks";
    if (out.computeLeaves)
        d += "; compute fabric " + parts.fabric + ": " + std::to_string(out.computeLeaves) + " leaf" +
             (out.computeSpines ? " + " + std::to_string(out.computeSpines) + " spine" : std::string()) +
             (out.computeCores ? " + " + std::to_string(out.computeCores) + " core" : std::string()) + " " + parts.switchId;
    if (out.inbandSwitches) d += "; in-band " + std::to_string(out.inbandSwitches) + " × " + kInbandSwitchId;
    if (out.oobSwitches) d += "; OOB " + std::to_string(out.oobSwitches) + " × " + kOobSwitchId;
    if (out.coolingUnits) d += "; " + std::to_string(out.coolingUnits) + " × " + kRackScaleCduId + " (N+1)";
    for (const auto& a : o.appliances) d += "; " + std::to_string(a.count) + " × " + a.catalogId;
    return d + ".";
}

// The settled pod: counts, project name and description, notes.
GeneratedPod finishPod(const GeneratorOptions& o, const Parts& parts, const ComputeSize& compute, const gen::PodPlan& plan,
                       const ManagementSlots& slots, const ManagementLinks& m, const gen::AssembledPod& pod, Project project,
                       const std::vector<FabricReport>& fabrics) {
    GeneratedPod out;
    out.fabric = parts.fabric;
    out.fabricSwitch = parts.switchId;
    out.gpuRacks = pod.gpuRacks;
    out.networkRacks = pod.networkRacks;
    out.storageRacks = pod.storageRacks;
    out.rows = pod.rows;
    out.computeLeaves = compute.leaves;
    out.computeSpines = compute.spines;
    out.computeCores = compute.cores;
    for (const auto& f : fabrics)
        if (f.id == "compute") {
            out.nodeLeafCables = f.nodeLinks;
            out.leafSpineCables = f.uplinks;
            out.spineCoreCables = f.coreLinks;
        }
    for (const auto& a : o.appliances) out.appliances += a.count;
    out.inbandSwitches = m.inband > 0 ? plan.switches[slots.inband].count : 0;
    out.oobSwitches = m.oob > 0 ? plan.switches[slots.oob].count : 0;
    out.coolingUnits = int(project.layout.coolingUnits.size());
    const std::string density = parts.rackScale ? "rack-scale, one system per rack"
                                                : std::to_string(o.perRack) + (o.perRack == 1 ? " node" : " nodes") + " per rack";
    const Equipment& node = *parts.node;
    project.meta.name = o.name.empty() ? std::to_string(o.nodes) + " × " + node.model + ", " + std::to_string(o.perRack) + " per rack" : o.name;
    project.meta.revision = "A";
    project.meta.author = "podplanner generate";
    project.meta.description = o.description.empty() ? describePod(o, parts, out, density) : o.description;
    project.scenarioName = density;
    out.project = std::move(project);
    if (fabricPorts(node, Fabric::Storage) > 0 || (parts.storage && fabricPorts(*parts.storage, Fabric::Storage) > 0))
        out.notes.push_back("storage-fabric ports are not cabled: the generator plans the compute, in-band and OOB fabrics");
    if (parts.rackScale) {
        out.notes.push_back(o.nodeId + " is rack-scale: each GPU rack is the system (" + parts.gpuRackId +
                            "), with no PDUs or blanking panels and no A/B rack feeds (its power shelves take the facility feeds)");
        if (out.coolingUnits)
            out.notes.push_back(std::to_string(out.coolingUnits) + " × " + kRackScaleCduId + " serve the GPU racks' " +
                                fmtKw(plan.node->maxW * plan.node->liquidFraction * out.gpuRacks) + " of liquid heat (N+1), in row A after its racks");
    }
    return out;
}

}  // namespace

std::string fabricSwitchId(const std::string& fabric) {
    static const std::map<std::string, std::string> ids = {
        {"ndr", "nvidia-qm9700"}, {"hdr", "nvidia-qm8700"}, {"edr", "mellanox-sb7800"}, {"xdr", "nvidia-q3400-ra"}, {"roce", "nvidia-sn5600"}};
    auto it = ids.find(fabric);
    return it == ids.end() ? std::string() : it->second;
}

GeneratorResult generatePod(const GeneratorOptions& o, const Catalog& catalog) {
    auto fail = [](std::string message) { return GeneratorResult(GeneratorError{std::move(message)}); };
    gen::Parts parts;
    if (auto e = gen::resolveParts(o, catalog, parts)) return fail(*e);
    gen::GpuRack gpu;
    if (auto e = gen::checkGpuRack(o, catalog, parts, gpu)) return fail(*e);
    if (parts.rackScale && parts.node->liquidFraction > 0) {
        const Equipment* cdu = catalog.equipment(kRackScaleCduId);
        if (!cdu || !cdu->coolingUnit || cdu->coolingUnit->medium != CoolingMedium::Liquid)
            return fail(std::string("the catalog has no liquid CDU \"") + kRackScaleCduId + "\", which the generator lists for a rack-scale pod");
    }
    const ComputeSize compute = sizeCompute(o.nodes, parts.computePorts, parts.switchPorts, parts.switchId, o.fullUnits);
    if (!compute.error.empty()) return fail(compute.error);
    const ManagementLinks links = managementLinks(o, parts, gpu);
    if (auto e = checkManagementPorts(links)) return fail(*e);
    ManagementSlots slots;
    gen::PodPlan plan = makePlan(o, catalog, parts, gpu, compute, links, slots);

    // Management switch counts grow until the derived cabling fits their access ports (the network
    // racks' own PDUs add OOB links, so this can take a round or two).
    for (int round = 0; round < 100; ++round) {
        auto assembled = gen::assemblePod(plan, catalog);
        if (auto* e = std::get_if<std::string>(&assembled)) return fail(*e);
        auto& pod = std::get<gen::AssembledPod>(assembled);
        Project project = projectOf(o, pod);
        PortUse use = portUse(project, catalog);
        if (use.over["compute"]) return fail("internal: the compute fabric was sized too small");
        if (growManagementSwitches(plan, slots, links, use)) continue;
        return finishPod(o, parts, compute, plan, slots, links, pod, std::move(project), use.fabrics);
    }
    return fail("internal: management switch counts did not settle");
}

}  // namespace pod
