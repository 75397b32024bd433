#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOutOfReach{"network.cable-reach", Severity::Error,
                                  "No medium in the catalog reaches a cable's route length at its speed."};

// Every derived cable needs a medium whose reach at its speed covers the route.
class CableReachRule : public BasicRule {
public:
    CableReachRule()
        : BasicRule("network.cable-reach", "Cable within reach",
                    "For every cable some medium in the catalog must reach its route length at its speed; the "
                    "cheapest such medium is chosen.",
                    RuleScope::Project, {kOutOfReach}) {
        readsTheCabling();
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Cabling& cabling = ctx.cabling();
        for (std::size_t i : cabling.unreached) {  // the cables whose medium is empty, in cable order
            const Cable& c = cabling.cables[i];
            if (!c.medium.empty()) continue;
            double longest = 0;
            for (const auto& [id, m] : ctx.catalog().media())
                if (auto r = m.maxReachM(c.speedGbps)) longest = std::max(longest, *r);
            const Device* a = ctx.device(c.a.device);
            const Device* b = ctx.device(c.b.device);
            const Rack* r = ctx.rack(c.a.rack);
            out.push_back(make(kOutOfReach,
                               "Cable " + (a ? deviceLabel(*a) : c.a.device) + " → " + (b ? deviceLabel(*b) : c.b.device) + " (" +
                                   fmtSpeed(c.speedGbps) + "): " + fmtFixed(double(c.lengthMm) / 1000.0, 1) +
                                   " m > longest reach " + fmtFixed(longest, 1) + " m",
                               {c.a.device, c.b.device}, r ? std::optional<Point>(r->position) : std::nullopt));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> cableReach() { return std::make_unique<CableReachRule>(); }
}  // namespace pod::rules
