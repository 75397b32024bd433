#include "PowerFlow.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "JsonRead.h"

namespace pod {

namespace {

std::array<double, 3> splitFor(const std::string& phase) {
    if (phase == "L1") return {1, 0, 0};
    if (phase == "L2") return {0, 1, 0};
    if (phase == "L3") return {0, 0, 1};
    if (phase == "L1-L2") return {0.5, 0.5, 0};
    if (phase == "L2-L3") return {0, 0.5, 0.5};
    if (phase == "L3-L1") return {0.5, 0, 0.5};
    return {1.0 / 3, 1.0 / 3, 1.0 / 3};
}

}  // namespace

std::variant<PowerFailure, std::string> parseFailures(const Project& project, const std::vector<std::string>& ids) {
    PowerFailure f;
    for (const auto& id : ids) {
        if (id.empty()) return std::string("an empty failure id");
        if (auto hash = id.find('#'); hash != std::string::npos) {
            const std::string ups = id.substr(0, hash);
            const PowerNode* n = project.powerChain.node(ups);
            if (!n || n->kind != PowerNodeKind::Ups || id.substr(hash + 1) != "module")
                return "\"" + id + "\": a module failure is spelled UPS-ID#module, and \"" + ups + "\" is no UPS of the power chain";
            ++f.modulesLost[ups];
            continue;
        }
        if (project.powerChain.node(id)) {
            f.nodes.insert(id);
            continue;
        }
        if (project.coolingUnit(id)) {
            f.coolingUnits.insert(id);
            continue;
        }
        if (auto slash = id.find('/'); slash != std::string::npos) {
            const Rack* rack = project.rack(id.substr(0, slash));
            const std::string feed = id.substr(slash + 1);
            if (rack && std::find(rack->feeds.begin(), rack->feeds.end(), feed) != rack->feeds.end()) {
                f.rackFeeds.insert({rack->id, feed});
                continue;
            }
            return "\"" + id + "\": no rack \"" + id.substr(0, slash) + "\" with a feed \"" + feed + "\"";
        }
        return "\"" + id + "\" is no power node, UPS module (UPS#module), rack feed (RACK/FEED) or cooling unit of this project";
    }
    return f;
}

std::array<double, 3> NodeFlow::phaseCurrentA() const {
    if (!node || !isDistribution(node->kind) || node->voltageV <= 0) return {0, 0, 0};
    const double v = node->phases == 3 ? node->voltageV / std::sqrt(3.0) : node->voltageV;
    return {phaseW[0] / v, phaseW[1] / v, phaseW[2] / v};
}

double NodeFlow::phaseImbalance() const {
    const double mean = (phaseW[0] + phaseW[1] + phaseW[2]) / 3;
    if (mean <= 0) return 0;
    double worst = 0;
    for (double w : phaseW) worst = std::max(worst, std::abs(w - mean));
    return worst / mean;
}

const NodeFlow* PowerFlow::find(const std::string& id) const {
    for (const auto& n : nodes)
        if (n.node->id == id) return &n;
    return nullptr;
}

std::vector<RackPowerInput> rackPowerInputs(const Project& project, const Catalog& catalog) {
    // Each device to the last rack with its id, in project order.
    const auto& racks = project.layout.racks;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < racks.size(); ++k) index[racks[k].id] = k;
    std::vector<std::vector<const Device*>> byRack(racks.size());
    for (const auto& d : project.layout.devices)
        if (auto it = index.find(d.rack); it != index.end()) byRack[it->second].push_back(&d);
    std::vector<const std::vector<const Device*>*> devicesOf(racks.size(), nullptr);
    for (std::size_t k = 0; k < racks.size(); ++k) devicesOf[k] = &byRack[k];
    return rackPowerInputs(project, devicesOf, [&](const Device& d) { return catalog.equipment(d.catalogId); });
}

std::vector<RackPowerInput> rackPowerInputs(const Project& project, const std::vector<const std::vector<const Device*>*>& devicesOf,
                                            const std::function<const Equipment*(const Device&)>& equipmentOf) {
    const auto& racks = project.layout.racks;
    std::vector<RackPowerInput> out;
    out.reserve(racks.size());
    std::unordered_map<std::string, std::map<std::string, bool>> singlePhaseFeed;  // rack → feed → has 1-phase PDU
    for (std::size_t k = 0; k < racks.size(); ++k) {
        RackPowerInput& in = out.emplace_back(RackPowerInput{&racks[k], 0, 0, {}});
        if (k >= devicesOf.size() || !devicesOf[k]) continue;
        for (const Device* d : *devicesOf[k]) {
            const Equipment* e = equipmentOf(*d);
            if (!e) continue;
            in.maxW += e->maxW;
            in.typicalW += e->typicalW.value_or(e->maxW);
            if (e->pdu && e->pdu->phases == 1) singlePhaseFeed[d->rack][d->feed] = true;
        }
    }
    for (auto& in : out) {
        auto single = singlePhaseFeed.find(in.rack->id);
        for (const auto& feed : in.rack->feeds) {
            auto ph = in.rack->feedPhase.find(feed);
            const bool onePhase = (single != singlePhaseFeed.end() && single->second.count(feed)) || ph != in.rack->feedPhase.end();
            in.phaseSplit[feed] = onePhase ? splitFor(ph != in.rack->feedPhase.end() ? ph->second : "L1") : splitFor("3P");
        }
    }
    return out;
}

