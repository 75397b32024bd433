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

Json bomToJson(const std::vector<BomLine>& bom) {
    Json a = Json::array();
    for (const auto& l : bom) {
        Json j = {{"catalog", l.catalogId}, {"kind", l.kind}, {"vendor", l.vendor}, {"model", l.model}, {"count", l.count}};
        if (l.kind == "cable_media") j["total_length_m"] = double(l.totalLengthMm) / 1000.0;
        else j["unit_max_w"] = l.unitMaxW, j["total_max_w"] = l.totalMaxW;
        a.push_back(j);
    }
    return a;
}

Json cablingToJson(const Cabling& cabling) {
    Json j;
    Json media = Json::object();
    for (const auto& [medium, total] : cablesByMedium(cabling))
        media[medium.empty() ? "none" : medium] = {{"count", total.count}, {"length_m", double(total.lengthMm) / 1000.0}};
    j["by_medium"] = media;
    j["count"] = cabling.cables.size();
    Json fabrics = Json::array();
    for (const auto& f : cabling.fabrics)
        fabrics.push_back({{"id", f.id}, {"kind", f.kind}, {"node_links", f.nodeLinks}, {"uplinks", f.uplinks},
                           {"oversubscription", f.oversubscription}, {"core_links", f.coreLinks}});
    j["fabrics"] = fabrics;
    Json ports = Json::array();
    for (const auto& p : cabling.switchPorts)
        ports.push_back({{"device", p.device}, {"fabric", p.fabric}, {"used", p.used}, {"available", p.available}});
    j["switch_ports"] = ports;
    return j;
}

}  // namespace pod
