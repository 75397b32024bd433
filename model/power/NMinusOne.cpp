#include "NMinusOne.h"

#include <algorithm>
#include <unordered_map>

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

namespace {

// One rack feed lost, from the flow with nothing failed: only that rack's share moves (off the lost feed's node,
// onto its other live feeds' nodes) and the change climbs each node's carriers. O(chain depth) per moved share
// plus O(nodes) for the outcome — the same numbers computePowerFlow gives (tst_power_chain compares them).
FailureOutcome rackFeedOutcome(const PowerFlow& base, const std::vector<RackPowerInput>& inputs,
                               const std::unordered_map<std::string, std::size_t>& index, std::size_t rackIndex,
                               const std::string& lostFeed) {
    const RackPowerInput& in = inputs[rackIndex];
    const Rack& rack = *in.rack;
    const std::string label = rack.id + "/" + lostFeed;
    // Live feeds before: mapped to a live node, or unmapped (outside the chain, always live).
    std::vector<std::pair<std::string, std::size_t>> live;
    constexpr std::size_t kOutside = std::size_t(-1);
    for (const auto& feed : rack.feeds) {
        auto m = rack.feedFrom.find(feed);
        if (m == rack.feedFrom.end()) {
            live.push_back({feed, kOutside});
            continue;
        }
        auto ni = index.find(m->second);
        if (ni != index.end() && base.nodes[ni->second].alive) live.push_back({feed, ni->second});
    }
    auto lost = std::find_if(live.begin(), live.end(), [&](const auto& f) { return f.first == lostFeed; });
    if (lost == live.end()) return outcomeOf(base, label);  // already dead: nothing moves
    std::vector<double> load(base.nodes.size());
    for (std::size_t i = 0; i < base.nodes.size(); ++i) load[i] = base.nodes[i].loadW;
    auto move = [&](std::size_t node, double w) {  // add w at `node` and up its carriers (through efficiencies)
        for (std::size_t k = node;;) {
            load[k] += w;
            const NodeFlow& f = base.nodes[k];
            if (f.node->kind == PowerNodeKind::Ups) w /= f.node->efficiency;
            if (f.carriedBy.empty()) break;
            k = index.at(f.carriedBy);
        }
    };
    const double before = in.maxW / double(live.size());
    const std::size_t after = live.size() - 1;
    for (const auto& [feed, node] : live) {
        if (node == kOutside) continue;
        if (feed == lostFeed) move(node, -before);
        else move(node, in.maxW / double(after) - before);
    }
    PowerFlow moved;
    moved.nodes = base.nodes;
    for (std::size_t i = 0; i < load.size(); ++i) moved.nodes[i].loadW = load[i];
    moved.darkRacks = base.darkRacks;
    if (after == 0 && rack.feedFrom.size() > 0) {
        moved.darkRacks.push_back(rack.id);
        std::unordered_map<std::string, std::size_t> order;
        for (std::size_t i = 0; i < inputs.size(); ++i) order[inputs[i].rack->id] = i;
        std::sort(moved.darkRacks.begin(), moved.darkRacks.end(), [&](const auto& a, const auto& b) { return order[a] < order[b]; });
    }
    return outcomeOf(moved, label);
}

}  // namespace

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
    const PowerFlow base = computePowerFlow(project, inputs);
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < project.powerChain.nodes.size(); ++i) index[project.powerChain.nodes[i].id] = i;
    for (std::size_t r = 0; r < inputs.size(); ++r)
        for (const auto& [feed, node] : inputs[r].rack->feedFrom) out.push_back(rackFeedOutcome(base, inputs, index, r, feed));
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
