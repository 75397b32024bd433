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
    for (const auto& d : project.layout.devices) byRack_[d.rack].push_back(&d);
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
