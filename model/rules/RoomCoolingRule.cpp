#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverCapacity{"cooling.room-capacity", Severity::Error,
                                    "The heat of all racks is above the room's cooling capacity."};

// All heat in the room (every watt drawn becomes heat) against the room's cooling capacity.
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
        double heat = 0;
        for (const auto& r : ctx.project().layout.racks) heat += ctx.rackMaxW(r);
        if (room.coolingCapacityW > 0 && heat > room.coolingCapacityW)
            out.push_back(make(kOverCapacity,
                               "Room: heat " + fmtKw(heat) + " (" + fmtGrouped(heat * kBtuPerHourPerWatt, 0) +
                                   " BTU/h) > cooling capacity " + fmtKw(room.coolingCapacityW),
                               {}, std::nullopt));
    }
};
}  // namespace
std::unique_ptr<Rule> roomCooling() { return std::make_unique<RoomCoolingRule>(); }
}  // namespace pod::rules
