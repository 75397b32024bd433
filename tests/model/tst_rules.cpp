// Every standard rule against its fixtures (tests/fixtures/rules/<rule-id>/): trip.podplan makes the rule
// report, limit.podplan sits exactly at its limit (or, for yes/no rules, is the nearest clean case; see each
// file's meta.notes) and must not. A folder may hold a catalog.json (a user catalog file, loaded on top of the
// shipped catalog for that folder's files only) for hand-made figures the shipped catalog lacks. Plus the real CLI on some trips, the sample under tighter budgets, medium
// choice at every reach boundary, severity overrides, and incremental == full over random edits.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "CatalogLoader.h"
#include "IncrementalChecker.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "Totals.h"

using namespace pod;

namespace {
const std::string kRules = PODPLANNER_FIXTURES "/rules/";
// The 4-per-rack pod the bundled sample used to be, frozen as a fixture so these numbers stay put.
const std::string kSample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";

std::string fixture(const QByteArray& rule, const char* kind) { return kRules + rule.toStdString() + "/" + kind + ".podplan"; }

Json readJson(const std::string& path) {
    std::ifstream in(path);
    if (!in) qFatal("cannot open %s", path.c_str());
    return Json::parse(in);
}

std::string describe(const std::vector<Violation>& vs) {
    std::ostringstream s;
    for (const auto& v : vs) s << "\n  [" << v.codeOrRule() << "] " << severityKey(v.severity) << ": " << v.message;
    return vs.empty() ? std::string("(none)") : s.str();
}

std::set<std::string> split(const QByteArray& list) {
    std::set<std::string> out;
    for (const QByteArray& s : list.split(',')) if (!s.isEmpty()) out.insert(s.toStdString());
    return out;
}

bool isDepthNote(const Violation& v) {
    return v.ruleId == "space.device-depth" && v.severity == Severity::Info &&
           v.message.find("depth not checked") != std::string::npos;
}

// Each code that is not a rule's main finding and the fixture that trips it (main codes: trips_data).
struct CodeTrip {
    const char* code;
    const char* file;  // under tests/fixtures/rules/
    int count;
    const char* message;
    const char* others;  // other codes the fixture reports (comma-separated)
};
const CodeTrip kSecondaryTrips[] = {
    {"floor.rack-in-hall", "floor.rack-in-room/floor.rack-in-hall.podplan", 1,
     "Rack R1 at (5,601, 3,000) mm is not inside Hall A, its hall", ""},
    {"power.chain-capacity-warning-line", "power.chain-capacity/power.chain-capacity-warning-line.podplan", 1,
     "utility UTIL: load 10.0 kW is 81 % of capacity 12.4 kW (> 80 %)", "power.n-minus-1-warning-line"},
    {"power.n-minus-1-warning-line", "power.n-minus-1/power.n-minus-1-warning-line.podplan", 1,
     "Power N-1: every single failure is carried; the worst, losing UTIL-A, puts UPS-B at 91 % (> 80 %)", ""},
    {"space.device-depth-unknown", "space.device-depth/trip.podplan", 1,
     "Rack R1: depth not checked for 1 device(s) whose catalog entry gives no depth (Quantum-2 QM9700)", "space.device-depth"},
    {"power.rack-budget-warning-line", "power.rack-budget/power.rack-budget-warning-line.podplan", 1,
     "Rack R1: 11.9 kW is 80 % of budget 14.9 kW (> 80 %)", ""},
    {"power.rack-budget-unset", "power.rack-budget/power.rack-budget-unset.podplan", 1, "Rack R1: 11.9 kW drawn with no power budget set", ""},
    {"power.feed-unknown", "power.feed-redundancy/power.feed-unknown.podplan", 1,
     "Rack R1: PDU PDU-C is on feed \"C\", which the rack does not have", "power.feed-redundancy"},
    {"power.room-capacity-warning-line", "power.room-capacity/power.room-capacity-warning-line.podplan", 1,
     "Room: IT load 2.5 kW is 80 % of capacity 3.1 kW (> 80 %)", ""},
    {"floor.overlap-keepout", "floor.overlap/floor.overlap-keepout.podplan", 1, "Rack R2 overlaps keep-out Column C1 (column)", ""},
    {"network.oversubscription-ratio", "network.oversubscription/limit.podplan", 1,
     "Fabric compute: 16 node links over 16 spine uplinks = 1.00:1 oversubscription", ""},
    {"cooling.unit-capacity-warning-line", "cooling.unit-capacity/cooling.unit-capacity-warning-line.podplan", 1,
     "Cooling unit CDU-1 (Motivair (Schneider Electric) MCDU-4U in-rack CDU (102 kW)): liquid load 102.0 kW is 100 % of "
     "capacity 102.0 kW (> 80 %)",
     "cooling.n-minus-1-single"},
    {"cooling.n-minus-1-single", "cooling.unit-capacity/trip.podplan", 1,
     "Cooling unit CDU-1 is the only liquid unit for 2 rack(s): if it fails, 122.4 kW of liquid load has no cooling",
     "cooling.unit-capacity"},
};

Severity severityOf(const QByteArray& key) {
    return key == "error" ? Severity::Error : key == "warning" ? Severity::Warning : Severity::Info;
}
}  // namespace

class TestRules : public QObject {
    Q_OBJECT
    Catalog catalog;                                 // the shipped catalog
    std::map<std::string, Catalog> folderCatalogs;  // fixture folder name -> shipped + that folder's catalog.json
    RuleEngine engine = RuleEngine::standard();

    // The catalog a fixture file loads with: its folder's, if the folder has a catalog.json.
    const Catalog& catalogFor(const std::string& path) const {
        auto it = folderCatalogs.find(std::filesystem::path(path).parent_path().filename().string());
        return it == folderCatalogs.end() ? catalog : it->second;
    }

