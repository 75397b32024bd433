#include <boost/geometry/index/rtree.hpp>

#include "../Geometry.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
namespace bgi = boost::geometry::index;
constexpr FindingCode kRacksOverlap{"floor.overlap", Severity::Error, "Two racks' footprints overlap."};
constexpr FindingCode kKeepoutOverlap{"floor.overlap-keepout", Severity::Error,
                                      "A rack's footprint overlaps a keep-out zone (column, CRAH, CDU, …)."};

// Racks must not overlap each other or a keep-out zone; sharing an edge is fine.
class FloorOverlapRule : public BasicRule {
public:
    FloorOverlapRule()
        : BasicRule("floor.overlap", "No overlapping racks",
                    "Rack footprints must not overlap each other or keep-out zones (columns, CRAH, CDU); touching "
                    "edges are allowed.",
                    RuleScope::Project, {kRacksOverlap, kKeepoutOverlap}) {
        reads(kGeometry | kRoom);
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const auto& racks = ctx.project().layout.racks;
        std::vector<std::pair<geo::Box, std::size_t>> entries;
        for (std::size_t i = 0; i < racks.size(); ++i)
            if (const RackModel* m = ctx.catalog().rack(racks[i].model)) entries.push_back({geo::rackFootprint(racks[i], *m), i});
        bgi::rtree<std::pair<geo::Box, std::size_t>, bgi::rstar<16>> tree(entries.begin(), entries.end());
        for (const auto& [box, i] : entries) {
            std::vector<std::pair<geo::Box, std::size_t>> hits;
            tree.query(bgi::intersects(box), std::back_inserter(hits));
            for (const auto& [other, j] : hits) {
                if (j <= i || !geo::overlaps(box, other)) continue;
                out.push_back(make(kRacksOverlap,
                                   "Racks " + ctx.rackName(racks[i]) + " and " + ctx.rackName(racks[j]) + " overlap on the floor",
                                   {racks[i].id, racks[j].id}, racks[i].position));
            }
        }
        for (const auto& keep : ctx.project().room.keepouts) {
            geo::BPolygon zone = geo::toPolygon(keep.outline);
            geo::Box bounds = geo::bg::return_envelope<geo::Box>(zone);
            std::vector<std::pair<geo::Box, std::size_t>> hits;
            tree.query(bgi::intersects(bounds), std::back_inserter(hits));
            for (const auto& [box, i] : hits) {
                if (!geo::overlaps(box, zone)) continue;
                out.push_back(make(kKeepoutOverlap,
                                   "Rack " + ctx.rackName(racks[i]) + " overlaps keep-out " + (keep.name.empty() ? keep.id : keep.name) +
                                       " (" + keep.kind + ")",
                                   {racks[i].id, keep.id}, racks[i].position));
            }
        }
    }
};
}  // namespace
std::unique_ptr<Rule> floorOverlap() { return std::make_unique<FloorOverlapRule>(); }
}  // namespace pod::rules
