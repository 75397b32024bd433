#include "../PowerBand.h"
#include "../Totals.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverBudget{"power.rack-budget", Severity::Error, "The rack's summed max draw is above its power budget."};
constexpr FindingCode kAboveLine{"power.rack-budget-warning-line", Severity::Warning,
                                 "The rack's summed max draw is above the project's power warning line "
                                 "(settings.power_warning_percent) but within its budget."};
constexpr FindingCode kNoBudget{"power.rack-budget-unset", Severity::Warning, "The rack draws power but has no power budget set."};

// Sum of the rack's max draw against its power budget: error above, warning above the project's warning
// line (settings.power_warning_percent, default 80 %; model/PowerBand.h).
class RackPowerBudgetRule : public BasicRule {
public:
    RackPowerBudgetRule()
        : BasicRule("power.rack-budget", "Rack power budget",
                    "The sum of the devices' maximum draw must stay within the rack's power budget; above the "
                    "project's warning line (default " +
                        warningLineText(kDefaultPowerWarningPercent / 100.0) + ") it is a warning.",
                    RuleScope::Rack, {kOverBudget, kAboveLine, kNoBudget}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        double load = ctx.rackMaxW(rack);
        std::string head = "Rack " + ctx.rackName(rack) + ": ";
        if (rack.powerBudgetW <= 0) {
            if (load > 0) out.push_back(make(kNoBudget, head + fmtKw(load) + " drawn with no power budget set", {rack.id}, rack.position));
            return;
        }
        const double fraction = load / rack.powerBudgetW;
        const double line = powerWarningFraction(ctx.project().settings);
        const LoadBand band = loadBand(fraction, line);
        if (band == LoadBand::Over)
            out.push_back(make(kOverBudget, head + fmtKw(load) + " > budget " + fmtKw(rack.powerBudgetW), {rack.id}, rack.position));
        else if (band == LoadBand::Warning)
            out.push_back(make(kAboveLine,
                               head + fmtKw(load) + " is " + pct(fraction) + " of budget " + fmtKw(rack.powerBudgetW) + " (> " +
                                   warningLineText(line) + ")",
                               {rack.id}, rack.position));
    }
};
}  // namespace
std::unique_ptr<Rule> rackPowerBudget() { return std::make_unique<RackPowerBudgetRule>(); }
}  // namespace pod::rules
