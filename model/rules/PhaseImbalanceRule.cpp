#include "../power/PowerFlow.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kImbalance{"power.phase-imbalance", Severity::Warning,
                                 "A three-phase distribution node's phase loads differ from their mean by more than "
                                 "settings.phase_imbalance_percent (default 10 %)."};

// Imbalance = the largest deviation of a phase's load from the mean of the three, as a share of the mean
// (5 / 5 / 8 kW → mean 6 → 33 %).
class PhaseImbalanceRule : public BasicRule {
public:
    PhaseImbalanceRule()
        : BasicRule("power.phase-imbalance", "Phase balance",
                    "Single-phase loads on a three-phase node should be spread over L1, L2 and L3.", RuleScope::Project,
                    {kImbalance}) {}
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Project& p = ctx.project();
        if (p.powerChain.empty()) return;
        const double limit = p.settings.phaseImbalancePercent.value_or(kDefaultPhaseImbalancePercent) / 100;
        const PowerFlow& flow = ctx.powerFlow();
        for (const auto& n : flow.nodes) {
            if (!isDistribution(n.node->kind) || n.node->phases != 3 || n.loadW <= 0) continue;
            const double imbalance = n.phaseImbalance();
            if (imbalance <= limit + 1e-9) continue;
            const auto a = n.phaseCurrentA();
            out.push_back(make(kImbalance,
                               std::string(powerNodeKindKey(n.node->kind)) + " " + n.node->id + ": phases L1/L2/L3 " +
                                   fmtFixed(a[0], 1) + " / " + fmtFixed(a[1], 1) + " / " + fmtFixed(a[2], 1) + " A, " +
                                   pct(imbalance) + " from the mean (> " + pct(limit) + ")",
                               {n.node->id}, std::nullopt));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> phaseImbalance() { return std::make_unique<PhaseImbalanceRule>(); }
}  // namespace pod::rules
