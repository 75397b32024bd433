#include "Rule.h"

namespace pod {

std::string_view severityKey(Severity s) {
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "";
}

CheckContext::CheckContext(const Project& project, const Catalog& catalog) : project_(project), catalog_(catalog) {
    for (const auto& r : project.layout.racks) racks_[r.id] = &r;
    for (const auto& d : project.layout.devices) {
        byRack_[d.rack].push_back(&d);
        devices_[d.id] = &d;
    }
}

const Device* CheckContext::device(const std::string& id) const {
    auto it = devices_.find(id);
    return it == devices_.end() ? nullptr : it->second;
}

const Cabling& CheckContext::cabling() const {
    if (external_) return *external_;
    if (!cabling_) cabling_ = std::make_unique<Cabling>(deriveCabling(project_, catalog_));
    return *cabling_;
}

double CheckContext::rackMaxW(const std::string& rackId) const {
    double w = 0;
    for (const Device* d : devicesIn(rackId))
        if (const Equipment* e = catalog_.equipment(d->catalogId)) w += e->maxW;
    return w;
}

double CheckContext::rackAirW(const std::string& rackId) const {
    double w = 0;
    for (const Device* d : devicesIn(rackId))
        if (const Equipment* e = catalog_.equipment(d->catalogId)) w += e->maxW * (1.0 - e->liquidFraction);
    return w;
}

double CheckContext::rackDeviceKg(const std::string& rackId) const {
    double kg = 0;
    for (const Device* d : devicesIn(rackId))
        if (const Equipment* e = catalog_.equipment(d->catalogId)) kg += e->weightKg;
    return kg;
}

void Rule::check(const CheckContext& context, std::vector<Violation>& out) const {
    for (const auto& rack : context.project().layout.racks) checkRack(context, rack, out);
}

const std::vector<const Device*>& CheckContext::devicesIn(const std::string& rackId) const {
    static const std::vector<const Device*> none;
    auto it = byRack_.find(rackId);
    return it == byRack_.end() ? none : it->second;
}

const Rack* CheckContext::rack(const std::string& id) const {
    auto it = racks_.find(id);
    return it == racks_.end() ? nullptr : it->second;
}

std::string CheckContext::rackName(const std::string& id) const {
    const Rack* r = rack(id);
    return r && !r->name.empty() ? r->name : id;
}

std::string deviceLabel(const Device& d) { return d.name.empty() ? d.id : d.name; }

}  // namespace pod
