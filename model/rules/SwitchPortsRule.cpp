#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kTooFewPorts{"network.switch-ports", Severity::Error,
                                   "More links are cabled to a leaf or spine than it has ports of its fabric."};

// A switch must have enough ports of its fabric for the node and spine links cabled to it.
class SwitchPortsRule : public BasicRule {
public:
    SwitchPortsRule()
        : BasicRule("network.switch-ports", "Enough switch ports",
                    "Each leaf and spine needs at least as many ports of its fabric as links are cabled to it.",
                    RuleScope::Project, {kTooFewPorts}) {
        readsTheCabling();
    }
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        for (const auto& use : ctx.cabling().switchPorts) {
            if (use.used <= use.available) continue;
            const Device* d = ctx.device(use.device);
            const Rack* r = d ? ctx.rack(d->rack) : nullptr;
            out.push_back(make(kTooFewPorts,
                               "Switch " + (d ? deviceLabel(*d) : use.device) + " (" + use.fabric + "): " + std::to_string(use.used) +
                                   " links > " + std::to_string(use.available) + " ports",
                               {use.device}, r ? std::optional<Point>(r->position) : std::nullopt));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> switchPorts() { return std::make_unique<SwitchPortsRule>(); }
}  // namespace pod::rules
