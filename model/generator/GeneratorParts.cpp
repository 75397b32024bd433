#include "GeneratorParts.h"

#include "TextFormat.h"

namespace pod::gen {

namespace {

std::string describeKind(const Catalog& catalog, const std::string& id) {
    std::string kind = catalog.kindOf(id);
    return kind.empty() ? "not in the catalog" : (kind == "accelerator" ? "an " : "a ") + kind;
}

// Why the options cannot make a pod, or nothing.
using Failure = std::optional<std::string>;

Failure resolveNodeAndRack(const GeneratorOptions& o, const Catalog& catalog, Parts& parts) {
    const Equipment* node = catalog.equipment(o.nodeId);
    if (o.nodeId.empty()) return "--node ID is required (a gpu_node from `podplanner catalog list --kind gpu_node`)";
    if (!catalog.contains(o.nodeId))
        return "--node " + o.nodeId + ": not in the catalog (`podplanner catalog list --kind gpu_node` lists the GPU nodes)";
    if (!node || node->kind != EquipmentKind::GpuNode)
        return "--node " + o.nodeId + ": " + describeKind(catalog, o.nodeId) + ", not a gpu_node";
    if (o.nodes < 1) return "--nodes must be at least 1, got " + std::to_string(o.nodes);
    if (o.perRack < 1) return "--per-rack must be at least 1, got " + std::to_string(o.perRack);
    parts.node = node;
    parts.rack = catalog.rack(o.rackId);
    if (!parts.rack) return "--rack " + o.rackId + ": " + describeKind(catalog, o.rackId) + ", not a rack";
    parts.gpuRack = parts.rack;
    parts.gpuRackId = o.rackId;
    if (node->rackScale) {
        // The system is its rack (power shelves, busbar and manifold inside): one per rack, in its own rack model.
        if (o.perRack > 1)
            return "--per-rack " + std::to_string(o.perRack) + ": " + o.nodeId + " is a rack-scale system (the system is its rack, " +
                   node->rackScaleRack + "): one per rack, use --per-rack 1";
        parts.rackScale = true;
        parts.gpuRackId = node->rackScaleRack;
        parts.gpuRack = catalog.rack(node->rackScaleRack);
        if (!parts.gpuRack)
            return o.nodeId + " names rack " + node->rackScaleRack + " (rack_scale.rack): " + describeKind(catalog, node->rackScaleRack) +
                   ", not a rack";
    }
    if (!o.coolingId.empty() && !(parts.cooling = catalog.cooling(o.coolingId)))
        return "--cooling " + o.coolingId + ": " + describeKind(catalog, o.coolingId) + ", not a cooling option";
    if (o.budgetKw && !(*o.budgetKw > 0)) return "--budget-kw must be more than 0, got " + fmtGrouped(*o.budgetKw, 1);
    return std::nullopt;
}

Failure resolveStorage(const GeneratorOptions& o, const Catalog& catalog, Parts& parts) {
    if (o.storageCount != 0 && o.storageId.empty()) return "--storage-count needs --storage ID";
    if (o.storageId.empty()) return std::nullopt;
    parts.storage = catalog.equipment(o.storageId);
    if (!parts.storage || parts.storage->kind != EquipmentKind::Storage)
        return "--storage " + o.storageId + ": " + describeKind(catalog, o.storageId) + ", not a storage enclosure";
    parts.storageCount = o.storageCount == 0 ? 1 : o.storageCount;
    if (parts.storageCount < 1) return "--storage-count must be at least 1, got " + std::to_string(o.storageCount);
    return std::nullopt;
}

// The compute fabric (--fabric, else by the node's compute port speed) and the three switch models.
Failure resolveFabric(const GeneratorOptions& o, const Catalog& catalog, Parts& parts) {
    parts.computePorts = fabricPorts(*parts.node, Fabric::Compute);
    parts.fabric = o.fabric;
    if (parts.fabric.empty()) {
        double speed = fabricSpeed(*parts.node, Fabric::Compute);
        parts.fabric = speed >= 400 ? "ndr" : speed >= 200 ? "hdr" : "edr";
    }
    parts.switchId = fabricSwitchId(parts.fabric);
    if (parts.switchId.empty()) return "--fabric " + parts.fabric + ": expected ndr, hdr, edr, xdr or roce";
    parts.fabricSwitch = catalog.equipment(parts.switchId);
    parts.inbandSwitch = catalog.equipment(kInbandSwitchId);
    parts.oobSwitch = catalog.equipment(kOobSwitchId);
    for (auto [sw, id] : {std::pair{parts.fabricSwitch, parts.switchId}, {parts.inbandSwitch, std::string(kInbandSwitchId)},
                          {parts.oobSwitch, std::string(kOobSwitchId)}})
        if (!sw || sw->kind != EquipmentKind::Switch) return "the catalog has no switch \"" + id + "\", which the generator needs";
    parts.switchPorts = fabricPorts(*parts.fabricSwitch, Fabric::Compute);
    if (parts.computePorts > 0 && parts.switchPorts == 0) return parts.switchId + " has no compute-fabric ports";
    return std::nullopt;
}

Failure resolveAppliances(const GeneratorOptions& o, const Catalog& catalog, Parts& parts) {
    for (const auto& a : o.appliances) {
        const Equipment* e = catalog.equipment(a.catalogId);
        if (!e || e->kind == EquipmentKind::Switch || e->kind == EquipmentKind::Pdu || e->uHeight <= 0)
            return "appliance " + a.catalogId + ": " + describeKind(catalog, a.catalogId) + ", not a rack-mounted appliance";
        if (a.count < 1) return "appliance " + a.catalogId + ": count must be at least 1";
        if (e->depthMm && *e->depthMm > parts.rack->depthMm)
            return a.catalogId + " is " + std::to_string(*e->depthMm) + " mm deep; rack " + o.rackId + " is " +
                   std::to_string(parts.rack->depthMm) + " mm deep";
        parts.appliances.push_back({e, a.count});
        parts.applianceSpecs.push_back(a);
    }
    return std::nullopt;
}

Failure checkDepths(const GeneratorOptions& o, const Catalog&, Parts& parts) {
    if (parts.node->depthMm && *parts.node->depthMm > parts.gpuRack->depthMm)
        return o.nodeId + " is " + std::to_string(*parts.node->depthMm) + " mm deep; rack " + parts.gpuRackId + " is " +
               std::to_string(parts.gpuRack->depthMm) + " mm deep";
    for (auto [e, id] : {std::pair{parts.storage, o.storageId}, {parts.fabricSwitch, parts.switchId},
                         {parts.inbandSwitch, std::string(kInbandSwitchId)}, {parts.oobSwitch, std::string(kOobSwitchId)}})
        if (e && e->depthMm && *e->depthMm > parts.rack->depthMm)
            return id + " is " + std::to_string(*e->depthMm) + " mm deep; rack " + o.rackId + " is " +
                   std::to_string(parts.rack->depthMm) + " mm deep";
    return std::nullopt;
}

}  // namespace

std::optional<std::string> resolveParts(const GeneratorOptions& o, const Catalog& catalog, Parts& parts) {
    for (auto resolve : {resolveNodeAndRack, resolveStorage, resolveFabric, checkDepths, resolveAppliances})
        if (Failure e = resolve(o, catalog, parts)) return e;
    return std::nullopt;
}

std::optional<std::string> checkGpuRack(const GeneratorOptions& o, const Catalog& catalog, const Parts& parts, GpuRack& gpu) {
    const Equipment& node = *parts.node;
    gpu.w = node.maxW * o.perRack;
    gpu.airW = node.maxW * (1.0 - node.liquidFraction) * o.perRack;
    if (parts.rackScale) {
        if (node.uHeight > parts.gpuRack->uHeight)
            return o.nodeId + " (" + fmtU(node.uHeight) + "U) does not fit its own rack " + parts.gpuRackId + " (" +
                   std::to_string(parts.gpuRack->uHeight) + "U)";
    } else {
        gpu.pdus = planPdus(catalog, gpu.w);
        if (!gpu.pdus.pdu) return "the catalog has no PDU";
    }
    const PduPlan& pdus = gpu.pdus;
    const double rackU = node.uHeight * o.perRack + pdus.totalU();
    if (!parts.rackScale && rackU > parts.rack->uHeight)
        return "--per-rack " + std::to_string(o.perRack) + " does not fit: " + std::to_string(o.perRack) + " × " + o.nodeId + " (" +
               fmtU(node.uHeight) + "U) + " + std::to_string(2 * pdus.perFeed) + " × " + pdus.pdu->id + " (" +
               fmtU(pdus.pdu->uHeight) + "U) need " + fmtU(rackU) + "U; " + o.rackId + " has " + std::to_string(parts.rack->uHeight) + "U";
    if (o.budgetKw && gpu.w > *o.budgetKw * 1000.0)
        return "--budget-kw " + fmtGrouped(*o.budgetKw, 1) + ": " + std::to_string(o.perRack) + " × " + o.nodeId + " draw " + fmtKw(gpu.w);
    const CoolingOption* cooling = parts.cooling;
    if (cooling && (gpu.airW > cooling->airKw * 1000.0 || (gpu.w - gpu.airW > 0 && gpu.w - gpu.airW > cooling->liquidKw * 1000.0)))
        return "--cooling " + o.coolingId + " removes " + fmtGrouped(cooling->airKw, 0) + " kW by air and " +
               fmtGrouped(cooling->liquidKw, 0) + " kW by liquid; a rack of " + std::to_string(o.perRack) + " × " + o.nodeId +
               " needs " + fmtKw(gpu.airW) + " by air and " + fmtKw(gpu.w - gpu.airW) + " by liquid";
    return std::nullopt;
}

}  // namespace pod::gen
