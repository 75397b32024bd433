#pragma once
// Where things may go: whether a device fits a rack slot (and why not), and where a dragged rack snaps.
// Used by the GUI's drop targets and by tests; the rule engine remains the judge of a whole layout.
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

// An id not yet used by any rack or device: prefix + the smallest free number.
std::string uniqueId(const Project& project, const std::string& prefix);

}  // namespace pod
