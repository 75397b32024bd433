#pragma once
// Runs a set of rules over a project and returns their violations in a stable order.
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
    std::vector<Violation> checkAll(const Project& project, const Catalog& catalog) const;

private:
    std::vector<std::unique_ptr<Rule>> rules_;
};

int countSeverity(const std::vector<Violation>& violations, Severity severity);

}  // namespace pod
