#include "../Geometry.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOutsideRoom{"floor.rack-in-room", Severity::Error, "A rack's footprint is not inside the room outline."};
constexpr FindingCode kOutsideHall{"floor.rack-in-hall", Severity::Error, "A rack's footprint is not inside the outline of its hall."};

// Every rack's footprint lies inside the room outline (touching the wall is allowed), and in a site with
// halls inside its own hall's outline.
class RackInRoomRule : public BasicRule {
public:
    RackInRoomRule()
        : BasicRule("floor.rack-in-room", "Rack inside the room", "Every rack's footprint must lie inside the room outline.",
                    RuleScope::Rack, {kOutsideRoom, kOutsideHall}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const RackModel* model = ctx.catalog().rack(rack.model);
        if (!model) return;
        const auto footprint = geo::rackFootprint(rack, *model);
        if (const Hall* hall = rack.hall.empty() ? nullptr : ctx.project().hall(rack.hall)) {
            if (!geo::inside(footprint, geo::toPolygon(hall->outline)))
                out.push_back(make(kOutsideHall,
                                   "Rack " + ctx.rackName(rack) + " at (" + fmtGrouped(double(rack.position.x)) + ", " +
                                       fmtGrouped(double(rack.position.y)) + ") mm is not inside " + hall->name + ", its hall",
                                   {rack.id}, rack.position));
        }
        if (geo::inside(footprint, geo::toPolygon(ctx.project().room.outline))) return;
        out.push_back(make(kOutsideRoom,
                           "Rack " + ctx.rackName(rack) + " at (" + fmtGrouped(double(rack.position.x)) + ", " +
                               fmtGrouped(double(rack.position.y)) + ") mm is not inside the room outline",
                           {rack.id}, rack.position));
    }
};
}  // namespace
std::unique_ptr<Rule> rackInRoom() { return std::make_unique<RackInRoomRule>(); }
}  // namespace pod::rules
