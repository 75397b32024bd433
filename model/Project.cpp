#include "Project.h"

namespace pod {

const Rack* Project::rack(const std::string& id) const {
    for (const auto& r : layout.racks)
        if (r.id == id) return &r;
    return nullptr;
}

const Device* Project::device(const std::string& id) const {
    for (const auto& d : layout.devices)
        if (d.id == id) return &d;
    return nullptr;
}

const CoolingUnit* Project::coolingUnit(const std::string& id) const {
    for (const auto& u : layout.coolingUnits)
        if (u.id == id) return &u;
    return nullptr;
}

const Hall* Project::hall(const std::string& id) const {
    for (const auto& h : halls)
        if (h.id == id) return &h;
    return nullptr;
}

}  // namespace pod
