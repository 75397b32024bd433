#include "LoadColours.h"

#include <algorithm>

#include "FloorScene.h"

namespace pod {

namespace {
LoadBand bandOf(int band) { return LoadBand(std::clamp(band, 0, 3)); }
}  // namespace

QColor LoadColours::colour(int band) const { return bandColours(bandOf(band)).colour; }
QColor LoadColours::fill(int band) const { return bandColours(bandOf(band)).fill; }

}  // namespace pod
