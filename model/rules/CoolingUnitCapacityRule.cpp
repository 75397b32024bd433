#include "../Cooling.h"
#include "../PowerBand.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverCapacity{"cooling.unit-capacity", Severity::Error,
                                    "A cooling unit's share of the heat of the racks it serves is above its rated capacity."};
constexpr FindingCode kAboveLine{"cooling.unit-capacity-warning-line", Severity::Warning,
                                 "A cooling unit's load is above the project's warning line (settings.power_warning_percent) "
                                 "but within its capacity."};

// Each cooling unit's load (the liquid share of its racks for a CDU, the air share for a door or CRAH; a
// rack served by several units splits it by capacity) against the unit's rated capacity: error above it,
// warning above the project's warning line (model/PowerBand.h), as for rack power.
class CoolingUnitCapacityRule : public BasicRule {
public:
    CoolingUnitCapacityRule()
        : BasicRule("cooling.unit-capacity", "Cooling unit capacity",
                    "Each CDU, rear door or CRAH must carry its share of the liquid (or air) heat of the racks it serves "
                    "within its rated capacity; above the project's warning line it is a warning.",
                    RuleScope::Project, {kOverCapacity, kAboveLine}) {}
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        if (ctx.project().layout.coolingUnits.empty()) return;
        const CoolingReport report = computeCooling(ctx.project(), ctx.catalog());
        const double line = powerWarningFraction(ctx.project().settings);
        for (const UnitLoad& u : report.units) {
            const LoadBand band = loadBand(u.fraction(), line);
            if (band != LoadBand::Over && band != LoadBand::Warning) continue;
            const std::string head = "Cooling unit " + (u.unit->name.empty() ? u.unit->id : u.unit->name) + " (" +
                                     coolingUnitModelName(ctx.catalog(), u.unit->catalogId) + "): " +
                                     std::string(coolingMediumKey(u.spec->medium)) + " load " + fmtKw(u.loadW);
            std::vector<std::string> items{u.unit->id};
            items.insert(items.end(), u.racks.begin(), u.racks.end());
            if (band == LoadBand::Over)
                out.push_back(make(kOverCapacity, head + " > capacity " + fmtKw(u.capacityW), items, u.unit->position));
            else
                out.push_back(make(kAboveLine,
                                   head + " is " + pct(u.fraction()) + " of capacity " + fmtKw(u.capacityW) + " (> " +
                                       warningLineText(line) + ")",
                                   items, u.unit->position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> coolingUnitCapacity() { return std::make_unique<CoolingUnitCapacityRule>(); }
}  // namespace pod::rules
