#pragma once
// Keeps violations, totals and cabling current across edits without re-checking everything: rack
// rules and rack totals re-run only for the racks an edit touched; project rules re-run only when the
// edit touched what they read (RuleInput); cables are re-measured only for devices in touched racks
// unless the edit changed the network's structure. The full check stays the reference: tests assert
// both agree after every edit.
#include <string>
#include <unordered_map>
#include <vector>

#include "Cabling.h"
#include "RuleEngine.h"
#include "Totals.h"

namespace pod {

struct Edit {
    std::vector<std::string> racks;  // racks whose contents or settings changed (a move: old and new)
    bool room = false;       // room, keep-outs or project settings changed: everything is re-checked
    bool geometry = true;    // rack position, rotation, model or name changed; racks added or removed
    bool structure = true;   // devices added or removed, a catalog id changed, or the network plan changed
};

class IncrementalChecker {
public:
    IncrementalChecker(const RuleEngine& engine, const Catalog& catalog) : engine_(engine), catalog_(catalog) {}

    void reset(const Project& project);                     // full check
    void update(const Project& project, const Edit& edit);  // after `project` was edited

    const std::vector<Violation>& violations() const { return violations_; }
    const ProjectTotals& totals() const { return totals_; }
    const Cabling& cabling() const { return cabling_; }

private:
    void checkRack(const CheckContext& context, const Rack& rack);
    void rederiveCabling(const Project& project);
    void assemble(const Project& project, const CheckContext& context, unsigned changed);

    const RuleEngine& engine_;
    const Catalog& catalog_;
    // rule index → rack id → that rule's violations for the rack (rack rules)
    std::vector<std::unordered_map<std::string, std::vector<Violation>>> rackResults_;
    std::vector<std::vector<Violation>> projectResults_;  // rule index → violations (project rules)
    std::unordered_map<std::string, RackTotals> rackTotals_;
    Cabling cabling_;
    std::unordered_map<std::string, std::vector<std::size_t>> cablesOfDevice_;
    std::vector<Violation> violations_;
    ProjectTotals totals_;
};

}  // namespace pod
