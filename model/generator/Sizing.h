#pragma once
// Sizing choices made from catalog data, shared by the pod generator and the scenario comparison:
// the cheapest cooling option that removes a rack's heat, the PDUs that keep A/B feed redundancy,
// the power budget a rack is given, and how many ports of a switch face the nodes.
#include <string>

#include "Catalog.h"

namespace pod {

// Cooling methods from cheapest to dearest: room_air < contained_air < rdhx_passive < rdhx_active <
// direct_liquid < immersion; a method not in this list ranks last.
int coolingMethodRank(const std::string& method);

// The cheapest option (method rank, then smaller air capacity, then id) whose air capacity covers
// `airW` and whose liquid capacity covers `liquidW` (a liquid share needs a liquid-capable option);
// nullptr when no option in the catalog does.
const CoolingOption* cheapestCooling(const Catalog& catalog, double airW, double liquidW);

// PDUs for a rack with two feeds (A and B) where each feed alone must carry `loadW`.
struct PduPlan {
    const Equipment* pdu = nullptr;  // nullptr: the catalog has no PDU
    int perFeed = 0;
    double totalU() const { return pdu ? pdu->uHeight * perFeed * 2 : 0; }
};
// One 0U PDU per feed when one suffices (the smallest that does: a rack's two rear side channels
// take one PDU each); otherwise rack-mounted PDUs: the model needing the fewest per feed, then the
// fewest U, then the smallest capacity, then id.
PduPlan planPdus(const Catalog& catalog, double loadW);

// A rack's power budget when none is given: the smallest multiple of 5 kW (at least 5 kW) that the
// rack's max draw stays within the warning line of (default 80 %), so a generated rack is under the power rule's line
// (40.8 kW → 55 kW = 74 %; 20.4 kW → 30 kW = 68 %; 11.1 kW → 15 kW = 74 %).
inline constexpr double kBudgetStepW = 5000.0;
// warningFraction: the project's warning line (model/PowerBand.h, default 0.8).
double roundedBudgetW(double loadW, double warningFraction);

// Ports of `fabric` a switch offers to nodes: when the switch has ports of that fabric at more than
// one speed, only the slowest (the faster ones are uplinks, e.g. an SN2201's 4 × 100G); else all.
int accessPorts(const Equipment& sw, Fabric fabric);
// All ports of `fabric` (any speed) and the fastest of them.
int fabricPorts(const Equipment& e, Fabric fabric);
double fabricSpeed(const Equipment& e, Fabric fabric);

}  // namespace pod
