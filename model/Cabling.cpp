#include "Cabling.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace pod {

namespace {

const std::string kNoMedium;

// Distance from a device's top to the top of its rack, plus the tray height.
double riseMm(const Project& project, const RackModel* model, const Equipment* e, const Device& d) {
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
        mm = riseMm(project, catalog.rack(ra.model), catalog.equipment(a.catalogId), a) + floor +
             riseMm(project, catalog.rack(rb.model), catalog.equipment(b.catalogId), b);
    }
    return std::llround(mm) + project.settings.cableSlackMm;
}

// Ports of one fabric kind on a piece of equipment, and their top speed.
struct FabricPorts {
    int count = 0;
    double topSpeed = 0;
};

FabricPorts fabricPorts(const Equipment* e, std::string_view kind) {
    FabricPorts p;
    if (!e) return p;
    for (const auto& g : e->ports)
        if (fabricKey(g.fabric) == kind) {
            p.count += g.count;
            p.topSpeed = std::max(p.topSpeed, g.speedGbps);
        }
    return p;
}

}  // namespace

const std::string& MediumChooser::choose(double speedGbps, std::int64_t lengthMm) {
    auto it = std::find_if(speeds_.begin(), speeds_.end(), [&](const Speed& s) { return s.gbps == speedGbps; });
    if (it == speeds_.end()) {
        if (speeds_.size() > 64) speeds_.clear();  // odd speeds (or NaN, never equal) do not pile up
        Speed s{speedGbps, {}};
        for (const auto& [id, m] : catalog_.media())
            if (auto reach = m.maxReachM(speedGbps)) s.options.push_back({*reach * 1000.0, m.costRank, &m.id});
        speeds_.push_back(std::move(s));
        it = speeds_.end() - 1;
    }
    const Option* best = nullptr;
    for (const Option& o : it->options) {
        if (o.reachMm < double(lengthMm)) continue;
        if (!best || o.costRank < best->costRank) best = &o;
    }
    return best ? *best->id : kNoMedium;
}

CableRouter::CableRouter(const Project& project, const Catalog& catalog) : project_(project), catalog_(catalog) {
    const auto& racks = project.layout.racks;
    racks_.reserve(racks.size());
    for (const auto& r : racks) racks_[r.id] = &r;
    std::unordered_map<const Rack*, const RackModel*> models;
    for (const auto& r : racks) models[&r] = catalog.rack(r.model);
    std::unordered_map<std::string_view, const Equipment*> equipment;
    ends_.reserve(project.layout.devices.size());
    for (const auto& d : project.layout.devices) {
        auto e = equipment.try_emplace(d.catalogId, nullptr);
        if (e.second) e.first->second = catalog.equipment(d.catalogId);
        auto r = racks_.find(d.rack);
        const Rack* rack = r == racks_.end() ? nullptr : r->second;
        ends_.push_back(endOf(d, rack, rack ? models[rack] : nullptr, e.first->second));
    }
}

CableRouter::End CableRouter::endOf(const Device& d, const Rack* rack, const RackModel* model, const Equipment* e) const {
    return {rack, e, rack ? riseMm(project_, model, e, d) : 0.0};
}

void CableRouter::refresh(std::size_t device) {
    const Device& d = project_.layout.devices[device];
    auto r = racks_.find(d.rack);
    const Rack* rack = r == racks_.end() ? nullptr : r->second;
    ends_[device] = endOf(d, rack, rack ? catalog_.rack(rack->model) : nullptr, catalog_.equipment(d.catalogId));
}

std::int64_t CableRouter::length(std::size_t a, std::size_t b) const {
    const End& ea = ends_[a];
    const End& eb = ends_[b];
    if (!ea.rack || !eb.rack) return 0;  // a device in no rack has no route
    double mm;
    if (ea.rack == eb.rack) {
        mm = std::fabs(project_.layout.devices[a].u - project_.layout.devices[b].u) * kRackUnitMm;
    } else {
        const Point& pa = ea.rack->position;
        const Point& pb = eb.rack->position;
        double floor = std::fabs(double(pa.x - pb.x)) + std::fabs(double(pa.y - pb.y));
        mm = ea.rise + floor + eb.rise;
    }
    return std::llround(mm) + project_.settings.cableSlackMm;
}

