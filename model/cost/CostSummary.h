#pragma once
// A cost report as a few label/value lines for a summary (the PDF cover; the GUI may use them too):
// capex, unpriced items, energy, maintenance, TCO and the per-unit figures, formatted once here.
#include <string>
#include <utility>
#include <vector>

#include "Cost.h"

namespace pod {

std::vector<std::pair<std::string, std::string>> costSummaryLines(const CostReport& report);

}  // namespace pod
