#include "Catalog.h"

namespace pod {

std::string Catalog::kindOf(const std::string& id) const {
    if (accelerators_.count(id)) return "accelerator";
    if (auto it = equipment_.find(id); it != equipment_.end()) return std::string(kindKey(it->second.kind));
    if (racks_.count(id)) return "rack";
    if (cooling_.count(id)) return "cooling";
    if (media_.count(id)) return "cable_media";
    if (powerNodes_.count(id)) return "power_node";
    return "";
}

std::size_t Catalog::size() const {
    return accelerators_.size() + equipment_.size() + racks_.size() + cooling_.size() + media_.size() + powerNodes_.size();
}

void Catalog::remove(const std::string& id) {
    accelerators_.erase(id);
    equipment_.erase(id);
    racks_.erase(id);
    cooling_.erase(id);
    media_.erase(id);
    powerNodes_.erase(id);
}

void Catalog::add(Accelerator a) { remove(a.id); accelerators_[a.id] = std::move(a); }
void Catalog::add(Equipment e) { remove(e.id); equipment_[e.id] = std::move(e); }
void Catalog::add(RackModel r) { remove(r.id); racks_[r.id] = std::move(r); }
void Catalog::add(CoolingOption c) { remove(c.id); cooling_[c.id] = std::move(c); }
void Catalog::add(CableMedium m) { remove(m.id); media_[m.id] = std::move(m); }
void Catalog::add(PowerNodeModel p) { remove(p.id); powerNodes_[p.id] = std::move(p); }

void Catalog::merge(const Catalog& other) {
    for (const auto& [id, v] : other.accelerators_) add(v);
    for (const auto& [id, v] : other.equipment_) add(v);
    for (const auto& [id, v] : other.racks_) add(v);
    for (const auto& [id, v] : other.cooling_) add(v);
    for (const auto& [id, v] : other.media_) add(v);
    for (const auto& [id, v] : other.powerNodes_) add(v);
}

}  // namespace pod
