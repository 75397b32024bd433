#pragma once
// One design rule: an id, a title, a description, and a check over the project. Limits come from the
// catalog, the rack or the room, never from constants in the rule.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "IdIndex.h"

#include "Cabling.h"
#include "Catalog.h"
#include "PowerFlow.h"
#include "Project.h"
#include "Violation.h"

namespace pod {

// What every rule reads: the project, the catalog and indexes built once per check: devices by rack,
// each device's catalog entry, each rack's summed draw and weight. IncrementalChecker keeps one
// context across edits and refresh()es the racks an edit touched.
class CheckContext {
public:
    CheckContext(const Project& project, const Catalog& catalog);
    const Project& project() const { return project_; }
    const Catalog& catalog() const { return catalog_; }
    const std::vector<const Device*>& devicesIn(const std::string& rackId) const;
    const std::vector<const Device*>& devicesIn(const Rack& rack) const;
    const Rack* rack(const std::string& id) const;
    std::string rackName(const std::string& id) const;
    std::string rackName(const Rack& rack) const;
    const Device* device(const std::string& id) const;
    // catalog().equipment(d.catalogId), looked up once per device.
    const Equipment* equipment(const Device& d) const;
    // Derived once per context, on first use (by one thread; others wait), unless a kept one was supplied. The context's own is
    // deriveCablingForRules (what the rules read: no list of every cable); a supplied one may be full.
    const Cabling& cabling() const;
    void useCabling(const Cabling* cabling) { external_ = cabling; }
    // The cabling comes from `supply`, called once on first use (by one thread; others wait): IncrementalChecker
    // derives its kept cabling on one worker while the other checks power.
    void supplyCabling(std::function<const Cabling*()> supply) { supply_ = std::move(supply); }
    // The power chain's inputs (rackPowerInputs) and its flow with nothing failed (computePowerFlow), derived once
    // per context on first use and shared by the power rules (each computed them itself: 0.5 s of a campus check);
    // refresh() drops them. Safe to call from several threads.
    const std::vector<RackPowerInput>& powerInputs() const;
    const PowerFlow& powerFlow() const;
    // Sum of max draw (W) of the rack's devices, and the part of it removed by air.
    double rackMaxW(const std::string& rackId) const;
    double rackAirW(const std::string& rackId) const;
    double rackDeviceKg(const std::string& rackId) const;
    double rackMaxW(const Rack& rack) const;
    double rackAirW(const Rack& rack) const;
    double rackDeviceKg(const Rack& rack) const;

