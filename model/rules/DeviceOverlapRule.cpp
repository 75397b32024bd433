#include <algorithm>

#include "RackSpace.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kOverlap{"space.u-overlap", Severity::Error,
                               "Two devices occupy the same rack unit on the same face (a full-depth device: on either face)."};

// No two devices share a rack unit on the same face; full-depth devices occupy both faces.
class DeviceOverlapRule : public BasicRule {
public:
    DeviceOverlapRule()
        : BasicRule("space.u-overlap", "No U overlap",
                    "Two devices may not occupy the same rack unit on the same face; a full-depth device blocks "
                    "both faces.",
                    RuleScope::Rack, {kOverlap}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        std::vector<Placed> spans;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e || e->uHeight == 0) continue;
            spans.push_back({d, uSpan(*e, d->u, d->face)});
        }
        std::sort(spans.begin(), spans.end(), [](const Placed& a, const Placed& b) { return a.span.bottom < b.span.bottom; });
        for (std::size_t i = 0; i < spans.size(); ++i) {
            for (std::size_t j = i + 1; j < spans.size() && spans[j].span.bottom < spans[i].span.top; ++j) {
                const Placed& a = spans[i];
                const Placed& b = spans[j];
                if (!overlaps(a.span, b.span)) continue;
                double lo = std::max(a.span.bottom, b.span.bottom);
                double hi = std::min(a.span.top, b.span.top) - 1;
                out.push_back(make(kOverlap,
                                   "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*a.device) + " and " + deviceLabel(*b.device) +
                                       " both occupy U" + fmtU(lo) + (hi > lo ? "–U" + fmtU(hi) : std::string()),
                                   {a.device->id, b.device->id, rack.id}, rack.position));
            }
        }
    }

private:
    struct Placed {
        const Device* device;
        USpan span;
    };
};
}  // namespace
std::unique_ptr<Rule> deviceOverlap() { return std::make_unique<DeviceOverlapRule>(); }
}  // namespace pod::rules
