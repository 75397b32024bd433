#include <boost/geometry/index/rtree.hpp>

#include "../Geometry.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
namespace bgi = boost::geometry::index;
constexpr FindingCode kAisleBlocked{"floor.aisle-clearance", Severity::Error,
                                    "The strip in front of or behind a rack, as deep as the room's minimum aisle, is "
                                    "blocked by a rack, a keep-out or the room wall."};

// In front of and behind every rack, a strip as deep as the room's minimum aisle must be free of
// other racks and keep-outs and lie inside the room.
class AisleClearanceRule : public BasicRule {
public:
    AisleClearanceRule()
        : BasicRule("floor.aisle-clearance", "Aisle clearance",
                    "Front and rear of each rack need a clear aisle at least the room's minimum aisle width deep.",
                    RuleScope::Project, {kAisleBlocked}) {
        reads(kGeometry | kRoom);
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const auto& project = ctx.project();
        const auto& racks = project.layout.racks;
        const std::int64_t aisle = project.room.minAisleMm;
        if (aisle <= 0) return;
        std::vector<std::pair<geo::Box, std::size_t>> entries;
        for (std::size_t i = 0; i < racks.size(); ++i)
            if (const RackModel* m = ctx.catalog().rack(racks[i].model)) entries.push_back({geo::rackFootprint(racks[i], *m), i});
        bgi::rtree<std::pair<geo::Box, std::size_t>, bgi::rstar<16>> tree(entries.begin(), entries.end());
        geo::BPolygon room = geo::toPolygon(project.room.outline);
        std::vector<geo::BPolygon> keepouts;
        for (const auto& k : project.room.keepouts) keepouts.push_back(geo::toPolygon(k.outline));
        for (const auto& [box, i] : entries) {
            const Rack& rack = racks[i];
            const RackModel& model = *ctx.catalog().rack(rack.model);
            for (bool front : {true, false}) {
                geo::Box zone = geo::clearanceZone(rack, model, aisle, front);
                std::string blocker;
                std::vector<std::pair<geo::Box, std::size_t>> hits;
                tree.query(bgi::intersects(zone), std::back_inserter(hits));
                for (const auto& [other, j] : hits)
                    if (j != i && geo::overlaps(zone, other)) blocker = "rack " + ctx.rackName(racks[j]);
                for (std::size_t k = 0; blocker.empty() && k < keepouts.size(); ++k)
                    if (geo::overlaps(zone, keepouts[k]))
                        blocker = "keep-out " + (project.room.keepouts[k].name.empty() ? project.room.keepouts[k].id : project.room.keepouts[k].name);
                if (blocker.empty() && !geo::inside(zone, room)) blocker = "the room wall";
                if (blocker.empty()) continue;
                out.push_back(make(kAisleBlocked,
                                   "Rack " + ctx.rackName(rack) + ": " + (front ? "front" : "rear") + " aisle narrower than " +
                                       fmtGrouped(double(aisle)) + " mm (blocked by " + blocker + ")",
                                   {rack.id}, rack.position));
            }
        }
    }
};
}  // namespace
std::unique_ptr<Rule> aisleClearance() { return std::make_unique<AisleClearanceRule>(); }
}  // namespace pod::rules