std::int64_t routeLengthMm(const Project& project, const Catalog& catalog, const Device& a, const Device& b) {
    const Rack* ra = project.rack(a.rack);
    const Rack* rb = project.rack(b.rack);
    if (!ra || !rb) return 0;
    return route(project, catalog, *ra, a, *rb, b);
}

std::string chooseMedium(const Catalog& catalog, double speedGbps, std::int64_t lengthMm) {
    return MediumChooser(catalog).choose(speedGbps, lengthMm);
}

namespace {
Cabling derive(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* given, bool everyCable);
}  // namespace

Cabling deriveCabling(const Project& project, const Catalog& catalog) { return derive(project, catalog, nullptr, nullptr, true); }

Cabling deriveCabling(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* router) {
    return derive(project, catalog, index, router, true);
}

Cabling deriveCablingForRules(const Project& project, const Catalog& catalog) {
    return derive(project, catalog, nullptr, nullptr, false);
}

namespace {

Cabling derive(const Project& project, const Catalog& catalog, CableIndex* index, const CableRouter* given, bool everyCable) {
    Cabling out;
    const auto& devices = project.layout.devices;
    std::optional<CableRouter> own;
    if (!given) own.emplace(project, catalog);
    const CableRouter& router = given ? *given : *own;
    MediumChooser media(catalog);
    // Leaf and spine ids → device index (the last device with an id wins, as a lookup table would).
    std::unordered_map<std::string_view, std::size_t> wanted;
    for (const auto& fabric : project.layout.network.fabrics) {
        for (const auto& id : fabric.leaves) wanted.emplace(id, SIZE_MAX);
        for (const auto& id : fabric.spines) wanted.emplace(id, SIZE_MAX);
    }
    for (std::size_t i = 0; i < devices.size() && !wanted.empty(); ++i)
        if (auto it = wanted.find(devices[i].id); it != wanted.end()) it->second = i;
    if (index) {
        index->ends.clear();
        index->cablesOfDevice.assign(devices.size(), {});
    }
    std::vector<int> switchPorts(devices.size(), 0);  // ports used so far per switch, reset per fabric
    const std::string nodeLeaf = "node-leaf", leafSpine = "leaf-spine";
    auto addCable = [&](const std::string& fabric, const std::string& tier, std::size_t a, int pa, std::size_t b, int pb,
                        double speed) {
        const Device& da = devices[a];
        const Device& db = devices[b];
        if (!everyCable) {  // measure, keep only a run no medium reaches
            std::int64_t length = router.length(a, b);
            if (!media.choose(speed, length).empty()) return;
            out.unreached.push_back(out.cables.size());
            out.cables.push_back({fabric, tier, {da.id, da.rack, pa}, {db.id, db.rack, pb}, speed, length, ""});
            return;
        }
        Cable& c = out.cables.emplace_back();
        c.fabric = fabric;
        c.tier = tier;
        c.a.device = da.id;
        c.a.rack = da.rack;
        c.a.port = pa;
        c.b.device = db.id;
        c.b.rack = db.rack;
        c.b.port = pb;
        c.speedGbps = speed;
        c.lengthMm = router.length(a, b);
        c.medium = media.choose(speed, c.lengthMm);
        if (c.medium.empty()) out.unreached.push_back(out.cables.size() - 1);
        if (index) {
            auto n = std::uint32_t(out.cables.size() - 1);
            index->ends.push_back({std::uint32_t(a), std::uint32_t(b)});
            index->cablesOfDevice[a].push_back(n);
            if (b != a) index->cablesOfDevice[b].push_back(n);
        }
    };
    auto resolve = [&](const std::vector<std::string>& ids) {
        std::vector<std::size_t> found;
        for (const auto& id : ids)
            if (auto it = wanted.find(id); it != wanted.end() && it->second != SIZE_MAX) found.push_back(it->second);
        return found;
    };

    bool computeHasLeaves = false;
    for (const auto& fabric : project.layout.network.fabrics) {
        if (fabric.kind == "compute" && !fabric.leaves.empty()) computeHasLeaves = true;
        FabricReport report{fabric.id, fabric.kind, 0, 0, 0};
        const std::vector<std::size_t> leaves = resolve(fabric.leaves);
        const std::vector<std::size_t> spines = resolve(fabric.spines);
        // Nodes: non-switch devices with ports of this fabric kind, in project order.
        std::unordered_map<const Equipment*, FabricPorts> portsOf;
        auto ports = [&](const Equipment* e) {
            auto [it, fresh] = portsOf.try_emplace(e);
            if (fresh) it->second = fabricPorts(e, fabric.kind);
            return it->second;
        };
        std::vector<std::pair<std::size_t, FabricPorts>> nodes;
        for (std::size_t i = 0; i < devices.size(); ++i) {
            const Equipment* e = router.equipment(i);
            if (!e || e->kind == EquipmentKind::Switch) continue;
            if (FabricPorts p = ports(e); p.count > 0) nodes.push_back({i, p});
        }
        const int L = int(leaves.size());
        std::vector<int> downlinks(std::size_t(L), 0);
        if (L > 0) {
            std::size_t count = out.cables.size();
            for (const auto& n : nodes) count += std::size_t(n.second.count);
            if (everyCable) out.cables.reserve(count * 2);  // node links, and about as many uplinks
            for (std::size_t k = 0; k < nodes.size(); ++k) {
                const auto [node, np] = nodes[k];
                int P = np.count;
                int groupSize = std::min(P, L);
                int groups = std::max(1, L / groupSize);
                int perGroup = int((nodes.size() + std::size_t(groups) - 1) / std::size_t(groups));
                int group = std::min(groups - 1, int(k) / std::max(1, perGroup));
                for (int i = 0; i < P; ++i) {
                    int leaf = group * groupSize + (i % groupSize);
                    std::size_t sw = leaves[std::size_t(leaf)];
                    addCable(fabric.id, nodeLeaf, node, i + 1, sw, ++switchPorts[sw], np.topSpeed);
                    ++downlinks[std::size_t(leaf)];
                    ++report.nodeLinks;
                }
            }
        }
        // Leaf → spine: as many uplinks as downlinks (non-blocking) while ports last, spread over spines.
        for (int l = 0; l < L && !spines.empty(); ++l) {
            std::size_t leaf = leaves[std::size_t(l)];
            FabricPorts lp = ports(router.equipment(leaf));
            int free = lp.count - downlinks[std::size_t(l)];
            int up = std::max(0, std::min(downlinks[std::size_t(l)], free));
            for (int u = 0; u < up; ++u) {
                std::size_t spine = spines[std::size_t(u) % spines.size()];
                int pl = ++switchPorts[leaf];
                addCable(fabric.id, leafSpine, leaf, pl, spine, ++switchPorts[spine], lp.topSpeed);
                ++report.uplinks;
            }
        }
        report.oversubscription = report.uplinks > 0 ? double(report.nodeLinks) / report.uplinks : 0.0;
        for (const auto* list : {&leaves, &spines})
            for (std::size_t sw : *list)
                out.switchPorts.push_back({devices[sw].id, fabric.id, switchPorts[sw], ports(router.equipment(sw)).count});
        for (const auto* list : {&leaves, &spines})
            for (std::size_t sw : *list) switchPorts[sw] = 0;
        out.fabrics.push_back(report);
    }
    // GPU nodes with compute ports but no compute fabric with leaves.
    if (!computeHasLeaves)
        for (std::size_t i = 0; i < devices.size(); ++i) {
            const Equipment* e = router.equipment(i);
            if (!e || e->kind != EquipmentKind::GpuNode || fabricPorts(e, "compute").count == 0) continue;
            out.unconnected.push_back({devices[i].id, "compute", "the project has no compute fabric with leaf switches"});
        }
    return out;
}

}  // namespace

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
    const std::string* last = nullptr;
    MediumTotal* total = nullptr;
    for (const auto& c : cabling.cables) {
        if (!last || c.medium != *last) {  // runs of one medium are common: one map lookup per run
            total = &m[c.medium];
            last = &c.medium;
        }
        ++total->count;
        total->lengthMm += c.lengthMm;
    }
    return m;
}

}  // namespace pod
