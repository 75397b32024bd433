#include "../PowerBand.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverCapacity{"power.room-capacity", Severity::Error, "The room's IT load is above its power capacity."};
constexpr FindingCode kAboveLine{"power.room-capacity-warning-line", Severity::Warning,
                                 "The room's IT load is above the project's power warning line "
                                 "(settings.power_warning_percent) but within its capacity."};

// The room's IT load (sum of max draw) against the power the room can feed.
class RoomPowerRule : public BasicRule {
public:
    RoomPowerRule()
        : BasicRule("power.room-capacity", "Room power capacity",
                    "The IT load of all racks must stay within the room's power capacity; above the project's warning line (default " +
                        warningLineText(kDefaultPowerWarningPercent / 100.0) + ") is a warning.",
                    RuleScope::Project, {kOverCapacity, kAboveLine}) {
        reads(kDevices | kRoom);
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Room& room = ctx.project().room;
        double load = 0;
        for (const auto& r : ctx.project().layout.racks) load += ctx.rackMaxW(r);
        if (room.powerCapacityW <= 0) return;
        const double line = powerWarningFraction(ctx.project().settings);
        const LoadBand band = loadBand(load / room.powerCapacityW, line);
        if (band == LoadBand::Over)
            out.push_back(make(kOverCapacity, "Room: IT load " + fmtKw(load) + " > power capacity " + fmtKw(room.powerCapacityW), {}, std::nullopt));
        else if (band == LoadBand::Warning)
            out.push_back(make(kAboveLine,
                               "Room: IT load " + fmtKw(load) + " is " + pct(load / room.powerCapacityW) + " of capacity " +
                                   fmtKw(room.powerCapacityW) + " (> " + warningLineText(line) + ")",
                               {}, std::nullopt));
    }
};
}  // namespace
std::unique_ptr<Rule> roomPower() { return std::make_unique<RoomPowerRule>(); }
}  // namespace pod::rules
