#pragma once
// Keeps violations, totals and cabling current across edits without re-checking everything: rack
// rules and rack totals re-run only for the racks an edit touched; project rules re-run only when the
// edit touched what they read (RuleInput); cables are re-measured only for devices in touched racks
// unless the edit changed the network's structure. The full check stays the reference: tests assert
// both agree after every edit.
//
// Layout of the kept results: violations_ is the report itself, cut into segments (one per rack rule
// and rack, one per project rule) in report order; an edit replaces only its segments. Totals keep
// per-rack entries and re-add the project sums in rack order, so they match computeTotals bit for bit.
#include <map>
#include <memory>
#include <string>
#include <utility>
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
    // With `structure`: where devices went and came, when the edit knows (LayoutChange does), so that the checker
    // shifts its indexes instead of building them again: removed as positions in the list before the edit, in
    // descending order; inserted as positions in the list after it, ascending. `shifts` says the two are given.
    bool shifts = false;
    std::vector<std::size_t> devicesRemoved, devicesInserted;
};

// Old position → new position (or SIZE_MAX: removed) of a list of `before` items after `removed` (descending
// positions before) and `inserted` (ascending positions after) were applied as LayoutChange applies them; empty when
// the positions do not fit the list.
std::vector<std::size_t> positionMap(std::size_t before, const std::vector<std::size_t>& removed, const std::vector<std::size_t>& inserted);

class IncrementalChecker {
public:
    IncrementalChecker(const RuleEngine& engine, const Catalog& catalog);
    ~IncrementalChecker();

    void reset(const Project& project);                     // full check
    void update(const Project& project, const Edit& edit);  // after `project` was edited
    // Threads for update: 0 (the default) two from RuleEngine::kParallelFromDevices devices when the machine has two
    // cores, else one; 1 or 2 whatever the size (tests). The results are the same either way.
    void setWorkers(unsigned workers) { workers_ = workers; }

    const std::vector<Violation>& violations() const { return violations_; }
    const ProjectTotals& totals() const { return totals_; }
    const Cabling& cabling() const { return cabling_; }
    // The context of the last check: devices by rack (devicesIn), ids; current after every reset and update.
    const CheckContext* context() const { return context_.get(); }
    // cablesByMedium(cabling()), kept up to date edit by edit (summing 262,144 cables per edit cost 5 ms).
    const std::map<std::string, MediumTotal>& cablesByMedium() const { return mediumTotals_; }

private:
    using Segment = std::pair<std::size_t, std::vector<Violation>>;  // segment index, new content
    void rederiveCabling(const Project& project, bool keepRouter = false);  // keepRouter: router_ was shifted already
    void remeasureRacks(const Project& project, const std::vector<std::size_t>& racks);
    void resumRacks(const Project& project, const std::vector<std::size_t>& racks);  // their totals and rows
    void splice(std::vector<Segment>& changes);
    void indexRows(const Project& project);
    bool sameRacks(const Project& project) const;

    const RuleEngine& engine_;
    const Catalog& catalog_;
    std::unique_ptr<CheckContext> context_;
    std::unique_ptr<CableRouter> router_;
    MediumChooser media_;
    Cabling cabling_;
    CableIndex cableIndex_;
    std::map<std::string, MediumTotal> mediumTotals_;
    std::vector<Violation> violations_;
    std::vector<std::size_t> segmentSize_;   // by segment
    std::vector<std::size_t> ruleSegment_;   // rule index → its first segment
    std::vector<std::string> rackIds_;       // at the last reset, to tell whether racks came or went
    std::vector<std::string> rackRow_;       // each rack's row as last summed
    std::map<std::string, std::vector<std::size_t>> rowRacks_;  // row → rack indices, project order
    ProjectTotals totals_;
    unsigned workers_ = 0;
};

}  // namespace pod
