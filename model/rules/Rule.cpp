#include "Rule.h"

#include <algorithm>
#include <string_view>

#include "Cooling.h"

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
    const auto& racks = project.layout.racks;
    const auto& devices = project.layout.devices;
    racksData_ = racks.data();
    devicesData_ = devices.data();
    rackIndex_.reset(racks.size());
    for (std::size_t i = 0; i < racks.size(); ++i) rackIndex_.insert(racks[i].id, i, rackIdAt(), true);  // last wins
    canonical_.resize(racks.size());
    for (std::size_t i = 0; i < racks.size(); ++i) canonical_[i] = findRack(racks[i].id);
    byRack_.resize(racks.size());
    deviceIndex_.reset(devices.size());
    equipment_.resize(devices.size());
    deviceRack_.resize(devices.size());
    std::unordered_map<std::string_view, const Equipment*> entries;  // few distinct catalog ids
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const Device& d = devices[i];
        if (deviceIndex_.insert(d.id, i, deviceIdAt(), true) != IdIndex::npos) duplicateDeviceIds_ = true;
        auto e = entries.try_emplace(d.catalogId, nullptr);
        if (e.second) e.first->second = catalog.equipment(d.catalogId);
        equipment_[i] = e.first->second;
        deviceRack_[i] = rackOfDevice(d);
        if (deviceRack_[i] == kNoRack) orphans_[d.rack].push_back(&d);
        else byRack_[deviceRack_[i]].push_back(&d);
    }
    sums_.resize(racks.size());
    for (std::size_t k = 0; k < racks.size(); ++k)
        if (canonical_[k] == k) sumRack(k);
}

std::size_t CheckContext::rackOfDevice(const Device& d) const { return findRack(d.rack); }

std::size_t CheckContext::findRack(std::string_view id) const { return rackIndex_.find(id, rackIdAt()); }
std::size_t CheckContext::findDevice(std::string_view id) const { return deviceIndex_.find(id, deviceIdAt()); }

void CheckContext::sumRack(std::size_t k) {
    // Three sums, each in device order, as three separate loops over the rack would add them.
    RackSums s;
    for (const Device* d : byRack_[k])
        if (const Equipment* e = equipment(*d)) {
            s.maxW += e->maxW;
            s.airW += deviceHeat(*e).airW;
            s.kg += e->weightKg;
        }
    sums_[k] = s;
}

std::size_t CheckContext::rackIndex(const Rack& rack) const {
    const auto& racks = project_.layout.racks;
    auto at = reinterpret_cast<std::uintptr_t>(&rack), first = reinterpret_cast<std::uintptr_t>(racks.data());
    std::size_t i = (at - first) / sizeof(Rack);
    if (at < first || i >= racks.size() || i >= canonical_.size() || &racks[i] != &rack) return kNoRack;
    return i;
}

std::size_t CheckContext::canonical(const Rack& rack) const {
    std::size_t i = rackIndex(rack);
    if (i != kNoRack) return canonical_[i];
    return findRack(rack.id);  // a rack that is not the project's own (a copy)
}

const Equipment* CheckContext::equipment(const Device& d) const {
    const auto& devices = project_.layout.devices;
    auto at = reinterpret_cast<std::uintptr_t>(&d), first = reinterpret_cast<std::uintptr_t>(devices.data());
    std::size_t i = (at - first) / sizeof(Device);
    if (at >= first && i < devices.size() && i < equipment_.size() && &devices[i] == &d) return equipment_[i];
    return catalog_.equipment(d.catalogId);
}

