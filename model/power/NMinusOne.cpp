#include "NMinusOne.h"

namespace pod {

FailureOutcome outcomeOf(const PowerFlow& flow, std::string failureId) {
    FailureOutcome o;
    o.failure = std::move(failureId);
    o.darkRacks = flow.darkRacks;
    for (const auto& n : flow.nodes) {
        if (!n.alive) continue;
        if (n.loadW > n.capacityW) o.overloads.push_back({n.node->id, n.loadW, n.capacityW, n.racks});
        if (n.fraction() > o.worstFraction) {
            o.worstFraction = n.fraction();
            o.worstNode = n.node->id;
        }
    }
    return o;
}

std::vector<FailureOutcome> singleFailures(const Project& project, const std::vector<RackPowerInput>& inputs) {
    std::vector<FailureOutcome> out;
    for (const auto& n : project.powerChain.nodes) {
        PowerFailure f;
        f.nodes.insert(n.id);
        out.push_back(outcomeOf(computePowerFlow(project, inputs, f), n.id));
    }
    for (const auto& n : project.powerChain.nodes) {
        if (n.kind != PowerNodeKind::Ups || n.modules < 2) continue;
        PowerFailure f;
        f.modulesLost[n.id] = 1;
        out.push_back(outcomeOf(computePowerFlow(project, inputs, f), n.id + "#module"));
    }
    for (const auto& in : inputs)
        for (const auto& [feed, node] : in.rack->feedFrom) {
            PowerFailure f;
            f.rackFeeds.insert({in.rack->id, feed});
            out.push_back(outcomeOf(computePowerFlow(project, inputs, f), in.rack->id + "/" + feed));
        }
    return out;
}

const FailureOutcome* worstOutcome(const std::vector<FailureOutcome>& outcomes) {
    const FailureOutcome* worst = nullptr;
    for (const auto& o : outcomes) {
        if (!worst || o.darkRacks.size() > worst->darkRacks.size() ||
            (o.darkRacks.size() == worst->darkRacks.size() && o.worstFraction > worst->worstFraction))
            worst = &o;
    }
    return worst;
}

}  // namespace pod
