#pragma once
// Runs a set of rules over a project and returns their violations in a stable order: rules in engine
// order, rack rules rack by rack in project order. Per-project severity overrides apply last, per code.
#include <functional>
#include <memory>
#include <vector>

#include "Rule.h"

namespace pod {

class RuleEngine {
public:
    // Every rule Pod Planner ships (the table in StandardRules.h), in the order they report.
    static RuleEngine standard();
    void add(std::unique_ptr<Rule> rule) { rules_.push_back(std::move(rule)); }
    const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
    const Rule* rule(std::string_view id) const;
    // From this many devices on, on two workers when the machine has two cores (the result is the same).
    static constexpr std::size_t kParallelFromDevices = 20'000;
    // 2 for a project of that size when the machine has two cores or more, else 1.
    static unsigned workersFor(const Project& project);
    std::vector<Violation> checkAll(const Project& project, const Catalog& catalog) const;
    // On `workers` threads (1 or 2), whatever the project's size: the same list either way.
    std::vector<Violation> checkAll(const Project& project, const Catalog& catalog, unsigned workers) const;

private:
    std::vector<std::unique_ptr<Rule>> rules_;
};

// Runs task(0) … task(n - 1) on `workers` threads (1, or 2 when asked), tasks taken in order; each worker first
// calls warm(worker) (worker 0 or 1) so that two slow derivations a check needs run side by side. An exception on
// either worker stops both and is rethrown here.
void runOnWorkers(std::size_t n, unsigned workers, const std::function<void(int)>& warm, const std::function<void(std::size_t)>& task);

int countSeverity(const std::vector<Violation>& violations, Severity severity);

// Applies `settings.severity_overrides` (finding code → error | warning | info | off) in place. Each
// violation is looked up by its code (a violation without one, by its rule id): an override for a rule's
// id changes its main finding only, not the rule's other codes.
void applySeverityOverrides(const Project& project, std::vector<Violation>& violations);

}  // namespace pod
