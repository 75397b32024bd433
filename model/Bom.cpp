#include "Bom.h"

#include <map>

namespace pod {

std::vector<BomLine> billOfMaterials(const Project& project, const Catalog& catalog, const Cabling& cabling) {
    std::vector<BomLine> out;
    std::map<std::string, int> racks;
    for (const auto& r : project.layout.racks) ++racks[r.model];
    for (const auto& [id, n] : racks) {
        const RackModel* m = catalog.rack(id);
        out.push_back({id, "rack", m ? m->vendor : "", m ? m->model : id, n, 0, 0, 0});
    }
    std::map<std::string, int> devices;
    for (const auto& d : project.layout.devices) ++devices[d.catalogId];
    for (const auto& [id, n] : devices) {
        const Equipment* e = catalog.equipment(id);
        if (!e) continue;
        out.push_back({id, std::string(kindKey(e->kind)), e->vendor, e->model, n, e->maxW, e->maxW * n, 0});
    }
    for (const auto& [medium, total] : cablesByMedium(cabling)) {
        const CableMedium* m = catalog.medium(medium);
        out.push_back({medium, "cable_media", m ? m->vendor : "", m ? m->model : "no medium reaches", total.count, 0, 0,
                       total.lengthMm});
    }
    return out;
}

}  // namespace pod
