#include <map>

#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kFeedShort{"power.feed-redundancy", Severity::Error,
                                 "With two or more feeds, one feed's PDUs alone cannot carry the rack's max draw: losing "
                                 "another feed would drop the rack."};
constexpr FindingCode kUnknownFeed{"power.feed-unknown", Severity::Warning, "A PDU is on a feed the rack does not have."};

// With two or more feeds, losing any one must leave the rack powered: the PDUs on every feed
// together must carry the whole rack's max draw. PDUs on a feed the rack does not have are wrong too.
// A rack holding a rack-scale system is skipped: its power shelves, not rack PDUs, take the feeds.
class FeedRedundancyRule : public BasicRule {
public:
    FeedRedundancyRule()
        : BasicRule("power.feed-redundancy", "A/B feed redundancy",
                    "With redundant feeds, each feed's PDUs alone must carry the whole rack.", RuleScope::Rack,
                    {kFeedShort, kUnknownFeed}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        std::map<std::string, double> capacity;
        for (const auto& f : rack.feeds) capacity[f] = 0;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e || !e->pdu) continue;
            if (!capacity.count(d->feed)) {
                out.push_back(make(kUnknownFeed,
                                   "Rack " + ctx.rackName(rack) + ": PDU " + deviceLabel(*d) + " is on feed \"" + d->feed +
                                       "\", which the rack does not have",
                                   {d->id, rack.id}, rack.position));
                continue;
            }
            capacity[d->feed] += e->pdu->capacityW;
        }
        if (rack.feeds.size() < 2) return;
        // A rack-scale system (NVL72 class) feeds its own power shelves from the rack feeds: no rack PDUs to sum.
        for (const Device* d : ctx.devicesIn(rack))
            if (const Equipment* e = ctx.equipment(*d); e && e->rackScale) return;
        double load = ctx.rackMaxW(rack);
        for (const auto& [feed, cap] : capacity) {
            if (cap >= load) continue;
            out.push_back(make(kFeedShort,
                               "Rack " + ctx.rackName(rack) + ": feed " + feed + " alone carries " + fmtKw(cap) + " < rack load " +
                                   fmtKw(load) + " (feed loss would drop the rack)",
                               {rack.id}, rack.position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> feedRedundancy() { return std::make_unique<FeedRedundancyRule>(); }
}  // namespace pod::rules
