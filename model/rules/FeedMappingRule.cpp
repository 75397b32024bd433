#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kUnmapped{"power.feed-unmapped", Severity::Warning,
                                "The project has a power chain but a rack feed names no chain node it hangs from "
                                "(rack feed_from), so the N-1 analysis cannot see it."};

class FeedMappingRule : public BasicRule {
public:
    FeedMappingRule()
        : BasicRule("power.feed-unmapped", "Rack feeds on the power chain",
                    "With a power chain, every rack feed should name the node it hangs from.", RuleScope::Rack, {kUnmapped}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        if (ctx.project().powerChain.empty()) return;
        std::vector<std::string> missing;
        for (const auto& f : rack.feeds)
            if (!rack.feedFrom.count(f)) missing.push_back(f);
        if (missing.empty()) return;
        std::string feeds;
        for (const auto& f : missing) feeds += (feeds.empty() ? "" : ", ") + f;
        out.push_back(make(kUnmapped, "Rack " + ctx.rackName(rack) + ": feed " + feeds + " hangs from no power chain node", {rack.id},
                           rack.position));
    }
};
}  // namespace
std::unique_ptr<Rule> feedMapping() { return std::make_unique<FeedMappingRule>(); }
}  // namespace pod::rules
