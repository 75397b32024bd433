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

void IncrementalChecker::rederiveCabling(const Project& project) {
    cabling_ = deriveCabling(project, catalog_);
    cablesOfDevice_.clear();
    for (std::size_t i = 0; i < cabling_.cables.size(); ++i) {
        cablesOfDevice_[cabling_.cables[i].a.device].push_back(i);
        cablesOfDevice_[cabling_.cables[i].b.device].push_back(i);
    }
}

void IncrementalChecker::reset(const Project& project) {
    rackResults_.assign(engine_.rules().size(), {});
    projectResults_.assign(engine_.rules().size(), {});
    rackTotals_.clear();
    rederiveCabling(project);
    CheckContext context(project, catalog_);
    context.useCabling(&cabling_);
    for (const auto& rack : project.layout.racks) checkRack(context, rack);
    assemble(project, context, kAllInputs);
}

void IncrementalChecker::update(const Project& project, const Edit& edit) {
    if (edit.room || rackResults_.size() != engine_.rules().size()) return reset(project);
    CheckContext context(project, catalog_);
    if (edit.structure) {
        rederiveCabling(project);
    } else {
        // Same cables, same ports: re-measure the runs of every device in a touched rack.
        for (const auto& id : edit.racks)
            for (const Device* d : context.devicesIn(id)) {
                auto it = cablesOfDevice_.find(d->id);
                if (it == cablesOfDevice_.end()) continue;
                for (std::size_t i : it->second) {
                    Cable& c = cabling_.cables[i];
                    const Device* a = context.device(c.a.device);
                    const Device* b = context.device(c.b.device);
                    if (a && b) remeasure(c, project, catalog_, *a, context.rack(a->rack), *b, context.rack(b->rack));
                }
            }
    }
    context.useCabling(&cabling_);
    for (const auto& id : edit.racks) {
        if (const Rack* rack = context.rack(id)) {
            checkRack(context, *rack);
        } else {  // removed
            for (auto& perRule : rackResults_) perRule.erase(id);
            rackTotals_.erase(id);
        }
    }
    unsigned changed = (edit.racks.empty() ? 0u : unsigned(kDevices)) | (edit.geometry ? unsigned(kGeometry) : 0u) |
                       (edit.structure ? unsigned(kDevices | kNetwork) : 0u);
    assemble(project, context, changed);
}

void IncrementalChecker::assemble(const Project& project, const CheckContext& context, unsigned changed) {
    violations_.clear();
    const auto& rules = engine_.rules();
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (rules[r]->scope() == RuleScope::Rack) {
            for (const auto& rack : project.layout.racks) {
                auto it = rackResults_[r].find(rack.id);
                if (it != rackResults_[r].end()) violations_.insert(violations_.end(), it->second.begin(), it->second.end());
            }
        } else {
            if (rules[r]->inputs() & changed) {
                projectResults_[r].clear();
                rules[r]->check(context, projectResults_[r]);
            }
            violations_.insert(violations_.end(), projectResults_[r].begin(), projectResults_[r].end());
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
