#include "../Cooling.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverCapacity{"cooling.room-capacity", Severity::Error,
                                    "The heat of all racks that goes to the room's air is above the room's cooling capacity."};

// The heat that reaches the room's air (every watt drawn becomes heat) against the room's cooling capacity.
// When any device has a liquid-cooled share, that share leaves by the liquid loop (CDUs, facility water) and
// only the air share counts (model/Cooling.h deviceHeat).
class RoomCoolingRule : public BasicRule {
public:
    RoomCoolingRule()
        : BasicRule("cooling.room-capacity", "Room cooling capacity",
                    "The heat of all racks must stay within the room's cooling capacity.", RuleScope::Project,
                    {kOverCapacity}) {
        reads(kDevices | kRoom);
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Room& room = ctx.project().room;
        double heat = 0, air = 0;
        bool anyLiquid = false;
        for (const auto& r : ctx.project().layout.racks) {
            heat += ctx.rackMaxW(r);
            for (const Device* d : ctx.devicesIn(r))
                if (const Equipment* e = ctx.equipment(*d)) {
                    air += deviceHeat(*e).airW;
                    anyLiquid = anyLiquid || e->liquidFraction > 0;
                }
        }
        if (room.coolingCapacityW <= 0) return;
        if (!anyLiquid && heat > room.coolingCapacityW)
            out.push_back(make(kOverCapacity,
                               "Room: heat " + fmtKw(heat) + " (" + fmtGrouped(heat * kBtuPerHourPerWatt, 0) +
                                   " BTU/h) > cooling capacity " + fmtKw(room.coolingCapacityW),
                               {}, std::nullopt));
        if (anyLiquid && air > room.coolingCapacityW)
            out.push_back(make(kOverCapacity,
                               "Room: air-cooled heat " + fmtKw(air) + " (" + fmtGrouped(air * kBtuPerHourPerWatt, 0) +
                                   " BTU/h; " + fmtKw(heat - air) + " more leaves by liquid) > cooling capacity " +
                                   fmtKw(room.coolingCapacityW),
                               {}, std::nullopt));
    }
};
}  // namespace
std::unique_ptr<Rule> roomCooling() { return std::make_unique<RoomCoolingRule>(); }
}  // namespace pod::rules
