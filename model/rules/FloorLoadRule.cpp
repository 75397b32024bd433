#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverRating{"weight.floor-load", Severity::Error,
                                  "A rack's total weight over its footprint is above the room's floor rating."};

// The rack's total weight spread over its footprint against the room's floor rating (kg/m²).
class FloorLoadRule : public BasicRule {
public:
    FloorLoadRule()
        : BasicRule("weight.floor-load", "Floor load",
                    "A rack's total weight over its footprint must not exceed the room's floor rating.", RuleScope::Rack,
                    {kOverRating}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const RackModel* model = ctx.catalog().rack(rack.model);
        double rating = ctx.project().room.floorLoadKgM2;
        if (!model || rating <= 0) return;
        double m2 = double(model->widthMm) * double(model->depthMm) / 1e6;
        double load = (model->weightKg + ctx.rackDeviceKg(rack)) / m2;
        if (load > rating)
            out.push_back(make(kOverRating,
                               "Rack " + ctx.rackName(rack) + ": floor load " + fmtGrouped(load, 0) + " kg/m² > rating " +
                                   fmtGrouped(rating, 0) + " kg/m²",
                               {rack.id}, rack.position));
    }
};
}  // namespace
std::unique_ptr<Rule> floorLoad() { return std::make_unique<FloorLoadRule>(); }
}  // namespace pod::rules
