#include "Totals.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "Cooling.h"
#include "Geometry.h"
#include "JsonRead.h"

namespace pod {

void Aggregate::addDevice(const Equipment& e, const Catalog& catalog) {
    ++devices;
    ++devicesByKind[std::string(kindKey(e.kind))];
    maxW += e.maxW;
    if (e.typicalW) {
        typicalW += *e.typicalW;
    } else {
        typicalW += e.maxW;
        if (e.maxW > 0) ++typicalFromMax;
    }
    deviceWeightKg += e.weightKg;
    const HeatSplit heat = deviceHeat(e);
    heatLiquidW += heat.liquidW;
    heatAirW += heat.airW;
    if (e.storage) {
        storageRawTb += e.storage->rawTb;
        storageUsableTb += e.storage->effectiveUsableTb();
    }
    if (e.acceleratorCount > 0) {
        if (const Accelerator* a = catalog.accelerator(e.acceleratorRef)) {
            gpus += e.acceleratorCount;
            gpuMemoryGb += a->memoryGb * e.acceleratorCount;
            flops.add(a->throughput, e.acceleratorCount);
        }
    }
}

void Aggregate::addAggregate(const Aggregate& o) {
    for (const auto& [k, n] : o.devicesByKind) devicesByKind[k] += n;
    devices += o.devices;
    gpus += o.gpus;
    gpuMemoryGb += o.gpuMemoryGb;
    flops.add(o.flops, 1.0);
    maxW += o.maxW;
    typicalW += o.typicalW;
    typicalFromMax += o.typicalFromMax;
    deviceWeightKg += o.deviceWeightKg;
    storageRawTb += o.storageRawTb;
    storageUsableTb += o.storageUsableTb;
    heatLiquidW += o.heatLiquidW;
    heatAirW += o.heatAirW;
}

RackTotals computeRackTotals(const Rack& rack, const std::vector<const Device*>& devices, const Catalog& catalog) {
    RackTotals t;
    t.rackId = rack.id;
    t.powerBudgetW = rack.powerBudgetW;
    const RackModel* model = catalog.rack(rack.model);
    if (model) {
        t.rackWeightKg = model->weightKg;
        t.uCapacity = model->uHeight;
        t.footprintM2 = double(model->widthMm) * double(model->depthMm) / 1e6;
    }
    // Half-U slots occupied on either face; overlapping devices are counted once.
    std::vector<bool> occupied(std::size_t(std::max(0, t.uCapacity)) * 2, false);
    for (const Device* d : devices) {
        const Equipment* e = catalog.equipment(d->catalogId);
        if (!e) continue;
        t.sum.addDevice(*e, catalog);
        if (e->uHeight <= 0 || d->u < 1) continue;
        long first = std::lround((d->u - 1) * 2);
        long last = first + std::lround(e->uHeight * 2);
        for (long s = std::max(0L, first); s < std::min<long>(last, long(occupied.size())); ++s) occupied[std::size_t(s)] = true;
    }
    t.uUsed = double(std::count(occupied.begin(), occupied.end(), true)) / 2.0;
    return t;
}

void addRackTotals(ProjectTotals& t, const RackTotals& rt) {
    t.sum.addAggregate(rt.sum);
    ++t.racks;
    t.uCapacity += rt.uCapacity;
    t.uUsed += rt.uUsed;
    t.rackWeightKg += rt.rackWeightKg;
    t.footprintM2 += rt.footprintM2;
}

ProjectTotals sumTotals(const Project& project, std::vector<RackTotals> perRack) {
    ProjectTotals t;
    t.pue = project.room.pue;
    t.roomAreaM2 = geo::areaM2(geo::toPolygon(project.room.outline));
    for (std::size_t i = 0; i < perRack.size(); ++i) {
        const RackTotals& rt = perRack[i];
        addRackTotals(t, rt);
        if (i < project.layout.racks.size()) t.perRow[project.layout.racks[i].row].addAggregate(rt.sum);
    }
    t.perRack = std::move(perRack);
    return t;
}

ProjectTotals computeTotals(const Project& project, const Catalog& catalog) {
    std::unordered_map<std::string, std::vector<const Device*>> byRack;
    for (const auto& d : project.layout.devices) byRack[d.rack].push_back(&d);
    static const std::vector<const Device*> none;
    std::vector<RackTotals> perRack;
    perRack.reserve(project.layout.racks.size());
    for (const auto& rack : project.layout.racks) {
        auto it = byRack.find(rack.id);
        perRack.push_back(computeRackTotals(rack, it == byRack.end() ? none : it->second, catalog));
    }
    return sumTotals(project, std::move(perRack));
}

void resumRackScalars(ProjectTotals& t) {
    // The same additions, in the same order, as Aggregate::addAggregate and sumTotals.
    Aggregate s;
    s.devicesByKind = std::move(t.sum.devicesByKind);
    int uCapacity = 0;
    double uUsed = 0, rackWeightKg = 0, footprintM2 = 0;
    for (const RackTotals& rt : t.perRack) {
        const Aggregate& o = rt.sum;
        s.devices += o.devices;
        s.gpus += o.gpus;
        s.gpuMemoryGb += o.gpuMemoryGb;
        s.flops.add(o.flops, 1.0);
        s.maxW += o.maxW;
        s.typicalW += o.typicalW;
        s.typicalFromMax += o.typicalFromMax;
        s.deviceWeightKg += o.deviceWeightKg;
        s.storageRawTb += o.storageRawTb;
        s.storageUsableTb += o.storageUsableTb;
        s.heatLiquidW += o.heatLiquidW;
        s.heatAirW += o.heatAirW;
        uCapacity += rt.uCapacity;
        uUsed += rt.uUsed;
        rackWeightKg += rt.rackWeightKg;
        footprintM2 += rt.footprintM2;
    }
    t.sum = std::move(s);
    t.racks = int(t.perRack.size());
    t.uCapacity = uCapacity;
    t.uUsed = uUsed;
    t.rackWeightKg = rackWeightKg;
    t.footprintM2 = footprintM2;
}

void addKinds(std::map<std::string, int>& kinds, const std::map<std::string, int>& rack, int sign) {
    for (const auto& [kind, n] : rack) {
        auto it = kinds.try_emplace(kind, 0).first;
        it->second += sign * n;
        if (it->second == 0) kinds.erase(it);
    }
}

Aggregate sumRow(const ProjectTotals& t, const std::vector<std::size_t>& racks) {
    Aggregate a;
    for (std::size_t k : racks) a.addAggregate(t.perRack[k].sum);
    return a;
}

namespace {
Json round3(double v) { return json::numberJson(std::round(v * 1000.0) / 1000.0); }

Json aggregateJson(const Aggregate& a) {
    Json j;
    j["devices"] = a.devices;
    j["devices_by_kind"] = a.devicesByKind;
    j["gpus"] = a.gpus;
    j["gpu_memory_gb"] = round3(a.gpuMemoryGb);
    Json flops = Json::object();
    for (Precision p : kPrecisions)
        if (auto v = a.flops.get(p)) flops[std::string(precisionKey(p))] = round3(*v);
    j["tflops_dense"] = flops;
    j["power_max_w"] = round3(a.maxW);
    j["power_typical_w"] = round3(a.typicalW);
    j["typical_counted_at_max"] = a.typicalFromMax;
    j["heat_btu_h"] = round3(a.heatBtuPerHour());
    j["heat_liquid_w"] = round3(a.heatLiquidW);
    j["heat_air_w"] = round3(a.heatAirW);
    j["device_weight_kg"] = round3(a.deviceWeightKg);
    j["storage_raw_tb"] = round3(a.storageRawTb);
    j["storage_usable_tb"] = round3(a.storageUsableTb);
    return j;
}
}  // namespace

Json totalsToJson(const ProjectTotals& t, const Project& project) {
    Json j = aggregateJson(t.sum);
    j["racks"] = t.racks;
    j["u_capacity"] = t.uCapacity;
    j["u_used"] = round3(t.uUsed);
    j["u_free"] = round3(t.uCapacity - t.uUsed);
    j["rack_weight_kg"] = round3(t.rackWeightKg);
    j["total_weight_kg"] = round3(t.totalWeightKg());
    j["footprint_m2"] = round3(t.footprintM2);
    j["room_area_m2"] = round3(t.roomAreaM2);
    j["it_kw_per_room_m2"] = round3(t.itKwPerRoomM2());
    Json rows = Json::object();
    for (const auto& [row, agg] : t.perRow) rows[row] = aggregateJson(agg);
    j["per_row"] = rows;
    j["pue"] = round3(t.pue);
    j["facility_power_w"] = round3(t.facilityW());
    // Switches per tier of each fabric in the network plan (cable counts per tier: "cables"/"fabrics").
    Json fabrics = Json::array();
    for (const auto& f : project.layout.network.fabrics)
        fabrics.push_back({{"id", f.id}, {"kind", f.kind}, {"leaves", f.leaves.size()}, {"spines", f.spines.size()}, {"cores", f.cores.size()}});
    j["fabrics"] = fabrics;
    Json racks = Json::array();
    for (const auto& rt : t.perRack) {
        Json r = aggregateJson(rt.sum);
        r["id"] = rt.rackId;
        const Rack* rack = project.rack(rt.rackId);
        r["name"] = rack ? rack->name : rt.rackId;
        r["u_capacity"] = rt.uCapacity;
        r["u_used"] = round3(rt.uUsed);
        r["u_free"] = round3(rt.uFree());
        r["rack_weight_kg"] = round3(rt.rackWeightKg);
        r["total_weight_kg"] = round3(rt.totalWeightKg());
        r["power_budget_w"] = round3(rt.powerBudgetW);
        racks.push_back(r);
    }
    j["per_rack"] = racks;
    return j;
}

}  // namespace pod
