#include "ExportData.h"

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

    std::set<std::string> wanted(rackIds.begin(), rackIds.end());
    for (const Rack& r : project.layout.racks)
        if (wanted.empty() || wanted.count(r.id)) selected_.push_back(&r);
    for (const Device& d : project.layout.devices) devicesByRack_[d.rack].push_back(&d);
    for (const RackTotals& t : totals_.perRack) rackTotals_[t.rackId] = &t;

    for (const Violation& v : violations_) {
        for (const std::string& item : v.items) {
            std::string rackId;
            if (project.rack(item)) rackId = item;
            else if (const Device* d = project.device(item)) rackId = d->rack;
            if (rackId.empty()) continue;
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
