#include "NMinusOne.h"

#include <algorithm>
#include <functional>
#include <numeric>
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

constexpr std::size_t kNone = std::size_t(-1);
constexpr std::size_t kOutside = std::size_t(-2);  // a feed with no feed_from: outside the chain, always live
constexpr std::size_t kUnknown = std::size_t(-3);  // feed_from names no node: always dead

double fractionOf(double loadW, double capacityW) { return capacityW > 0 ? loadW / capacityW : (loadW > 0 ? 1e9 : 0.0); }

// Why this is not computePowerFlow once per failure: on the 1,048,576-GPU campus (3,728 chain nodes, 36,864
// racks, 73,728 rack feeds) that is 3,728 flows over every rack plus a copy of every node's rack list per rack
// feed: minutes and gigabytes. A failure can only change the nodes and racks of its connected part of the chain
// (nodes joined by "from", and by racks whose feeds hang from both), e.g. one hall; the rest keeps the flow with
// nothing failed. So each failure recomputes its part only, in the same order of additions as computePowerFlow
// (the same loads, bit for bit), and the outcome merges it with the unfailed flow of the other parts.
class Analysis {
public:
    Analysis(const Project& project, const std::vector<RackPowerInput>& inputs, PowerFlow base)
        : project_(project), inputs_(inputs), base_(std::move(base)) {
        const auto& nodes = project.powerChain.nodes;
        const std::size_t n = nodes.size();
        std::unordered_map<std::string, std::size_t> index;
        from_.resize(n);
        std::vector<std::size_t> parent(n);
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&](std::size_t a) {
            while (parent[a] != a) a = parent[a] = parent[parent[a]];
            return a;
        };
        auto join = [&](std::size_t a, std::size_t b) { parent[find(a)] = find(b); };
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto& up : nodes[i].from)
                if (auto it = index.find(up); it != index.end()) {
                    from_[i].push_back(it->second);
                    join(i, it->second);
                }
            index[nodes[i].id] = i;
        }
        carrier_.resize(n, kNone);
        for (std::size_t i = 0; i < n; ++i)
            if (!base_.nodes[i].carriedBy.empty()) carrier_[i] = index.at(base_.nodes[i].carriedBy);
        feeds_.resize(inputs.size());
        for (std::size_t r = 0; r < inputs.size(); ++r) {
            const Rack& rack = *inputs[r].rack;
            std::size_t first = kNone;
            for (const auto& feed : rack.feeds) {
                auto m = rack.feedFrom.find(feed);
                std::size_t k = kOutside;
                if (m != rack.feedFrom.end()) {
                    auto it = index.find(m->second);
                    k = it == index.end() ? kUnknown : it->second;
                }
                feeds_[r].push_back(k);
                if (k < n) {
                    if (first == kNone) first = k;
                    else join(k, first);
                }
            }
        }
        // Parts numbered by first node; racks with no known node belong to none (no failure changes them).
        std::vector<std::size_t> partOfRoot(n, kNone);
        part_.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t& p = partOfRoot[find(i)];
            if (p == kNone) {
                p = partNodes_.size();
                partNodes_.emplace_back();
                partRacks_.emplace_back();
            }
            part_[i] = p;
            partNodes_[p].push_back(i);
        }
        for (std::size_t r = 0; r < inputs.size(); ++r)
            for (std::size_t k : feeds_[r])
                if (k < n) {
                    partRacks_[part_[k]].push_back(r);
                    break;
                }
        // Each node's racks (a feed hangs from it; layout order) and their sum with nothing failed, added as
        // computePowerFlow adds them before it passes loads upward.
        direct_.resize(n);
        baseDirect_.assign(n, 0.0);
        for (std::size_t r = 0; r < inputs.size(); ++r) {
            std::size_t live = 0;
            for (std::size_t k : feeds_[r]) {
                if (k < n && (direct_[k].empty() || direct_[k].back() != r)) direct_[k].push_back(r);
                live += k == kOutside || (k < n && base_.nodes[k].alive);
            }
            if (live == 0) continue;
            const double share = 1.0 / double(live);
            for (std::size_t k : feeds_[r])
                if (k < n && base_.nodes[k].alive) baseDirect_[k] += inputs[r].maxW * share;
        }
        rackStamp_.assign(inputs.size(), 0);
        nodeStamp_.assign(n, 0);
        recomputeStamp_.assign(n, 0);
        slotStamp_.assign(n, 0);
        slot_.assign(n, 0);
        down_.resize(n);
        baseChildren_.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t up : from_[i])
                if (down_[up].empty() || down_[up].back() != i) down_[up].push_back(i);
            if (base_.nodes[i].alive && carrier_[i] != kNone) baseChildren_[carrier_[i]].push_back(i);
        }
        for (std::size_t r = 0; r < inputs.size(); ++r) {
            if (base_.racks[r].dark) baseDark_.push_back(r);
        }
        // Live nodes ranked by load fraction (highest first, chain order among equals): the worst node outside
        // the changed ones is the first of this list that did not change.
        for (std::size_t i = 0; i < n; ++i) {
            const NodeFlow& f = base_.nodes[i];
            if (!f.alive) continue;
            if (f.loadW > f.capacityW) baseOverloaded_.push_back(i);
            if (f.fraction() > 0) ranked_.push_back(i);
        }
        std::stable_sort(ranked_.begin(), ranked_.end(),
                         [&](std::size_t a, std::size_t b) { return base_.nodes[a].fraction() > base_.nodes[b].fraction(); });
    }

    // The node `failed` down (modulesLost = 0) or one module of it lost (modulesLost = 1).
    // Only what the failure reaches is worked out again: the nodes downstream whose upstream died (alive or carrier
    // change), the racks with a feed on a node that died, the nodes those racks feed, and every carrier above them
    // (old and new). Each of these loads is summed as computePowerFlow sums it (its racks in layout order, then its
    // children in reverse chain order), so the loads equal a full flow's bit for bit; every other node keeps the
    // unfailed flow's. A UPS's failure costs its busways, their racks and the carriers above, not the chain's 926 nodes.
    FailureOutcome nodeFailure(std::size_t failed, int modulesLost) const {
        const auto& nodes = project_.powerChain.nodes;
        const std::size_t n = nodes.size();
        ++epoch_;
        std::vector<Changed> changed;
        auto slot = [&](std::size_t k) -> Changed* { return slotStamp_[k] == epoch_ ? &changed[slot_[k]] : nullptr; };
        auto add = [&](std::size_t k) -> Changed& {
            if (Changed* c = slot(k)) return *c;
            slotStamp_[k] = epoch_;
            slot_[k] = changed.size();
            const NodeFlow& b = base_.nodes[k];
            changed.push_back({k, b.alive, carrier_[k], b.loadW, b.capacityW});
            return changed.back();
        };
        auto alive = [&](std::size_t k) {
            const Changed* c = slot(k);
            return c ? c->alive : base_.nodes[k].alive;
        };
        // 1. Alive and carrier, in chain order from the failed node down (a node's upstream comes before it).
        std::vector<std::size_t> next{failed};  // a min-heap of nodes to look at again
        std::vector<std::size_t> died;          // nodes whose alive changed
        while (!next.empty()) {
            std::pop_heap(next.begin(), next.end(), std::greater<>());
            const std::size_t i = next.back();
            next.pop_back();
            if (nodeStamp_[i] == epoch_) continue;
            nodeStamp_[i] = epoch_;
            const PowerNode& node = nodes[i];
            const int lost = modulesLost && i == failed ? modulesLost : 0;
            bool on = !(modulesLost == 0 && i == failed) && !(node.kind == PowerNodeKind::Ups && lost >= node.modules);
            std::size_t carrier = kNone;
            if (on && !isSource(node.kind)) {
                on = false;
                for (std::size_t up : from_[i])
                    if (alive(up)) {
                        on = true;
                        carrier = up;
                        break;
                    }
            }
            const NodeFlow& b = base_.nodes[i];
            if (i != failed && on == b.alive && carrier == carrier_[i]) continue;
            Changed& c = add(i);
            c.alive = on;
            c.carrier = carrier;
            if (i == failed) c.capacityW = nodeCapacityW(node, project_.settings, lost);
            if (on == b.alive) continue;
            died.push_back(i);
            for (std::size_t d : down_[i]) {
                next.push_back(d);
                std::push_heap(next.begin(), next.end(), std::greater<>());
            }
        }
        // 2. Racks with a feed on a node that died (or came back) change their shares; the nodes they feed sum again.
        std::vector<std::size_t> affected, recompute;
        for (std::size_t k : died)
            for (std::size_t r : direct_[k])
                if (rackStamp_[r] != epoch_) {
                    rackStamp_[r] = epoch_;
                    affected.push_back(r);
                }
        std::vector<std::size_t> dark;
        for (std::size_t r : affected) {
            bool any = false;
            for (std::size_t k : feeds_[r]) {
                any = any || k == kOutside || (k < n && alive(k));
                if (k < n && recomputeStamp_[k] != epoch_) {
                    recomputeStamp_[k] = epoch_;
                    recompute.push_back(k);
                }
            }
            if (!any) dark.push_back(r);
        }
        std::sort(dark.begin(), dark.end());
        for (std::size_t k : recompute) add(k);
        // 3. Every carrier above a changed node, the old one and the new, sums its children again.
        for (std::size_t j = 0; j < changed.size(); ++j)
            for (std::size_t up : {changed[j].carrier, carrier_[changed[j].node]})
                for (std::size_t u = up; u != kNone && !slot(u);) {
                    add(u);
                    u = changed[slot_[u]].carrier;
                }
        // 4. Loads, in reverse chain order so that a node's children are complete before it.
        std::sort(changed.begin(), changed.end(), [](const Changed& a, const Changed& b) { return a.node < b.node; });
        for (std::size_t j = 0; j < changed.size(); ++j) slot_[changed[j].node] = j;
        std::vector<std::size_t> children;
        for (std::size_t j = changed.size(); j-- > 0;) {
            Changed& c = changed[j];
            const std::size_t k = c.node;
            if (!c.alive) {
                c.loadW = 0;
                continue;
            }
            double sum = baseDirect_[k];
            if (recomputeStamp_[k] == epoch_) {
                sum = 0;
                for (std::size_t r : direct_[k]) {
                    std::size_t live = 0;
                    for (std::size_t f : feeds_[r]) live += f == kOutside || (f < n && alive(f));
                    if (live == 0) continue;
                    const double share = 1.0 / double(live);
                    for (std::size_t f : feeds_[r])
                        if (f == k) sum += inputs_[r].maxW * share;
                }
            }
            // Its children now: the unfailed ones still carried by it, and changed ones that moved to it; added in
            // reverse chain order, as computePowerFlow's upward pass adds them.
            children.clear();
            for (std::size_t d : baseChildren_[k]) {
                const Changed* dc = slot(d);
                if (!dc || (dc->alive && dc->carrier == k)) children.push_back(d);
            }
            for (std::size_t d : down_[k]) {
                const Changed* dc = slot(d);
                if (dc && dc->alive && dc->carrier == k && carrier_[d] != k) children.push_back(d);
            }
            std::sort(children.begin(), children.end(), std::greater<>());
            for (std::size_t d : children) {
                const Changed* dc = slot(d);
                const double load = dc ? dc->loadW : base_.nodes[d].loadW;
                const double eff = nodes[d].kind == PowerNodeKind::Ups ? nodes[d].efficiency : 1.0;
                sum += load / eff;
            }
            c.loadW = sum;
        }
        auto replaced = [&](std::size_t i) { return slot(i) != nullptr; };
        std::vector<std::size_t> overIdx;
        FailureOutcome o = outcome(changed, replaced, dark, [&](std::size_t r) { return rackStamp_[r] == epoch_; }, &overIdx);
        // Rack lists of the changed overloaded nodes, as computePowerFlow builds them (layout order, no repeats).
        std::vector<std::vector<std::string>*> lists(changed.size(), nullptr);
        bool anyList = false;
        for (std::size_t k = 0; k < overIdx.size(); ++k)
            if (replaced(overIdx[k])) {
                lists[slot_[overIdx[k]]] = &o.overloads[k].racks;
                o.overloads[k].racks.clear();
                anyList = true;
            }
        if (anyList)
            for (std::size_t r : partRacks_[part_[failed]])
                for (std::size_t k : feeds_[r]) {
                    if (k >= n || !alive(k)) continue;
                    for (std::size_t u = k; u != kNone;) {
                        const Changed* cu = slot(u);
                        auto* list = cu ? lists[slot_[u]] : nullptr;
                        if (list && (list->empty() || list->back() != inputs_[r].rack->id)) list->push_back(inputs_[r].rack->id);
                        u = cu ? cu->carrier : carrier_[u];
                    }
                }
        o.failure = modulesLost ? nodes[failed].id + "#module" : nodes[failed].id;
        return o;
    }

    // One rack feed lost, from the flow with nothing failed: only that rack's share moves (off the lost feed's
    // node, onto its other live feeds' nodes) and the change climbs each node's carriers. O(chain depth).
    FailureOutcome rackFeedFailure(std::size_t r, const std::string& lostFeed) const {
        const auto& nodes = project_.powerChain.nodes;
        const RackPowerInput& in = inputs_[r];
        const Rack& rack = *in.rack;
        const std::string label = rack.id + "/" + lostFeed;
        std::vector<std::pair<std::string, std::size_t>> live;
        for (std::size_t f = 0; f < rack.feeds.size(); ++f) {
            const std::size_t k = feeds_[r][f];
            if (k == kOutside || (k < nodes.size() && base_.nodes[k].alive)) live.push_back({rack.feeds[f], k});
        }
        auto lost = std::find_if(live.begin(), live.end(), [&](const auto& f) { return f.first == lostFeed; });
        if (lost == live.end()) {  // already dead: nothing moves
            FailureOutcome o = outcomeOf(base_, label);
            return o;
        }
        std::vector<Changed> changed;
        auto move = [&](std::size_t node, double w) {  // add w at `node` and up its carriers (through efficiencies)
            for (std::size_t k = node; k != kNone; k = carrier_[k]) {
                auto c = std::find_if(changed.begin(), changed.end(), [&](const Changed& x) { return x.node == k; });
                if (c == changed.end()) {
                    const NodeFlow& b = base_.nodes[k];
                    changed.push_back({k, b.alive, carrier_[k], b.loadW, b.capacityW});
                    c = changed.end() - 1;
                }
                c->loadW += w;
                if (nodes[k].kind == PowerNodeKind::Ups) w /= nodes[k].efficiency;
            }
        };
        const double before = in.maxW / double(live.size());
        const std::size_t after = live.size() - 1;
        for (const auto& [feed, node] : live) {
            if (node == kOutside) continue;
            if (feed == lostFeed) move(node, -before);
            else move(node, in.maxW / double(after) - before);
        }
        std::sort(changed.begin(), changed.end(), [](const Changed& a, const Changed& b) { return a.node < b.node; });
        std::vector<std::size_t> dark;
        if (after == 0 && rack.feedFrom.size() > 0) dark.push_back(r);
        auto isChanged = [&](std::size_t i) {
            return std::binary_search(changed.begin(), changed.end(), i, [](const auto& a, const auto& b) { return key(a) < key(b); });
        };
        FailureOutcome o = outcome(changed, isChanged, dark, [](std::size_t) { return false; });
        o.failure = label;
        return o;
    }

