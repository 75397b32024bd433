#pragma once
// The power chain on paper (issue 16): the one-line diagram (sources → UPS → distribution → racks as boxes and
// lines, each box with its rating, capacity, load and % in the load-band colours) and the panel schedules (one
// block per distribution node: its circuits — downstream nodes and rack feeds — with kW, % of the node's derated
// capacity and per-phase currents, and a total row per node). Figures come from ExportData::powerFlow()
// (model/power/PowerFlow.h, normal operation); nothing here is drawn for a project without a power chain.
#include <array>
#include <string>
#include <vector>

#include <QRectF>

#include "ExportData.h"
#include "Sheet.h"
#include "TablePainter.h"

namespace pod {

// One circuit of a distribution node: a rack feed hanging from it, or a node it carries (or stands by for).
struct PanelCircuit {
    std::string rack;   // rack id ("" for a downstream node)
    std::string feed;   // feed name, or the downstream node's id
    bool node = false;  // a downstream node
    bool standby = false;  // a downstream node carried by another of its upstream nodes now (0 W here)
    std::string phase;  // "L1", "L2", "L3", "L1-L2", "L2-L3", "L3-L1" or "L1-L3" (balanced, three-phase)
    double loadW = 0;
    std::array<double, 3> currentA{};  // at the node's voltage (line–neutral for three-phase nodes)
};

// The circuits of distribution node `nodeId` in normal operation: first the downstream nodes (chain order), then
// the rack feeds (layout order, feed order). A rack's maximum draw is shared equally by its live feeds, as
// PowerFlow shares it, so the circuits of a node add up to its load and its phase currents.
std::vector<PanelCircuit> panelCircuits(const ExportData& data, const std::string& nodeId);

// Per distribution node (chain order): a section row naming the node, its rating and derated capacity and what
// feeds it; one row per circuit (circuit number, rack or node, feed, phase, kW, % of capacity, L1/L2/L3 A); a
// total row (load, %, phase currents, imbalance; % in the error colour above 100 %). No chain: no rows.
Table panelScheduleTable(const ExportData& data);

// "busway · 415 V 3-phase 400 A at 80 %" ("busway · 415 V 400 A 3φ · 80 %" compact), "UPS · 4 × 250 kW · 2N · η 96 %",
// "utility": the node's rating as the sheets print it.
QString powerNodeRating(const PowerNode& node, const ProjectSettings& settings, bool compact = false);

// The one-line diagram in `area`: a band legend along its bottom edge.
void paintOneLine(const Sheet& sheet, const ExportData& data, const QRectF& area);

}  // namespace pod
