#pragma once
// Cost and total cost of ownership of a pod from a user's price book (PriceBook.h): capex over the bill
// of materials, optional facility build-out per kW, energy and maintenance per year and over N years,
// and per-unit figures (per GPU, per PFLOPS at one precision, per rack).
//
// What is priced, one line per catalog id:
//   - every BOM line (model/Bom.h): racks and devices per item, cable media per METRE of the cables of that
//     medium (PriceBook.h's per-metre convention); cables no medium reaches are a line with id "" that can
//     never be priced;
//   - cooling, per item: each rack's cooling option (a rear door, containment, …: one per rack naming it) plus
//     each cooling unit of the layout (layout.coolingUnits, by catalog id); an id used both ways is one
//     line counting both.
// A line without a price in the book is listed in `unpriced` and adds nothing to capex: capex is then the
// sum over the priced lines only, and every output says which ids are missing (never a silent zero).
//
// Formulas (energyBasis picks IT typical or IT max draw):
//   capex          = Σ quantity × unit price + buildout
//   buildout       = IT max kW × buildoutPerKw (facility power and cooling are sized for the max draw)
//   energy / year  = IT kW × PUE × 8,760 h × kWh price
//   maintenance    = capex × maintenancePercent / 100 per year
//   TCO over N     = capex + N × (energy / year + maintenance / year)
//   per GPU, per rack, per PFLOPS: capex divided by GPUs, racks, dense PFLOPS at `precision`
//     (default FP8: the precision AI training and inference on current GPUs is bought for; a pod without
//     that precision has no per-PFLOPS figure, rather than a figure at some other precision).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Catalog.h"
#include "Precision.h"
#include "PriceBook.h"
#include "Project.h"

namespace pod {

inline constexpr double kHoursPerYear = 8760;

enum class EnergyBasis { Typical, Max };
std::string_view energyBasisKey(EnergyBasis basis);  // "typical" | "max"
std::optional<EnergyBasis> energyBasisFromKey(std::string_view key);

struct CostOptions {
    std::optional<double> kwhPrice;  // per kWh, in the book's currency; unset: energy is not priced
    int years = 5;
    EnergyBasis energyBasis = EnergyBasis::Typical;
    double maintenancePercent = 0;   // of capex, per year
    double buildoutPerKw = 0;        // per kW of IT max draw; 0: no build-out line
    Precision precision = Precision::Fp8;
};

struct CostLine {
    std::string catalogId;  // "" for cables no medium reaches
    std::string kind;       // catalog kind (rack, gpu_node, …, cable_media) or "cooling"
    std::string name;       // vendor and model
    int count = 0;          // items (cable media: cables)
    double quantity = 0;    // what the unit price multiplies: items, or metres for cable media
    bool perMetre = false;
    std::optional<double> unitPrice;  // unset: not in the book
    double extended() const { return unitPrice ? *unitPrice * quantity : 0.0; }
};

struct CostReport {
    std::string currency;
    std::string priceBook;  // the book's file
    CostOptions options;
    std::vector<CostLine> lines;
    std::vector<std::string> unpriced;  // ids of the lines without a price, in line order
    double equipment = 0;               // Σ extended over the priced lines
    double itKwMax = 0, itKwTypical = 0;
    double pue = 1;
    double buildout = 0;
    double energyKwhPerYear = 0;
    std::optional<double> energyPerYear;  // only with a kWh price
    int gpus = 0, racks = 0;
    std::optional<double> pflops;  // dense, at options.precision

    double itKw() const { return options.energyBasis == EnergyBasis::Max ? itKwMax : itKwTypical; }
    double capex() const { return equipment + buildout; }
    double maintenancePerYear() const { return capex() * options.maintenancePercent / 100.0; }
    std::optional<double> energyOverYears() const;
    std::optional<double> tco() const;  // needs the energy price
    std::optional<double> perGpu() const;
    std::optional<double> perRack() const;
    std::optional<double> perPflops() const;
    std::optional<double> tcoPerGpu() const;
    bool complete() const { return unpriced.empty(); }
};

CostReport computeCost(const Project& project, const Catalog& catalog, const PriceBook& book, const CostOptions& options);

// {currency, price_book, capex, capex_complete, equipment, buildout, energy_basis, it_kw, pue,
//  energy_kwh_per_year, kwh_price, energy_per_year, years, energy_over_years, maintenance_percent,
//  maintenance_per_year, tco, per_gpu, per_rack, per_pflops, per_pflops_precision, tco_per_gpu,
//  unpriced: [ids], lines: [{id, kind, name, count, quantity, unit, unit_price, extended}]};
// figures that cannot be computed are null; money rounded to 2 decimals.
Json costToJson(const CostReport& report);

// B − A of every number costToJson has (null where either side is null), and per line id (union of both
// sides, a missing line counting as 0): {quantity, extended}.
Json costDiffJson(const CostReport& a, const CostReport& b);

// "1,234,567 USD"
std::string fmtMoney(double value, const std::string& currency, int decimals = 0);

}  // namespace pod
