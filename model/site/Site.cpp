#include "Site.h"

#include <algorithm>
#include <unordered_set>

namespace pod {

namespace {

bool contains(const std::unordered_set<std::string>& set, const std::string& id) { return set.count(id) > 0; }

std::vector<std::string> keepListed(const std::vector<std::string>& ids, const std::unordered_set<std::string>& kept) {
    std::vector<std::string> out;
    for (const auto& id : ids)
        if (contains(kept, id)) out.push_back(id);
    return out;
}

// Bounding box of a polygon, as {min, max}.
std::pair<Point, Point> bounds(const Polygon& poly) {
    Point lo = poly.empty() ? Point{} : poly.front(), hi = lo;
    for (const auto& p : poly) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    return {lo, hi};
}

bool within(const Polygon& inner, const Polygon& outer) {
    auto [ilo, ihi] = bounds(inner);
    auto [olo, ohi] = bounds(outer);
    return ilo.x >= olo.x && ilo.y >= olo.y && ihi.x <= ohi.x && ihi.y <= ohi.y;
}

}  // namespace

Project hallProject(const Project& site, const std::string& hallId) {
    Project p;
    p.meta = site.meta;
    p.settings = site.settings;
    p.extra = site.extra;
    p.scenarioName = site.scenarioName;
    p.room = site.room;
    const Hall* hall = site.hall(hallId);
    if (!hall) return p;
    p.room.name = hall->name;
    p.room.outline = hall->outline;
    if (hall->powerCapacityW > 0) p.room.powerCapacityW = hall->powerCapacityW;
    if (hall->coolingCapacityW > 0) p.room.coolingCapacityW = hall->coolingCapacityW;
    p.room.keepouts.clear();
    for (const auto& k : site.room.keepouts)
        if (within(k.outline, hall->outline)) p.room.keepouts.push_back(k);

    std::unordered_set<std::string> racks, devices, rows;
    for (const auto& r : site.layout.racks)
        if (r.hall == hallId) {
            racks.insert(r.id);
            if (!r.row.empty()) rows.insert(r.row);
            p.layout.racks.push_back(r);
        }
    for (const auto& d : site.layout.devices)
        if (contains(racks, d.rack)) {
            devices.insert(d.id);
            p.layout.devices.push_back(d);
        }
    p.layout.network.extra = site.layout.network.extra;
    for (const auto& f : site.layout.network.fabrics) {
        FabricPlan kept = f;
        kept.leaves = keepListed(f.leaves, devices);
        kept.spines = keepListed(f.spines, devices);
        kept.cores = keepListed(f.cores, devices);
        if (!kept.leaves.empty() || !kept.spines.empty() || !kept.cores.empty()) p.layout.network.fabrics.push_back(std::move(kept));
    }
    for (const auto& u : site.layout.coolingUnits) {
        CoolingUnit kept = u;
        kept.serveRacks = keepListed(u.serveRacks, racks);
        const bool servesRow = std::any_of(u.serveRows.begin(), u.serveRows.end(), [&](const auto& row) { return contains(rows, row); });
        if (!kept.serveRacks.empty() || servesRow) p.layout.coolingUnits.push_back(std::move(kept));
    }
    // Power: every node a kept rack's feed hangs from, and everything upstream of those.
    std::unordered_set<std::string> needed;
    for (const auto& r : p.layout.racks)
        for (const auto& [feed, node] : r.feedFrom) needed.insert(node);
    p.powerChain.extra = site.powerChain.extra;
    for (auto it = site.powerChain.nodes.rbegin(); it != site.powerChain.nodes.rend(); ++it)  // downstream first
        if (contains(needed, it->id))
            for (const auto& up : it->from) needed.insert(up);
    for (const auto& n : site.powerChain.nodes)
        if (contains(needed, n.id)) p.powerChain.nodes.push_back(n);
    return p;
}

Project repeatInHalls(const Project& pod, int halls, std::int64_t gapMm) {
    Project site;
    site.meta = pod.meta;
    site.settings = pod.settings;
    site.extra = pod.extra;
    site.room = pod.room;
    site.room.keepouts.clear();
    auto [lo, hi] = bounds(pod.room.outline);
    const std::int64_t width = hi.x - lo.x;
    const std::int64_t stride = width + gapMm;
    site.room.powerCapacityW = pod.room.powerCapacityW * halls;
    site.room.coolingCapacityW = pod.room.coolingCapacityW * halls;
    const std::int64_t siteWidth = stride * (halls - 1) + width;
    site.room.outline = {{lo.x, lo.y}, {lo.x + siteWidth, lo.y}, {lo.x + siteWidth, hi.y}, {lo.x, hi.y}};
    for (int h = 1; h <= halls; ++h) {
        const std::string idPrefix = "h" + std::to_string(h) + "-";
        const std::string namePrefix = "H" + std::to_string(h) + " ";
        const std::int64_t dx = stride * (h - 1);
        auto id = [&](const std::string& s) { return s.empty() ? s : idPrefix + s; };
        auto name = [&](const std::string& s) { return s.empty() ? s : namePrefix + s; };
        auto shift = [&](Point p) { return Point{p.x + dx, p.y}; };

        Hall hall;
        hall.id = "hall-" + std::to_string(h);
        hall.name = "Hall " + std::to_string(h);
        for (const auto& pt : pod.room.outline) hall.outline.push_back(shift(pt));
        hall.powerCapacityW = pod.room.powerCapacityW;
        hall.coolingCapacityW = pod.room.coolingCapacityW;
        for (KeepOut k : pod.room.keepouts) {
            k.id = id(k.id);
            k.name = name(k.name);
            for (auto& pt : k.outline) pt = shift(pt);
            site.room.keepouts.push_back(std::move(k));
        }
        for (Rack r : pod.layout.racks) {
            r.id = id(r.id);
            r.name = name(r.name);
            r.row = name(r.row);
            r.hall = hall.id;
            r.position = shift(r.position);
            for (auto& [feed, node] : r.feedFrom) node = id(node);
            site.layout.racks.push_back(std::move(r));
        }
        for (Device d : pod.layout.devices) {
            d.id = id(d.id);
            d.rack = id(d.rack);
            d.name = name(d.name);
            site.layout.devices.push_back(std::move(d));
        }
        site.layout.network.extra = pod.layout.network.extra;
        for (FabricPlan f : pod.layout.network.fabrics) {
            f.id = id(f.id);
            for (auto* list : {&f.leaves, &f.spines, &f.cores})
                for (auto& s : *list) s = id(s);
            site.layout.network.fabrics.push_back(std::move(f));
        }
        for (CoolingUnit u : pod.layout.coolingUnits) {
            u.id = id(u.id);
            u.name = name(u.name);
            for (auto& r : u.serveRacks) r = id(r);
            for (auto& r : u.serveRows) r = name(r);
            if (u.position) u.position = shift(*u.position);
            site.layout.coolingUnits.push_back(std::move(u));
        }
        site.powerChain.extra = pod.powerChain.extra;
        for (PowerNode n : pod.powerChain.nodes) {
            n.id = id(n.id);
            n.name = name(n.name);
            for (auto& up : n.from) up = id(up);
            site.powerChain.nodes.push_back(std::move(n));
        }
        site.halls.push_back(std::move(hall));
    }
    return site;
}

}  // namespace pod
