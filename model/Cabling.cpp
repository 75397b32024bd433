#include "Cabling.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

namespace pod {

namespace {

struct Lookup {
    std::unordered_map<std::string, const Device*> devices;
    std::unordered_map<std::string, const Rack*> racks;
    Lookup(const Project& p) {
        for (const auto& d : p.layout.devices) devices[d.id] = &d;
        for (const auto& r : p.layout.racks) racks[r.id] = &r;
    }
};

// Distance from a device's top to the top of its rack, plus the tray height.
double riseMm(const Project& project, const Catalog& catalog, const Rack& rack, const Device& d) {
    const RackModel* model = catalog.rack(rack.model);
    const Equipment* e = catalog.equipment(d.catalogId);
    double top = d.u + (e ? std::max(0.0, e->uHeight - 1) : 0);
    double unitsAbove = model ? std::max(0.0, model->uHeight - top) : 0;
    return unitsAbove * kRackUnitMm + double(project.settings.trayHeightMm);
}

std::int64_t route(const Project& project, const Catalog& catalog, const Rack& ra, const Device& a, const Rack& rb,
                   const Device& b) {
    double mm;
    if (ra.id == rb.id) {
        mm = std::fabs(a.u - b.u) * kRackUnitMm;
    } else {
        double floor = std::fabs(double(ra.position.x - rb.position.x)) + std::fabs(double(ra.position.y - rb.position.y));
        mm = riseMm(project, catalog, ra, a) + floor + riseMm(project, catalog, rb, b);
    }
    return std::llround(mm) + project.settings.cableSlackMm;
}

int fabricPortCount(const Equipment& e, const std::string& kind) {
    int n = 0;
    for (const auto& g : e.ports)
        if (fabricKey(g.fabric) == kind) n += g.count;
    return n;
}

double fabricTopSpeed(const Equipment& e, const std::string& kind) {
    double s = 0;
    for (const auto& g : e.ports)
        if (fabricKey(g.fabric) == kind) s = std::max(s, g.speedGbps);
    return s;
}

}  // namespace

std::int64_t routeLengthMm(const Project& project, const Catalog& catalog, const Device& a, const Device& b) {
    const Rack* ra = project.rack(a.rack);
    const Rack* rb = project.rack(b.rack);
    if (!ra || !rb) return 0;
    return route(project, catalog, *ra, a, *rb, b);
}

std::string chooseMedium(const Catalog& catalog, double speedGbps, std::int64_t lengthMm) {
    const CableMedium* best = nullptr;
    for (const auto& [id, m] : catalog.media()) {
        auto reach = m.maxReachM(speedGbps);
        if (!reach || *reach * 1000.0 < double(lengthMm)) continue;
        if (!best || m.costRank < best->costRank) best = &m;
    }
    return best ? best->id : std::string();
}

Cabling deriveCabling(const Project& project, const Catalog& catalog) {
    Cabling out;
    Lookup look(project);
    std::unordered_map<const Device*, int> nodePorts;  // per fabric kind, reset per fabric below
    std::unordered_map<const Device*, int> switchPorts;
    auto addCable = [&](const std::string& fabric, const char* tier, const Device& a, int pa, const Device& b, int pb,
                        double speed) {
        const Rack* ra = look.racks[a.rack];
        const Rack* rb = look.racks[b.rack];
        Cable c{fabric, tier, {a.id, a.rack, pa}, {b.id, b.rack, pb}, speed, 0, ""};
        c.lengthMm = route(project, catalog, *ra, a, *rb, b);
        c.medium = chooseMedium(catalog, speed, c.lengthMm);
        out.cables.push_back(std::move(c));
    };

    std::map<std::string, bool> kindHasFabric;
    for (const auto& fabric : project.layout.network.fabrics) {
        kindHasFabric[fabric.kind] = kindHasFabric[fabric.kind] || !fabric.leaves.empty();
        FabricReport report{fabric.id, fabric.kind, 0, 0, 0};
        nodePorts.clear();
        switchPorts.clear();
        std::vector<const Device*> leaves;
        for (const auto& id : fabric.leaves)
            if (auto it = look.devices.find(id); it != look.devices.end()) leaves.push_back(it->second);
        std::vector<const Device*> spines;
        for (const auto& id : fabric.spines)
            if (auto it = look.devices.find(id); it != look.devices.end()) spines.push_back(it->second);
        // Nodes: non-switch devices with ports of this fabric kind, in project order.
        std::vector<std::pair<const Device*, const Equipment*>> nodes;
        for (const auto& d : project.layout.devices) {
            const Equipment* e = catalog.equipment(d.catalogId);
            if (e && e->kind != EquipmentKind::Switch && fabricPortCount(*e, fabric.kind) > 0) nodes.push_back({&d, e});
        }
        const int L = int(leaves.size());
        std::vector<int> downlinks(std::size_t(L), 0);
        if (L > 0) {
            for (std::size_t k = 0; k < nodes.size(); ++k) {
                const auto [node, eq] = nodes[k];
                int P = fabricPortCount(*eq, fabric.kind);
                double speed = fabricTopSpeed(*eq, fabric.kind);
                int groupSize = std::min(P, L);
                int groups = std::max(1, L / groupSize);
                int perGroup = int((nodes.size() + std::size_t(groups) - 1) / std::size_t(groups));
                int group = std::min(groups - 1, int(k) / std::max(1, perGroup));
                for (int i = 0; i < P; ++i) {
                    int leaf = group * groupSize + (i % groupSize);
                    const Device* sw = leaves[std::size_t(leaf)];
                    addCable(fabric.id, "node-leaf", *node, ++nodePorts[node], *sw, ++switchPorts[sw], speed);
                    ++downlinks[std::size_t(leaf)];
                    ++report.nodeLinks;
                }
            }
        }
        // Leaf → spine: as many uplinks as downlinks (non-blocking) while ports last, spread over spines.
        for (int l = 0; l < L && !spines.empty(); ++l) {
            const Device& leaf = *leaves[std::size_t(l)];
            const Equipment* le = catalog.equipment(leaf.catalogId);
            int free = fabricPortCount(*le, fabric.kind) - downlinks[std::size_t(l)];
            int up = std::max(0, std::min(downlinks[std::size_t(l)], free));
            double speed = fabricTopSpeed(*le, fabric.kind);
            for (int u = 0; u < up; ++u) {
                const Device& spine = *spines[std::size_t(u) % spines.size()];
                addCable(fabric.id, "leaf-spine", leaf, ++switchPorts[&leaf], spine, ++switchPorts[&spine], speed);
                ++report.uplinks;
            }
        }
        report.oversubscription = report.uplinks > 0 ? double(report.nodeLinks) / report.uplinks : 0.0;
        for (const auto* list : {&leaves, &spines})
            for (const Device* sw : *list) {
                const Equipment* e = catalog.equipment(sw->catalogId);
                out.switchPorts.push_back({sw->id, fabric.id, switchPorts[sw], fabricPortCount(*e, fabric.kind)});
            }
        out.fabrics.push_back(report);
    }
    // GPU nodes with compute ports but no compute fabric with leaves.
    for (const auto& d : project.layout.devices) {
        const Equipment* e = catalog.equipment(d.catalogId);
        if (!e || e->kind != EquipmentKind::GpuNode || fabricPortCount(*e, "compute") == 0) continue;
        if (!kindHasFabric["compute"]) out.unconnected.push_back({d.id, "compute", "the project has no compute fabric with leaf switches"});
    }
    return out;
}

void remeasure(Cable& cable, const Project& project, const Catalog& catalog, const Device& a, const Rack* ra,
               const Device& b, const Rack* rb) {
    cable.a.rack = a.rack;
    cable.b.rack = b.rack;
    if (!ra || !rb) return;
    cable.lengthMm = route(project, catalog, *ra, a, *rb, b);
    cable.medium = chooseMedium(catalog, cable.speedGbps, cable.lengthMm);
}

std::map<std::string, MediumTotal> cablesByMedium(const Cabling& cabling) {
    std::map<std::string, MediumTotal> m;
    for (const auto& c : cabling.cables) {
        auto& t = m[c.medium];
        ++t.count;
        t.lengthMm += c.lengthMm;
    }
    return m;
}

}  // namespace pod
