#include "IncrementalChecker.h"

#include <algorithm>
#include <iterator>

namespace pod {

std::vector<std::size_t> positionMap(std::size_t before, const std::vector<std::size_t>& removed, const std::vector<std::size_t>& inserted) {
    std::vector<std::size_t> gone(before, 0);  // 1 where removed
    for (std::size_t k = 0; k < removed.size(); ++k) {
        if (removed[k] >= before || (k && removed[k] >= removed[k - 1])) return {};
        gone[removed[k]] = 1;
    }
    const std::size_t after = before - removed.size() + inserted.size();
    std::vector<char> fresh(after, 0);  // 1 where inserted
    for (std::size_t k = 0; k < inserted.size(); ++k) {
        if (inserted[k] >= after || (k && inserted[k] <= inserted[k - 1])) return {};
        fresh[inserted[k]] = 1;
    }
    // The survivors keep their order and fill the positions that were not inserted, in turn.
    std::vector<std::size_t> map(before, SIZE_MAX);
    std::size_t to = 0;
    for (std::size_t from = 0; from < before; ++from) {
        if (gone[from]) continue;
        while (fresh[to]) ++to;
        map[from] = to++;
    }
    return map;
}

IncrementalChecker::IncrementalChecker(const RuleEngine& engine, const Catalog& catalog)
    : engine_(engine), catalog_(catalog), media_(catalog) {}

IncrementalChecker::~IncrementalChecker() = default;

void IncrementalChecker::rederiveCabling(const Project& project, bool keepRouter) {
    if (!keepRouter || !router_) router_ = std::make_unique<CableRouter>(project, catalog_);
    cabling_ = deriveCabling(project, catalog_, &cableIndex_, router_.get(), std::move(cabling_), &mediumTotals_);
}

bool IncrementalChecker::sameRacks(const Project& project) const {
    const auto& racks = project.layout.racks;
    if (racks.size() != rackIds_.size()) return false;
    for (std::size_t k = 0; k < racks.size(); ++k)
        if (racks[k].id != rackIds_[k]) return false;
    return true;
}

void IncrementalChecker::indexRows(const Project& project) {
    rowRacks_.clear();
    rackRow_.clear();
    for (std::size_t k = 0; k < project.layout.racks.size(); ++k) {
        rackRow_.push_back(project.layout.racks[k].row);
        rowRacks_[rackRow_.back()].push_back(k);
    }
}

void IncrementalChecker::reset(const Project& project) {
    media_.forget();
    context_ = std::make_unique<CheckContext>(project, catalog_);
    rederiveCabling(project);
    context_->useCabling(&cabling_);
    const auto& racks = project.layout.racks;
    const auto& rules = engine_.rules();
    violations_.clear();
    segmentSize_.clear();
    ruleSegment_.clear();
    std::vector<Violation> part;
    auto append = [&] {
        applySeverityOverrides(project, part);
        segmentSize_.push_back(part.size());
        std::move(part.begin(), part.end(), std::back_inserter(violations_));
        part.clear();
    };
    for (const auto& rule : rules) {
        ruleSegment_.push_back(segmentSize_.size());
        if (rule->scope() == RuleScope::Rack) {
            for (const auto& rack : racks) {
                rule->checkRack(*context_, rack, part);
                append();
            }
        } else {
            rule->check(*context_, part);
            append();
        }
    }
    rackIds_.clear();
    for (const auto& rack : racks) rackIds_.push_back(rack.id);
    std::vector<RackTotals> perRack;
    perRack.reserve(racks.size());
    for (const auto& rack : racks) perRack.push_back(computeRackTotals(rack, context_->devicesIn(rack), catalog_));
    totals_ = sumTotals(project, std::move(perRack));
    indexRows(project);
}

void IncrementalChecker::remeasureRacks(const Project& project, const std::vector<std::size_t>& racks) {
    const auto& devices = project.layout.devices;
    std::vector<std::size_t> moved;
    for (std::size_t k : racks)
        for (const Device* d : context_->devicesIn(project.layout.racks[k])) moved.push_back(std::size_t(d - devices.data()));
    for (std::size_t i : moved) router_->refresh(i);
    auto& unreached = cabling_.unreached;
    for (std::size_t i : moved)
        for (std::uint32_t n : cableIndex_.cablesOfDevice(i)) {
            Cable& c = cabling_.cables[n];
            const auto [a, b] = cableIndex_.ends[n];
            if (c.a.rack != devices[a].rack) c.a.rack = cabling_.names->intern(devices[a].rack);
            if (c.b.rack != devices[b].rack) c.b.rack = cabling_.names->intern(devices[b].rack);
            const std::int64_t before = c.lengthMm;
            c.lengthMm = router_->length(a, b);
            const std::string& medium = media_.choose(c.speedGbps, c.lengthMm);
            MediumTotal& from = mediumTotals_[c.medium];
            if (medium == c.medium) {
                from.lengthMm += c.lengthMm - before;
                continue;
            }
            --from.count;
            from.lengthMm -= before;
            if (from.count == 0) mediumTotals_.erase(c.medium);
            MediumTotal& to = mediumTotals_[medium];
            ++to.count;
            to.lengthMm += c.lengthMm;
            bool was = c.medium.empty();
            c.medium = cabling_.names->intern(medium);
            if (was == c.medium.empty()) continue;
            auto at = std::lower_bound(unreached.begin(), unreached.end(), std::size_t(n));
            if (was) unreached.erase(at);
            else unreached.insert(at, n);
        }
}

void IncrementalChecker::resumRacks(const Project& project, const std::vector<std::size_t>& racks) {
    auto& kinds = totals_.sum.devicesByKind;
    for (std::size_t k : racks) {
        const Rack& rack = project.layout.racks[k];
        RackTotals& slot = totals_.perRack[k];
        addKinds(kinds, slot.sum.devicesByKind, -1);
        slot = computeRackTotals(rack, context_->devicesIn(rack), catalog_);
        addKinds(kinds, slot.sum.devicesByKind, +1);
    }
    // Rows of the touched racks (both rows when a rack changed row) are re-added in rack order.
    std::vector<std::string> rows;
    bool rowChanged = false;
    for (std::size_t k : racks) {
        rows.push_back(rackRow_[k]);
        if (project.layout.racks[k].row != rackRow_[k]) {
            rows.push_back(project.layout.racks[k].row);
            rowChanged = true;
        }
    }
    if (rowChanged) indexRows(project);
    for (const auto& row : rows) {
        auto it = rowRacks_.find(row);
        if (it == rowRacks_.end()) totals_.perRow.erase(row);
        else totals_.perRow[row] = sumRow(totals_, it->second);
    }
    resumRackScalars(totals_);
}

void IncrementalChecker::update(const Project& project, const Edit& edit) {
    const auto& rules = engine_.rules();
    if (edit.room || !context_ || &context_->project() != &project || ruleSegment_.size() != rules.size())
        return reset(project);
    std::vector<std::size_t> touched;
    if (edit.structure) {
        // Devices came or went, or the network changed: new indexes and cables, but racks not touched
        // keep their results, as long as the racks are the same ones in the same order.
        if (!sameRacks(project)) return reset(project);
        // Devices that came and went shift the kept indexes (context, routes) when the edit says where; else anew.
        bool shifted = false;
        if (edit.shifts) {
            const auto newOf = positionMap(context_->deviceCount(), edit.devicesRemoved, edit.devicesInserted);
            shifted = !newOf.empty() && context_->shiftDevices(newOf, edit.devicesInserted) && context_->refresh(edit.racks, touched);
            if (shifted) {
                router_->shiftDevices(newOf, edit.devicesInserted);
                // Devices of the touched racks may have changed in place (another catalog entry, another rack).
                const auto& devices = project.layout.devices;
                for (std::size_t k : touched)
                    for (const Device* d : context_->devicesIn(project.layout.racks[k])) router_->refresh(std::size_t(d - devices.data()));
            }
        }
        if (!shifted) {
            touched.clear();
            context_ = std::make_unique<CheckContext>(project, catalog_);
            for (std::size_t k = 0; k < project.layout.racks.size(); ++k)
                if (std::find(edit.racks.begin(), edit.racks.end(), project.layout.racks[k].id) != edit.racks.end())
                    touched.push_back(k);
        }
        // Derived by the first rule that reads it, or ahead on worker 0 (below).
        context_->supplyCabling([this, &project, shifted] {
            rederiveCabling(project, shifted);
            return &cabling_;
        });
    } else {
        if (!context_->refresh(edit.racks, touched)) return reset(project);
        remeasureRacks(project, touched);
        context_->useCabling(&cabling_);
    }
    std::sort(touched.begin(), touched.end());
    // What to check again: the rack rules for the touched racks, and the project rules that read what changed.
    struct Task {
        std::size_t segment;
        const Rule* rule;
        const Rack* rack;  // a rack rule's rack; nullptr for a project rule
    };
    std::vector<Task> tasks;
    for (std::size_t k : touched)
        for (std::size_t r = 0; r < rules.size(); ++r)
            if (rules[r]->scope() == RuleScope::Rack) tasks.push_back({ruleSegment_[r] + k, rules[r].get(), &project.layout.racks[k]});
    unsigned changed = (edit.racks.empty() ? 0u : unsigned(kDevices)) | (edit.geometry ? unsigned(kGeometry) : 0u) |
                       (edit.structure ? unsigned(kDevices | kNetwork) : 0u);
    // Project rules that read the cabling last: taken early, they would hold a worker waiting for it.
    for (bool cabling : {false, true})
        for (std::size_t r = 0; r < rules.size(); ++r)
            if (rules[r]->scope() != RuleScope::Rack && (rules[r]->inputs() & changed) && rules[r]->readsCabling() == cabling)
                tasks.push_back({ruleSegment_[r], rules[r].get(), nullptr});
    // On a big project, two workers as in RuleEngine::checkAll: one derives the cabling (a structure edit), the other
    // the power flow, then both take the rules in turn. Each task's findings go to a slot of their own.
    const unsigned workers = workers_ ? std::min(workers_, 2u) : RuleEngine::workersFor(project);
    std::vector<std::vector<Violation>> parts(tasks.size());
    runOnWorkers(
        tasks.size(), workers,
        [&](int worker) {
            if (worker == 0 && edit.structure) context_->cabling();
            else if (worker == 1 && !project.powerChain.empty()) context_->powerFlow();
        },
        [&](std::size_t i) {
            if (tasks[i].rack) tasks[i].rule->checkRack(*context_, *tasks[i].rack, parts[i]);
            else tasks[i].rule->check(*context_, parts[i]);
            applySeverityOverrides(project, parts[i]);
        });
    if (edit.structure) context_->cabling();  // the kept cabling is current even when no rule read it
    std::vector<Segment> changes;
    changes.reserve(tasks.size());
    for (std::size_t i = 0; i < tasks.size(); ++i) changes.emplace_back(tasks[i].segment, std::move(parts[i]));
    resumRacks(project, touched);
    splice(changes);
}

void IncrementalChecker::splice(std::vector<Segment>& changes) {
    std::sort(changes.begin(), changes.end(), [](const Segment& a, const Segment& b) { return a.first < b.first; });
    if (changes.empty()) return;
    // Where each changed segment starts in violations_.
    std::vector<std::size_t> offsets;
    offsets.reserve(changes.size());
    std::size_t offset = 0, seg = 0;
    bool sameSizes = true;
    for (const auto& [s, content] : changes) {
        for (; seg < s; ++seg) offset += segmentSize_[seg];
        offsets.push_back(offset);
        sameSizes = sameSizes && content.size() == segmentSize_[s];
    }
    if (sameSizes) {  // the usual case: every violation stays where it is
        for (std::size_t c = 0; c < changes.size(); ++c)
            std::move(changes[c].second.begin(), changes[c].second.end(), violations_.begin() + std::ptrdiff_t(offsets[c]));
        return;
    }
    // Rebuild from the first changed segment on, moving (not copying) what stays.
    const std::size_t first = offsets.front();
    std::vector<Violation> tail;
    tail.reserve(violations_.size() - first + 16);
    std::size_t pos = first;
    for (std::size_t c = 0; c < changes.size(); ++c) {
        auto& [s, content] = changes[c];
        std::move(violations_.begin() + std::ptrdiff_t(pos), violations_.begin() + std::ptrdiff_t(offsets[c]), std::back_inserter(tail));
        std::move(content.begin(), content.end(), std::back_inserter(tail));
        pos = offsets[c] + segmentSize_[s];
        segmentSize_[s] = content.size();
    }
    std::move(violations_.begin() + std::ptrdiff_t(pos), violations_.end(), std::back_inserter(tail));
    violations_.erase(violations_.begin() + std::ptrdiff_t(first), violations_.end());
    std::move(tail.begin(), tail.end(), std::back_inserter(violations_));
}

}  // namespace pod
