#include "PodGenerator.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "Cabling.h"
#include "PodAssembly.h"
#include "PowerBand.h"
#include "Sizing.h"
#include "TextFormat.h"

namespace pod {

namespace {

struct ComputeSize {
    int leaves = 0, spines = 0;
    std::string error;
};

// Rail-optimised two-tier fabric for `nodes` nodes of `ports` compute ports each on switches of
// `switchPorts` ports. All links on one switch when they fit; otherwise groups of up to
// switchPorts/2 nodes, each group with one leaf per node port (port i → leaf i of its group), every
// leaf half down, half up (non-blocking), and the fewest spines whose ports take all uplinks.
// Groups follow deriveCabling(): perGroup = ⌈N / groups⌉ nodes, the last group takes the rest.
ComputeSize sizeCompute(int nodes, int ports, int switchPorts, const std::string& switchId) {
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
        for (int p = 0; p < ports; ++p) down.push_back(n);
    }
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

std::string describeKind(const Catalog& catalog, const std::string& id) {
    std::string kind = catalog.kindOf(id);
    return kind.empty() ? "not in the catalog" : (kind == "accelerator" ? "an " : "a ") + kind;
}

}  // namespace

std::string fabricSwitchId(const std::string& fabric) {
    static const std::map<std::string, std::string> ids = {
        {"ndr", "nvidia-qm9700"}, {"hdr", "nvidia-qm8700"}, {"edr", "mellanox-sb7800"}, {"roce", "nvidia-sn5600"}};
    auto it = ids.find(fabric);
    return it == ids.end() ? std::string() : it->second;
}

GeneratorResult generatePod(const GeneratorOptions& o, const Catalog& catalog) {
    auto fail = [](std::string message) { return GeneratorResult(GeneratorError{std::move(message)}); };
    const Equipment* node = catalog.equipment(o.nodeId);
    if (o.nodeId.empty()) return fail("--node ID is required (a gpu_node from `podplanner catalog list --kind gpu_node`)");
    if (!catalog.contains(o.nodeId))
        return fail("--node " + o.nodeId + ": not in the catalog (`podplanner catalog list --kind gpu_node` lists the GPU nodes)");
    if (!node || node->kind != EquipmentKind::GpuNode)
        return fail("--node " + o.nodeId + ": " + describeKind(catalog, o.nodeId) + ", not a gpu_node");
    if (o.nodes < 1) return fail("--nodes must be at least 1, got " + std::to_string(o.nodes));
    if (o.perRack < 1) return fail("--per-rack must be at least 1, got " + std::to_string(o.perRack));
    const RackModel* rack = catalog.rack(o.rackId);
    if (!rack) return fail("--rack " + o.rackId + ": " + describeKind(catalog, o.rackId) + ", not a rack");
    const CoolingOption* cooling = nullptr;
    if (!o.coolingId.empty() && !(cooling = catalog.cooling(o.coolingId)))
        return fail("--cooling " + o.coolingId + ": " + describeKind(catalog, o.coolingId) + ", not a cooling option");
    if (o.budgetKw && !(*o.budgetKw > 0)) return fail("--budget-kw must be more than 0, got " + fmtGrouped(*o.budgetKw, 1));
    if (o.storageCount != 0 && o.storageId.empty()) return fail("--storage-count needs --storage ID");
    const Equipment* storage = nullptr;
    int storageCount = 0;
    if (!o.storageId.empty()) {
        storage = catalog.equipment(o.storageId);
        if (!storage || storage->kind != EquipmentKind::Storage)
            return fail("--storage " + o.storageId + ": " + describeKind(catalog, o.storageId) + ", not a storage enclosure");
        storageCount = o.storageCount == 0 ? 1 : o.storageCount;
        if (storageCount < 1) return fail("--storage-count must be at least 1, got " + std::to_string(o.storageCount));
    }
    const int computePorts = fabricPorts(*node, Fabric::Compute);
    std::string fabric = o.fabric;
    if (fabric.empty()) {
        double speed = fabricSpeed(*node, Fabric::Compute);
        fabric = speed >= 400 ? "ndr" : speed >= 200 ? "hdr" : "edr";
    }
    const std::string switchId = fabricSwitchId(fabric);
    if (switchId.empty()) return fail("--fabric " + fabric + ": expected ndr, hdr, edr or roce");
    const Equipment* fabricSwitch = catalog.equipment(switchId);
    const Equipment* inbandSwitch = catalog.equipment(kInbandSwitchId);
    const Equipment* oobSwitch = catalog.equipment(kOobSwitchId);
    for (auto [sw, id] : {std::pair{fabricSwitch, switchId}, {inbandSwitch, std::string(kInbandSwitchId)}, {oobSwitch, std::string(kOobSwitchId)}})
        if (!sw || sw->kind != EquipmentKind::Switch) return fail("the catalog has no switch \"" + id + "\", which the generator needs");
    const int switchPorts = fabricPorts(*fabricSwitch, Fabric::Compute);
    if (computePorts > 0 && switchPorts == 0) return fail(switchId + " has no compute-fabric ports");
    for (auto [e, id] : {std::pair{node, o.nodeId}, {storage, o.storageId}, {fabricSwitch, switchId},
                         {inbandSwitch, std::string(kInbandSwitchId)}, {oobSwitch, std::string(kOobSwitchId)}})
        if (e && e->depthMm && *e->depthMm > rack->depthMm)
            return fail(id + " is " + std::to_string(*e->depthMm) + " mm deep; rack " + o.rackId + " is " +
                        std::to_string(rack->depthMm) + " mm deep");

    // One full GPU rack: K nodes and their PDUs must fit the rack's U, budget and cooling.
    const double rackW = node->maxW * o.perRack;
    const double rackAirW = node->maxW * (1.0 - node->liquidFraction) * o.perRack;
    const PduPlan pdus = planPdus(catalog, rackW);
    if (!pdus.pdu) return fail("the catalog has no PDU");
    const double rackU = node->uHeight * o.perRack + pdus.totalU();
    if (rackU > rack->uHeight)
        return fail("--per-rack " + std::to_string(o.perRack) + " does not fit: " + std::to_string(o.perRack) + " × " + o.nodeId + " (" +
                    fmtU(node->uHeight) + "U) + " + std::to_string(2 * pdus.perFeed) + " × " + pdus.pdu->id + " (" +
                    fmtU(pdus.pdu->uHeight) + "U) need " + fmtU(rackU) + "U; " + o.rackId + " has " + std::to_string(rack->uHeight) + "U");
    if (o.budgetKw && rackW > *o.budgetKw * 1000.0)
        return fail("--budget-kw " + fmtGrouped(*o.budgetKw, 1) + ": " + std::to_string(o.perRack) + " × " + o.nodeId + " draw " + fmtKw(rackW));
    if (cooling && (rackAirW > cooling->airKw * 1000.0 || (rackW - rackAirW > 0 && rackW - rackAirW > cooling->liquidKw * 1000.0)))
        return fail("--cooling " + o.coolingId + " removes " + fmtGrouped(cooling->airKw, 0) + " kW by air and " +
                    fmtGrouped(cooling->liquidKw, 0) + " kW by liquid; a rack of " + std::to_string(o.perRack) + " × " + o.nodeId +
                    " needs " + fmtKw(rackAirW) + " by air and " + fmtKw(rackW - rackAirW) + " by liquid");

    ComputeSize compute = sizeCompute(o.nodes, computePorts, switchPorts, switchId);
    if (!compute.error.empty()) return fail(compute.error);
    const int pair = compute.spines > 0 ? 2 : 1;  // two network racks, management switches in pairs
    const int storageN = storage ? storageCount : 0;
    const int inbandLinks = o.nodes * fabricPorts(*node, Fabric::Inband) + (storage ? storageN * fabricPorts(*storage, Fabric::Inband) : 0);
    const int oobKnown = o.nodes * fabricPorts(*node, Fabric::Oob) + (storage ? storageN * fabricPorts(*storage, Fabric::Oob) : 0) +
                         divUp(o.nodes, o.perRack) * 2 * pdus.perFeed * fabricPorts(*pdus.pdu, Fabric::Oob);
    const int inbandAccess = accessPorts(*inbandSwitch, Fabric::Inband), oobAccess = accessPorts(*oobSwitch, Fabric::Oob);
    if ((inbandLinks > 0 && inbandAccess == 0) || (oobKnown > 0 && oobAccess == 0))
        return fail(std::string(inbandLinks > 0 && inbandAccess == 0 ? kInbandSwitchId : kOobSwitchId) + " has no ports for its fabric");

    gen::PodPlan plan;
    plan.node = node;
    plan.nodeCatalogId = o.nodeId;
    plan.nodes = o.nodes;
    plan.perRack = o.perRack;
    plan.rack = rack;
    plan.rackCatalogId = o.rackId;
    plan.gpuCooling = cooling;
    if (o.budgetKw) plan.budgetW = *o.budgetKw * 1000.0;
    plan.warningFraction = powerWarningFraction(o.warningPercent);
    plan.storage = storage;
    plan.storageCatalogId = o.storageId;
    plan.storageCount = storageN;
    if (node->model.rfind("DGX", 0) == 0) {
        plan.nodeIdPrefix = "dgx";
        plan.nodeNamePrefix = "DGX";
    }
    // Network and storage racks draw no more than a full GPU rack, or than the cheapest cooling
    // option removes when that is more; with --budget-kw, no more than the budget.
    double cheapestAirW = 0;
    int cheapestRank = 1 << 20;
    for (const auto& [id, c] : catalog.coolingOptions())
        if (coolingMethodRank(c.method) < cheapestRank) {
            cheapestRank = coolingMethodRank(c.method);
            cheapestAirW = c.airKw * 1000.0;
        }
    plan.fillCapW = o.budgetKw ? *o.budgetKw * 1000.0 : std::max(rackW, cheapestAirW);
    const std::string ib = fabric == "roce" ? "ROCE" : "IB";
    if (compute.leaves > 0) {
        plan.fabrics.push_back({"compute", "compute"});
        plan.switches.push_back({"compute", false, fabricSwitch, compute.leaves, "leaf", ib + "-LEAF", 2});
        if (compute.spines > 0) plan.switches.push_back({"compute", true, fabricSwitch, compute.spines, "spine", ib + "-SPINE", 2});
    }
    std::size_t inbandIndex = plan.switches.size(), oobIndex = plan.switches.size();
    if (inbandLinks > 0) {
        plan.fabrics.push_back({"inband", "inband"});
        inbandIndex = plan.switches.size();
        plan.switches.push_back({"inband", false, inbandSwitch, std::max(pair, divUp(inbandLinks, inbandAccess)), "inband", "INBAND", 1});
    }
    if (oobKnown > 0) {
        plan.fabrics.push_back({"oob", "oob"});
        oobIndex = plan.switches.size();
        plan.switches.push_back({"oob", false, oobSwitch, std::max(pair, divUp(oobKnown, oobAccess)), "oob", "OOB", 1});
    }
    plan.minNetworkRacks = plan.switches.empty() ? 0 : pair;

    // Management switch counts grow until the derived cabling fits their access ports (the network
    // racks' own PDUs add OOB links, so this can take a round or two).
    for (int round = 0; round < 100; ++round) {
        auto assembled = gen::assemblePod(plan, catalog);
        if (auto* e = std::get_if<std::string>(&assembled)) return fail(*e);
        auto& pod = std::get<gen::AssembledPod>(assembled);
        Project project;
        project.settings.powerWarningPercent = o.warningPercent;
        project.room = pod.room;
        project.layout = std::move(pod.layout);
        Cabling cabling = deriveCabling(project, catalog);
        std::map<std::string, int> used;
        std::map<std::string, bool> over;
        for (const auto& use : cabling.switchPorts) {
            const Device* d = project.device(use.device);
            const Equipment* e = d ? catalog.equipment(d->catalogId) : nullptr;
            if (!e) continue;
            int limit = use.fabric == "compute" ? use.available : accessPorts(*e, use.fabric == "inband" ? Fabric::Inband : Fabric::Oob);
            used[use.fabric] += use.used;
            if (use.used > limit) over[use.fabric] = true;
        }
        if (over["compute"]) return fail("internal: the compute fabric was sized too small");
        bool grown = false;
        for (auto [fabricId, index, access] : {std::tuple{std::string("inband"), inbandIndex, inbandAccess},
                                               {std::string("oob"), oobIndex, oobAccess}}) {
            if (!over[fabricId]) continue;
            int& count = plan.switches[index].count;
            count = std::max(count + 1, divUp(used[fabricId], access));
            grown = true;
        }
        if (grown) continue;

        GeneratedPod out;
        out.fabric = fabric;
        out.fabricSwitch = switchId;
        out.gpuRacks = pod.gpuRacks;
        out.networkRacks = pod.networkRacks;
        out.storageRacks = pod.storageRacks;
        out.rows = pod.rows;
        out.computeLeaves = compute.leaves;
        out.computeSpines = compute.spines;
        out.inbandSwitches = inbandLinks > 0 ? plan.switches[inbandIndex].count : 0;
        out.oobSwitches = oobKnown > 0 ? plan.switches[oobIndex].count : 0;
        const std::string density = std::to_string(o.perRack) + (o.perRack == 1 ? " node" : " nodes") + " per rack";
        project.meta.name = o.name.empty() ? std::to_string(o.nodes) + " × " + node->model + ", " + std::to_string(o.perRack) + " per rack" : o.name;
        project.meta.revision = "A";
        project.meta.author = "podplanner generate";
        std::string d = std::to_string(o.nodes) + " × " + node->vendor + " " + node->model + " in " + std::to_string(out.gpuRacks) +
                        " GPU racks (" + density + ")";
        if (out.storageRacks) d += ", " + std::to_string(out.storageRacks) + " storage racks (" + std::to_string(storageN) + " × " + o.storageId + ")";
        d += " and " + std::to_string(out.networkRacks) + " network racks";
        if (compute.leaves)
            d += "; compute fabric " + fabric + ": " + std::to_string(compute.leaves) + " leaf" +
                 (compute.spines ? " + " + std::to_string(compute.spines) + " spine" : std::string()) + " " + switchId;
        if (out.inbandSwitches) d += "; in-band " + std::to_string(out.inbandSwitches) + " × " + kInbandSwitchId;
        if (out.oobSwitches) d += "; OOB " + std::to_string(out.oobSwitches) + " × " + kOobSwitchId;
        project.meta.description = d + ".";
        project.scenarioName = density;
        out.project = std::move(project);
        if (fabricPorts(*node, Fabric::Storage) > 0 || (storage && fabricPorts(*storage, Fabric::Storage) > 0))
            out.notes.push_back("storage-fabric ports are not cabled: the generator plans the compute, in-band and OOB fabrics");
        return out;
    }
    return fail("internal: management switch counts did not settle");
}

}  // namespace pod
