#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
// A device deeper than its rack sticks out of the doors. Unknown depth is reported as a note.
class DeviceDepthRule : public BasicRule {
public:
    DeviceDepthRule()
        : BasicRule("space.device-depth", "Device depth fits", "A device's chassis depth must not exceed the rack's depth.",
                    RuleScope::Rack) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const RackModel* model = ctx.catalog().rack(rack.model);
        if (!model) return;
        for (const Device* d : ctx.devicesIn(rack.id)) {
            const Equipment* e = ctx.catalog().equipment(d->catalogId);
            if (!e || !e->depthMm || *e->depthMm <= model->depthMm) continue;
            out.push_back(make(Severity::Error,
                               "Rack " + ctx.rackName(rack.id) + ": " + deviceLabel(*d) + " is " + std::to_string(*e->depthMm) +
                                   " mm deep > rack depth " + std::to_string(model->depthMm) + " mm",
                               {d->id, rack.id}, rack.position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> deviceDepth() { return std::make_unique<DeviceDepthRule>(); }
}  // namespace pod::rules
