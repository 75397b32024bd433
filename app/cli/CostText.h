#pragma once
// The "Cost" section of `podplanner totals` (text): capex, unpriced items, energy, maintenance, TCO,
// per-unit figures and the priced lines of the bill of materials.
#include <iosfwd>

#include "Cost.h"

namespace pod::cli {

void printCost(std::ostream& out, const CostReport& report);

}  // namespace pod::cli
