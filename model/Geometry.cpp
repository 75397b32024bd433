#include "Geometry.h"

#include <cmath>

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

bool inside(const Box& box, const BPolygon& room) { return bg::covered_by(toPolygon(box), room); }

double areaM2(const BPolygon& polygon) { return std::fabs(bg::area(polygon)) / 1e6; }

}  // namespace pod::geo
