#include "../PowerBand.h"
#include "../power/PowerFlow.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOver{"power.chain-capacity", Severity::Error,
                            "A power chain node (source, UPS, switchboard, RPP, busway) carries more than its capacity "
                            "(distribution: its derated rating)."};
constexpr FindingCode kAboveLine{"power.chain-capacity-warning-line", Severity::Warning,
                                 "A power chain node is above the project's power warning line but within its capacity."};

// Every node of the power chain, in normal operation, against its capacity: sources' kW, a UPS's modules ×
// module kW, a distribution node's √3 × V × A (or V × A) at its continuous-load derating.
class PowerChainCapacityRule : public BasicRule {
public:
    PowerChainCapacityRule()
        : BasicRule("power.chain-capacity", "Power chain capacity",
                    "Each source, UPS and distribution node must carry the racks below it within its capacity; above the "
                    "warning line is a warning.",
                    RuleScope::Project, {kOver, kAboveLine}) {}
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Project& p = ctx.project();
        if (p.powerChain.empty()) return;
        const PowerFlow& flow = ctx.powerFlow();
        const double line = powerWarningFraction(p.settings);
        for (const auto& n : flow.nodes) {
            if (n.loadW <= 0) continue;
            const LoadBand band = n.capacityW > 0 ? loadBand(n.fraction(), line) : LoadBand::Over;
            const std::string what = std::string(powerNodeKindKey(n.node->kind)) + " " + n.node->id + ": load " + fmtKw(n.loadW);
            if (band == LoadBand::Over)
                out.push_back(make(kOver, what + " > capacity " + fmtKw(n.capacityW) + " (" + pct(n.fraction()) + ")", {n.node->id},
                                   std::nullopt));
            else if (band == LoadBand::Warning)
                out.push_back(make(kAboveLine,
                                   what + " is " + pct(n.fraction()) + " of capacity " + fmtKw(n.capacityW) + " (> " +
                                       warningLineText(line) + ")",
                                   {n.node->id}, std::nullopt));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> powerChainCapacity() { return std::make_unique<PowerChainCapacityRule>(); }
}  // namespace pod::rules