bool CheckContext::refresh(const std::vector<std::string>& rackIds, std::vector<std::size_t>& touched) {
    const auto& racks = project_.layout.racks;
    const auto& devices = project_.layout.devices;
    if (racks.data() != racksData_ || racks.size() != canonical_.size() || devices.data() != devicesData_ ||
        devices.size() != equipment_.size())
        return false;
    touched.clear();
    {
        std::lock_guard lock(powerMutex_);
        powerInputs_.reset();
        powerFlow_.reset();
    }
    std::vector<std::size_t> moved;  // devices that were in a touched rack (or are now)
    auto touch = [&](std::size_t k) {
        if (std::find(touched.begin(), touched.end(), k) != touched.end()) return;
        touched.push_back(k);
        for (const Device* d : byRack_[k]) moved.push_back(std::size_t(d - devicesData_));
    };
    for (const auto& id : rackIds) {
        const std::size_t k = findRack(id);
        if (k == kNoRack || canonical_[k] != k || racks[k].id != id) return false;
        touch(k);
    }
    for (std::size_t n = 0; n < moved.size(); ++n) {  // grows when a device went to a rack not named
        std::size_t i = moved[n];
        std::size_t k = rackOfDevice(devices[i]);
        if (k == kNoRack || canonical_[k] != k) return false;
        if (findDevice(devices[i].id) != i) return false;  // ids are kept by edits that add or remove nothing
        equipment_[i] = catalog_.equipment(devices[i].catalogId);
        deviceRack_[i] = k;
        touch(k);
    }
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    for (std::size_t k : touched) byRack_[k].clear();
    for (std::size_t i : moved) byRack_[deviceRack_[i]].push_back(&devices[i]);
    for (std::size_t k : touched) sumRack(k);
    return true;
}

bool CheckContext::shiftDevices(const std::vector<std::size_t>& newOf, const std::vector<std::size_t>& inserted) {
    const auto& racks = project_.layout.racks;
    const auto& devices = project_.layout.devices;
    if (duplicateDeviceIds_ || racks.data() != racksData_ || racks.size() != canonical_.size() || newOf.size() != equipment_.size())
        return false;
    std::size_t kept = 0;
    for (std::size_t to : newOf) kept += to != SIZE_MAX;
    if (kept + inserted.size() != devices.size()) return false;
    // The old list may have moved (an insertion past its capacity): positions, not pointers, carry over.
    const auto oldData = reinterpret_cast<std::uintptr_t>(devicesData_);
    auto oldIndex = [&](const Device* d) { return (reinterpret_cast<std::uintptr_t>(d) - oldData) / sizeof(Device); };
    std::vector<const Equipment*> equipment(devices.size(), nullptr);
    std::vector<std::size_t> deviceRack(devices.size(), kNoRack);
    std::vector<std::size_t> resum;  // racks that lost or gained a device
    for (std::size_t i = 0; i < newOf.size(); ++i) {
        if (newOf[i] == SIZE_MAX) {
            if (deviceRack_[i] != kNoRack) resum.push_back(deviceRack_[i]);
            continue;
        }
        equipment[newOf[i]] = equipment_[i];
        deviceRack[newOf[i]] = deviceRack_[i];
    }
    auto remapList = [&](std::vector<const Device*>& list) {
        std::size_t n = 0;
        for (const Device* d : list)
            if (const std::size_t to = newOf[oldIndex(d)]; to != SIZE_MAX) list[n++] = &devices[to];
        list.resize(n);
    };
    for (auto& list : byRack_) remapList(list);
    for (auto& [rack, list] : orphans_) remapList(list);
    deviceIndex_.remap(newOf);
    devicesData_ = devices.data();
    for (std::size_t i : inserted) {
        const Device& d = devices[i];
        if (deviceIndex_.insert(d.id, i, deviceIdAt(), true) != IdIndex::npos) {
            duplicateDeviceIds_ = true;
            return false;
        }
        equipment[i] = catalog_.equipment(d.catalogId);
        deviceRack[i] = rackOfDevice(d);
        auto& list = deviceRack[i] == kNoRack ? orphans_[d.rack] : byRack_[deviceRack[i]];
        list.insert(std::upper_bound(list.begin(), list.end(), &d), &d);  // project order
        if (deviceRack[i] != kNoRack) resum.push_back(deviceRack[i]);
    }
    equipment_ = std::move(equipment);
    deviceRack_ = std::move(deviceRack);
    std::sort(resum.begin(), resum.end());
    resum.erase(std::unique(resum.begin(), resum.end()), resum.end());
    for (std::size_t k : resum) sumRack(k);
    {
        std::lock_guard lock(cablingMutex_);
        cabling_.reset();
        external_ = nullptr;
        supply_ = nullptr;
    }
    std::lock_guard lock(powerMutex_);
    powerInputs_.reset();
    powerFlow_.reset();
    return true;
}

const Device* CheckContext::device(const std::string& id) const {
    const std::size_t i = findDevice(id);
    return i == kNoRack ? nullptr : &project_.layout.devices[i];
}