private:
    struct Changed {
        std::size_t node;
        bool alive;
        std::size_t carrier;
        double loadW;
        double capacityW;
    };
    static std::size_t key(const Changed& c) { return c.node; }
    static std::size_t key(std::size_t i) { return i; }

    // outcomeOf over the unfailed flow with `changed` nodes (sorted by index) in place of theirs (`replaced`
    // tells which nodes `changed` stands for) and `dark` racks in place of the unfailed dark racks that
    // `replacedRack` names.
    template <class NodePred, class RackPred>
    FailureOutcome outcome(const std::vector<Changed>& changed, NodePred replaced, const std::vector<std::size_t>& dark,
                           RackPred replacedRack, std::vector<std::size_t>* overIdx = nullptr) const {
        const auto& nodes = project_.powerChain.nodes;
        FailureOutcome o;
        std::vector<std::size_t> darkRacks;
        for (std::size_t r : baseDark_)
            if (!replacedRack(r)) darkRacks.push_back(r);
        darkRacks.insert(darkRacks.end(), dark.begin(), dark.end());
        std::sort(darkRacks.begin(), darkRacks.end());
        darkRacks.erase(std::unique(darkRacks.begin(), darkRacks.end()), darkRacks.end());
        for (std::size_t r : darkRacks) o.darkRacks.push_back(inputs_[r].rack->id);
        // Overloads in chain order: the unfailed ones outside the replaced nodes, merged with the changed ones.
        std::vector<std::pair<std::size_t, const Changed*>> over;
        for (std::size_t i : baseOverloaded_)
            if (!replaced(i)) over.push_back({i, nullptr});
        for (const Changed& c : changed)
            if (c.alive && c.loadW > c.capacityW) over.push_back({c.node, &c});
        std::sort(over.begin(), over.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [i, c] : over) {
            const NodeFlow& b = base_.nodes[i];
            o.overloads.push_back({nodes[i].id, c ? c->loadW : b.loadW, c ? c->capacityW : b.capacityW, b.racks});
            if (overIdx) overIdx->push_back(i);
        }
        // Worst: the highest fraction, the first in chain order among equals, as outcomeOf's scan picks it.
        std::size_t worst = kNone;
        double worstFraction = 0;
        auto consider = [&](std::size_t i, double f) {
            if (f > worstFraction || (f == worstFraction && worst != kNone && f > 0 && i < worst)) {
                worstFraction = f;
                worst = i;
            }
        };
        for (std::size_t i : ranked_)
            if (!replaced(i)) {
                consider(i, base_.nodes[i].fraction());
                break;
            }
        for (const Changed& c : changed)
            if (c.alive) consider(c.node, fractionOf(c.loadW, c.capacityW));
        o.worstFraction = worstFraction;
        if (worst != kNone) o.worstNode = nodes[worst].id;
        return o;
    }

    const Project& project_;
    const std::vector<RackPowerInput>& inputs_;
    PowerFlow base_;
    std::vector<std::vector<std::size_t>> from_;   // per node: its upstream nodes, in preference order
    std::vector<std::size_t> carrier_;             // per node: who carries it with nothing failed
    std::vector<std::vector<std::size_t>> feeds_;  // per rack, per feed: its node, kOutside or kUnknown
    std::vector<std::size_t> part_;  // per node: its connected part of the chain
    std::vector<std::vector<std::size_t>> partNodes_, partRacks_;  // chain order, layout order
    std::vector<std::size_t> baseDark_, baseOverloaded_, ranked_;
    std::vector<std::vector<std::size_t>> direct_;  // per node: the racks with a feed on it, layout order
    std::vector<double> baseDirect_;                // per node: those racks' load with nothing failed
    // Marks of the racks and nodes one node failure touched (epoch_ = that failure), kept to avoid clearing.
    mutable std::vector<unsigned> rackStamp_, nodeStamp_, recomputeStamp_, slotStamp_;
    mutable std::vector<std::size_t> slot_;  // a node's place in nodeFailure's changed list, when slotStamp_ = epoch_
    mutable unsigned epoch_ = 0;
    std::vector<std::vector<std::size_t>> down_;          // per node: the nodes that list it in "from", chain order
    std::vector<std::vector<std::size_t>> baseChildren_;  // per node: the live nodes it carries with nothing failed
};

}  // namespace

std::vector<FailureOutcome> singleFailures(const Project& project, const std::vector<RackPowerInput>& inputs) {
    return singleFailures(project, inputs, computePowerFlow(project, inputs));
}

std::vector<FailureOutcome> singleFailures(const Project& project, const std::vector<RackPowerInput>& inputs, PowerFlow base) {
    const Analysis analysis(project, inputs, std::move(base));
    const auto& nodes = project.powerChain.nodes;
    std::vector<FailureOutcome> out;
    for (std::size_t i = 0; i < nodes.size(); ++i) out.push_back(analysis.nodeFailure(i, 0));
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].kind == PowerNodeKind::Ups && nodes[i].modules >= 2) out.push_back(analysis.nodeFailure(i, 1));
    for (std::size_t r = 0; r < inputs.size(); ++r)
        for (const auto& [feed, node] : inputs[r].rack->feedFrom) out.push_back(analysis.rackFeedFailure(r, feed));
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
