#pragma once
// Where things may go: whether a device fits a rack slot (and why not), and where a dragged rack snaps.
// Used by the GUI's drop targets and by tests; the rule engine remains the judge of a whole layout.
#include <optional>
#include <string>

#include "Catalog.h"
#include "Project.h"

namespace pod {

// "" when `catalogId` fits rack `rackId` with its bottom at `u` on `face`, else the reason for a person
// ("needs U45–U52 but rack A05 has 48 U", "U5–U12 is taken by DGX-01"). `ignoreDevice` is the device
// being moved, which does not block itself.
std::string placementProblem(const Project& project, const Catalog& catalog, const std::string& catalogId,
                             const std::string& rackId, double u, Face face, const std::string& ignoreDevice = "");

// Snaps a dragged rack: to `gridMm`, then flush against a neighbouring rack's side when within
// `magnetMm`, aligned with it (so rows form by dragging).
Point snapRackPosition(const Project& project, const Catalog& catalog, const std::string& rackId, Point wanted,
                       std::int64_t gridMm = 100, std::int64_t magnetMm = 250);

// The lowest bottom U on `face` of rack `rackId` where `catalogId` fits (0 for side-mounted 0U equipment
// that fits), or nothing with the reason in `why` ("no free 8U slot on the front of rack A01").
std::optional<double> lowestFreeU(const Project& project, const Catalog& catalog, const std::string& catalogId,
                                  const std::string& rackId, Face face, std::string* why = nullptr);

// Where a new rack of catalog model `modelId` goes to extend the row of rack `rackId`: flush against the
// last rack of that row (same row name, or same centre line when unnamed), past the end the row grows
// towards (+x for racks facing north/south, +y for east/west). Nothing when `rackId` or a model is unknown.
std::optional<Point> endOfRowPosition(const Project& project, const Catalog& catalog, const std::string& rackId,
                                      const std::string& modelId);

// The same for a rack that need not be in the project yet (a rack model dragged from the palette):
// `moving` is snapped against every rack of the project whose id differs from moving.id.
Point snapRackPosition(const Project& project, const Catalog& catalog, const Rack& moving, Point wanted,
                       std::int64_t gridMm = 100, std::int64_t magnetMm = 250);

// An id not yet used by any rack or device: prefix + the smallest free number.
std::string uniqueId(const Project& project, const std::string& prefix);

}  // namespace pod
