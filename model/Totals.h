#pragma once
// What racks and the whole project add up to: devices by kind, GPUs, dense FLOPS per precision, GPU
// memory, storage, power, heat, weight, rack units. Pure arithmetic on catalog figures.
#include <map>
#include <string>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod {

// Sums over a set of devices.
struct Aggregate {
    std::map<std::string, int> devicesByKind;  // kind key → count
    int devices = 0;
    int gpus = 0;
    double gpuMemoryGb = 0;
    Throughput flops;  // dense TFLOPS (INT8: TOPS)
    double maxW = 0;
    double typicalW = 0;         // typical where the catalog gives it, else max
    int typicalFromMax = 0;      // devices whose typical figure is unknown and counted at max
    double deviceWeightKg = 0;
    double storageRawTb = 0;
    double storageUsableTb = 0;
    // The heat (max draw) by where it goes (model/Cooling.h deviceHeat): cold plates vs air.
    double heatLiquidW = 0;
    double heatAirW = 0;

    void addDevice(const Equipment& equipment, const Catalog& catalog);
    void addAggregate(const Aggregate& other);
    double heatBtuPerHour() const { return maxW * kBtuPerHourPerWatt; }
};

struct RackTotals {
    std::string rackId;
    Aggregate sum;
    double rackWeightKg = 0;   // the empty rack
    int uCapacity = 0;
    double uUsed = 0;          // rack units occupied on either face
    double footprintM2 = 0;
    double powerBudgetW = 0;
    double totalWeightKg() const { return rackWeightKg + sum.deviceWeightKg; }
    double uFree() const { return uCapacity - uUsed; }
};

struct ProjectTotals {
    Aggregate sum;
    int racks = 0;
    int uCapacity = 0;
    double uUsed = 0;
    double rackWeightKg = 0;
    double footprintM2 = 0;
    double roomAreaM2 = 0;
    double pue = 1;
    std::vector<RackTotals> perRack;           // in project rack order
    std::map<std::string, Aggregate> perRow;   // by rack row ("" for racks without a row)
    double itKwPerRoomM2() const { return roomAreaM2 > 0 ? sum.maxW / 1000.0 / roomAreaM2 : 0.0; }
    double totalWeightKg() const { return rackWeightKg + sum.deviceWeightKg; }
    double facilityW() const { return sum.maxW * pue; }
};

RackTotals computeRackTotals(const Rack& rack, const std::vector<const Device*>& devices, const Catalog& catalog);
ProjectTotals computeTotals(const Project& project, const Catalog& catalog);
// Project totals from per-rack totals given in project rack order.
ProjectTotals sumTotals(const Project& project, std::vector<RackTotals> perRack);
// Adds one rack's figures to t's project sums (sum, racks, U, rack weight, footprint), as sumTotals does.
void addRackTotals(ProjectTotals& t, const RackTotals& rack);

// For keeping totals current across edits (IncrementalChecker), bit for bit equal to sumTotals:
// re-adds in rack order every project sum that sumTotals builds from t.perRack, except
// sum.devicesByKind and perRow, which the caller patches (counts by addKinds, rows by sumRow).
void resumRackScalars(ProjectTotals& t);
// Adds (sign +1) or takes away (sign -1) one rack's device counts by kind; kinds left at 0 are dropped.
void addKinds(std::map<std::string, int>& kinds, const std::map<std::string, int>& rack, int sign);
// One row's aggregate: the sums of the racks at `racks` (indices into t.perRack, in rack order).
Aggregate sumRow(const ProjectTotals& t, const std::vector<std::size_t>& racks);

// Stable JSON (documented in README.md, "JSON output").
Json totalsToJson(const ProjectTotals& totals, const Project& project);

}  // namespace pod
