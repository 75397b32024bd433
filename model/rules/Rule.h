#pragma once
// One design rule: an id, a title, a description, and a check over the project. Limits come from the
// catalog, the rack or the room, never from constants in the rule.
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "Cabling.h"
#include "Catalog.h"
#include "Project.h"
#include "Violation.h"

namespace pod {

// What every rule reads: the project, the catalog and a device-by-rack index built once per check.
class CheckContext {
public:
    CheckContext(const Project& project, const Catalog& catalog);
    const Project& project() const { return project_; }
    const Catalog& catalog() const { return catalog_; }
    const std::vector<const Device*>& devicesIn(const std::string& rackId) const;
    const Rack* rack(const std::string& id) const;
    std::string rackName(const std::string& id) const;
    const Device* device(const std::string& id) const;
    // Derived once per context, on first use, unless a kept one was supplied.
    const Cabling& cabling() const;
    void useCabling(const Cabling* cabling) { external_ = cabling; }
    // Sum of max draw (W) of the rack's devices, and the part of it removed by air.
    double rackMaxW(const std::string& rackId) const;
    double rackAirW(const std::string& rackId) const;
    double rackDeviceKg(const std::string& rackId) const;

private:
    const Project& project_;
    const Catalog& catalog_;
    std::unordered_map<std::string, std::vector<const Device*>> byRack_;
    std::unordered_map<std::string, const Rack*> racks_;
    std::unordered_map<std::string, const Device*> devices_;
    mutable std::unique_ptr<Cabling> cabling_;
    const Cabling* external_ = nullptr;
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

class Rule {
public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;
    virtual std::string_view title() const = 0;
    virtual std::string_view description() const = 0;
    virtual RuleScope scope() const { return RuleScope::Rack; }
    // For project rules: what the rule reads (RuleInput bits). Rack rules re-run per touched rack.
    virtual unsigned inputs() const { return kAllInputs; }
    // Rack rules implement this; the default check() calls it for every rack in project order.
    virtual void checkRack(const CheckContext&, const Rack&, std::vector<Violation>&) const {}
    virtual void check(const CheckContext& context, std::vector<Violation>& out) const;
};

// A device's label in messages: its name, else its id.
std::string deviceLabel(const Device& d);

}  // namespace pod
