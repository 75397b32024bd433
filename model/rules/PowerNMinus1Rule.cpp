#include <algorithm>

#include "../PowerBand.h"
#include "../power/NMinusOne.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kFails{"power.n-minus-1", Severity::Error,
                             "Some single failure of the power chain (a source, UPS, UPS module, distribution node or rack "
                             "feed) leaves racks dark or a node above its capacity; the finding names the worst."};
constexpr FindingCode kAboveLine{"power.n-minus-1-warning-line", Severity::Warning,
                                 "Every single failure is carried, but the worst leaves a node above the power warning line."};

std::string list(const std::vector<std::string>& ids, std::size_t max = 8) {
    std::string s;
    for (std::size_t i = 0; i < ids.size() && i < max; ++i) s += (i ? ", " : "") + ids[i];
    if (ids.size() > max) s += " and " + std::to_string(ids.size() - max) + " more";
    return s;
}

// Concurrent maintainability (Tier III): take out any one element and the rest must still carry every rack.
class PowerNMinus1Rule : public BasicRule {
public:
    PowerNMinus1Rule()
        : BasicRule("power.n-minus-1", "Power chain N-1",
                    "Losing any one source, UPS, UPS module, distribution node or rack feed must leave every rack powered and "
                    "every node within capacity.",
                    RuleScope::Project, {kFails, kAboveLine}) {}
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Project& p = ctx.project();
        if (p.powerChain.empty()) return;
        const auto outcomes = singleFailures(p, ctx.powerInputs(), ctx.powerFlow());
        std::vector<const FailureOutcome*> failing;
        for (const auto& o : outcomes)
            if (!o.carried()) failing.push_back(&o);
        const FailureOutcome* worst = worstOutcome(outcomes);
        if (!worst) return;
        if (!failing.empty()) {
            std::string msg = "Power N-1: losing " + worst->failure;
            std::vector<std::string> items = worst->darkRacks;
            auto names = [&](const std::vector<std::string>& racks) {
                std::vector<std::string> out;
                for (const auto& r : racks) out.push_back(ctx.rackName(r));
                return list(out);
            };
            if (!worst->darkRacks.empty()) msg += " leaves " + std::to_string(worst->darkRacks.size()) + " rack(s) dark (" + names(worst->darkRacks) + ")";
            for (std::size_t i = 0; i < worst->overloads.size(); ++i) {
                const Overload& o = worst->overloads[i];
                msg += (i || !worst->darkRacks.empty() ? "; " : " puts ") + o.node + " at " + fmtKw(o.loadW) + " of " + fmtKw(o.capacityW) +
                       " (" + pct(o.fraction()) + ", carrying " + std::to_string(o.racks.size()) + " rack(s): " + names(o.racks) + ")";
            }
            for (const auto& o : worst->overloads) {
                items.push_back(o.node);
                for (const auto& r : o.racks)
                    if (std::find(items.begin(), items.end(), r) == items.end()) items.push_back(r);
            }
            if (failing.size() > 1) {
                std::vector<std::string> others;
                for (const auto* f : failing)
                    if (f != worst) others.push_back(f->failure);
                msg += "; " + std::to_string(others.size()) + " other single failure(s) also fail: " + list(others);
            }
            out.push_back(make(kFails, msg, items, std::nullopt));
            return;
        }
        const double line = powerWarningFraction(p.settings);
        if (loadBand(worst->worstFraction, line) == LoadBand::Warning)
            out.push_back(make(kAboveLine,
                               "Power N-1: every single failure is carried; the worst, losing " + worst->failure + ", puts " +
                                   worst->worstNode + " at " + pct(worst->worstFraction) + " (> " + warningLineText(line) + ")",
                               {worst->worstNode}, std::nullopt));
    }
};
}  // namespace
std::unique_ptr<Rule> powerNMinus1() { return std::make_unique<PowerNMinus1Rule>(); }
}  // namespace pod::rules
