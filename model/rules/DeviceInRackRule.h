#pragma once
#include "Rule.h"

namespace pod {

// A device's U range must lie inside its rack's U range (bottom ≥ 1, top ≤ rack height).
class DeviceInRackRule : public Rule {
public:
    std::string_view id() const override { return "space.device-in-rack"; }
    std::string_view title() const override { return "Device inside rack"; }
    std::string_view description() const override {
        return "Every rack-mounted device must fit between U1 and the rack's top U.";
    }
    void checkRack(const CheckContext& context, const Rack& rack, std::vector<Violation>& out) const override;
};

}  // namespace pod
