#include "FloorSnapshot.h"

namespace pod {

void FloorSnapshot::set(FloorScene scene, const QString& outlinedRack) {
    scene_ = std::move(scene);
    bounds_ = scene_.bounds();
    outlined_ = outlinedRack;
    emit changed();
}

}  // namespace pod
