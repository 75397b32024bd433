#include "Geometry.h"

#include <cmath>
#include <optional>

namespace pod::geo {

Box rackFootprint(const Rack& rack, const RackModel& model) {
    bool sideways = rack.rotation == 90 || rack.rotation == 270;
    double w = sideways ? model.depthMm : model.widthMm;
    double d = sideways ? model.widthMm : model.depthMm;
    double cx = double(rack.position.x), cy = double(rack.position.y);
    return Box(BPoint(cx - w / 2, cy - d / 2), BPoint(cx + w / 2, cy + d / 2));
}

Box clearanceZone(const Rack& rack, const RackModel& model, std::int64_t depthMm, bool front) {
    Box f = rackFootprint(rack, model);
    double x0 = f.min_corner().x(), y0 = f.min_corner().y(), x1 = f.max_corner().x(), y1 = f.max_corner().y();
    double d = double(depthMm);
    // Direction the front faces: 0 → north (−y), 90 → east (+x), 180 → south (+y), 270 → west (−x).
    int facing = front ? rack.rotation : (rack.rotation + 180) % 360;
    switch (facing) {
    case 0: return Box(BPoint(x0, y0 - d), BPoint(x1, y0));
    case 90: return Box(BPoint(x1, y0), BPoint(x1 + d, y1));
    case 180: return Box(BPoint(x0, y1), BPoint(x1, y1 + d));
    default: return Box(BPoint(x0 - d, y0), BPoint(x0, y1));
    }
}

BPolygon toPolygon(const Polygon& outline) {
    BPolygon poly;
    for (const auto& p : outline) bg::append(poly.outer(), BPoint(double(p.x), double(p.y)));
    bg::correct(poly);
    return poly;
}

BPolygon toPolygon(const Box& box) {
    BPolygon poly;
    bg::convert(box, poly);
    bg::correct(poly);
    return poly;
}

namespace {
bool thin(const Box& b) {
    return b.max_corner().x() - b.min_corner().x() <= 0 || b.max_corner().y() - b.min_corner().y() <= 0;
}
}  // namespace

bool overlaps(const Box& a, const Box& b) {
    if (thin(a) || thin(b)) return false;
    return a.min_corner().x() < b.max_corner().x() && b.min_corner().x() < a.max_corner().x() &&
           a.min_corner().y() < b.max_corner().y() && b.min_corner().y() < a.max_corner().y();
}

bool overlaps(const Box& a, const BPolygon& b) {
    if (thin(a)) return false;
    BPolygon pa = toPolygon(a);
    return bg::intersects(pa, b) && !bg::touches(pa, b);
}

namespace {
// The room's bounds when it is an axis-aligned rectangle without holes (the common hall), else nothing.
std::optional<Box> rectangle(const BPolygon& poly) {
    const auto& ring = poly.outer();
    auto same = [](const BPoint& a, const BPoint& b) { return a.x() == b.x() && a.y() == b.y(); };
    if (!poly.inners().empty() || ring.size() != 5 || !same(ring.front(), ring.back())) return std::nullopt;
    double xs[2], ys[2];
    int nx = 0, ny = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const BPoint& a = ring[i];
        const BPoint& b = ring[i + 1];
        if (a.x() != b.x() && a.y() != b.y()) return std::nullopt;  // a slanted edge
        if (nx < 2 && (nx == 0 || xs[0] != a.x())) xs[nx++] = a.x();
        else if (xs[0] != a.x() && xs[1] != a.x()) return std::nullopt;
        if (ny < 2 && (ny == 0 || ys[0] != a.y())) ys[ny++] = a.y();
        else if (ys[0] != a.y() && ys[1] != a.y()) return std::nullopt;
    }
    if (nx != 2 || ny != 2 || same(ring[0], ring[2]) || same(ring[1], ring[3])) return std::nullopt;  // 4 corners
    return Box(BPoint(std::min(xs[0], xs[1]), std::min(ys[0], ys[1])), BPoint(std::max(xs[0], xs[1]), std::max(ys[0], ys[1])));
}
}  // namespace

bool inside(const Box& box, const BPolygon& room) {
    // A box with area inside a rectangle: compare bounds (what covered_by answers, without building polygons).
    if (!thin(box))
        if (auto r = rectangle(room))
            return r->min_corner().x() <= box.min_corner().x() && box.max_corner().x() <= r->max_corner().x() &&
                   r->min_corner().y() <= box.min_corner().y() && box.max_corner().y() <= r->max_corner().y();
    return bg::covered_by(toPolygon(box), room);
}

double areaM2(const BPolygon& polygon) { return std::fabs(bg::area(polygon)) / 1e6; }

}  // namespace pod::geo
