#include "ChainDesign.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "PowerBand.h"
#include "PowerFlow.h"
#include "TextFormat.h"

namespace pod {

namespace {

PowerNode sourceNode(const std::string& id, PowerNodeKind kind, double kw) {
    PowerNode n;
    n.id = id;
    n.kind = kind;
    n.capacityKw = kw;
    return n;
}

PowerNode upsNode(const std::string& id, std::vector<std::string> from, int modules, double moduleKw, const std::string& redundancy) {
    PowerNode n;
    n.id = id;
    n.kind = PowerNodeKind::Ups;
    n.from = std::move(from);
    n.modules = modules;
    n.moduleKw = moduleKw;
    n.redundancy = redundancy;
    return n;
}

}  // namespace

std::variant<ChainDesignResult, std::string> attachPowerChain(Project& project, const Catalog& catalog, const PowerDesign& design) {
    const std::string& red = design.redundancy;
    if (red != "N" && red != "N+1" && red != "2N") return "--power must be N, N+1 or 2N, got \"" + red + "\"";
    if (design.upsKw && !(*design.upsKw > 0)) return "--ups-kw must be a positive number of kW";
    const bool twoN = red == "2N";
    const double line = powerWarningFraction(project.settings);
    const double derate = project.settings.powerDeratingPercent.value_or(kDefaultPowerDeratingPercent) / 100;

    // A rack-scale system (NVL72 class) has no rack PDUs: its power shelves take the feeds directly. Its rack
    // gets feeds A and B when it has none.
    int rackScaleRacks = 0;
    for (auto& r : project.layout.racks) {
        if (!r.feeds.empty()) continue;
        for (const auto& d : project.layout.devices) {
            const Equipment* e = d.rack == r.id ? catalog.equipment(d.catalogId) : nullptr;
            if (e && e->rackScale) {
                r.feeds = {"A", "B"};
                ++rackScaleRacks;
                break;
            }
        }
    }
    // Rack loads in layout order, grouped into busway runs: each row's racks, split into consecutive runs when
    // one busway of the largest rating cannot carry the whole row at the warning line.
    const auto inputs = rackPowerInputs(project, catalog);
    const double largestW = line * std::sqrt(3.0) * kBuswayVoltageV * kBuswayRatingsA[std::size(kBuswayRatingsA) - 1] * derate;
    struct Run {
        std::string row;
        double w = 0;
        std::vector<std::size_t> racks;  // indices into inputs
    };
    std::vector<Run> runs;
    std::map<std::string, std::size_t> openRun;  // row → its last run
    double totalW = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const RackPowerInput& in = inputs[i];
        const Rack& r = *in.rack;
        if (std::find(r.feeds.begin(), r.feeds.end(), "A") == r.feeds.end() ||
            std::find(r.feeds.begin(), r.feeds.end(), "B") == r.feeds.end())
            return "rack " + r.name + " has no feeds A and B for the chain's A and B busways";
        if (in.maxW > largestW)
            return "rack " + r.name + " draws " + fmtKw(in.maxW) + ", more than the largest busway (" +
                   fmtFixed(kBuswayRatingsA[std::size(kBuswayRatingsA) - 1], 0) + " A at 415 V) carries";
        const std::string row = r.row.empty() ? "R" : r.row;
        auto it = openRun.find(row);
        if (it == openRun.end() || runs[it->second].w + in.maxW > largestW) {
            runs.push_back({row, 0, {}});
            openRun[row] = runs.size() - 1;
        }
        runs[openRun[row]].w += in.maxW;
        runs[openRun[row]].racks.push_back(i);
        totalW += in.maxW;
    }
    std::map<std::string, int> runsInRow;
    for (const auto& run : runs) ++runsInRow[run.row];

