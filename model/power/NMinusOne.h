#pragma once
// Single-failure (N-1) analysis of the power chain: take out each element in turn — every source, UPS
// system, one module of each multi-module UPS, every distribution node and every mapped rack feed — and
// recompute the loads with the survivors (model/power/PowerFlow.h). An outcome lists the racks that go
// dark and the nodes that end above their capacity; the worst outcome is the one with the most dark racks,
// then the highest load fraction.
#include <string>
#include <vector>

#include "PowerFlow.h"

namespace pod {

struct Overload {
    std::string node;
    double loadW = 0;
    double capacityW = 0;
    std::vector<std::string> racks;  // the racks it carries
    double fraction() const { return capacityW > 0 ? loadW / capacityW : 1e9; }
};

struct FailureOutcome {
    std::string failure;  // the failure id, as whatif --fail spells it
    std::vector<std::string> darkRacks;
    std::vector<Overload> overloads;  // nodes above 100 % of capacity
    double worstFraction = 0;         // highest load fraction of a live node
    std::string worstNode;
    bool carried() const { return darkRacks.empty() && overloads.empty(); }
};

// What `flow` leaves dark and overloaded, labelled `failureId`.
FailureOutcome outcomeOf(const PowerFlow& flow, std::string failureId);

// Every single failure of the chain, in chain order (nodes, then modules), then rack feeds in layout order.
std::vector<FailureOutcome> singleFailures(const Project& project, const std::vector<RackPowerInput>& inputs);
// The same from the flow with nothing failed, when the caller has it (computePowerFlow(project, inputs)).
std::vector<FailureOutcome> singleFailures(const Project& project, const std::vector<RackPowerInput>& inputs, PowerFlow base);

// The worst of `outcomes` (most dark racks, then highest load fraction); nullptr when there are none.
const FailureOutcome* worstOutcome(const std::vector<FailureOutcome>& outcomes);

}  // namespace pod
