// The power chain (model/power/) from hand arithmetic: distribution capacity, 2N and N+1 UPS under single
// failures, phase currents and imbalance, loads adding up over random chains; power_chain in the project file
// (round trip, bad input with JSON paths) and the power rules (capacity, N-1, phase balance, unmapped feeds).
#include <QtTest>

#include <cmath>
#include <random>
#include <set>
#include <sstream>

#include "CatalogLoader.h"
#include "ChainDesign.h"
#include "NMinusOne.h"
#include "PowerFlow.h"
#include "ProjectFile.h"
#include "RuleEngine.h"

using namespace pod;

namespace {
const std::string kDir = PODPLANNER_FIXTURES "/power/";

bool near(double actual, double expected, double tolerance) { return std::fabs(actual - expected) <= tolerance; }

std::string describe(const std::vector<Violation>& vs) {
    std::ostringstream s;
    for (const auto& v : vs) s << "\n  [" << v.codeOrRule() << "] " << severityKey(v.severity) << ": " << v.message;
    return vs.empty() ? std::string("(none)") : s.str();
}

// A rack load without files: one 0U-free sled of `w` watts.
Equipment sled(const std::string& id, double maxW) {
    Equipment e;
    e.id = id;
    e.kind = EquipmentKind::CpuNode;
    e.vendor = "Test";
    e.model = id;
    e.uHeight = 1;
    e.maxW = maxW;
    e.typicalW = maxW * 0.75;
    return e;
}

PowerNode source(const std::string& id, double kw) {
    PowerNode n;
    n.id = id;
    n.kind = PowerNodeKind::Utility;
    n.capacityKw = kw;
    return n;
}
PowerNode ups(const std::string& id, const std::string& from, int modules, double moduleKw, const std::string& redundancy) {
    PowerNode n;
    n.id = id;
    n.kind = PowerNodeKind::Ups;
    n.from = {from};
    n.modules = modules;
    n.moduleKw = moduleKw;
    n.redundancy = redundancy;
    return n;
}
// A distribution node big enough not to matter unless a test says otherwise.
PowerNode busway(const std::string& id, const std::string& from, double amps = 100000, int phases = 3) {
    PowerNode n;
    n.id = id;
    n.kind = PowerNodeKind::Busway;
    n.from = {from};
    n.voltageV = 415;
    n.phases = phases;
    n.ratingA = amps;
    return n;
}

// `racks` racks of `rackW` each, feeds A and B.
Project racksOf(Catalog& c, int racks, double rackW) {
    c.add(sled("hand-sled-" + std::to_string(int(rackW)), rackW));
    Project p;
    p.settings = ProjectSettings{};
    for (int i = 0; i < racks; ++i) {
        Rack r;
        r.id = "r" + std::to_string(i + 1);
        r.model = "hpe-10848-g2";
        r.cooling = "cooling-contained-air";
        r.feeds = {"A", "B"};
        p.layout.racks.push_back(r);
        Device d;
        d.id = "s" + std::to_string(i + 1);
        d.catalogId = "hand-sled-" + std::to_string(int(rackW));
        d.rack = r.id;
        p.layout.devices.push_back(d);
    }
    return p;
}

// 2N: utility A → UPS-A → BW-A, utility B → UPS-B → BW-B; every rack's feed A on BW-A, B on BW-B.
Project twoN(Catalog& c, int racks, double rackW, double upsKw) {
    Project p = racksOf(c, racks, rackW);
    p.powerChain.nodes = {source("UTIL-A", 10000), source("UTIL-B", 10000), ups("UPS-A", "UTIL-A", 1, upsKw, "2N"),
                          ups("UPS-B", "UTIL-B", 1, upsKw, "2N"), busway("BW-A", "UPS-A"), busway("BW-B", "UPS-B")};
    for (auto& r : p.layout.racks) r.feedFrom = {{"A", "BW-A"}, {"B", "BW-B"}};
    return p;
}
}  // namespace

class TestPowerChain : public QObject {
    Q_OBJECT
    Catalog catalog;
    RuleEngine engine = RuleEngine::standard();

