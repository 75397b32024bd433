#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kAirOver{"cooling.rack-capacity", Severity::Error,
                               "Heat removed by air is above the rack cooling option's air capacity."};
constexpr FindingCode kLiquidOver{"cooling.rack-capacity-liquid", Severity::Error,
                                  "Heat removed by liquid is above the rack cooling option's liquid capacity."};

// The rack's heat against its cooling option: the air-cooled share (including the air share of hybrid
// equipment) against the option's air capacity, the liquid share against its liquid capacity.
class RackCoolingRule : public BasicRule {
public:
    RackCoolingRule()
        : BasicRule("cooling.rack-capacity", "Rack cooling capacity",
                    "Heat removed by air must fit the cooling option's air capacity, heat removed by liquid its "
                    "liquid capacity.",
                    RuleScope::Rack, {kAirOver, kLiquidOver}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const CoolingOption* c = ctx.catalog().cooling(rack.cooling);
        if (!c) return;
        double air = ctx.rackAirW(rack);
        double liquid = ctx.rackMaxW(rack) - air;
        std::string head = "Rack " + ctx.rackName(rack) + ": ";
        if (air > c->airKw * 1000.0)
            out.push_back(make(kAirOver,
                               head + "air-cooled heat " + fmtKw(air) + " > " + c->model + " air capacity " + fmtKw(c->airKw * 1000.0),
                               {rack.id}, rack.position));
        if (liquid > c->liquidKw * 1000.0 && c->liquidKw > 0)
            out.push_back(make(kLiquidOver,
                               head + "liquid-cooled heat " + fmtKw(liquid) + " > " + c->model + " liquid capacity " +
                                   fmtKw(c->liquidKw * 1000.0),
                               {rack.id}, rack.position));
    }
};
}  // namespace
std::unique_ptr<Rule> rackCooling() { return std::make_unique<RackCoolingRule>(); }
}  // namespace pod::rules
