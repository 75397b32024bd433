#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kUnconnected{"network.unconnected-node", Severity::Error,
                                   "A GPU node's compute-fabric ports have no compute fabric with leaf switches to go to."};

// A GPU node whose compute ports have no leaf to go to cannot join the cluster.
class UnconnectedNodeRule : public BasicRule {
public:
    UnconnectedNodeRule()
        : BasicRule("network.unconnected-node", "GPU node connected",
                    "Every GPU node with compute-fabric ports needs a compute fabric with leaf switches.",
                    RuleScope::Project, {kUnconnected}) {
        readsTheCabling();
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        for (const auto& u : ctx.cabling().unconnected) {
            const Device* d = ctx.device(u.device);
            const Rack* r = d ? ctx.rack(d->rack) : nullptr;
            out.push_back(make(kUnconnected, "GPU node " + (d ? deviceLabel(*d) : u.device) + " is not connected: " + u.reason,
                               {u.device}, r ? std::optional<Point>(r->position) : std::nullopt));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> unconnectedNode() { return std::make_unique<UnconnectedNodeRule>(); }
}  // namespace pod::rules
