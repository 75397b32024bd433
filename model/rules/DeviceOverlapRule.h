#pragma once
#include "Rule.h"

namespace pod {

// No two devices share a rack unit on the same face; full-depth devices occupy both faces.
class DeviceOverlapRule : public Rule {
public:
    std::string_view id() const override { return "space.u-overlap"; }
    std::string_view title() const override { return "No U overlap"; }
    std::string_view description() const override {
        return "Two devices may not occupy the same rack unit on the same face; a full-depth device blocks "
               "both faces.";
    }
    void checkRack(const CheckContext& context, const Rack& rack, std::vector<Violation>& out) const override;
};

}  // namespace pod