const Cabling& CheckContext::cabling() const {
    std::lock_guard lock(cablingMutex_);  // two workers may ask at once (RuleEngine::checkAll, IncrementalChecker)
    if (supply_) {
        external_ = supply_();
        supply_ = nullptr;
    }
    if (external_) return *external_;
    if (!cabling_) cabling_ = std::make_unique<Cabling>(deriveCablingForRules(project_, catalog_));
    return *cabling_;
}

const std::vector<RackPowerInput>& CheckContext::powerInputs() const {
    std::lock_guard lock(powerMutex_);
    if (!powerInputs_) {
        // From the devices by rack and their entries this context holds (a rack whose id a later one repeats: none).
        std::vector<const std::vector<const Device*>*> devicesOf(canonical_.size(), nullptr);
        for (std::size_t k = 0; k < canonical_.size(); ++k)
            if (canonical_[k] == k) devicesOf[k] = &byRack_[k];
        powerInputs_ = std::make_unique<const std::vector<RackPowerInput>>(
            rackPowerInputs(project_, devicesOf, [this](const Device& d) { return equipment(d); }));
    }
    return *powerInputs_;
}

const PowerFlow& CheckContext::powerFlow() const {
    const auto& inputs = powerInputs();
    std::lock_guard lock(powerMutex_);
    if (!powerFlow_) powerFlow_ = std::make_unique<const PowerFlow>(computePowerFlow(project_, inputs));
    return *powerFlow_;
}

double CheckContext::rackMaxW(const std::string& rackId) const {
    if (std::size_t k = findRack(rackId); k != kNoRack) return sums_[k].maxW;
    double w = 0;
    for (const Device* d : devicesIn(rackId))
        if (const Equipment* e = equipment(*d)) w += e->maxW;
    return w;
}

double CheckContext::rackAirW(const std::string& rackId) const {
    if (std::size_t k = findRack(rackId); k != kNoRack) return sums_[k].airW;
    double w = 0;
    for (const Device* d : devicesIn(rackId))
        if (const Equipment* e = equipment(*d)) w += deviceHeat(*e).airW;
    return w;
}

double CheckContext::rackDeviceKg(const std::string& rackId) const {
    if (std::size_t k = findRack(rackId); k != kNoRack) return sums_[k].kg;
    double kg = 0;
    for (const Device* d : devicesIn(rackId))
        if (const Equipment* e = equipment(*d)) kg += e->weightKg;
    return kg;
}

double CheckContext::rackMaxW(const Rack& rack) const {
    std::size_t k = canonical(rack);
    return k == kNoRack ? rackMaxW(rack.id) : sums_[k].maxW;
}

double CheckContext::rackAirW(const Rack& rack) const {
    std::size_t k = canonical(rack);
    return k == kNoRack ? rackAirW(rack.id) : sums_[k].airW;
}

double CheckContext::rackDeviceKg(const Rack& rack) const {
    std::size_t k = canonical(rack);
    return k == kNoRack ? rackDeviceKg(rack.id) : sums_[k].kg;
}

void Rule::check(const CheckContext& context, std::vector<Violation>& out) const {
    for (const auto& rack : context.project().layout.racks) checkRack(context, rack, out);
}

const std::vector<const Device*>& CheckContext::devicesIn(const std::string& rackId) const {
    static const std::vector<const Device*> none;
    if (std::size_t k = findRack(rackId); k != kNoRack) return byRack_[k];
    auto it = orphans_.find(rackId);
    return it == orphans_.end() ? none : it->second;
}

const std::vector<const Device*>& CheckContext::devicesIn(const Rack& rack) const {
    std::size_t k = canonical(rack);
    return k == kNoRack ? devicesIn(rack.id) : byRack_[k];
}

const Rack* CheckContext::rack(const std::string& id) const {
    const std::size_t k = findRack(id);
    return k == kNoRack ? nullptr : &project_.layout.racks[k];
}

std::string CheckContext::rackName(const std::string& id) const {
    const Rack* r = rack(id);
    return r && !r->name.empty() ? r->name : id;
}

std::string CheckContext::rackName(const Rack& rack) const {
    std::size_t k = canonical(rack);
    if (k == kNoRack) return rackName(rack.id);
    const Rack& r = project_.layout.racks[k];
    return r.name.empty() ? rack.id : r.name;
}

std::string deviceLabel(const Device& d) { return d.name.empty() ? d.id : d.name; }

}  // namespace pod
