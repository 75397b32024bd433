#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverRating{"weight.rack-rating", Severity::Error,
                                  "The rack's empty weight plus its devices is above the rack's static load rating."};

// The rack's own weight plus its devices against the rack's static load rating.
class RackWeightRule : public BasicRule {
public:
    RackWeightRule()
        : BasicRule("weight.rack-rating", "Rack load rating",
                    "The rack's empty weight plus its devices must not exceed the rack's static load rating.",
                    RuleScope::Rack, {kOverRating}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const RackModel* model = ctx.catalog().rack(rack.model);
        if (!model) return;
        double kg = model->weightKg + ctx.rackDeviceKg(rack);
        if (kg > model->maxLoadKg)
            out.push_back(make(kOverRating,
                               "Rack " + ctx.rackName(rack) + ": " + fmtGrouped(kg, 1) + " kg > load rating " +
                                   fmtGrouped(model->maxLoadKg, 0) + " kg",
                               {rack.id}, rack.position));
    }
};
}  // namespace
std::unique_ptr<Rule> rackWeight() { return std::make_unique<RackWeightRule>(); }
}  // namespace pod::rules
