#pragma once
// The cooling chain's arithmetic, in one place: how a device's heat splits into a liquid share (cold plates,
// to a CDU) and an air share (to a rear door or the room's CRAHs); which racks each cooling unit serves and
// the load it carries; coolant and air flows at the project's ΔT settings; and the groups of units that
// share racks, pooled for N-1 (lose the group's largest unit: can the rest carry the load?). Rules, totals,
// and later the command line, GUI and PDF all ask here.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod {

// Settings (settings.coolant_delta_t_k / settings.air_delta_t_f); unset = these defaults, not written.
inline constexpr double kDefaultCoolantDeltaTK = 10;
inline constexpr double kDefaultAirDeltaTF = 20;
inline constexpr double kMinCoolantDeltaTK = 1, kMaxCoolantDeltaTK = 50;
inline constexpr double kMinAirDeltaTF = 1, kMaxAirDeltaTF = 90;

// Water: c_p = 4.186 kJ/(kg·K), 1 kg ≈ 1 L. Air: BTU/h = 1.08 × CFM × ΔT °F (sea-level sensible heat).
inline constexpr double kWaterKjPerKgK = 4.186;
inline constexpr double kAirBtuPerHourPerCfmF = 1.08;

double coolantDeltaTK(const ProjectSettings& settings);
double airDeltaTF(const ProjectSettings& settings);

// Litres per minute of water that carry `liquidW` away at a rise of `deltaTK`: kW / (4.186 × ΔT) × 60.
double coolantLitresPerMinute(double liquidW, double deltaTK);
// Cubic feet per minute of air that carry `airW` away at a rise of `deltaTF`: W × 3.412 / (1.08 × ΔT).
double airCfm(double airW, double deltaTF);

// Heat by where it goes. liquid + air = the IT heat (max draw) exactly as the figures add.
struct HeatSplit {
    double liquidW = 0;
    double airW = 0;
    double totalW() const { return liquidW + airW; }
    double of(CoolingMedium m) const { return m == CoolingMedium::Liquid ? liquidW : airW; }
    void add(const HeatSplit& o) {
        liquidW += o.liquidW;
        airW += o.airW;
    }
};

// One device: liquid = max W × liquid_fraction, air = the rest.
HeatSplit deviceHeat(const Equipment& equipment);

// The cooling_unit figure of a catalog entry (a CDU/CRAH equipment entry or a rear-door cooling option);
// nothing when the id is no cooling unit.
const CoolingUnitSpec* coolingUnitSpec(const Catalog& catalog, const std::string& catalogId);
// "Vertiv CoolChip CDU 600 (…)": vendor and model of a cooling-unit catalog entry, for messages.
std::string coolingUnitModelName(const Catalog& catalog, const std::string& catalogId);

// The racks a unit serves, in layout order: the listed racks, or every rack of the listed rows. Ids
// that name no rack in `layout` are skipped.
std::vector<std::string> servedRacks(const CoolingUnit& unit, const Layout& layout);

// A unit's share of the heat of the racks it serves. A rack served by several units of the same medium
// splits its share among them in proportion to their capacities.
struct UnitLoad {
    const CoolingUnit* unit = nullptr;
    const CoolingUnitSpec* spec = nullptr;
    std::vector<std::string> racks;
    double loadW = 0;
    double capacityW = 0;
    double flowLpm = 0;  // liquid units: coolant flow for loadW at coolant_delta_t_k
    double flowCfm = 0;  // air units: air flow for loadW at air_delta_t_f
    std::size_t group = 0;  // index into CoolingReport::groups
    double fraction() const { return capacityW > 0 ? loadW / capacityW : 0.0; }
};

// Units of one medium whose served racks overlap (directly or through each other): they pool capacity.
struct UnitGroup {
    CoolingMedium medium = CoolingMedium::Liquid;
    std::vector<std::size_t> units;   // indices into CoolingReport::units, in project order
    std::vector<std::string> racks;   // union of the served racks, in layout order
    double loadW = 0;                 // the medium's share of those racks' heat
    double capacityW = 0;
    std::size_t largest = 0;          // index into CoolingReport::units: the largest unit (first if tied)
    double largestW = 0;
    // N-1: what is left when the largest unit fails.
    double capacityWithoutLargestW() const { return capacityW - largestW; }
    bool carriesWithoutLargest() const { return loadW <= capacityWithoutLargestW(); }
};

struct CoolingReport {
    std::vector<UnitLoad> units;   // the layout's units that name a cooling-unit catalog entry, in order
    std::vector<UnitGroup> groups;
};

// How to get a rack's heat: by default from the catalog (deviceHeat over the rack's devices).
using RackHeatFn = std::function<HeatSplit(const Rack&)>;
CoolingReport computeCooling(const Project& project, const Catalog& catalog, const RackHeatFn& rackHeat);
CoolingReport computeCooling(const Project& project, const Catalog& catalog);

// `totals --json`'s "cooling": ΔT settings, every unit (load, capacity, %, flow, racks) and every group
// (load, capacity, capacity without its largest unit, whether it carries N-1).
Json coolingToJson(const CoolingReport& report, const Project& project, const Catalog& catalog);

}  // namespace pod