    Project parse(const Json& doc, const std::string& name, const Catalog& with) {
        auto result = ProjectFile::parse(doc.dump(), name, with);
        if (auto* e = std::get_if<LoadError>(&result)) qFatal("%s does not load: %s", name.c_str(), e->message().c_str());
        return std::get<Project>(result);
    }
    Project load(const std::string& path) { return parse(readJson(path), path, catalogFor(path)); }

    // The rule's violations; QVERIFYs that everything else is in `allowed` (rule ids).
    // Depth notes (switches and storage whose depth no source gives) are ignored unless keepNotes.
    std::vector<Violation> only(const std::vector<Violation>& all, const std::string& rule, const std::set<std::string>& allowed,
                                bool& clean, bool keepNotes = false) {
        std::vector<Violation> mine;
        clean = true;
        for (const auto& v : all) {
            if (isDepthNote(v) && !keepNotes) continue;
            if (v.ruleId == rule) mine.push_back(v);  // fixtures use switches whose depth no source gives
            else if (!allowed.count(v.ruleId)) clean = false;
        }
        return mine;
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        for (const auto& dir : std::filesystem::directory_iterator(kRules)) {
            const auto file = dir.path() / "catalog.json";
            if (!std::filesystem::exists(file)) continue;
            Catalog c;
            auto e = loadStandardCatalog({}, {file}, c);
            QVERIFY2(!e, e ? e->message().c_str() : "");
            folderCatalogs.emplace(dir.path().filename().string(), std::move(c));
        }
    }

    // Every shipped rule has exactly one fixture directory, and no directory names an unknown rule.
    void everyRuleHasFixtures() {
        std::set<std::string> ids, dirs;
        for (const auto& r : engine.rules()) ids.insert(std::string(r->id()));
        QCOMPARE(ids.size(), std::size_t(26));  // 22 + the power chain's capacity, phase, N-1 and feed-mapping rules
        for (const auto& entry : std::filesystem::directory_iterator(kRules)) dirs.insert(entry.path().filename().string());
        QVERIFY(ids == dirs);
        for (const auto& id : ids)
            for (const char* kind : {"trip", "limit"})
                QVERIFY2(std::filesystem::exists(fixture(QByteArray::fromStdString(id), kind)), (id + "/" + kind).c_str());
    }

    void trips_data() {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("severity");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("message");  // must appear in every one of the rule's messages
        QTest::addColumn<QByteArray>("allowed");  // other rules allowed to report (comma-separated)
        auto row = [](const char* rule, const char* sev, int n, const char* msg, const char* allowed = "") {
            QTest::newRow(rule) << QByteArray(rule) << QByteArray(sev) << n << QByteArray(msg) << QByteArray(allowed);
        };
        row("space.device-in-rack", "error", 1, "Rack R1: BLANK-TOP spans U47.5–U48.5, outside the rack's U1–U48");
        row("space.u-overlap", "error", 1, "Rack R1: BLANK-FRONT and LEAF both occupy U11");
        row("space.device-depth", "error", 1, "Rack R1: DGX-01 is 897 mm deep > rack depth 800 mm");
        row("power.rack-budget", "error", 1, "Rack R1: 11.9 kW > budget 11.0 kW");
        row("power.feed-redundancy", "error", 1, "Rack R1: feed B alone carries 8.6 kW < rack load 10.0 kW");
        row("power.room-capacity", "error", 1, "Room: IT load 2.5 kW > power capacity 2.0 kW");
        row("cooling.rack-capacity", "error", 1, "Rack R1: air-cooled heat 10.3 kW > Room air, no containment air capacity 10.0 kW");
        // A GB200 NVL72 (1,360 kg) overloads every shipped 48U rack: 165 + 1,360 > 1,360 kg.
        row("cooling.liquid-rack", "error", 1,
            "Rack R1: GB200-01 is 80 % liquid-cooled but the rack's cooling (Rear-door heat exchanger, active "
            "(fan-assisted)) has no liquid capacity",
            "weight.rack-rating");
        row("cooling.room-capacity", "error", 1, "Room: heat 2.5 kW (8,530 BTU/h) > cooling capacity 2.0 kW");
        row("airflow.orientation", "warning", 1, "Rack R1: LEAF: rear-to-front equipment mounted on the front face (turn it to the rear)");
        row("weight.rack-rating", "error", 1, "Rack R1: 800.2 kg > load rating 800 kg");
        row("weight.floor-load", "error", 1, "Rack R1: floor load 200 kg/m² > rating 199 kg/m²");
        row("floor.rack-in-room", "error", 1, "Rack R1 at (599, 3,000) mm is not inside the room outline");
        row("floor.overlap", "error", 1, "Racks R1 and R2 overlap on the floor");
        row("floor.aisle-clearance", "error", 2, "front aisle narrower than 1,200 mm (blocked by rack ");
        row("network.switch-ports", "error", 1, "Switch LEAF (compute): 48 links > 40 ports");
        row("network.cable-reach", "error", 8, "Cable DGX-01 → LEAF (400 Gb/s): 2000.1 m > longest reach 2000.0 m");
        row("network.unconnected-node", "error", 1,
            "GPU node DGX-01 is not connected: the project has no compute fabric with leaf switches");
        row("network.oversubscription", "warning", 1, "Fabric compute: 24 node links over 16 spine uplinks = 1.50:1 oversubscription");
        // 6 x 20.4 kW (fixture catalog.json) on one Motivair MCDU-4U: 122.4 kW > 102 kW. A lone CDU also gets the
        // cooling.n-minus-1-single warning (see limits_data).
        row("cooling.unit-capacity", "error", 1,
            "Cooling unit CDU-1 (Motivair (Schneider Electric) MCDU-4U in-rack CDU (102 kW)): liquid load 122.4 kW > capacity 102.0 kW",
            "cooling.n-minus-1");
        // 1+1 x 102 kW carrying 6 x 20.4 kW: lose one, 102 kW < 122.4 kW.
        row("cooling.n-minus-1", "error", 1,
            "Cooling units CDU-1, CDU-2: without CDU-1 (102.0 kW) the remaining 102.0 kW < liquid load 122.4 kW");
        row("cooling.liquid-needs-cdu", "error", 1, "Rack R2: MI355X-02 is 85 % liquid-cooled but no CDU serves the rack");
        // Power chain (fixture notes give the arithmetic): a 10 kW rack on feeds A/B.
        row("power.chain-capacity", "error", 1, "utility UTIL: load 10.0 kW > capacity 9.9 kW (101 %)", "power.n-minus-1");
        row("power.phase-imbalance", "warning", 1, "busway BW-A: phases L1/L2/L3 20.9 / 0.0 / 0.0 A, 200 % from the mean (> 10 %)");
        row("power.n-minus-1", "error", 1, "Power N-1: losing UTIL-A puts UPS-B at 10.0 kW of 8.0 kW (125 %, carrying 1 rack(s): R1)");
        row("power.feed-unmapped", "warning", 1, "Rack R1: feed B hangs from no power chain node");
    }

