#include <algorithm>

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
        std::vector<Span> spans;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e || e->uHeight == 0) continue;
            bool front = e->fullDepth || d->face == Face::Front;
            bool rear = e->fullDepth || d->face == Face::Rear;
            spans.push_back({d, d->u, d->u + e->uHeight, front, rear});
        }
        std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.bottom < b.bottom; });
        for (std::size_t i = 0; i < spans.size(); ++i) {
            for (std::size_t j = i + 1; j < spans.size() && spans[j].bottom < spans[i].top; ++j) {
                const Span& a = spans[i];
                const Span& b = spans[j];
                if (!((a.front && b.front) || (a.rear && b.rear))) continue;
                double lo = std::max(a.bottom, b.bottom);
                double hi = std::min(a.top, b.top) - 1;
                out.push_back(make(kOverlap,
                                   "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*a.device) + " and " + deviceLabel(*b.device) +
                                       " both occupy U" + fmtU(lo) + (hi > lo ? "–U" + fmtU(hi) : std::string()),
                                   {a.device->id, b.device->id, rack.id}, rack.position));
            }
        }
    }

private:
    struct Span {
        const Device* device;
        double bottom, top;  // [bottom, top) in U
        bool front, rear;
    };
};
}  // namespace
std::unique_ptr<Rule> deviceOverlap() { return std::make_unique<DeviceOverlapRule>(); }
}  // namespace pod::rules
