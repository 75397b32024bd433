#include "RuleBase.h"
#include "StandardRules.h"

namespace pod::rules {
namespace {
constexpr FindingCode kIntakeHot{"airflow.orientation", Severity::Warning,
                                 "A device takes in air from the hot aisle: its rack's front faces the hot aisle, or "
                                 "reverse-airflow equipment is mounted without being turned."};

// A device must take in air from the cold aisle: its intake side (front for front-to-rear equipment
// mounted on the front face; rear-to-front equipment must be turned, i.e. mounted on the rear face)
// must face the aisle the rack's front or rear opens onto, whichever is cold.
class AirflowRule : public BasicRule {
public:
    AirflowRule()
        : BasicRule("airflow.orientation", "Airflow matches the aisles",
                    "Each device's air intake must face the cold aisle: mind racks whose front faces a hot aisle "
                    "and reverse-airflow switches mounted without being turned.",
                    RuleScope::Rack, {kIntakeHot}) {}
    void checkRack(const CheckContext& ctx, const Rack& rack, std::vector<Violation>& out) const override {
        for (const Device* d : ctx.devicesIn(rack)) {
            const Equipment* e = ctx.equipment(*d);
            if (!e) continue;
            bool intakeFront;
            if (e->airflow == Airflow::FrontToRear) intakeFront = d->face == Face::Front;
            else if (e->airflow == Airflow::RearToFront) intakeFront = d->face == Face::Rear;
            else continue;  // passive, side-to-rear, mixed: no front/rear intake to check
            bool frontIsCold = rack.frontAisle == AisleSide::Cold;
            if (intakeFront == frontIsCold) continue;
            std::string why = e->airflow == Airflow::RearToFront && d->face == Face::Front
                                  ? "rear-to-front equipment mounted on the front face (turn it to the rear)"
                                  : "its air intake faces the hot aisle";
            out.push_back(make(kIntakeHot, "Rack " + ctx.rackName(rack) + ": " + deviceLabel(*d) + ": " + why,
                               {d->id, rack.id}, rack.position));
        }
    }
};
}  // namespace
std::unique_ptr<Rule> airflowOrientation() { return std::make_unique<AirflowRule>(); }
}  // namespace pod::rules
