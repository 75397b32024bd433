#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOversubscribed{"network.oversubscription", Severity::Warning,
                                      "A compute fabric's leaf oversubscription (node links : spine uplinks) is above 1:1."};
constexpr FindingCode kRatio{"network.oversubscription-ratio", Severity::Info,
                             "A two-tier fabric's leaf oversubscription, reported for reference (compute fabrics at or "
                             "below 1:1, every other fabric)."};

// Reports each two-tier fabric's leaf oversubscription (node links : spine uplinks); above 1:1 is a
// warning for the compute fabric, where training traffic needs full bisection bandwidth.
class OversubscriptionRule : public BasicRule {
public:
    OversubscriptionRule()
        : BasicRule("network.oversubscription", "Leaf oversubscription",
                    "Reports node links to spine uplinks per fabric; a compute fabric above 1:1 is a warning.",
                    RuleScope::Project, {kOversubscribed, kRatio}) {
        readsTheCabling();
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        for (const auto& f : ctx.cabling().fabrics) {
            if (f.uplinks == 0) continue;
            const FindingCode& code = f.kind == "compute" && f.oversubscription > 1.0 + 1e-9 ? kOversubscribed : kRatio;
            out.push_back(make(code,
                               "Fabric " + f.id + ": " + std::to_string(f.nodeLinks) + " node links over " + std::to_string(f.uplinks) +
                                   " spine uplinks = " + fmtFixed(f.oversubscription, 2) + ":1 oversubscription",
                               {}, std::nullopt));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> oversubscription() { return std::make_unique<OversubscriptionRule>(); }
}  // namespace pod::rules
