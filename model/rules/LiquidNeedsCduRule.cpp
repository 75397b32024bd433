#include <set>

#include "../Cooling.h"
#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kNoCdu{"cooling.liquid-needs-cdu", Severity::Error,
                             "The project lists cooling units, but equipment with a liquid-cooled share sits in a rack no "
                             "liquid unit (CDU) serves."};

// Once a project lists its cooling units, every rack holding liquid-cooled equipment needs a CDU among them.
// (A project without cooling units is checked by the per-rack cooling options alone.)
class LiquidNeedsCduRule : public BasicRule {
public:
    LiquidNeedsCduRule()
        : BasicRule("cooling.liquid-needs-cdu", "Liquid-cooled equipment served by a CDU",
                    "When the project lists cooling units, equipment with a liquid-cooled share must sit in a rack that a "
                    "liquid cooling unit (CDU) serves.",
                    RuleScope::Project, {kNoCdu}) {}
    void check(const CheckContext& ctx, std::vector<Violation>& out) const override {
        const Project& p = ctx.project();
        if (p.layout.coolingUnits.empty()) return;
        std::set<std::string> served;
        for (const auto& u : p.layout.coolingUnits) {
            const CoolingUnitSpec* spec = coolingUnitSpec(ctx.catalog(), u.catalogId);
            if (!spec || spec->medium != CoolingMedium::Liquid) continue;
            for (auto& id : servedRacks(u, p.layout)) served.insert(std::move(id));
        }
        for (const Rack& rack : p.layout.racks) {
            if (served.count(rack.id)) continue;
            for (const Device* d : ctx.devicesIn(rack)) {
                const Equipment* e = ctx.equipment(*d);
                if (!e || e->liquidFraction <= 0) continue;
                out.push_back(make(kNoCdu,
                                   "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*d) + " is " + pct(e->liquidFraction) +
                                       " liquid-cooled but no CDU serves the rack",
                                   {d->id, rack.id}, rack.position));
            }
        }
    }
};
}  // namespace
std::unique_ptr<Rule> liquidNeedsCdu() { return std::make_unique<LiquidNeedsCduRule>(); }
}  // namespace pod::rules
