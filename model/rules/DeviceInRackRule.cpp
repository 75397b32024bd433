#include "RackSpace.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOutsideRack{"space.device-in-rack", Severity::Error,
                                   "A device's U range reaches below U1 or above the rack's top U."};

// A device's U range must lie inside its rack's U range (bottom ≥ 1, top ≤ rack height).
class DeviceInRackRule : public BasicRule {
public:
    DeviceInRackRule()
        : BasicRule("space.device-in-rack", "Device inside rack",
                    "Every rack-mounted device must fit between U1 and the rack's top U.", RuleScope::Rack, {kOutsideRack}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const RackModel* model = ctx.catalog().rack(rack.model);
        if (!model) return;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e || e->uHeight == 0) continue;
            const USpan span = uSpan(*e, d->u, d->face);
            if (insideRack(span, model->uHeight)) continue;
            const double top = span.lastU();
            out.push_back(make(kOutsideRack,
                               "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*d) + " spans U" + fmtU(d->u) + "–U" + fmtU(top) +
                                   ", outside the rack's U1–U" + std::to_string(model->uHeight),
                               {d->id, rack.id}, rack.position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> deviceInRack() { return std::make_unique<DeviceInRackRule>(); }
}  // namespace pod::rules
