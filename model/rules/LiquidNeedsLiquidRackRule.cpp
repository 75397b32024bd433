#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kNoLiquid{"cooling.liquid-rack", Severity::Error,
                                "Equipment with a liquid-cooled share sits in a rack whose cooling option has no liquid "
                                "capacity."};

// Liquid or hybrid equipment needs a rack whose cooling option can take heat away by liquid.
class LiquidNeedsLiquidRackRule : public BasicRule {
public:
    LiquidNeedsLiquidRackRule()
        : BasicRule("cooling.liquid-rack", "Liquid-cooled equipment in a liquid-capable rack",
                    "Equipment with a liquid-cooled share must sit in a rack whose cooling option has liquid capacity.",
                    RuleScope::Rack, {kNoLiquid}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const CoolingOption* c = ctx.catalog().cooling(rack.cooling);
        if (!c || c->liquidCapable()) return;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e || e->liquidFraction <= 0) continue;
            out.push_back(make(kNoLiquid,
                               "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*d) + " is " + pct(e->liquidFraction) +
                                   " liquid-cooled but the rack's cooling (" + c->model + ") has no liquid capacity",
                               {d->id, rack.id}, rack.position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> liquidNeedsLiquidRack() { return std::make_unique<LiquidNeedsLiquidRackRule>(); }
}  // namespace pod::rules
