#pragma once
// Exact comparison of two ProjectTotals (every field, bit for bit), for the incremental == full check.
#include <string>

#include "Totals.h"

namespace pod::bench {

// "" when equal, else the first field that differs ("perRack[12].sum.maxW: 1 vs 2").
std::string totalsDifference(const ProjectTotals& a, const ProjectTotals& b);

}  // namespace pod::bench
