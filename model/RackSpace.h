#pragma once
// What a device occupies in its rack, and the two questions placement hints and rules both ask of it:
// is it inside the rack's U range, and do two devices overlap. One implementation for the drop-target
// hints (Placement.h) and the space rules (space.device-in-rack, space.u-overlap), so they cannot differ.
#include "Catalog.h"
#include "Project.h"

namespace pod {

struct USpan {
    double bottom = 0;  // first U
    double top = 0;     // one past the last U: [bottom, top)
    bool front = false;  // occupies the front face (full-depth devices occupy both)
    bool rear = false;
    double lastU() const { return top - 1; }
};

// The span of equipment `e` with its bottom at `u` on `face`.
USpan uSpan(const Equipment& e, double u, Face face);

// Inside U1…U`rackU`.
bool insideRack(const USpan& span, int rackU);

// Both on a shared face and sharing at least part of a U.
bool overlaps(const USpan& a, const USpan& b);

}  // namespace pod