    ChainDesignResult result;
    PowerChain chain;
    // Blocks of consecutive runs, each within one UPS system of at most kMaxUpsModules modules at the warning
    // line (N+1: one of them spare); --ups-kw fixes each UPS system, so the pod is one block.
    const int spare = red == "N+1" ? 1 : 0;
    const double blockW = line * (kMaxUpsModules - spare) * kUpsModuleKw * 1000;
    std::vector<std::vector<std::size_t>> blocks;  // run indices
    std::vector<double> blockLoad;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        if (blocks.empty() || (!design.upsKw && blockLoad.back() + runs[k].w > blockW)) {
            blocks.emplace_back();
            blockLoad.push_back(0);
        }
        blocks.back().push_back(k);
        blockLoad.back() += runs[k].w;
    }
    // UPS: 2N → each side carries its whole block when the other fails; N+1 → n modules carry it with one lost.
    auto modulesFor = [&](double w) {
        if (design.upsKw) return std::max(1, int(std::ceil(*design.upsKw / kUpsModuleKw - 1e-9)));
        return std::max(1, int(std::ceil(w / (line * kUpsModuleKw * 1000) - 1e-9))) + spare;
    };
    const double moduleKw = design.upsKw ? *design.upsKw / modulesFor(0) : kUpsModuleKw;
    const bool several = blocks.size() > 1;
    auto upsId = [&](const std::string& side, std::size_t b) {
        return "UPS" + (side.empty() ? std::string() : "-" + side) + (several ? std::to_string(b + 1) : std::string());
    };
    double sourceKw = 0;
    for (double w : blockLoad) sourceKw += modulesFor(w) * moduleKw;
    std::vector<std::string> sides = twoN ? std::vector<std::string>{"A", "B"} : std::vector<std::string>{""};
    if (twoN) {
        for (const auto& s : sides) chain.nodes.push_back(sourceNode("UTIL-" + s, PowerNodeKind::Utility, sourceKw));
    } else {
        chain.nodes.push_back(sourceNode("UTIL", PowerNodeKind::Utility, sourceKw));
        chain.nodes.push_back(sourceNode("GEN", PowerNodeKind::Generator, sourceKw));
    }
    for (std::size_t b = 0; b < blocks.size(); ++b)
        for (const auto& s : sides)
            chain.nodes.push_back(upsNode(upsId(s, b), twoN ? std::vector<std::string>{"UTIL-" + s} : std::vector<std::string>{"UTIL", "GEN"},
                                          modulesFor(blockLoad[b]), moduleKw, twoN ? "2N" : red));
    // Busways: a run's busway carries the whole run when its twin (or, in 2N, its side) fails. Rack feeds hang
    // from their run's busways; single-phase PDU feeds take L1, L2, L3 in turn per busway.
    static const char* kPhases[] = {"L1", "L2", "L3"};
    std::map<std::string, int> runNumber;
    for (std::size_t b = 0; b < blocks.size(); ++b)
    for (std::size_t k : blocks[b]) {
        const Run& run = runs[k];
        double rating = kBuswayRatingsA[std::size(kBuswayRatingsA) - 1];
        for (double a : kBuswayRatingsA)
            if (run.w <= line * std::sqrt(3.0) * kBuswayVoltageV * a * derate) {
                rating = a;
                break;
            }
        const std::string name = runsInRow[run.row] > 1 ? run.row + std::to_string(++runNumber[run.row]) : run.row;
        for (const char* side : {"A", "B"}) {
            PowerNode bw;
            bw.id = "BW-" + name + "-" + side;
            bw.name = "Busway " + name + " side " + side;
            bw.kind = PowerNodeKind::Busway;
            bw.from = {upsId(twoN ? side : "", b)};
            bw.voltageV = kBuswayVoltageV;
            bw.phases = 3;
            bw.ratingA = rating;
            chain.nodes.push_back(bw);
            int phase = 0;
            for (std::size_t i : run.racks) {
                Rack& r = project.layout.racks[i];  // rackPowerInputs lists the layout's racks in order
                if (side == std::string("A")) {
                    r.feedFrom.clear();
                    r.feedPhase.clear();
                }
                r.feedFrom[side] = bw.id;
                const auto& split = inputs[i].phaseSplit.at(side);
                if (split[0] == 1.0 || split[1] == 1.0 || split[2] == 1.0) r.feedPhase[side] = kPhases[phase++ % 3];
            }
        }
    }
    result.nodes = int(chain.nodes.size());
    project.powerChain = std::move(chain);
    const int modules = modulesFor(blockLoad.front());
    const std::string systems = std::to_string(blocks.size() * sides.size()) + (blocks.size() * sides.size() == 1 ? " UPS system" : " UPS systems");
    result.notes.push_back(red + " power chain: " + std::to_string(result.nodes) + " nodes, " + systems +
                           (several ? " in " + std::to_string(blocks.size()) + " blocks, the first" : std::string()) + " of " +
                           std::to_string(modules) + " × " + fmtFixed(moduleKw, moduleKw == std::floor(moduleKw) ? 0 : 1) + " kW for " +
                           fmtKw(totalW) + " of IT, " + std::to_string(runs.size()) + " busway run(s) × 2 sides at 415 V");
    if (rackScaleRacks > 0)
        result.notes.push_back(std::to_string(rackScaleRacks) + " rack-scale rack(s) got feeds A and B for their power shelves");
    if (!twoN)
        result.notes.push_back("with " + red + (several ? " each block" : " the pod") + " hangs from one UPS system: losing it darkens " +
                               (several ? "the block's racks" : "every rack") + " (power.n-minus-1); choose 2N for a concurrently maintainable chain");
    return result;
}

}  // namespace pod
