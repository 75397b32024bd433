#pragma once
// Runs a set of rules over a project and returns their violations in a stable order: rules in engine
// order, rack rules rack by rack in project order. Per-project severity overrides apply last.
#include <memory>
#include <vector>

#include "Rule.h"

namespace pod {

class RuleEngine {
public:
    // Every rule Pod Planner ships, in the order they report.
    static RuleEngine standard();
    void add(std::unique_ptr<Rule> rule) { rules_.push_back(std::move(rule)); }
    const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
    const Rule* rule(std::string_view id) const;
    std::vector<Violation> checkAll(const Project& project, const Catalog& catalog) const;

private:
    std::vector<std::unique_ptr<Rule>> rules_;
};

int countSeverity(const std::vector<Violation>& violations, Severity severity);

// Applies `settings.severity_overrides` (rule id → error | warning | info | off) in place.
void applySeverityOverrides(const Project& project, std::vector<Violation>& violations);

}  // namespace pod