    void trips() {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, severity);
        QFETCH(int, count);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, allowed);
        Project p = load(fixture(rule, "trip"));
        auto all = engine.checkAll(p, catalogFor(fixture(rule, "trip")));
        bool clean = false;
        auto mine = only(all, rule.toStdString(), split(allowed), clean);
        QVERIFY2(clean, ("other rules report:" + describe(all)).c_str());
        QVERIFY2(int(mine.size()) == count, ("got:" + describe(all)).c_str());
        for (const auto& v : mine) {
            QCOMPARE(severityKey(v.severity), std::string_view(severity.constData()));
            QCOMPARE(v.code, rule.toStdString());  // a trip reports the rule's main finding
            QVERIFY2(v.message.find(message.toStdString()) != std::string::npos, v.message.c_str());
            QVERIFY(!v.items.empty() || v.ruleId.starts_with("power.room") || v.ruleId.starts_with("cooling.room") ||
                    v.ruleId == "network.oversubscription");
        }
    }

    void limits_data() {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("tolerated");  // "info: <text>": the rule may report this info row only
        QTest::addColumn<QByteArray>("allowed");
        for (const auto& r : engine.rules()) {
            QByteArray id(r->id().data(), qsizetype(r->id().size()));
            QByteArray tolerated = id == "network.oversubscription" ? "16 node links over 16 spine uplinks = 1.00:1" : "";
            // cooling.unit-capacity: its limit is a lone CDU at its 80 % line, which N-1 always flags
            // (cooling.n-minus-1-single, a warning). Units that share racks split the load by capacity, so a
            // group that survives N-1 keeps each unit at or below (n-1)/n of capacity: an N-1-clean unit at
            // 80 % needs five equal units pooled (0.8 n <= n - 1), not a small fixture.
            QByteArray allowed = id == "cooling.liquid-rack"     ? "weight.rack-rating"
                                 : id == "cooling.unit-capacity" ? "cooling.n-minus-1"
                                                                 : "";
            QTest::newRow(id.constData()) << id << tolerated << allowed;
        }
    }

    void limits() {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, tolerated);
        QFETCH(QByteArray, allowed);
        Project p = load(fixture(rule, "limit"));
        auto all = engine.checkAll(p, catalogFor(fixture(rule, "limit")));
        bool clean = false;
        auto mine = only(all, rule.toStdString(), split(allowed), clean);
        QVERIFY2(clean, ("other rules report:" + describe(all)).c_str());
        for (const auto& v : mine) {
            // Two-tier fabrics always get an info line; at exactly 1:1 it must not be a warning.
            bool ok = !tolerated.isEmpty() && v.severity == Severity::Info &&
                      v.message.find(tolerated.toStdString()) != std::string::npos;
            QVERIFY2(ok, ("rule reports at its limit:" + describe(mine)).c_str());
        }
        // At its limit the rule itself raises no error; only the allowed rules may.
        const auto allowedIds = split(allowed);
        for (const auto& v : all)
            if (v.severity == Severity::Error) QVERIFY2(allowedIds.count(v.ruleId), describe(all).c_str());
    }

    // One JSON edit away from a fixture: the step just past (or onto) a limit.
    void boundaries_data() {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("pointer");
        QTest::addColumn<QByteArray>("value");     // JSON text
        QTest::addColumn<QByteArray>("severity");  // expected, or "none"
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("allowed");  // other rules allowed to report (comma-separated)
        auto row = [](const char* name, const char* rule, const char* ptr, const char* value, const char* sev, const char* msg,
                      const char* allowed = "") {
            QTest::newRow(name) << QByteArray(rule) << QByteArray(ptr) << QByteArray(value) << QByteArray(sev) << QByteArray(msg)
                                << QByteArray(allowed);
        };
        // Load 11,920 W. Exactly at the budget is no error but a warning; 1 W under it is an error.
        row("budget = load", "power.rack-budget", "/racks/0/power_budget_w", "11920", "warning", "11.9 kW is 100 % of budget 11.9 kW (> 80 %)");
        row("budget = load - 1", "power.rack-budget", "/racks/0/power_budget_w", "11919", "error", "11.9 kW > budget 11.9 kW");
        row("budget 1 W under 80 %", "power.rack-budget", "/racks/0/power_budget_w", "14899", "warning", "of budget 14.9 kW (> 80 %)");
        row("room power = load", "power.room-capacity", "/room/power_capacity_w", "2500", "warning", "IT load 2.5 kW is 100 % of capacity 2.5 kW");
        row("room power = load - 1", "power.room-capacity", "/room/power_capacity_w", "2499", "error", "IT load 2.5 kW > power capacity 2.5 kW");
        row("room power 1 W under 80 %", "power.room-capacity", "/room/power_capacity_w", "3124", "warning", "(> 80 %)");
        row("room cooling = heat - 1", "cooling.room-capacity", "/room/cooling_capacity_w", "2499", "error", "> cooling capacity 2.5 kW");
        row("floor rating 199.9", "weight.floor-load", "/room/floor_load_kg_m2", "199.9", "error", "floor load 200 kg/m² > rating 200 kg/m²");
        row("aisle 1 mm wider", "floor.aisle-clearance", "/room/min_aisle_mm", "1201", "error", "front aisle narrower than 1,201 mm");
        row("aisle 0 = off", "floor.aisle-clearance", "/room/min_aisle_mm", "0", "none", "");
        row("slack + 1 mm", "network.cable-reach", "/settings/cable_slack_mm", "2001", "error", "2000.0 m > longest reach 2000.0 m");
        row("device 0.5 U higher", "space.device-in-rack", "/devices/0/u", "47.5", "error", "spans U47.5–U48.5");
        row("airflow: front faces hot aisle", "airflow.orientation", "/racks/0/front_aisle", "\"hot\"", "warning", "its air intake faces the hot aisle");
        // One 102 kW CDU carrying 81.6 kW (80 %), swapped for fixture CDUs (catalog.json) of 81.6 kW (load = capacity:
        // 100 %, a warning) and 81.599 kW (capacity = load - 1 W: error). A lone CDU: N-1's single-unit warning allowed.
        row("unit capacity = load", "cooling.unit-capacity", "/cooling_units/0/catalog", "\"fixture-cdu-in-rack-81600w\"", "warning",
            "liquid load 81.6 kW is 100 % of capacity 81.6 kW (> 80 %)", "cooling.n-minus-1");
        row("unit capacity = load - 1 W", "cooling.unit-capacity", "/cooling_units/0/catalog", "\"fixture-cdu-in-rack-81599w\"", "error",
            "liquid load 81.6 kW > capacity 81.6 kW", "cooling.n-minus-1");
        row("unit warning line 79.9 %", "cooling.unit-capacity", "/settings/power_warning_percent", "79.9", "warning",
            "liquid load 81.6 kW is 80 % of capacity 102.0 kW (> 79.9 %)", "cooling.n-minus-1");
        // 2N of 12.5 kW UPS carrying a 10 kW rack (power.n-minus-1/limit): UPS-B at 10 kW = its capacity after losing
        // side A is carried but above the 80 % line (warning); 1 W less capacity is an error.
        row("power N-1 survivor = load", "power.n-minus-1", "/power_chain/nodes/3/module_kw", "10", "warning",
            "the worst, losing UTIL-A, puts UPS-B at 100 % (> 80 %)");
        row("power N-1 survivor = load - 1 W", "power.n-minus-1", "/power_chain/nodes/3/module_kw", "9.999", "error",
            "puts UPS-B at 10.0 kW of 10.0 kW (100 %");
        // Feed B's PDUs on the line pair L1-L2 (half each): BW-B 2,500 / 2,500 / 0 W, mean 1,667, L3 deviates 1,667 W = 100 %.
        row("feed B on L1-L2", "power.phase-imbalance", "/racks/0/feed_phase", "{\"B\": \"L1-L2\"}", "warning",
            "busway BW-B: phases L1/L2/L3 10.4 / 10.4 / 0.0 A, 100 % from the mean (> 10 %)");
        // 1+1 x 102 kW carrying 102 kW. CDU-1 -> 250 kW: the 250 kW unit is the one lost, 102 kW survive = load (quiet);
        // CDU-2 -> fixture 101 kW: without CDU-1 (102 kW) 101 kW survive = load - 1 kW (error).
        row("N-1 survivors = load", "cooling.n-minus-1", "/cooling_units/0/catalog", "\"supermicro-cdu-in-rack-250kw\"", "none", "");
        row("N-1 survivors = load - 1 kW", "cooling.n-minus-1", "/cooling_units/1/catalog", "\"fixture-cdu-in-rack-101kw\"", "error",
            "without CDU-1 (102.0 kW) the remaining 101.0 kW < liquid load 102.0 kW");
        // Neither the XE9680's nor the fixture's QM9700 leaf's catalog entry has depth_mm: one note names both.
        row("unknown depth is noted", "space.device-depth", "/devices/0/catalog", "\"dell-xe9680-h100\"", "info",
            "depth not checked for 2 device(s) whose catalog entry gives no depth (PowerEdge XE9680 (8x H100 SXM5), Quantum-2 QM9700)");
    }

    void boundaries() {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, pointer);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, severity);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, allowed);
        Json doc = readJson(fixture(rule, "limit"));
        doc[Json::json_pointer(pointer.toStdString())] = Json::parse(value.toStdString());
        const Catalog& cat = catalogFor(fixture(rule, "limit"));
        Project p = parse(doc, rule.toStdString() + " edited", cat);
        auto all = engine.checkAll(p, cat);
        bool clean = false;
        auto mine = only(all, rule.toStdString(), split(allowed), clean, severity == "info");
        QVERIFY2(clean, ("other rules report:" + describe(all)).c_str());
        QVERIFY2(severity == "none" ? mine.empty() : !mine.empty(), ("got:" + describe(all)).c_str());
        for (const auto& v : mine) {
            QCOMPARE(v.severity, severityOf(severity));
            QVERIFY2(v.message.find(message.toStdString()) != std::string::npos, v.message.c_str());
        }
    }

    // No shipped rack is exactly 897 mm deep: set one to DGX depth and one below it in a catalog copy.
    void depthBoundary() {
        Catalog copy = catalog;
        RackModel rittal = *copy.rack("rittal-vx-it-5330-123");
        Json doc = readJson(fixture("space.device-depth", "trip"));
        for (int depth : {897, 896}) {
            rittal.depthMm = depth;
            copy.add(rittal);
            auto all = engine.checkAll(parse(doc, "depth", copy), copy);
            bool clean = false;
            auto mine = only(all, "space.device-depth", {}, clean);
            QVERIFY2(clean, describe(all).c_str());
            QCOMPARE(mine.size(), std::size_t(depth == 897 ? 0 : 1));
            if (depth == 896) QVERIFY(mine[0].message.ends_with("is 897 mm deep > rack depth 896 mm"));
        }
    }

    void cliJson_data() {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<int>("exitCode");
        // Only folders without a catalog.json: the CLI loads the shipped catalog alone here.
        for (const char* r : {"power.rack-budget", "floor.overlap", "weight.floor-load", "network.cable-reach", "space.u-overlap",
                              "cooling.liquid-needs-cdu"})
            QTest::newRow(r) << QByteArray(r) << 1;
        for (const char* r : {"airflow.orientation", "network.oversubscription"}) QTest::newRow(r) << QByteArray(r) << 0;
    }

    void cliJson() {
        QFETCH(QByteArray, rule);
        QFETCH(int, exitCode);
        QVERIFY2(QFileInfo::exists(QStringLiteral(PODPLANNER_BINARY)), "build the podplanner target first");
        QProcess p;
        p.start(QStringLiteral(PODPLANNER_BINARY), {"check", QString::fromStdString(fixture(rule, "trip")), "--json"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), exitCode);
        Json j = Json::parse(p.readAllStandardOutput().toStdString());
        QCOMPARE(j["rules_checked"].get<int>(), 26);
        bool found = false;
        for (const auto& v : j["violations"]) found = found || v["rule"] == rule.toStdString();
        QVERIFY2(found, j.dump(2).c_str());
        QCOMPARE(j["errors"].get<int>() > 0, exitCode == 1);
    }

    void sampleUnderBudgets() {
        Json doc = readJson(kSample);
        auto clean = engine.checkAll(parse(doc, "sample", catalog), catalog);
        QVERIFY2(countSeverity(clean, Severity::Error) == 0, describe(clean).c_str());
        std::set<std::string> gpuRacks;
        for (const auto& d : doc["devices"])
            if (catalog.kindOf(d["catalog"].get<std::string>()) == "gpu_node") gpuRacks.insert(d["rack"].get<std::string>());
        QCOMPARE(gpuRacks.size(), std::size_t(8));
        for (auto& r : doc["racks"])
            if (gpuRacks.count(r["id"].get<std::string>())) r["power_budget_w"] = 30000;
        auto all = engine.checkAll(parse(doc, "sample at 30 kW", catalog), catalog);
        int budgetErrors = 0;
        for (const auto& v : all) {
            if (v.ruleId != "power.rack-budget") continue;
            QCOMPARE(v.severity, Severity::Error);
            QVERIFY2(v.message.ends_with(": 40.8 kW > budget 30.0 kW"), v.message.c_str());
            ++budgetErrors;
        }
        QCOMPARE(budgetErrors, 8);
        QCOMPARE(countSeverity(all, Severity::Error), 8);
    }

    void mediaByLength() {
        // By hand from catalog/cable-media.json at 400 Gb/s: DAC 3 m (rank 1), ACC 5 m (2), multimode 50 m (4),
        // single-mode 2 km (5); AOC lists only 200/100 Gb/s, so it has no 400 Gb/s figure.
        const std::map<std::int64_t, std::string> expected = {
            {1, "cable-dac"},          {1000, "cable-dac"},          {3000, "cable-dac"},        {3001, "cable-acc"},
            {5000, "cable-acc"},       {5001, "cable-multimode"},    {50000, "cable-multimode"}, {50001, "cable-singlemode"},
            {2000000, "cable-singlemode"}, {2000001, ""},
        };
        std::map<std::string, double> reaches;
        for (const auto& [id, m] : catalog.media())
            if (auto r = m.maxReachM(400)) reaches[id] = *r;
        const std::map<std::string, double> byHand = {
            {"cable-dac", 3}, {"cable-acc", 5}, {"cable-multimode", 50}, {"cable-singlemode", 2000}};
        QVERIFY(reaches == byHand);
        for (const auto& [id, reach] : reaches) {
            auto mm = std::int64_t(std::llround(reach * 1000));
            QVERIFY2(expected.count(mm) && expected.count(mm + 1), id.c_str());  // the table covers every boundary
            QCOMPARE(chooseMedium(catalog, 400, mm), id);
        }
        for (const auto& [mm, id] : expected) QCOMPARE(chooseMedium(catalog, 400, mm), id);
    }

    void severityOverride_data() {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("override");
        for (const char* o : {"warning", "info", "off"}) QTest::newRow((std::string("rack-budget → ") + o).c_str()) << QByteArray("power.rack-budget") << QByteArray(o);
        QTest::newRow("airflow → error") << QByteArray("airflow.orientation") << QByteArray("error");
        QTest::newRow("aisle → off") << QByteArray("floor.aisle-clearance") << QByteArray("off");
    }

    void severityOverride() {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, override);
        Json doc = readJson(fixture(rule, "trip"));
        std::size_t before = 0;
        for (const auto& v : engine.checkAll(parse(doc, "trip", catalog), catalog)) before += v.ruleId == rule.toStdString();
        doc["settings"]["severity_overrides"][rule.toStdString()] = override.toStdString();
        auto all = engine.checkAll(parse(doc, "overridden", catalog), catalog);
        bool clean = false;
        auto mine = only(all, rule.toStdString(), {}, clean);
        QVERIFY(clean);
        QCOMPARE(mine.size(), override == "off" ? std::size_t(0) : before);
        for (const auto& v : mine) QCOMPARE(v.severity, severityOf(override));
    }

    // The registry (StandardRules.h) holds every rule exactly once, in the order check has always reported.
    void registryOrder() {
        const std::vector<std::string> expected = {
            "space.device-in-rack",  "space.u-overlap",       "space.device-depth",  "power.rack-budget",
            "power.feed-redundancy", "power.room-capacity",   "cooling.rack-capacity", "cooling.liquid-rack",
            "cooling.room-capacity", "airflow.orientation",   "weight.rack-rating",  "weight.floor-load",
            "floor.rack-in-room",    "floor.overlap",         "floor.aisle-clearance", "network.switch-ports",
            "network.cable-reach",   "network.unconnected-node", "network.oversubscription", "cooling.unit-capacity",
            "cooling.n-minus-1",     "cooling.liquid-needs-cdu", "power.chain-capacity", "power.phase-imbalance",
            "power.n-minus-1",       "power.feed-unmapped"};
        std::vector<std::string> ids;
        for (const auto& r : engine.rules()) ids.push_back(std::string(r->id()));
        QVERIFY(ids == expected);
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
        std::vector<std::string> again;  // a second engine is built from the same table, in the same order
        const RuleEngine fresh = RuleEngine::standard();
        for (const auto& r : fresh.rules()) again.push_back(std::string(r->id()));
        QVERIFY(again == expected);
    }

    // Every kind of finding has its own code: unique across all rules, each rule's main finding under the
    // rule's own id, and each code described.
    void codesAreUnique() {
        std::set<std::string> codes;
        std::size_t declared = 0;
        for (const auto& r : engine.rules()) {
            bool main = false;
            for (const auto& c : r->codes()) {
                ++declared;
                codes.insert(std::string(c.code));
                main = main || c.code == r->id();
                QVERIFY2(!c.description.empty(), std::string(c.code).c_str());
                QVERIFY2(engine.rule(c.code) == nullptr || c.code == r->id(), std::string(c.code).c_str());  // no other rule's id
            }
            QVERIFY2(main, std::string(r->id()).c_str());
        }
        QCOMPARE(codes.size(), declared);
        QCOMPARE(declared, std::size_t(39));
    }

    // Every violation any rule fixture (or the sample) produces carries a code its rule declares, at that
    // code's default severity (no fixture overrides severities).
    void violationsCarryDeclaredCodes() {
        std::vector<std::string> files = {kSample};
        for (const auto& dir : std::filesystem::directory_iterator(kRules))
            for (const auto& f : std::filesystem::directory_iterator(dir.path()))
                if (f.path().extension() == ".podplan") files.push_back(f.path().string());  // not catalog.json
        QVERIFY(files.size() >= 51);
        std::set<std::string> seen;
        for (const auto& file : files) {
            for (const auto& v : engine.checkAll(load(file), catalogFor(file))) {
                const Rule* rule = engine.rule(v.ruleId);
                QVERIFY2(rule, (file + ": " + v.ruleId).c_str());
                const FindingCode* code = nullptr;
                for (const auto& c : rule->codes())
                    if (c.code == v.code) code = &c;
                QVERIFY2(code, (file + ": [" + v.ruleId + "] undeclared code \"" + v.code + "\"").c_str());
                QVERIFY2(v.severity == code->severity, (file + ": " + v.code).c_str());
                seen.insert(v.code);
            }
        }
        QVERIFY(seen.count("space.device-depth-unknown") && seen.count("network.oversubscription-ratio"));
    }

    // Each code that is not a rule's main finding, tripped by a fixture (main codes: trips()).
    void secondaryCodes_data() {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("file");  // under tests/fixtures/rules/
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("others");  // other codes the fixture reports (comma-separated)
        for (const auto& t : kSecondaryTrips)
            QTest::newRow(t.code) << QByteArray(t.code) << QByteArray(t.file) << t.count << QByteArray(t.message) << QByteArray(t.others);
    }

    void secondaryCodes() {
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, file);
        QFETCH(int, count);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, others);
        auto all = engine.checkAll(load(kRules + file.toStdString()), catalogFor(kRules + file.toStdString()));
        const auto allowed = split(others);
        int n = 0;
        for (const auto& v : all) {
            if (isDepthNote(v) && code != "space.device-depth-unknown") continue;  // switches whose depth no source gives
            if (v.code == code.toStdString()) {
                ++n;
                QCOMPARE(v.message, message.toStdString());
            } else {
                QVERIFY2(allowed.count(v.code), ("unexpected:" + describe(all)).c_str());
            }
        }
        QVERIFY2(n == count, ("got:" + describe(all)).c_str());
    }

    // Every code is tripped somewhere: rule ids by trips(), the others by secondaryCodes() or, for liquid
    // capacity (no shipped catalog entry exceeds a shipped liquid option), by liquidCapacity().
    void everyCodeIsTripped() {
        std::set<std::string> covered = {"cooling.rack-capacity-liquid"};
        for (const auto& r : engine.rules()) covered.insert(std::string(r->id()));
        for (const auto& t : kSecondaryTrips) covered.insert(t.code);
        std::set<std::string> declared;
        for (const auto& r : engine.rules())
            for (const auto& c : r->codes()) declared.insert(std::string(c.code));
        QVERIFY(covered == declared);
    }

    // The GB200 NVL72 (96 kW by liquid) under direct liquid cooling, in a catalog copy whose option takes
    // exactly 96 kW (clean), then 95.9 kW (cooling.rack-capacity-liquid, not the air code).
    void liquidCapacity() {
        Json doc = readJson(fixture("cooling.liquid-rack", "limit"));
        for (double kw : {96.0, 95.9}) {
            Catalog copy = catalog;
            CoolingOption dlc = *copy.cooling("cooling-direct-liquid");
            dlc.liquidKw = kw;
            copy.add(dlc);
            auto all = engine.checkAll(parse(doc, "liquid", copy), copy);
            std::vector<Violation> mine;
            for (const auto& v : all)
                if (v.ruleId == "cooling.rack-capacity") mine.push_back(v);
            QVERIFY2(mine.size() == (kw == 96.0 ? 0u : 1u), describe(all).c_str());
            if (mine.empty()) continue;
            QCOMPARE(mine[0].code, std::string("cooling.rack-capacity-liquid"));
            QCOMPARE(mine[0].severity, Severity::Error);
            QVERIFY2(mine[0].message.starts_with("Rack R1: liquid-cooled heat 96.0 kW > ") &&
                         mine[0].message.ends_with(" liquid capacity 95.9 kW"),
                     mine[0].message.c_str());
        }
    }

    // Overrides go by code: muting (or re-grading) one kind of finding leaves the rule's other kinds alone.
    void overridePerCode_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("code");      // overridden
        QTest::addColumn<QByteArray>("override");
        QTest::addColumn<QByteArray>("other");     // the rule's other code: must stay at its default
        QTest::addColumn<QByteArray>("otherSeverity");
        const QByteArray depth = "space.device-depth/trip.podplan", feed = "power.feed-redundancy/power.feed-unknown.podplan";
        QTest::newRow("depth note off") << depth << QByteArray("space.device-depth-unknown") << QByteArray("off")
                                        << QByteArray("space.device-depth") << QByteArray("error");
        QTest::newRow("depth error off") << depth << QByteArray("space.device-depth") << QByteArray("off")
                                         << QByteArray("space.device-depth-unknown") << QByteArray("info");
        QTest::newRow("depth note → warning") << depth << QByteArray("space.device-depth-unknown") << QByteArray("warning")
                                              << QByteArray("space.device-depth") << QByteArray("error");
        QTest::newRow("depth error → info") << depth << QByteArray("space.device-depth") << QByteArray("info")
                                            << QByteArray("space.device-depth-unknown") << QByteArray("info");
        QTest::newRow("unknown feed off") << feed << QByteArray("power.feed-unknown") << QByteArray("off")
                                          << QByteArray("power.feed-redundancy") << QByteArray("error");
        QTest::newRow("feed error off") << feed << QByteArray("power.feed-redundancy") << QByteArray("off")
                                        << QByteArray("power.feed-unknown") << QByteArray("warning");
        QTest::newRow("unknown feed → error") << feed << QByteArray("power.feed-unknown") << QByteArray("error")
                                              << QByteArray("power.feed-redundancy") << QByteArray("error");
    }

    void overridePerCode() {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, override);
        QFETCH(QByteArray, other);
        QFETCH(QByteArray, otherSeverity);
        Json doc = readJson(kRules + file.toStdString());
        auto count = [](const std::vector<Violation>& vs, const QByteArray& c) {
            return std::count_if(vs.begin(), vs.end(), [&](const Violation& v) { return v.code == c.toStdString(); });
        };
        auto before = engine.checkAll(parse(doc, "before", catalog), catalog);
        QVERIFY2(count(before, code) == 1 && count(before, other) == 1, describe(before).c_str());
        doc["settings"]["severity_overrides"][code.toStdString()] = override.toStdString();
        Project p = parse(doc, "overridden", catalog);
        auto after = engine.checkAll(p, catalog);
        QCOMPARE(count(after, code), override == "off" ? 0 : 1);
        QCOMPARE(count(after, other), 1);
        QCOMPARE(after.size(), before.size() - (override == "off" ? 1 : 0));
        for (const auto& v : after) {
            if (v.code == code.toStdString()) QCOMPARE(v.severity, severityOf(override));
            else if (v.code == other.toStdString()) QCOMPARE(v.severity, severityOf(otherSeverity));
        }
        // The incremental checker applies the same overrides.
        IncrementalChecker checker(engine, catalog);
        checker.reset(p);
        QVERIFY(checker.violations() == after);
    }

    // RuleEngine::checkAll on two workers (what a check of ≥ 20,000 devices uses) gives the list one worker gives, on
    // every rule's trip and limit fixtures (every code, with power chains) and the sample; repeated, since a race
    // would show only sometimes.
    void twoWorkersEqualOne() {
        std::vector<std::string> files{kSample};
        for (const auto& r : engine.rules())
            for (const char* kind : {"trip", "limit"}) files.push_back(fixture(QByteArray(r->id().data(), qsizetype(r->id().size())), kind));
        std::size_t findings = 0;
        for (const auto& file : files) {
            const Project p = load(file);
            const Catalog& c = catalogFor(file);
            const auto one = engine.checkAll(p, c, 1);
            findings += one.size();
            for (int run = 0; run < 5; ++run)
                QVERIFY2(engine.checkAll(p, c, 2) == one, (file + ", run " + std::to_string(run)).c_str());
        }
        QVERIFY(findings > 50);  // the fixtures trip every code: a list to compare, not empty ones
    }

    // Two workers take the rules that read the cabling last (Rule::readsCabling): a rule that reads it must say so.
    // Each rule runs on every fixture with a context whose cabling records being asked for.
    void cablingReadersDeclared() {
        std::vector<std::string> files{kSample};
        for (const auto& r : engine.rules())
            for (const char* kind : {"trip", "limit"}) files.push_back(fixture(QByteArray(r->id().data(), qsizetype(r->id().size())), kind));
        std::set<std::string> readers;
        for (const auto& file : files) {
            const Project p = load(file);
            const Catalog& c = catalogFor(file);
            const Cabling cabling = deriveCabling(p, c);
            for (const auto& rule : engine.rules()) {
                CheckContext context(p, c);
                bool asked = false;
                context.supplyCabling([&] {
                    asked = true;
                    return &cabling;
                });
                std::vector<Violation> out;
                rule->check(context, out);
                if (asked) readers.insert(std::string(rule->id()));
                QVERIFY2(!asked || rule->readsCabling(), (std::string(rule->id()) + " reads the cabling undeclared, " + file).c_str());
            }
        }
        // The four network rules read it (and declare it).
        QCOMPARE(readers, (std::set<std::string>{"network.cable-reach", "network.oversubscription", "network.switch-ports",
                                                 "network.unconnected-node"}));
    }

    void incrementalEqualsFull() {
        Project p = load(kSample);
        IncrementalChecker checker(engine, catalog);
        checker.reset(p);
        IncrementalChecker twoWorkers(engine, catalog);  // as a big project is updated: the same results
        twoWorkers.setWorkers(2);
        twoWorkers.reset(p);
        QVERIFY(checker.violations() == engine.checkAll(p, catalog));
        std::mt19937 rng(42);
        auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
        auto between = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        int edits = 0, added = 0, shifted = 0;
        // A new 1U blank in a random rack at a random U, inserted anywhere in the list; its position.
        auto insertBlank = [&](Edit& e) {
            Device d;
            d.id = "blank-new-" + std::to_string(++added);
            d.catalogId = "blank-1u";
            d.rack = p.layout.racks[pick(p.layout.racks.size())].id;
            d.u = between(1, 48);
            const std::size_t to = pick(p.layout.devices.size() + 1);
            p.layout.devices.insert(p.layout.devices.begin() + std::ptrdiff_t(to), d);
            e.racks.push_back(d.rack);
            e.structure = true;
            return to;
        };
        for (int step = 0; step < 1200; ++step) {
            auto& racks = p.layout.racks;
            auto& devices = p.layout.devices;
            Edit e;
            e.geometry = false;  // what the GUI sends (LayoutChange::edit): only what the edit changed
            e.structure = false;
            switch (between(0, 7)) {
            case 0: {  // move a device to a random rack and U (overlaps and out-of-range welcome)
                Device& d = devices[pick(devices.size())];
                e.racks.push_back(d.rack);
                d.rack = racks[pick(racks.size())].id;
                d.u = between(2, 96) / 2.0;
                e.racks.push_back(d.rack);
                break;
            }
            case 1: {
                Device& d = devices[pick(devices.size())];
                d.face = d.face == Face::Front ? Face::Rear : Face::Front;
                e.racks.push_back(d.rack);
                break;
            }
            case 2: {
                Rack& r = racks[pick(racks.size())];
                r.position.x += between(-2000, 2000);
                r.position.y += between(-2000, 2000);
                e.racks.push_back(r.id);
                e.geometry = true;
                break;
            }
            case 3: {
                Rack& r = racks[pick(racks.size())];
                r.powerBudgetW = between(0, 60) * 1000.0;
                e.racks.push_back(r.id);
                break;
            }
            case 4: {
                if (devices.size() < 40) continue;
                const std::size_t at = pick(devices.size());
                e.racks.push_back(devices[at].rack);
                devices.erase(devices.begin() + std::ptrdiff_t(at));
                e.structure = true;
                e.devicesRemoved = {at};  // where it went, as LayoutChange::edit says (used when e.shifts)
                break;
            }
            case 5: {  // one removed and one added in one edit (a replace), anywhere in the list
                if (devices.size() < 40) continue;
                const std::size_t at = pick(devices.size());
                e.racks.push_back(devices[at].rack);
                devices.erase(devices.begin() + std::ptrdiff_t(at));
                const std::size_t to = insertBlank(e);
                e.devicesRemoved = {at};
                e.devicesInserted = {to};
                break;
            }
            case 6: {  // a device becomes another catalog entry in place (its ports and cables go)
                Device& d = devices[pick(devices.size())];
                if (d.catalogId == "blank-1u") continue;
                d.catalogId = "blank-1u";
                e.racks.push_back(d.rack);
                e.structure = true;
                break;
            }
            default: {
                const std::size_t to = insertBlank(e);
                e.devicesInserted = {to};
            }
            }
            // Half the structure edits say where devices went and came: the checker shifts its indexes instead of
            // building them anew; the results must not differ.
            e.shifts = e.structure && between(0, 1) == 1;
            shifted += e.shifts;
            checker.update(p, e);
            twoWorkers.update(p, e);
            ++edits;
            auto full = engine.checkAll(p, catalog);
            QVERIFY2(checker.violations() == full, ("edit " + std::to_string(edits) + ": incremental" + describe(checker.violations()) +
                                                    "\nfull" + describe(full)).c_str());
            ProjectTotals a = checker.totals(), b = computeTotals(p, catalog);
            QVERIFY(a.sum.maxW == b.sum.maxW && a.sum.gpus == b.sum.gpus && a.uUsed == b.uUsed &&
                    a.sum.deviceWeightKg == b.sum.deviceWeightKg);
            QCOMPARE(a.perRack.size(), b.perRack.size());
            for (std::size_t i = 0; i < a.perRack.size(); ++i) QVERIFY(a.perRack[i].sum.maxW == b.perRack[i].sum.maxW);
            // Cable counts and lengths by medium, kept edit by edit, against cables derived from scratch.
            // And every cable, field by field: structure edits write over the previous derivation's cables (more or
            // fewer of them), moves re-measure some in place.
            const Cabling fresh = deriveCabling(p, catalog);
            QVERIFY2(checker.cablesByMedium() == cablesByMedium(fresh), ("edit " + std::to_string(edits)).c_str());
            QVERIFY2(checker.cabling().cables == fresh.cables, ("edit " + std::to_string(edits)).c_str());
            QVERIFY2(checker.cabling().unreached == fresh.unreached, ("edit " + std::to_string(edits)).c_str());
            QVERIFY2(twoWorkers.violations() == full, ("two workers, edit " + std::to_string(edits)).c_str());
            QVERIFY2(twoWorkers.cabling().cables == fresh.cables && twoWorkers.cablesByMedium() == checker.cablesByMedium(),
                     ("two workers, edit " + std::to_string(edits)).c_str());
        }
        QVERIFY(edits >= 1000);
        QVERIFY(added > 0 && p.layout.devices.size() != 122);
        QVERIFY(shifted > 100);
    }

    // Where items of a list end up after removals (descending, positions before) and insertions (ascending,
    // positions after), by hand: [a b c d e] less d (3) and b (1) is [a c e]; X inserted at 0 gives [X a c e].
    void positionMapByHand() {
        const std::size_t gone = SIZE_MAX;
        QCOMPARE(positionMap(5, {3, 1}, {0}), (std::vector<std::size_t>{1, gone, 2, gone, 3}));
        QCOMPARE(positionMap(3, {}, {3}), (std::vector<std::size_t>{0, 1, 2}));  // appended
        QCOMPARE(positionMap(3, {0}, {}), (std::vector<std::size_t>{gone, 0, 1}));
        QVERIFY(positionMap(3, {1, 2}, {}).empty());  // not descending
        QVERIFY(positionMap(3, {3}, {}).empty());     // past the end
        QVERIFY(positionMap(3, {}, {4}).empty());     // past the end after
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
