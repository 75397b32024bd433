#include "ExportData.h"

#include <unordered_map>

#include <QDate>

#include "RuleEngine.h"

namespace pod {

ExportData::ExportData(const Project& project, const Catalog& catalog, const std::vector<std::string>& rackIds)
    : project_(&project), catalog_(&catalog) {
    totals_ = computeTotals(project, catalog);
    cabling_ = deriveCabling(project, catalog);
    bom_ = billOfMaterials(project, catalog, cabling_);
    violations_ = RuleEngine::standard().checkAll(project, catalog);
    schedule_ = cableSchedule(project, cabling_);
    cooling_ = computeCooling(project, catalog);
    if (!project.powerChain.empty()) {
        powerInputs_ = rackPowerInputs(project, catalog);
        powerFlow_ = computePowerFlow(project, powerInputs_);
    }

    std::set<std::string> wanted(rackIds.begin(), rackIds.end());
    for (const Rack& r : project.layout.racks)
        if (wanted.empty() || wanted.count(r.id)) selected_.push_back(&r);
    for (const Device& d : project.layout.devices) devicesByRack_[d.rack].push_back(&d);
    for (const RackTotals& t : totals_.perRack) rackTotals_[t.rackId] = &t;

    // Item id → its rack id, built once: Project::rack/device scan linearly, and a hall has ~16k violations
    // naming ~27k items (the scan made exporting 2,368 racks quadratic: 60 s instead of 10).
    std::unordered_map<std::string, const std::string*> rackOfItem;
    rackOfItem.reserve(project.layout.racks.size() + project.layout.devices.size());
    for (const Device& d : project.layout.devices) rackOfItem.emplace(d.id, &d.rack);
    for (const Rack& r : project.layout.racks) rackOfItem[r.id] = &r.id;
    for (const Violation& v : violations_) {
        for (const std::string& item : v.items) {
            auto found = rackOfItem.find(item);
            if (found == rackOfItem.end()) continue;
            const std::string& rackId = *found->second;
            auto it = worst_.find(rackId);
            if (it == worst_.end() || int(v.severity) < int(it->second)) worst_[rackId] = v.severity;
        }
    }
}

const std::vector<const Device*>& ExportData::devicesIn(const std::string& rackId) const {
    static const std::vector<const Device*> none;
    auto it = devicesByRack_.find(rackId);
    return it == devicesByRack_.end() ? none : it->second;
}

const RackTotals* ExportData::rackTotals(const std::string& rackId) const {
    auto it = rackTotals_.find(rackId);
    return it == rackTotals_.end() ? nullptr : it->second;
}

const Severity* ExportData::worstSeverity(const std::string& rackId) const {
    auto it = worst_.find(rackId);
    return it == worst_.end() ? nullptr : &it->second;
}

std::string ExportData::date() const {
    if (!project_->meta.date.empty()) return project_->meta.date;
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

}  // namespace pod
