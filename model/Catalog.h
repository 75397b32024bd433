#pragma once
// The equipment catalog: every entry by id, across the shipped and the user's catalog files.
#include <map>
#include <string>
#include <vector>

#include "CatalogTypes.h"

namespace pod {

class Catalog {
public:
    const Accelerator* accelerator(const std::string& id) const { return find(accelerators_, id); }
    const Equipment* equipment(const std::string& id) const { return find(equipment_, id); }
    const RackModel* rack(const std::string& id) const { return find(racks_, id); }
    const CoolingOption* cooling(const std::string& id) const { return find(cooling_, id); }
    const CableMedium* medium(const std::string& id) const { return find(media_, id); }
    const PowerNodeModel* powerNode(const std::string& id) const { return find(powerNodes_, id); }

    // "accelerator", "gpu_node", …, "rack", "cooling", "cable_media", "power_node"; "" when unknown.
    std::string kindOf(const std::string& id) const;
    bool contains(const std::string& id) const { return !kindOf(id).empty(); }
    std::size_t size() const;

    const std::map<std::string, Accelerator>& accelerators() const { return accelerators_; }
    const std::map<std::string, Equipment>& equipmentEntries() const { return equipment_; }
    const std::map<std::string, RackModel>& racks() const { return racks_; }
    const std::map<std::string, CoolingOption>& coolingOptions() const { return cooling_; }
    const std::map<std::string, CableMedium>& media() const { return media_; }
    const std::map<std::string, PowerNodeModel>& powerNodes() const { return powerNodes_; }

    // Adding an id that exists replaces the entry (user catalogs override shipped ones).
    void add(Accelerator a);
    void add(Equipment e);
    void add(RackModel r);
    void add(CoolingOption c);
    void add(CableMedium m);
    void add(PowerNodeModel p);
    void remove(const std::string& id);
    // Merges `other` into this catalog; `other` wins on equal ids.
    void merge(const Catalog& other);

private:
    template <class T>
    static const T* find(const std::map<std::string, T>& m, const std::string& id) {
        auto it = m.find(id);
        return it == m.end() ? nullptr : &it->second;
    }
    std::map<std::string, Accelerator> accelerators_;
    std::map<std::string, Equipment> equipment_;
    std::map<std::string, RackModel> racks_;
    std::map<std::string, CoolingOption> cooling_;
    std::map<std::string, CableMedium> media_;
    std::map<std::string, PowerNodeModel> powerNodes_;
};

}  // namespace pod