PowerFlow computePowerFlow(const Project& project, const std::vector<RackPowerInput>& inputs, const PowerFailure& failure) {
    const auto& chain = project.powerChain;
    PowerFlow flow;
    flow.nodes.resize(chain.nodes.size());
    std::unordered_map<std::string, std::size_t> index;
    // Alive, downstream of sources: the chain lists upstream nodes first.
    for (std::size_t i = 0; i < chain.nodes.size(); ++i) {
        const PowerNode& n = chain.nodes[i];
        NodeFlow& f = flow.nodes[i];
        f.node = &n;
        index[n.id] = i;
        const int lost = failure.modulesLost.count(n.id) ? failure.modulesLost.at(n.id) : 0;
        f.capacityW = nodeCapacityW(n, project.settings, lost);
        f.alive = !failure.nodes.count(n.id) && !(n.kind == PowerNodeKind::Ups && lost >= n.modules);
        if (f.alive && !isSource(n.kind)) {
            f.alive = false;
            for (const auto& up : n.from)
                if (flow.nodes[index.at(up)].alive) {
                    f.alive = true;
                    f.carriedBy = up;
                    break;
                }
        }
    }
    // Rack feeds onto the nodes they hang from; each node's rack list grows up the carrying chain.
    std::vector<std::vector<std::string>> racksVia(chain.nodes.size());
    for (const auto& in : inputs) {
        const Rack& rack = *in.rack;
        RackFlow rf{rack.id, false, false, in.maxW, in.typicalW, {}};
        std::vector<std::pair<std::string, std::size_t>> live;  // feed, node index (npos: unmapped, outside the chain)
        constexpr std::size_t kOutside = std::size_t(-1);
        for (const auto& feed : rack.feeds) {
            auto m = rack.feedFrom.find(feed);
            if (m == rack.feedFrom.end()) {
                if (!failure.rackFeeds.count({rack.id, feed})) live.push_back({feed, kOutside});
                else rf.deadFeeds.push_back(feed);
                continue;
            }
            rf.inChain = true;
            auto ni = index.find(m->second);
            if (ni == index.end() || !flow.nodes[ni->second].alive || failure.rackFeeds.count({rack.id, feed})) {
                rf.deadFeeds.push_back(feed);
                continue;
            }
            live.push_back({feed, ni->second});
        }
        rf.dark = rf.inChain && live.empty();
        if (rf.dark) flow.darkRacks.push_back(rack.id);
        for (const auto& [feed, ni] : live) {
            if (ni == kOutside) continue;
            NodeFlow& f = flow.nodes[ni];
            const double share = 1.0 / double(live.size());
            f.loadW += in.maxW * share;
            f.typicalW += in.typicalW * share;
            const auto& split = in.phaseSplit.at(feed);
            for (int p = 0; p < 3; ++p) f.phaseW[p] += in.maxW * share * split[p];
            for (std::size_t k = ni;;) {  // up the carrying chain
                auto& list = racksVia[k];
                if (list.empty() || list.back() != rack.id) list.push_back(rack.id);
                const std::string& up = flow.nodes[k].carriedBy;
                if (up.empty()) break;
                k = index.at(up);
            }
        }
        flow.racks.push_back(std::move(rf));
    }
    // Loads upward: downstream nodes come later in the list, so one reverse pass adds each node's input to its
    // carrier after the node itself is complete.
    for (std::size_t i = chain.nodes.size(); i-- > 0;) {
        NodeFlow& f = flow.nodes[i];
        const double eff = f.node->kind == PowerNodeKind::Ups ? f.node->efficiency : 1.0;
        f.inputW = f.loadW / eff;
        if (!f.alive || f.carriedBy.empty()) continue;
        NodeFlow& up = flow.nodes[index.at(f.carriedBy)];
        up.loadW += f.inputW;
        up.typicalW += f.typicalW / eff;
        for (int p = 0; p < 3; ++p) up.phaseW[p] += f.phaseW[p] / eff;
    }
    // Racks were visited in layout order and each rack's feeds one after another, so every list is already in
    // layout order without repeats.
    for (std::size_t i = 0; i < flow.nodes.size(); ++i) flow.nodes[i].racks = std::move(racksVia[i]);
    return flow;
}

PowerFlow computePowerFlow(const Project& project, const Catalog& catalog, const PowerFailure& failure) {
    return computePowerFlow(project, rackPowerInputs(project, catalog), failure);
}

Json powerFlowToJson(const PowerFlow& flow) {
    Json nodes = Json::array();
    for (const auto& f : flow.nodes) {
        Json j;
        j["id"] = f.node->id;
        j["kind"] = powerNodeKindKey(f.node->kind);
        j["alive"] = f.alive;
        if (!f.carriedBy.empty()) j["carried_by"] = f.carriedBy;
        j["load_w"] = json::numberJson(std::round(f.loadW));
        j["typical_w"] = json::numberJson(std::round(f.typicalW));
        j["input_w"] = json::numberJson(std::round(f.inputW));
        j["capacity_w"] = json::numberJson(std::round(f.capacityW));
        j["percent"] = f.capacityW > 0 ? json::numberJson(std::round(f.fraction() * 1000) / 10) : Json(nullptr);
        if (isDistribution(f.node->kind)) {
            Json amps = Json::array();
            for (double a : f.phaseCurrentA()) amps.push_back(json::numberJson(std::round(a * 10) / 10));
            j["phase_current_a"] = amps;
            j["phase_imbalance_percent"] = json::numberJson(std::round(f.phaseImbalance() * 1000) / 10);
        }
        j["racks"] = f.racks;
        nodes.push_back(std::move(j));
    }
    Json out;
    out["nodes"] = std::move(nodes);
    out["dark_racks"] = flow.darkRacks;
    return out;
}

}  // namespace pod
