#include "RuleBase.h"
#include "StandardRules.h"

#include <algorithm>

namespace pod::rules {
namespace {
constexpr FindingCode kTooDeep{"space.device-depth", Severity::Error, "A device's chassis is deeper than its rack."};
constexpr FindingCode kDepthUnknown{"space.device-depth-unknown", Severity::Info,
                                    "Chassis whose catalog entry gives no depth, so their depth was not checked (one note "
                                    "per rack, naming the models)."};

// A device deeper than its rack sticks out of the doors. Chassis whose catalog entry has no depth cannot be
// checked: one note per rack lists them, so a planner knows the check did not cover them.
class DeviceDepthRule : public BasicRule {
public:
    DeviceDepthRule()
        : BasicRule("space.device-depth", "Device depth fits", "A device's chassis depth must not exceed the rack's depth.",
                    RuleScope::Rack, {kTooDeep, kDepthUnknown}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        const RackModel* model = ctx.catalog().rack(rack.model);
        if (!model) return;
        std::vector<std::string> unknown;
        std::vector<std::string> unknownIds;
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e) continue;
            if (!e->depthMm) {
                if (hasChassis(*e)) {
                    unknownIds.push_back(d->id);
                    if (std::find(unknown.begin(), unknown.end(), e->model) == unknown.end()) unknown.push_back(e->model);
                }
                continue;
            }
            if (*e->depthMm <= model->depthMm) continue;
            out.push_back(make(kTooDeep,
                               "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*d) + " is " + std::to_string(*e->depthMm) +
                                   " mm deep > rack depth " + std::to_string(model->depthMm) + " mm",
                               {d->id, rack.id}, rack.position));
        }
        if (unknown.empty()) return;
        std::string models;
        for (const auto& m : unknown) models += (models.empty() ? "" : ", ") + m;
        std::string message = "Rack " + ctx.rackName(rack) + ": depth not checked for " + std::to_string(unknownIds.size()) +
                              " device(s) whose catalog entry gives no depth (" + models + ")";
        unknownIds.push_back(rack.id);
        out.push_back(make(kDepthUnknown, std::move(message), std::move(unknownIds), rack.position));
    }

private:
    // Servers, switches and storage have a chassis whose depth matters; blanks, PDUs and panels do not.
    static bool hasChassis(const Equipment& e) {
        return e.kind == EquipmentKind::GpuNode || e.kind == EquipmentKind::CpuNode || e.kind == EquipmentKind::Switch ||
               e.kind == EquipmentKind::Storage;
    }
};
}  // namespace
std::unique_ptr<Rule> deviceDepth() { return std::make_unique<DeviceDepthRule>(); }
}  // namespace pod::rules
