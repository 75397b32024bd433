#pragma once
// "What if these fail?": the power chain and the cooling chain recomputed without the failed elements, for
// `podplanner whatif` and the GUI's live what-if. Power: dark racks and overloaded nodes (model/power/
// PowerFlow.h). Cooling: the failed units are taken out of the layout and the loads recomputed
// (model/Cooling.h); units above capacity and racks with liquid heat that no live CDU serves any more are
// reported.
#include <string>
#include <vector>

#include "Cooling.h"
#include "NMinusOne.h"
#include "PowerFlow.h"

namespace pod {

struct CoolingOverload {
    std::string unit;
    double loadW = 0;
    double capacityW = 0;
    std::vector<std::string> racks;
};

struct WhatIfResult {
    PowerFlow power;
    FailureOutcome outcome;                     // dark racks, overloaded power nodes
    std::vector<CoolingOverload> coolingOverloads;
    std::vector<CoolingOverload> coolingUnits;  // every surviving unit's load (when cooling units failed)
    std::vector<std::string> racksWithoutLiquidCooling;  // liquid heat, no live CDU serving them
    bool carried() const { return outcome.carried() && coolingOverloads.empty() && racksWithoutLiquidCooling.empty(); }
};

WhatIfResult whatIf(const Project& project, const Catalog& catalog, const PowerFailure& failure, const std::string& label);

Json whatIfToJson(const WhatIfResult& result);

}  // namespace pod