    // Index of `rack` in project().layout.racks.
    std::size_t rackIndex(const Rack& rack) const;
    // After an edit that changed the contents or settings of `rackIds` but added or removed no rack or
    // device: re-reads the devices that were or now are in those racks. Returns the indices of the racks
    // whose contents changed (the given ones, plus any rack a device moved to unannounced), or false when
    // the project no longer matches the indexes (items added or removed): build a new context then.
    bool refresh(const std::vector<std::string>& rackIds, std::vector<std::size_t>& touched);
    // After an edit that removed and inserted devices but no racks: device position p is now newOf[p] (SIZE_MAX:
    // removed) and `inserted` (ascending) are new. Shifts the indexes without hashing every id again (building them
    // anew was 15 ms of a hall's structure edit) and drops the derived cabling and power flow. False when it cannot
    // (duplicate device ids, or the lists do not fit the project): build a new context then. Follow with refresh()
    // of the racks the edit named, for devices changed in place.
    bool shiftDevices(const std::vector<std::size_t>& newOf, const std::vector<std::size_t>& inserted);
    std::size_t deviceCount() const { return equipment_.size(); }  // devices when the indexes were last made or shifted

private:
    struct RackSums {
        double maxW = 0, airW = 0, kg = 0;
    };
    static constexpr std::size_t kNoRack = SIZE_MAX;
    std::size_t canonical(const Rack& rack) const;  // the rack its id resolves to (the last with that id)
    std::size_t rackOfDevice(const Device& d) const;
    void sumRack(std::size_t rack);
    const Project& project_;
    const Catalog& catalog_;
    IdIndex rackIndex_;    // id → index (last wins)
    IdIndex deviceIndex_;  // id → index (last wins)
    std::size_t findRack(std::string_view id) const;    // kNoRack when none
    std::size_t findDevice(std::string_view id) const;  // kNoRack when none
    auto rackIdAt() const {
        return [this](std::size_t i) { return i < project_.layout.racks.size() ? &project_.layout.racks[i].id : nullptr; };
    }
    auto deviceIdAt() const {
        return [this](std::size_t i) { return i < project_.layout.devices.size() ? &project_.layout.devices[i].id : nullptr; };
    }
    std::vector<std::size_t> canonical_;                        // rack index → index its id resolves to
    std::vector<std::vector<const Device*>> byRack_;            // by canonical rack index, project order
    std::unordered_map<std::string, std::vector<const Device*>> orphans_;  // devices whose rack id is no rack
    std::vector<const Equipment*> equipment_;                   // by device index
    std::vector<std::size_t> deviceRack_;                       // by device index: rack index or kNoRack
    std::vector<RackSums> sums_;                                // by canonical rack index
    const Device* devicesData_ = nullptr;
    bool duplicateDeviceIds_ = false;  // some device id is there twice (shiftDevices cannot keep "last wins")
    const Rack* racksData_ = nullptr;
    mutable std::mutex cablingMutex_;  // guards cabling_
    mutable std::unique_ptr<Cabling> cabling_;
    mutable std::mutex powerMutex_;  // guards the two below; refresh() drops them
    mutable std::unique_ptr<const std::vector<RackPowerInput>> powerInputs_;
    mutable std::unique_ptr<const PowerFlow> powerFlow_;
    mutable const Cabling* external_ = nullptr;
    mutable std::function<const Cabling*()> supply_;  // guarded by cablingMutex_
};

// What a project rule reads, so an edit that changes none of it need not re-run the rule.
enum RuleInput : unsigned {
    kDevices = 1,   // which device is where, and the equipment's figures
    kGeometry = 2,  // rack positions, rotations, models, names; racks added or removed
    kRoom = 4,      // room outline, keep-outs, capacities, ratings, settings
    kNetwork = 8,   // the network plan
    kAllInputs = 15,
};

// Rack rules look at one rack at a time, so an edit re-runs them only for the racks it touched.
// Project rules look across racks (room limits, floor geometry, network) and run whole.
enum class RuleScope { Rack, Project };

// One kind of finding a rule reports (KiCad's error code): the code a violation carries and
// settings.severity_overrides names, the severity it has unless overridden, and what it finds. A rule's
// main finding has the rule's id as its code; other kinds get codes of their own, so a note can be muted
// without muting an error.
struct FindingCode {
    std::string_view code;
    Severity severity;
    std::string_view description;
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;
    virtual std::string_view title() const = 0;
    virtual std::string_view description() const = 0;
    // Every kind of finding the rule can report; one of them has the rule's id as its code.
    virtual std::span<const FindingCode> codes() const = 0;
    virtual RuleScope scope() const { return RuleScope::Rack; }
    // For project rules: what the rule reads (RuleInput bits). Rack rules re-run per touched rack.
    virtual unsigned inputs() const { return kAllInputs; }
    // Whether check() reads CheckContext::cabling(). Only for scheduling: two workers start the other rules first,
    // while the cabling is being derived (a rule that reads it undeclared is still right, only waits).
    virtual bool readsCabling() const { return false; }
    // Rack rules implement this; the default check() calls it for every rack in project order.
    virtual void checkRack(const CheckContext&, const Rack&, std::vector<Violation>&) const {}
    virtual void check(const CheckContext& context, std::vector<Violation>& out) const;
};

// A device's label in messages: its name, else its id.
std::string deviceLabel(const Device& d);

}  // namespace pod
