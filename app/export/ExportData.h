#pragma once
// Everything the exported sheets show, computed once from a project and its catalog by the model:
// totals, cabling, bill of materials, violations, the cable schedule, the cooling units' loads, the power chain's
// loads (PowerFlow, normal operation) and the racks chosen for export.
// The painters only lay these figures out; they never compute a watt or a FLOP themselves.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "Bom.h"
#include "Cabling.h"
#include "Catalog.h"
#include "Cooling.h"
#include "Cost.h"
#include "CsvExport.h"
#include "PowerFlow.h"
#include "Project.h"
#include "Totals.h"
#include "Violation.h"

namespace pod {

class ExportData {
public:
    // `rackIds` selects racks for the elevations (empty: all, in project order). The project and
    // catalog must outlive this object.
    ExportData(const Project& project, const Catalog& catalog, const std::vector<std::string>& rackIds = {});
    ExportData(const ExportData&) = delete;  // holds pointers into itself
    ExportData& operator=(const ExportData&) = delete;

    const Project& project() const { return *project_; }
    const Catalog& catalog() const { return *catalog_; }
    const ProjectTotals& totals() const { return totals_; }
    const Cabling& cabling() const { return cabling_; }
    const std::vector<BomLine>& bom() const { return bom_; }
    const std::vector<Violation>& violations() const { return violations_; }
    const std::vector<CableScheduleRow>& schedule() const { return schedule_; }
    const CoolingReport& cooling() const { return cooling_; }
    // The power chain in normal operation (model/power/PowerFlow.h) and the per-rack inputs it was computed
    // from; both empty without a chain.
    const PowerFlow& powerFlow() const { return powerFlow_; }
    const std::vector<RackPowerInput>& powerInputs() const { return powerInputs_; }
    const std::vector<const Rack*>& selectedRacks() const { return selected_; }
    // The cost from a price book (`export --prices`): cost lines on the cover, prices in the BOM; none without.
    const std::optional<CostReport>& cost() const { return cost_; }
    void setCost(std::optional<CostReport> cost) { cost_ = std::move(cost); }

    // Devices in a rack, in project order.
    const std::vector<const Device*>& devicesIn(const std::string& rackId) const;
    const RackTotals* rackTotals(const std::string& rackId) const;
    // Worst severity among violations naming the rack or one of its devices; none → no entry.
    const Severity* worstSeverity(const std::string& rackId) const;
    // The project's date, else today's (ISO 8601).
    std::string date() const;

private:
    const Project* project_;
    const Catalog* catalog_;
    ProjectTotals totals_;
    Cabling cabling_;
    std::vector<BomLine> bom_;
    std::vector<Violation> violations_;
    std::vector<CableScheduleRow> schedule_;
    CoolingReport cooling_;
    std::vector<RackPowerInput> powerInputs_;
    PowerFlow powerFlow_;
    std::optional<CostReport> cost_;
    std::vector<const Rack*> selected_;
    std::map<std::string, std::vector<const Device*>> devicesByRack_;
    std::map<std::string, const RackTotals*> rackTotals_;
    std::map<std::string, Severity> worst_;
};

}  // namespace pod
