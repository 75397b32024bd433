#include "IncrementalChecker.h"

namespace pod {

void IncrementalChecker::checkRack(const CheckContext& context, const Rack& rack) {
    const auto& rules = engine_.rules();
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (rules[r]->scope() != RuleScope::Rack) continue;
        auto& slot = rackResults_[r][rack.id];
        slot.clear();
        rules[r]->checkRack(context, rack, slot);
    }
    rackTotals_[rack.id] = computeRackTotals(rack, context.devicesIn(rack.id), catalog_);
}

void IncrementalChecker::reset(const Project& project) {
    rackResults_.assign(engine_.rules().size(), {});
    rackTotals_.clear();
    CheckContext context(project, catalog_);
    for (const auto& rack : project.layout.racks) checkRack(context, rack);
    assemble(project, context);
}

void IncrementalChecker::update(const Project& project, const Edit& edit) {
    if (edit.room || rackResults_.size() != engine_.rules().size()) return reset(project);
    CheckContext context(project, catalog_);
    for (const auto& id : edit.racks) {
        if (const Rack* rack = context.rack(id)) {
            checkRack(context, *rack);
        } else {  // removed
            for (auto& perRule : rackResults_) perRule.erase(id);
            rackTotals_.erase(id);
        }
    }
    assemble(project, context);
}

void IncrementalChecker::assemble(const Project& project, const CheckContext& context) {
    violations_.clear();
    const auto& rules = engine_.rules();
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (rules[r]->scope() == RuleScope::Rack) {
            for (const auto& rack : project.layout.racks) {
                auto it = rackResults_[r].find(rack.id);
                if (it != rackResults_[r].end()) violations_.insert(violations_.end(), it->second.begin(), it->second.end());
            }
        } else {
            rules[r]->check(context, violations_);
        }
    }
    applySeverityOverrides(project, violations_);
    // Totals summed in project order, exactly as computeTotals does, so both agree to the last bit.
    std::vector<RackTotals> perRack;
    perRack.reserve(project.layout.racks.size());
    for (const auto& rack : project.layout.racks) {
        auto it = rackTotals_.find(rack.id);
        perRack.push_back(it != rackTotals_.end() ? it->second : computeRackTotals(rack, context.devicesIn(rack.id), catalog_));
    }
    totals_ = sumTotals(project, std::move(perRack));
}

}  // namespace pod