    std::vector<Violation> withPrefix(const Project& p, const std::string& prefix) {
        std::vector<Violation> out;
        for (const auto& v : engine.checkAll(p, catalog))
            if (v.codeOrRule().rfind(prefix, 0) == 0) out.push_back(v);
        return out;
    }

private slots:
    void initTestCase() {
        qunsetenv("PODPLANNER_CATALOG_DIR");
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    // 415 V three-phase 60 A at 80 %: √3 × 415 × 60 × 0.8 = 1.7320508 × 415 = 718.801 V; × 48 A = 34,502.5 W.
    // (The issue and FACILITY.md print 34,506 W: √3 rounded to 1.7322; within 0.01 %.)
    // 208 V three-phase 30 A at 80 %: 1.7320508 × 208 = 360.267; × 24 A = 8,646.4 W. Single-phase 230 V 32 A at 80 %: 5,888 W.
    void distributionCapacity() {
        PowerNode n = busway("x", "u", 60);
        QVERIFY(near(nodeCapacityW(n, ProjectSettings{}), 34502.5, 0.1));
        QVERIFY(near(nodeCapacityW(n, ProjectSettings{}), 34506, 34506 * 0.0002));
        n.voltageV = 208;
        n.ratingA = 30;
        QVERIFY(near(nodeCapacityW(n, ProjectSettings{}), 8646.4, 0.1));
        PowerNode one = busway("y", "u", 32, 1);
        one.voltageV = 230;
        QVERIFY(near(nodeCapacityW(one, ProjectSettings{}), 5888, 1e-6));
        // The project's derating setting, and a node's own, replace the 80 %: 230 × 32 × 1.0 = 7,360 W.
        ProjectSettings s;
        s.powerDeratingPercent = 100;
        QVERIFY(near(nodeCapacityW(one, s), 7360, 1e-6));
        one.deratingPercent = 50;
        QVERIFY(near(nodeCapacityW(one, s), 3680, 1e-6));
        // UPS: 4 × 400 kW = 1,600 kW; one module lost → 1,200 kW.
        PowerNode u = ups("u", "s", 4, 400, "N+1");
        QCOMPARE(nodeCapacityW(u, ProjectSettings{}), 1600000.0);
        QCOMPARE(nodeCapacityW(u, ProjectSettings{}, 1), 1200000.0);
    }

    // 2N, 2 × 1,000 kW UPS, 12 racks × 100 kW = 1,200 kW IT: each side carries 600 kW = 60 %. Fail UPS-A →
    // UPS-B carries all 1,200 kW = 120 % → N-1 error naming every rack on B.
    void twoNOverloadedOnFailure() {
        Project p = twoN(catalog, 12, 100000, 1000);
        const PowerFlow normal = computePowerFlow(p, catalog);
        QVERIFY(near(normal.find("UPS-A")->loadW, 600000, 1e-6));
        QVERIFY(near(normal.find("UPS-B")->fraction(), 0.60, 1e-9));
        QVERIFY(normal.darkRacks.empty());
        PowerFailure failA;
        failA.nodes = {"UPS-A"};
        const PowerFlow failed = computePowerFlow(p, catalog, failA);
        QVERIFY(!failed.find("UPS-A")->alive);
        QVERIFY(!failed.find("BW-A")->alive);  // downstream of a dead UPS
        QVERIFY(near(failed.find("UPS-B")->loadW, 1200000, 1e-6));
        QVERIFY(near(failed.find("UPS-B")->fraction(), 1.20, 1e-9));
        QVERIFY(failed.darkRacks.empty());
        QCOMPARE(failed.find("UPS-B")->racks.size(), std::size_t(12));

        const auto v = withPrefix(p, "power.n-minus-1");
        QVERIFY2(v.size() == 1 && v[0].codeOrRule() == "power.n-minus-1" && v[0].severity == Severity::Error, describe(v).c_str());
        // The finding names UPS-B at 1,200 kW of 1,000 kW (120 %) and every rack on B (its items).
        for (int i = 1; i <= 12; ++i) {
            const std::string id = "r" + std::to_string(i);
            QVERIFY2(std::count(v[0].items.begin(), v[0].items.end(), id) == 1, v[0].message.c_str());
        }
        QVERIFY2(v[0].message.find("120 %") != std::string::npos, v[0].message.c_str());
        QVERIFY2(v[0].message.find("UPS-B") != std::string::npos, v[0].message.c_str());
        // Normal operation: 60 % is under the 80 % line, so the capacity rule is quiet.
        QVERIFY2(withPrefix(p, "power.chain-capacity").empty(), describe(withPrefix(p, "power.chain-capacity")).c_str());
    }

    // The same 2N at 9 racks × 100 kW = 900 kW: fail A → B at 900 / 1,000 = 90 %: carried, above the 80 % line →
    // warning only.
    void twoNWarningOnly() {
        Project p = twoN(catalog, 9, 100000, 1000);
        const auto v = withPrefix(p, "power.n-minus-1");
        QVERIFY2(v.size() == 1 && v[0].codeOrRule() == "power.n-minus-1-warning-line" && v[0].severity == Severity::Warning,
                 describe(v).c_str());
        QVERIFY2(v[0].message.find("90 %") != std::string::npos, v[0].message.c_str());
    }

    // N+1: one UPS of 4 × 400 kW (1,600 kW; 1,200 kW with one module lost), both feeds through it.
    // 1,150 kW survives a module loss (1,150 / 1,200 = 95.8 %); 1,250 kW does not (104.2 %).
    void nPlusOneModules() {
        for (auto [racks, carried] : {std::pair{23, true}, std::pair{25, false}}) {  // × 50 kW: 1,150 and 1,250 kW
            Project p = racksOf(catalog, racks, 50000);
            p.powerChain.nodes = {source("UTIL", 10000), ups("UPS", "UTIL", 4, 400, "N+1"), busway("BW-A", "UPS"), busway("BW-B", "UPS")};
            for (auto& r : p.layout.racks) r.feedFrom = {{"A", "BW-A"}, {"B", "BW-B"}};
            PowerFailure module;
            module.modulesLost["UPS"] = 1;
            const PowerFlow f = computePowerFlow(p, catalog, module);
            QVERIFY(near(f.find("UPS")->capacityW, 1200000, 1e-6));
            QVERIFY(near(f.find("UPS")->loadW, racks * 50000.0, 1e-6));
            const auto outcomes = singleFailures(p, rackPowerInputs(p, catalog));
            const FailureOutcome* moduleLoss = nullptr;
            for (const auto& o : outcomes)
                if (o.failure == "UPS#module") moduleLoss = &o;
            QVERIFY(moduleLoss);
            QCOMPARE(moduleLoss->carried(), carried);
            // Losing the whole single UPS darkens every rack either way: N+1 modules are not 2N.
            const FailureOutcome* whole = nullptr;
            for (const auto& o : outcomes)
                if (o.failure == "UPS") whole = &o;
            QCOMPARE(whole->darkRacks.size(), std::size_t(racks));
        }
    }

    // Efficiency: a UPS delivering 600 kW at 96 % asks its source for 600 / 0.96 = 625 kW.
    void upsEfficiency() {
        Project p = twoN(catalog, 6, 100000, 1000);
        p.powerChain.nodes[2].efficiency = 0.96;
        const PowerFlow f = computePowerFlow(p, catalog);
        QVERIFY(near(f.find("UPS-A")->loadW, 300000, 1e-6));  // 6 × 100 kW / 2 feeds
        QVERIFY(near(f.find("UTIL-A")->loadW, 312500, 1e-6));  // 300 / 0.96
        QVERIFY(near(f.find("UTIL-B")->loadW, 300000, 1e-6));
    }

    // A transfer switch: UPS fed from utility, else generator. Utility lost → the generator carries it; both lost
    // → every rack dark.
    void transferToGenerator() {
        Project p = racksOf(catalog, 2, 10000);
        PowerNode gen = source("GEN", 500);
        gen.kind = PowerNodeKind::Generator;
        PowerNode u = ups("UPS", "UTIL", 2, 100, "N+1");
        u.from = {"UTIL", "GEN"};
        p.powerChain.nodes = {source("UTIL", 500), gen, u, busway("BW", "UPS")};
        for (auto& r : p.layout.racks) r.feedFrom = {{"A", "BW"}, {"B", "BW"}};
        PowerFailure util;
        util.nodes = {"UTIL"};
        const PowerFlow f = computePowerFlow(p, catalog, util);
        QCOMPARE(f.find("UPS")->carriedBy, std::string("GEN"));
        QVERIFY(near(f.find("GEN")->loadW, 20000, 1e-6));
        util.nodes.insert("GEN");
        const PowerFlow dark = computePowerFlow(p, catalog, util);
        QCOMPARE(dark.darkRacks, (std::vector<std::string>{"r1", "r2"}));
    }

    // Phases at a 415 V three-phase busway (230 V line–neutral, 415 / √3 = 239.6 V): racks of 5, 5 and 8 kW,
    // single-phase feeds on L1, L2 and L3 (one feed each) → 5,000 / 239.6 = 20.9 A, 20.9 A, 8,000 / 239.6 = 33.4 A;
    // mean 6 kW, worst deviation 2 kW → 33 % > 10 % → phase-imbalance warning. A balanced 3-phase rack of 9 kW
    // puts 3 kW per line → 0 %.
    void phases() {
        Project p;
        for (auto [id, w, phase] : {std::tuple{"p1", 5000.0, "L1"}, {"p2", 5000.0, "L2"}, {"p3", 8000.0, "L3"}}) {
            catalog.add(sled(std::string("sled-") + id, w));
            Rack r;
            r.id = id;
            r.model = "hpe-10848-g2";
            r.cooling = "cooling-contained-air";
            r.feeds = {"A"};
            r.feedFrom = {{"A", "BW"}};
            r.feedPhase = {{"A", phase}};
            p.layout.racks.push_back(r);
            Device d;
            d.id = std::string("d-") + id;
            d.catalogId = std::string("sled-") + id;
            d.rack = id;
            p.layout.devices.push_back(d);
        }
        p.powerChain.nodes = {source("UTIL", 1000), ups("UPS", "UTIL", 1, 500, "N"), busway("BW", "UPS", 400)};
        const PowerFlow f = computePowerFlow(p, catalog);
        const NodeFlow* bw = f.find("BW");
        const auto a = bw->phaseCurrentA();
        const double vln = 415 / std::sqrt(3.0);
        QVERIFY(near(a[0], 5000 / vln, 1e-9));
        QVERIFY(near(a[0], 20.87, 0.01));
        QVERIFY(near(a[2], 33.39, 0.01));
        QVERIFY(near(bw->phaseImbalance(), 2.0 / 6.0, 1e-9));
        auto v = withPrefix(p, "power.phase-imbalance");
        QVERIFY2(v.size() == 1 && v[0].message.find("33 %") != std::string::npos, describe(v).c_str());
        // Line–line feed: half on each line. 6 kW on L1-L2 → 3 kW on L1 and L2, 0 on L3.
        p.layout.racks[0].feedPhase = {{"A", "L1-L2"}};
        const PowerFlow pair = computePowerFlow(p, catalog);
        QVERIFY(near(pair.find("BW")->phaseW[0], 2500, 1e-9));
        QVERIFY(near(pair.find("BW")->phaseW[1], 5000 + 2500, 1e-9));
        // Balanced: three-phase feeds (no feed_phase, no single-phase PDU) split evenly → 0 %.
        for (auto& r : p.layout.racks) r.feedPhase.clear();
        QVERIFY(near(computePowerFlow(p, catalog).find("BW")->phaseImbalance(), 0, 1e-12));
        QVERIFY(withPrefix(p, "power.phase-imbalance").empty());
    }

    // Loads add up: over random chains (random fan-out, kinds, failures), every live node's load equals the
    // rack feeds hanging from it plus the inputs of the nodes it carries, a UPS's input is its load / efficiency,
    // and with nothing failed the sources carry Σ rack load / efficiency along the path.
    void loadsAddUp() {
        std::mt19937 rng(12345);
        for (int round = 0; round < 200; ++round) {
            Project p = racksOf(catalog, 1 + int(rng() % 12), 1000.0 * (1 + rng() % 50));
            auto& nodes = p.powerChain.nodes;
            nodes = {source("S0", 1e6), source("S1", 1e6)};
            const int n = 2 + int(rng() % 10);
            for (int i = 0; i < n; ++i) {
                const std::string id = "N" + std::to_string(i);
                std::string up = nodes[rng() % nodes.size()].id;
                if (rng() % 3 == 0) {
                    PowerNode u = ups(id, up, 1 + int(rng() % 4), 1000, "N");
                    u.efficiency = 0.9 + 0.01 * double(rng() % 10);
                    if (rng() % 2) u.from.push_back(nodes[rng() % nodes.size()].id);
                    nodes.push_back(u);
                } else {
                    nodes.push_back(busway(id, up));
                }
            }
            for (auto& r : p.layout.racks)
                for (const auto& feed : r.feeds) r.feedFrom[feed] = nodes[2 + rng() % n].id;
            PowerFailure fail;
            if (rng() % 2) fail.nodes.insert(nodes[rng() % nodes.size()].id);
            const PowerFlow f = computePowerFlow(p, catalog, fail);
            std::map<std::string, double> expected;
            for (const auto& rf : f.racks) {
                const Rack* r = p.rack(rf.rack);
                std::vector<std::string> live;
                for (const auto& feed : r->feeds)
                    if (f.find(r->feedFrom.at(feed))->alive) live.push_back(r->feedFrom.at(feed));
                QCOMPARE(rf.dark, live.empty());
                for (const auto& node : live) expected[node] += rf.maxW / double(live.size());
            }
            for (const auto& nf : f.nodes)
                if (nf.alive && !nf.carriedBy.empty()) expected[nf.carriedBy] += nf.inputW;
            for (const auto& nf : f.nodes) {
                QVERIFY2(near(nf.loadW, expected[nf.node->id], 1e-6 * (1 + nf.loadW)), nf.node->id.c_str());
                const double eff = nf.node->kind == PowerNodeKind::Ups ? nf.node->efficiency : 1.0;
                QVERIFY(near(nf.inputW * eff, nf.loadW, 1e-6 * (1 + nf.loadW)));
                QVERIFY(near(nf.phaseW[0] + nf.phaseW[1] + nf.phaseW[2], nf.loadW, 1e-6 * (1 + nf.loadW)));
            }
        }
    }

    // singleFailures moves one rack's share for a rack-feed failure instead of recomputing the chain: over
    // random chains its outcomes equal computePowerFlow's with that feed failed (dark racks, overloaded nodes
    // and loads, worst fraction).
    void rackFeedShortcutMatchesFullFlow() {
        std::mt19937 rng(777);
        for (int round = 0; round < 100; ++round) {
            Project p = racksOf(catalog, 1 + int(rng() % 8), 1000.0 * (1 + rng() % 40));
            auto& nodes = p.powerChain.nodes;
            nodes = {source("S0", 30 + rng() % 100)};
            const int n = 1 + int(rng() % 6);
            for (int i = 0; i < n; ++i) {
                const std::string up = nodes[rng() % nodes.size()].id;
                if (rng() % 2) {
                    PowerNode u = ups("N" + std::to_string(i), up, 1, 10 + rng() % 60, "N");
                    u.efficiency = 0.9 + 0.01 * double(rng() % 10);
                    nodes.push_back(u);
                } else {
                    nodes.push_back(busway("N" + std::to_string(i), up, 20 + rng() % 60));
                }
            }
            for (auto& r : p.layout.racks)
                for (const auto& feed : r.feeds)
                    if (rng() % 5) r.feedFrom[feed] = nodes[1 + rng() % n].id;  // some feeds stay outside the chain
            if (rng() % 2) p.layout.racks[0].feeds.push_back("C");              // a third, unmapped feed
            const auto inputs = rackPowerInputs(p, catalog);
            for (const auto& o : singleFailures(p, inputs)) {
                const auto slash = o.failure.find('/');
                if (slash == std::string::npos) continue;
                PowerFailure f;
                f.rackFeeds.insert({o.failure.substr(0, slash), o.failure.substr(slash + 1)});
                const FailureOutcome full = outcomeOf(computePowerFlow(p, inputs, f), o.failure);
                QCOMPARE(o.darkRacks, full.darkRacks);
                QCOMPARE(o.overloads.size(), full.overloads.size());
                for (std::size_t k = 0; k < o.overloads.size(); ++k) {
                    QCOMPARE(o.overloads[k].node, full.overloads[k].node);
                    QVERIFY(near(o.overloads[k].loadW, full.overloads[k].loadW, 1e-6));
                }
                QVERIFY(near(o.worstFraction, full.worstFraction, 1e-9));
            }
        }
    }

    // singleFailures works a node or module failure out only where it reaches (the nodes downstream that lose
    // their carrier, the racks on nodes that die, the carriers above): over random chains with alternate upstreams
    // ("from" lists of two) its outcomes equal computePowerFlow's with that node failed, loads bit for bit, and
    // the overloaded nodes' rack lists too.
    void nodeFailureShortcutMatchesFullFlow() {
        std::mt19937 rng(4242);
        int compared = 0, withOverloads = 0, moved = 0;
        for (int round = 0; round < 200; ++round) {
            Project p = racksOf(catalog, 1 + int(rng() % 10), 1000.0 * (1 + rng() % 40) + 1.0 * (rng() % 997));
            auto& nodes = p.powerChain.nodes;
            nodes = {source("S0", 30 + rng() % 100)};
            if (rng() % 2) nodes.push_back(source("S1", 30 + rng() % 100));
            const int sources = int(nodes.size());
            const int n = 1 + int(rng() % 8);
            for (int i = 0; i < n; ++i) {
                const std::string up = nodes[rng() % nodes.size()].id;
                PowerNode node = rng() % 2 ? ups("N" + std::to_string(i), up, 1 + int(rng() % 3), 10 + rng() % 60, "N")
                                           : busway("N" + std::to_string(i), up, 20 + rng() % 60);
                if (node.kind == PowerNodeKind::Ups) node.efficiency = 0.9 + 0.01 * double(rng() % 10);
                if (rng() % 3 == 0) {  // an alternate upstream, taken when the first is down
                    const std::string alt = nodes[rng() % nodes.size()].id;
                    if (alt != up) node.from.push_back(alt);
                }
                nodes.push_back(node);
            }
            for (auto& r : p.layout.racks)
                for (const auto& feed : r.feeds)
                    if (rng() % 5) r.feedFrom[feed] = nodes[std::size_t(sources) + rng() % std::size_t(n)].id;
            const auto inputs = rackPowerInputs(p, catalog);
            for (const auto& o : singleFailures(p, inputs)) {
                if (o.failure.find('/') != std::string::npos) continue;
                PowerFailure f;
                if (auto hash = o.failure.find('#'); hash != std::string::npos) f.modulesLost[o.failure.substr(0, hash)] = 1;
                else f.nodes.insert(o.failure);
                const PowerFlow flow = computePowerFlow(p, inputs, f);
                const FailureOutcome full = outcomeOf(flow, o.failure);
                QCOMPARE(o.darkRacks, full.darkRacks);
                QCOMPARE(o.overloads.size(), full.overloads.size());
                for (std::size_t k = 0; k < o.overloads.size(); ++k) {
                    QCOMPARE(o.overloads[k].node, full.overloads[k].node);
                    // The same additions in the same order: equal bit for bit (QCOMPARE on doubles would be fuzzy).
                    QVERIFY(o.overloads[k].loadW == full.overloads[k].loadW);
                    QVERIFY(o.overloads[k].capacityW == full.overloads[k].capacityW);
                    QCOMPARE(o.overloads[k].racks, full.overloads[k].racks);
                }
                QVERIFY(o.worstFraction == full.worstFraction);
                QCOMPARE(o.worstNode, full.worstNode);
                withOverloads += !o.overloads.empty();
                for (const auto& nf : flow.nodes) moved += nf.alive && !nf.node->from.empty() && nf.carriedBy != nf.node->from.front();
                ++compared;
            }
        }
        // The random chains reach the cases that matter: overloads, and nodes carried by their alternate upstream.
        QVERIFY(compared > 500);
        QVERIFY(withOverloads > 20);
        QVERIFY(moved > 20);
    }

    // The file: power_chain and rack feed_from/feed_phase survive a save and load byte for byte.
    void roundTrip() {
        auto r = ProjectFile::load(kDir + "two-n.podplan", catalog);
        QVERIFY2(std::holds_alternative<Project>(r), std::holds_alternative<LoadError>(r) ? std::get<LoadError>(r).message().c_str() : "");
        const Project& p = std::get<Project>(r);
        QCOMPARE(p.powerChain.nodes.size(), std::size_t(6));
        QCOMPARE(p.layout.racks[0].feedFrom.at("A"), std::string("BW-A"));
        const std::string once = ProjectFile::serialize(p);
        auto again = ProjectFile::parse(once, "again", catalog);
        QVERIFY(std::holds_alternative<Project>(again));
        QCOMPARE(ProjectFile::serialize(std::get<Project>(again)), once);
    }

    // Bad chains: one error naming the JSON path and the reason; nothing loads.
    void badInput_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("from unknown") << "bad-from.podplan" << "/power_chain/nodes/1/from/0" << "no power node listed before";
        QTest::newRow("cycle") << "bad-cycle.podplan" << "/power_chain/nodes/2/from/0" << "so a chain cannot loop";
        QTest::newRow("feed_from unknown node") << "bad-feed-node.podplan" << "/racks/0/feed_from/A" << "unknown power node";
        QTest::newRow("feed_from not a feed") << "bad-feed-key.podplan" << "/racks/0/feed_from/C" << "not one of the rack's feeds";
        QTest::newRow("source with from") << "bad-source.podplan" << "/power_chain/nodes/1/from" << "is a source";
        QTest::newRow("phases 2") << "bad-phases.podplan" << "/power_chain/nodes/2/phases" << "must be 1 or 3";
    }
    void badInput() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        auto r = ProjectFile::load(kDir + file.toStdString(), catalog);
        QVERIFY(std::holds_alternative<LoadError>(r));
        const std::string msg = std::get<LoadError>(r).message();
        QVERIFY2(msg.find(path.toStdString()) != std::string::npos, msg.c_str());
        QVERIFY2(msg.find(reason.toStdString()) != std::string::npos, msg.c_str());
    }

    // generate's chain (ChainDesign.h) on 12 racks × 100 kW = 1,200 kW in one row:
    //   2N: modules = ⌈1,200 / (0.8 × 250)⌉ = 6 per UPS (1,500 kW); losing a side puts the other at 1,200 / 1,500 = 80 %,
    //       at the line, not above → no N-1 finding. Busway: 1,200 kW ≤ 0.8 × √3 × 415 × A × 0.8 → A ≥ 1,200,000 /
    //       (0.64 × 718.80) = 2,608.6 → 3,200 A.
    //   N+1: one UPS of 6 + 1 modules; losing a module leaves 6 × 250 = 1,500 kW (80 %), losing the UPS darkens all.
    //   --ups-kw 1,000: 4 modules of 250 kW; losing a side → 1,200 / 1,000 = 120 % → N-1 error.
    void designedChain() {
        Project p = racksOf(catalog, 12, 100000);
        auto r = attachPowerChain(p, catalog, PowerDesign{"2N", std::nullopt});
        QVERIFY(std::holds_alternative<ChainDesignResult>(r));
        QCOMPARE(p.powerChain.node("UPS-A")->modules, 6);
        QCOMPARE(p.powerChain.node("UPS-B")->moduleKw, 250.0);
        QCOMPARE(p.powerChain.node("BW-R-A")->ratingA, 3200.0);
        QCOMPARE(p.layout.racks[5].feedFrom.at("B"), std::string("BW-R-B"));
        QVERIFY(withPrefix(p, "power.n-minus-1").empty());
        QVERIFY(withPrefix(p, "power.chain-capacity").empty());

        Project n1 = racksOf(catalog, 12, 100000);
        attachPowerChain(n1, catalog, PowerDesign{"N+1", std::nullopt});
        QCOMPARE(n1.powerChain.node("UPS")->modules, 7);
        const auto outcomes = singleFailures(n1, rackPowerInputs(n1, catalog));
        for (const auto& o : outcomes) {
            if (o.failure == "UPS#module") QVERIFY(o.carried() && near(o.worstFraction, 0.8, 1e-9));
            if (o.failure == "UPS") QCOMPARE(o.darkRacks.size(), std::size_t(12));
            if (o.failure == "UTIL") QVERIFY(o.carried());  // the generator takes over
        }

        Project small = racksOf(catalog, 12, 100000);
        attachPowerChain(small, catalog, PowerDesign{"2N", 1000.0});
        QCOMPARE(small.powerChain.node("UPS-A")->modules, 4);
        const auto v = withPrefix(small, "power.n-minus-1");
        QVERIFY2(v.size() == 1 && v[0].message.find("120 %") != std::string::npos, describe(v).c_str());

        QVERIFY(std::holds_alternative<std::string>(attachPowerChain(small, catalog, PowerDesign{"3N", std::nullopt})));
    }

    // A row past one busway: 30 racks × 100 kW = 3,000 kW; the largest busway carries 0.8 × √3 × 415 × 5,000 × 0.8 =
    // 2,300.2 kW at the line, so the first run takes 23 racks (2,300 kW) and the second 7 (700 kW → 0.64 × 718.80 × A
    // ≥ 700,000 → A ≥ 1,521.7 → 1,600 A).
    void designedChainSplitsLongRows() {
        Project p = racksOf(catalog, 30, 100000);
        QVERIFY(std::holds_alternative<ChainDesignResult>(attachPowerChain(p, catalog, PowerDesign{})));
        QCOMPARE(p.layout.racks[22].feedFrom.at("A"), std::string("BW-R1-A"));
        QCOMPARE(p.layout.racks[23].feedFrom.at("A"), std::string("BW-R2-A"));
        QCOMPARE(p.powerChain.node("BW-R1-A")->ratingA, 5000.0);
        QCOMPARE(p.powerChain.node("BW-R2-B")->ratingA, 1600.0);
    }

    // Blocks: 5 rows of 4 racks × 100 kW (400 kW a row, one busway run each, 2,000 kW in all). One UPS system holds at
    // most 6 × 250 kW, 1,200 kW at the 80 % line, so rows A–C (1,200 kW) are block 1 and rows D–E (800 kW) block 2:
    // UPS-A1/B1 of ⌈1,200 / 200⌉ = 6 modules, UPS-A2/B2 of ⌈800 / 200⌉ = 4; utilities sized to (6 + 4) × 250 kW.
    // N+1 keeps a spare module per block: 1,000 kW blocks → rows A–B, C–D, E: UPS1..3 of 4 + 1, 4 + 1, 2 + 1 modules.
    void designedChainInBlocks() {
        auto rows = [&] {
            Project p = racksOf(catalog, 20, 100000);
            for (std::size_t i = 0; i < p.layout.racks.size(); ++i) p.layout.racks[i].row = std::string(1, char('A' + i / 4));
            return p;
        };
        Project p = rows();
        QVERIFY(std::holds_alternative<ChainDesignResult>(attachPowerChain(p, catalog, PowerDesign{})));
        QVERIFY(!p.powerChain.node("UPS-A"));
        QCOMPARE(p.powerChain.node("UPS-A1")->modules, 6);
        QCOMPARE(p.powerChain.node("UPS-B1")->modules, 6);
        QCOMPARE(p.powerChain.node("UPS-A2")->modules, 4);
        QVERIFY(!p.powerChain.node("UPS-A3"));
        QCOMPARE(p.powerChain.node("UTIL-A")->capacityKw, 2500.0);
        QCOMPARE(p.powerChain.node("BW-C-A")->from, std::vector<std::string>{"UPS-A1"});
        QCOMPARE(p.powerChain.node("BW-D-B")->from, std::vector<std::string>{"UPS-B2"});
        QVERIFY(withPrefix(p, "power.n-minus-1").empty());
        QVERIFY(withPrefix(p, "power.chain-capacity").empty());

        Project n1 = rows();
        QVERIFY(std::holds_alternative<ChainDesignResult>(attachPowerChain(n1, catalog, PowerDesign{"N+1", std::nullopt})));
        QCOMPARE(n1.powerChain.node("UPS1")->modules, 5);
        QCOMPARE(n1.powerChain.node("UPS2")->modules, 5);
        QCOMPARE(n1.powerChain.node("UPS3")->modules, 3);
        QCOMPARE(n1.powerChain.node("BW-E-A")->from, std::vector<std::string>{"UPS3"});
        for (const auto& o : singleFailures(n1, rackPowerInputs(n1, catalog)))
            if (o.failure == "UPS2#module") QVERIFY(o.carried());
    }

    // With a chain, a rack feed hanging from nothing is reported; without a chain, nothing is.
    void unmappedFeed() {
        Project p = twoN(catalog, 2, 10000, 1000);
        p.layout.racks[1].feedFrom.erase("B");
        auto v = withPrefix(p, "power.feed-unmapped");
        QVERIFY2(v.size() == 1 && v[0].items == std::vector<std::string>{"r2"}, describe(v).c_str());
        p.powerChain.nodes.clear();
        p.layout.racks[0].feedFrom.clear();
        p.layout.racks[1].feedFrom.clear();
        QVERIFY(withPrefix(p, "power.").empty() || withPrefix(p, "power.feed-unmapped").empty());
    }
};

QTEST_APPLESS_MAIN(TestPowerChain)
#include "tst_power_chain.moc"
