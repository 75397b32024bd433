#include "RackSpace.h"

namespace pod {

USpan uSpan(const Equipment& e, double u, Face face) {
    return {u, u + e.uHeight, e.fullDepth || face == Face::Front, e.fullDepth || face == Face::Rear};
}

bool insideRack(const USpan& span, int rackU) { return span.bottom >= 1 && span.lastU() <= rackU; }

bool overlaps(const USpan& a, const USpan& b) {
    bool sharedFace = (a.front && b.front) || (a.rear && b.rear);
    return sharedFace && a.bottom < b.top && b.bottom < a.top;
}

}  // namespace pod
