#pragma once
// Keeps violations and totals current across edits without re-checking everything: rack rules and
// rack totals re-run only for the racks an edit touched; project rules (room limits, floor geometry,
// network) re-run whole. The full check stays the reference: tests assert both agree after every edit.
#include <string>
#include <unordered_map>
#include <vector>

#include "RuleEngine.h"
#include "Totals.h"

namespace pod {

struct Edit {
    std::vector<std::string> racks;  // racks whose contents, position or settings changed (old and new)
    bool room = false;               // room outline, capacities, ratings or settings changed: re-check all
};

class IncrementalChecker {
public:
    IncrementalChecker(const RuleEngine& engine, const Catalog& catalog) : engine_(engine), catalog_(catalog) {}

    void reset(const Project& project);                   // full check
    void update(const Project& project, const Edit& edit);  // after `project` was edited

    const std::vector<Violation>& violations() const { return violations_; }
    const ProjectTotals& totals() const { return totals_; }

private:
    void checkRack(const CheckContext& context, const Rack& rack);
    void assemble(const Project& project, const CheckContext& context);

    const RuleEngine& engine_;
    const Catalog& catalog_;
    // rule index → rack id → that rule's violations for the rack (rack-scoped rules only)
    std::vector<std::unordered_map<std::string, std::vector<Violation>>> rackResults_;
    std::unordered_map<std::string, RackTotals> rackTotals_;
    std::vector<Violation> violations_;
    ProjectTotals totals_;
};

}  // namespace pod
