#pragma once
// Floor geometry in integer millimetres on Boost.Geometry: rack footprints, aisle-clearance zones and
// the room outline. Racks rotate in 90° steps, so footprints are axis-aligned boxes.
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include "Catalog.h"
#include "Project.h"

namespace pod::geo {

namespace bg = boost::geometry;
using BPoint = bg::model::d2::point_xy<double>;
using Box = bg::model::box<BPoint>;
using BPolygon = bg::model::polygon<BPoint>;  // clockwise, closed

// Footprint of a rack on the floor (width along x at rotation 0 and 180).
Box rackFootprint(const Rack& rack, const RackModel& model);
// The strip of floor `depthMm` deep in front of (or behind) the rack, as wide as the rack.
Box clearanceZone(const Rack& rack, const RackModel& model, std::int64_t depthMm, bool front);
BPolygon toPolygon(const Polygon& outline);  // corrected (closed, clockwise)
BPolygon toPolygon(const Box& box);
// Interiors overlap: shared edges or corners do not count (STYLE.md: intersects && !touches).
bool overlaps(const Box& a, const Box& b);
bool overlaps(const Box& a, const BPolygon& b);
bool inside(const Box& box, const BPolygon& room);
double areaM2(const BPolygon& polygon);

}  // namespace pod::geo
