#include "Placement.h"

#include <cmath>
#include <set>

#include "Geometry.h"
#include "RackSpace.h"
#include "TextFormat.h"
#include "rules/Rule.h"

namespace pod {

std::string placementProblem(const Project& project, const Catalog& catalog, const std::string& catalogId,
                             const std::string& rackId, double u, Face face, const std::string& ignoreDevice) {
    const Equipment* e = catalog.equipment(catalogId);
    if (!e) return "\"" + catalogId + "\" is not rack equipment";
    const Rack* rack = project.rack(rackId);
    if (!rack) return "no rack \"" + rackId + "\"";
    const RackModel* model = catalog.rack(rack->model);
    if (!model) return "rack " + rack->name + " has an unknown model";
    if (e->uHeight == 0) return "";  // side-mounted: always fits
    const USpan span = uSpan(*e, u, face);
    if (!insideRack(span, model->uHeight))
        return "needs U" + fmtU(u) + "–U" + fmtU(span.lastU()) + " but rack " + rack->name + " has " + std::to_string(model->uHeight) + " U";
    for (const auto& d : project.layout.devices) {
        if (d.rack != rackId || d.id == ignoreDevice) continue;
        const Equipment* o = catalog.equipment(d.catalogId);
        if (!o || o->uHeight == 0) continue;
        const USpan other = uSpan(*o, d.u, d.face);
        if (overlaps(span, other))
            return "U" + fmtU(d.u) + "–U" + fmtU(other.lastU()) + " is taken by " + deviceLabel(d);
    }
    return "";
}

Point snapRackPosition(const Project& project, const Catalog& catalog, const std::string& rackId, Point wanted,
                       std::int64_t gridMm, std::int64_t magnetMm) {
    const Rack* rack = project.rack(rackId);
    if (!rack) return wanted;
    return snapRackPosition(project, catalog, *rack, wanted, gridMm, magnetMm);
}

Point snapRackPosition(const Project& project, const Catalog& catalog, const Rack& moving, Point wanted,
                       std::int64_t gridMm, std::int64_t magnetMm) {
    const Rack* rack = &moving;
    const std::string& rackId = moving.id;
    const RackModel* model = catalog.rack(rack->model);
    auto snap = [&](std::int64_t v) { return gridMm > 0 ? std::int64_t(std::llround(double(v) / gridMm)) * gridMm : v; };
    Point p{snap(wanted.x), snap(wanted.y)};
    if (!model) return p;
    Rack moved = *rack;
    moved.position = wanted;
    geo::Box me = geo::rackFootprint(moved, *model);
    double w = me.max_corner().x() - me.min_corner().x(), h = me.max_corner().y() - me.min_corner().y();
    double best = double(magnetMm) + 1;
    for (const auto& other : project.layout.racks) {
        if (other.id == rackId) continue;
        const RackModel* om = catalog.rack(other.model);
        if (!om) continue;
        geo::Box ob = geo::rackFootprint(other, *om);
        double oy = (ob.min_corner().y() + ob.max_corner().y()) / 2, ox = (ob.min_corner().x() + ob.max_corner().x()) / 2;
        // Side by side in a row: my left edge to its right edge, or my right edge to its left edge.
        for (double target : {ob.max_corner().x() + w / 2, ob.min_corner().x() - w / 2}) {
            double d = std::fabs(double(wanted.x) - target) + std::fabs(double(wanted.y) - oy);
            if (d < best && std::fabs(double(wanted.y) - oy) <= double(magnetMm)) {
                best = d;
                p = {std::llround(target), std::llround(oy)};
            }
        }
        // Stacked in a column (rotated rows).
        for (double target : {ob.max_corner().y() + h / 2, ob.min_corner().y() - h / 2}) {
            double d = std::fabs(double(wanted.y) - target) + std::fabs(double(wanted.x) - ox);
            if (d < best && std::fabs(double(wanted.x) - ox) <= double(magnetMm)) {
                best = d;
                p = {std::llround(ox), std::llround(target)};
            }
        }
    }
    return p;
}

std::optional<double> lowestFreeU(const Project& project, const Catalog& catalog, const std::string& catalogId,
                                  const std::string& rackId, Face face, std::string* why) {
    auto fail = [&](std::string reason) -> std::optional<double> {
        if (why) *why = std::move(reason);
        return std::nullopt;
    };
    const Rack* rack = project.rack(rackId);
    if (!rack) return fail("no rack " + rackId);
    const Equipment* e = catalog.equipment(catalogId);
    if (!e) return fail("no catalog entry " + catalogId);
    const RackModel* model = catalog.rack(rack->model);
    const int units = model ? model->uHeight : 48;
    std::string first;
    for (int u = e->uHeight > 0 ? 1 : 0; u <= (e->uHeight > 0 ? units : 0); ++u) {
        std::string problem = placementProblem(project, catalog, catalogId, rackId, u, face);
        if (problem.empty()) return double(u);
        if (first.empty()) first = problem;
    }
    const std::string name = rack->name.empty() ? rack->id : rack->name;
    if (e->uHeight <= 0) return fail(first);
    return fail("no free " + fmtU(e->uHeight) + "U slot on the " + (face == Face::Front ? "front" : "rear") + " of rack " + name);
}

std::optional<Point> endOfRowPosition(const Project& project, const Catalog& catalog, const std::string& rackId,
                                      const std::string& modelId) {
    const Rack* anchor = project.rack(rackId);
    const RackModel* newModel = catalog.rack(modelId);
    if (!anchor || !newModel) return std::nullopt;
    const bool alongX = anchor->rotation % 180 == 0;
    const auto across = [&](const Point& p) { return alongX ? p.y : p.x; };
    const Rack* last = anchor;
    double lastEnd = -1e18;
    for (const auto& r : project.layout.racks) {
        const bool sameRow = anchor->row.empty() ? across(r.position) == across(anchor->position) && r.rotation % 180 == anchor->rotation % 180
                                                 : r.row == anchor->row;
        const RackModel* m = catalog.rack(r.model);
        if (!sameRow || !m) continue;
        geo::Box b = geo::rackFootprint(r, *m);
        double end = alongX ? b.max_corner().x() : b.max_corner().y();
        if (end > lastEnd) {
            lastEnd = end;
            last = &r;
        }
    }
    if (lastEnd < -1e17) return std::nullopt;
    Rack probe;
    probe.model = modelId;
    probe.rotation = anchor->rotation;
    geo::Box nb = geo::rackFootprint(probe, *newModel);
    const double half = alongX ? (nb.max_corner().x() - nb.min_corner().x()) / 2 : (nb.max_corner().y() - nb.min_corner().y()) / 2;
    const std::int64_t a = std::llround(lastEnd + half);
    return alongX ? Point{a, across(last->position)} : Point{across(last->position), a};
}

std::string uniqueId(const Project& project, const std::string& prefix) {
    std::set<std::string> used;
    for (const auto& r : project.layout.racks) used.insert(r.id);
    for (const auto& d : project.layout.devices) used.insert(d.id);
    for (int n = 1;; ++n) {
        std::string id = prefix + std::to_string(n);
        if (!used.count(id)) return id;
    }
}

}  // namespace pod
