#pragma once
// One design rule: an id, a title, a description, and a check over the project. Limits come from the
// catalog, the rack or the room, never from constants in the rule.
#include <string_view>
#include <unordered_map>
#include <vector>

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

private:
    const Project& project_;
    const Catalog& catalog_;
    std::unordered_map<std::string, std::vector<const Device*>> byRack_;
    std::unordered_map<std::string, const Rack*> racks_;
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;
    virtual std::string_view title() const = 0;
    virtual std::string_view description() const = 0;
    virtual void check(const CheckContext& context, std::vector<Violation>& out) const = 0;
};

// A device's label in messages: its name, else its id.
std::string deviceLabel(const Device& d);

}  // namespace pod
