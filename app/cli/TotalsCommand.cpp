#include <iomanip>
#include <ostream>
#include <sstream>

#include "Bom.h"
#include "Cabling.h"
#include "Commands.h"
#include "Cooling.h"
#include "CostArgs.h"
#include "CostText.h"
#include "LoadProject.h"
#include "PowerFlow.h"
#include "SiteTotals.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod::cli {

namespace {

std::string kindList(const std::map<std::string, int>& byKind) {
    std::string s;
    for (const auto& [kind, n] : byKind) s += (s.empty() ? "" : ", ") + kind + " " + std::to_string(n);
    return s;
}

void row(std::ostream& out, const std::string& label, const std::string& value) {
    out << "  " << std::left << std::setw(18) << label << value << "\n";
}

}  // namespace

int totalsCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    auto costArgs = parseCostArgs(args);
    if (auto* e = std::get_if<CostArgsError>(&costArgs)) return reportCostArgsError(*e, "totals", args.flag("--json"), io.out, io.err);
    const auto& cost = std::get<std::optional<CostArgs>>(costArgs);
    auto project = loadProjectArgument(args, catalog, io, "totals");
    if (!project) return kExitBadInput;
    ProjectTotals t = computeTotals(*project, catalog);
    Cabling cabling = deriveCabling(*project, catalog);
    std::vector<BomLine> bom = billOfMaterials(*project, catalog, cabling);
    if (args.flag("--json")) {
        Json j = totalsToJson(t, *project);
        j["file"] = args.positional().front();
        j["project"] = project->meta.name;
        j["cables"] = cablingToJson(cabling);
        j["bom"] = bomToJson(bom);
        j["cooling"] = coolingToJson(computeCooling(*project, catalog), *project, catalog);
        if (!project->powerChain.empty()) j["power_chain"] = powerFlowToJson(computePowerFlow(*project, catalog));
        if (cost) j["cost"] = costToJson(computeCost(*project, catalog, cost->book, cost->options));
        if (!project->halls.empty()) {
            Json halls = Json::array();
            for (const auto& h : computeHallTotals(*project, catalog)) halls.push_back(hallTotalsToJson(h, *project));
            j["halls"] = std::move(halls);
        }
        io.out << j.dump(2) << "\n";
        return kExitOk;
    }
    const Aggregate& s = t.sum;
    std::ostream& out = io.out;
    out << (project->meta.name.empty() ? args.positional().front() : project->meta.name) << "\n";
    row(out, "Racks", std::to_string(t.racks) + " (" + fmtGrouped(t.footprintM2, 2) + " m² footprint)");
    row(out, "Rack units", fmtU(t.uUsed) + " used of " + std::to_string(t.uCapacity) + ", " + fmtU(t.uCapacity - t.uUsed) + " free");
    row(out, "Devices", std::to_string(s.devices) + " (" + kindList(s.devicesByKind) + ")");
    row(out, "GPUs", std::to_string(s.gpus));
    row(out, "GPU memory", fmtGrouped(s.gpuMemoryGb, 0) + " GB");
    for (Precision p : kPrecisions)
        if (auto v = s.flops.get(p))
            row(out, std::string(precisionLabel(p)), fmtThroughput(p, *v) + " (dense)");
    row(out, "IT power (max)", fmtKw(s.maxW));
    row(out, "IT power (typ.)", fmtKw(s.typicalW) + (s.typicalFromMax ? " (" + std::to_string(s.typicalFromMax) + " devices without a typical figure counted at max)" : ""));
    row(out, "Facility power", fmtKw(t.facilityW()) + " (PUE " + fmtFixed(t.pue, 2) + ")");
    row(out, "Heat", fmtGrouped(s.heatBtuPerHour(), 0) + " BTU/h" +
                         (s.heatLiquidW > 0 ? " (" + fmtKw(s.heatLiquidW) + " liquid, " + fmtKw(s.heatAirW) + " air)" : ""));
    const CoolingReport cooling = computeCooling(*project, catalog);
    for (const auto& u : cooling.units)
        row(out, "Cooling unit", (u.unit->name.empty() ? u.unit->id : u.unit->name) + ": " + fmtKw(u.loadW) + " of " + fmtKw(u.capacityW) +
                                     " (" + fmtFixed(u.fraction() * 100, 1) + " %), " +
                                     (u.spec->medium == CoolingMedium::Liquid ? fmtGrouped(u.flowLpm, 1) + " L/min"
                                                                               : fmtGrouped(u.flowCfm, 0) + " CFM"));
    if (!project->powerChain.empty())
        for (const auto& n : computePowerFlow(*project, catalog).nodes)
            row(out, "Power node", n.node->id + " (" + powerNodeKindKey(n.node->kind) + "): " + fmtKw(n.loadW) + " of " + fmtKw(n.capacityW) +
                                       (n.capacityW > 0 ? " (" + fmtFixed(n.fraction() * 100, 1) + " %)" : ""));
    row(out, "Weight", fmtGrouped(t.totalWeightKg(), 1) + " kg (racks " + fmtGrouped(t.rackWeightKg, 1) + " kg + devices " + fmtGrouped(s.deviceWeightKg, 1) + " kg)");
    row(out, "Storage", fmtGrouped(s.storageRawTb, 1) + " TB raw, " + fmtGrouped(s.storageUsableTb, 1) + " TB usable");
    row(out, "Room", fmtGrouped(t.roomAreaM2, 1) + " m², " + fmtFixed(t.itKwPerRoomM2(), 2) + " kW/m² (IT)");
    for (const auto& [medium, total] : cablesByMedium(cabling))
        row(out, "Cables", std::to_string(total.count) + " × " + (medium.empty() ? "NO MEDIUM REACHES" : medium) + ", " +
                               fmtGrouped(double(total.lengthMm) / 1000.0, 1) + " m");
    for (const auto& f : cabling.fabrics)
        row(out, "Fabric " + f.id, std::to_string(f.nodeLinks) + " node links, " + std::to_string(f.uplinks) + " spine uplinks" +
                                       (f.uplinks ? ", " + fmtFixed(f.oversubscription, 2) + ":1" : ""));
    if (!project->halls.empty()) {
        out << "\nPer hall:\n";
        for (const auto& h : computeHallTotals(*project, catalog))
            row(out, h.hall->name, std::to_string(h.totals.racks) + " racks, " + fmtGrouped(h.totals.sum.gpus, 0) + " GPUs, " +
                                       fmtKw(h.totals.sum.maxW) + " IT max, " + fmtGrouped(h.totals.roomAreaM2, 0) + " m², " +
                                       fmtGrouped(double(h.cables), 0) + " cables (" + fmtGrouped(h.cableLengthM / 1000.0, 1) + " km)");
    }
    out << "\nPer rack:\n";
    out << "  " << std::left << std::setw(10) << "Rack" << std::right << std::setw(10) << "U used" << std::setw(12) << "kW max"
        << std::setw(12) << "budget kW" << std::setw(7) << "GPUs" << std::setw(12) << "weight kg" << "\n";
    for (const auto& r : t.perRack) {
        const Rack* rack = project->rack(r.rackId);
        out << "  " << std::left << std::setw(10) << (rack ? rack->name : r.rackId) << std::right << std::setw(10)
            << (fmtU(r.uUsed) + "/" + std::to_string(r.uCapacity)) << std::setw(12) << fmtFixed(r.sum.maxW / 1000.0, 2)
            << std::setw(12) << fmtFixed(r.powerBudgetW / 1000.0, 2) << std::setw(7) << r.sum.gpus << std::setw(12)
            << fmtFixed(r.totalWeightKg(), 1) << "\n";
    }
    out << "\nBill of materials:\n";
    out << "  " << std::left << std::setw(34) << "Catalog id" << std::setw(46) << "Item" << std::right << std::setw(6) << "Qty"
        << std::setw(12) << "kW each" << std::setw(12) << "kW total" << "\n";
    for (const auto& l : bom) {
        std::string qty = std::to_string(l.count);
        std::string each = l.kind == "cable_media" ? fmtGrouped(double(l.totalLengthMm) / 1000.0, 1) + " m" : fmtFixed(l.unitMaxW / 1000.0, 2);
        out << "  " << std::left << std::setw(34) << (l.catalogId.empty() ? "-" : l.catalogId) << std::setw(46)
            << (l.vendor + " " + l.model).substr(0, 45) << std::right << std::setw(6) << qty << std::setw(12) << each << std::setw(12)
            << (l.kind == "cable_media" ? std::string() : fmtFixed(l.totalMaxW / 1000.0, 2)) << "\n";
    }
    if (cost) printCost(out, computeCost(*project, catalog, cost->book, cost->options));
    return kExitOk;
}

}  // namespace pod::cli
