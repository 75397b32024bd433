#include "../Cooling.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kShort{"cooling.n-minus-1", Severity::Error,
                             "Units that share racks cannot carry those racks' liquid (or air) load when their largest unit "
                             "fails."};
constexpr FindingCode kSingle{"cooling.n-minus-1-single", Severity::Warning,
                              "A cooling unit is the only one of its medium for the racks it serves: if it fails, their load "
                              "has no cooling (an in-rack CDU's own N+1 pumps are not modelled)."};

std::string unitLabel(const UnitLoad& u) { return u.unit->name.empty() ? u.unit->id : u.unit->name; }

// N-1 per group of units that share racks (model/Cooling.h): lose the group's largest unit; the rest must
// still carry the group's load. A group of one unit reports under its own code.
class CoolingRedundancyRule : public BasicRule {
public:
    CoolingRedundancyRule()
        : BasicRule("cooling.n-minus-1", "Cooling N-1",
                    "When the largest of the cooling units serving a set of racks fails, the remaining units must still "
                    "carry those racks' liquid (or air) load.",
                    RuleScope::Project, {kShort, kSingle}) {}
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        if (ctx.project().layout.coolingUnits.empty()) return;
        const CoolingReport report = computeCooling(ctx.project(), ctx.catalog());
        for (const UnitGroup& g : report.groups) {
            if (!(g.loadW > 0) || g.carriesWithoutLargest()) continue;
            const UnitLoad& largest = report.units[g.largest];
            const std::string medium(coolingMediumKey(g.medium));
            std::vector<std::string> items;
            for (std::size_t k : g.units) items.push_back(report.units[k].unit->id);
            items.insert(items.end(), g.racks.begin(), g.racks.end());
            if (g.units.size() == 1) {
                out.push_back(make(kSingle,
                                   "Cooling unit " + unitLabel(largest) + " is the only " + medium + " unit for " +
                                       std::to_string(g.racks.size()) + " rack(s): if it fails, " + fmtKw(g.loadW) + " of " +
                                       medium + " load has no cooling",
                                   items, largest.unit->position));
                continue;
            }
            std::string names;
            for (std::size_t k : g.units) names += (names.empty() ? "" : ", ") + unitLabel(report.units[k]);
            out.push_back(make(kShort,
                               "Cooling units " + names + ": without " + unitLabel(largest) + " (" + fmtKw(largest.capacityW) +
                                   ") the remaining " + fmtKw(g.capacityWithoutLargestW()) + " < " + medium + " load " +
                                   fmtKw(g.loadW),
                               items, largest.unit->position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> coolingNMinus1() { return std::make_unique<CoolingRedundancyRule>(); }
}  // namespace pod::rules
