// The cooling chain (model/Cooling.h) from hand arithmetic: heat split, coolant and air flow, unit loads, N-1
// groups; cooling_units in the project file (round trip, bad input with JSON paths); the cooling rules on
// their fixtures (tests/fixtures/cooling/): each trips on one and stays quiet at its limit.
#include <QtTest>

#include <map>
#include <set>
#include <sstream>

#include "CatalogLoader.h"
#include "Cooling.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "Totals.h"

using namespace pod;

namespace {
const std::string kDir = PODPLANNER_FIXTURES "/cooling/";

std::string describe(const std::vector<Violation>& vs) {
    std::ostringstream s;
    for (const auto& v : vs) s << "\n  [" << v.codeOrRule() << "] " << severityKey(v.severity) << ": " << v.message;
    return vs.empty() ? std::string("(none)") : s.str();
}

bool near(double actual, double expected, double tolerance) { return std::fabs(actual - expected) <= tolerance; }

// A device entry for arithmetic without files.
Equipment sled(const std::string& id, double maxW, double liquidFraction) {
    Equipment e;
    e.id = id;
    e.kind = EquipmentKind::CpuNode;
    e.vendor = "Test";
    e.model = id;
    e.uHeight = 24;
    e.maxW = maxW;
    e.liquidFraction = liquidFraction;
    e.cooling = liquidFraction > 0 ? CoolingType::Hybrid : CoolingType::Air;
    return e;
}

Equipment cduEntry(const std::string& id, double kw) {
    Equipment e;
    e.id = id;
    e.kind = EquipmentKind::Cdu;
    e.vendor = "Test";
    e.model = id;
    e.uHeight = 0;
    e.coolingUnit = CoolingUnitSpec{CoolingUnitType::CduInRow, kw, CoolingMedium::Liquid};
    return e;
}
}  // namespace

class TestCooling : public QObject {
    Q_OBJECT
    Catalog catalog;  // shipped catalog + tests/fixtures/cooling/test-catalog.json
    RuleEngine engine = RuleEngine::standard();

    Project load(const std::string& file) {
        auto r = ProjectFile::load(kDir + file, catalog);
        if (auto* e = std::get_if<LoadError>(&r)) qFatal("%s does not load: %s", file.c_str(), e->message().c_str());
        return std::get<Project>(r);
    }
    // The violations with one of `codes`.
    std::vector<Violation> withCodes(const Project& p, const std::set<std::string>& codes) {
        std::vector<Violation> out;
        for (const auto& v : engine.checkAll(p, catalog))
            if (codes.count(v.codeOrRule())) out.push_back(v);
        return out;
    }

    // A project of `racks` racks, each holding one sled of `rackW` at `fraction`, served by `units` CDUs of `kw`.
    static Project pod(Catalog& c, int racks, double rackW, double fraction, int units, double kw) {
        c.add(sled("hand-sled", rackW, fraction));
        c.add(cduEntry("hand-cdu", kw));
        Project p;
        for (int i = 0; i < racks; ++i) {
            Rack r;
            r.id = "r" + std::to_string(i + 1);
            r.row = "A";
            r.model = "hpe-10848-g2";
            r.cooling = "cooling-direct-liquid";
            r.position = {1000 + 800 * i, 3000};
            p.layout.racks.push_back(r);
            Device d;
            d.id = "s" + std::to_string(i + 1);
            d.catalogId = "hand-sled";
            d.rack = r.id;
            p.layout.devices.push_back(d);
        }
        for (int k = 0; k < units; ++k) {
            CoolingUnit u;
            u.id = "cdu-" + std::to_string(k + 1);
            u.catalogId = "hand-cdu";
            u.serveRows = {"A"};
            p.layout.coolingUnits.push_back(u);
        }
        return p;
    }

private slots:
    void initTestCase() {
        qunsetenv("PODPLANNER_CATALOG_DIR");
        auto err = loadStandardCatalog({}, {kDir + "test-catalog.json"}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    // ---- arithmetic -----------------------------------------------------------------------------------

    // 120 kW at liquid fraction 0.85: 120 × 0.85 = 102 kW liquid, 120 − 102 = 18 kW air; 102 + 18 = 120.
    void heatSplit() {
        const HeatSplit h = deviceHeat(sled("x", 120000, 0.85));
        QVERIFY2(near(h.liquidW, 102000, 1e-6), qPrintable(QString::number(h.liquidW, 'g', 17)));
        QVERIFY2(near(h.airW, 18000, 1e-6), qPrintable(QString::number(h.airW, 'g', 17)));
        QCOMPARE(h.liquidW + h.airW, 120000.0);
        const HeatSplit air = deviceHeat(sled("y", 10000, 0));
        QCOMPARE(air.liquidW, 0.0);
        QCOMPARE(air.airW, 10000.0);
    }

    // 102 kW at ΔT 10 K: 102 / (4.186 × 10) = 2.4367 kg/s; × 60 = 146.20 L/min (1 kg ≈ 1 L).
    void coolantFlow() {
        const double lpm = coolantLitresPerMinute(102000, 10);
        QVERIFY2(near(lpm / 60.0, 2.437, 0.0005), qPrintable(QString::number(lpm)));
        QVERIFY2(near(lpm, 146.2, 0.05), qPrintable(QString::number(lpm)));
        QCOMPARE(coolantDeltaTK(ProjectSettings{}), 10.0);
    }

    // 10 kW of air heat at ΔT 20 °F: 10,000 × 3.412 = 34,120 BTU/h; / (1.08 × 20 = 21.6) = 1,579.6 ≈ 1,580 CFM.
    void airFlow() {
        const double cfm = airCfm(10000, 20);
        QVERIFY2(near(cfm, 1579.63, 0.01), qPrintable(QString::number(cfm)));
        QCOMPARE(qRound(cfm), 1580);
        QCOMPARE(airDeltaTF(ProjectSettings{}), 20.0);
    }

    // 2+1 × 500 kW CDUs on one row of 8 racks × 102 kW liquid = 816 kW: one group of 3, 1,500 kW; lose one
    // 500 kW unit → 1,000 kW ≥ 816 kW: carried. Each unit carries 816 / 3 = 272 kW = 54.4 %, and
    // 272 kW at 10 K = 272 / 41.86 × 60 = 389.87 L/min.
    void nMinusOneCarried() {
        Catalog c = catalog;
        Project p = pod(c, 8, 120000, 0.85, 3, 500);
        const CoolingReport r = computeCooling(p, c);
        QCOMPARE(r.units.size(), std::size_t(3));
        QCOMPARE(r.groups.size(), std::size_t(1));
        const UnitGroup& g = r.groups[0];
        QVERIFY(near(g.loadW, 816000, 1e-6));
        QCOMPARE(g.capacityW, 1500000.0);
        QCOMPARE(g.capacityWithoutLargestW(), 1000000.0);
        QVERIFY(g.carriesWithoutLargest());
        QCOMPARE(g.racks.size(), std::size_t(8));
        for (const UnitLoad& u : r.units) {
            QVERIFY(near(u.loadW, 272000, 1e-6));
            QVERIFY(near(u.fraction(), 0.544, 1e-9));
            QVERIFY2(near(u.flowLpm, 389.87, 0.01), qPrintable(QString::number(u.flowLpm)));
            QCOMPARE(u.flowCfm, 0.0);
        }
        bool any = false;
        for (const auto& v : engine.checkAll(p, c)) any |= v.ruleId == "cooling.n-minus-1";
        QVERIFY(!any);
    }

    // At 1,100 kW (11 racks × 100 kW all-liquid): 1,000 kW left < 1,100 kW → an error naming the unit and the numbers.
    void nMinusOneShort() {
        Catalog c = catalog;
        Project p = pod(c, 11, 100000, 1.0, 3, 500);
        const CoolingReport r = computeCooling(p, c);
        QCOMPARE(r.groups.size(), std::size_t(1));
        QCOMPARE(r.groups[0].loadW, 1100000.0);
        QVERIFY(!r.groups[0].carriesWithoutLargest());
        std::vector<Violation> mine;
        for (const auto& v : engine.checkAll(p, c))
            if (v.ruleId == "cooling.n-minus-1") mine.push_back(v);
        QVERIFY2(mine.size() == 1, describe(mine).c_str());
        QCOMPARE(mine[0].severity, Severity::Error);
        QCOMPARE(mine[0].code, std::string("cooling.n-minus-1"));
        QCOMPARE(mine[0].message, std::string("Cooling units cdu-1, cdu-2, cdu-3: without cdu-1 (500.0 kW) the remaining "
                                              "1,000.0 kW < liquid load 1,100.0 kW"));
    }

    // Units whose racks overlap pool; units of other racks or of the other medium form groups of their own.
    // CDU-1 serves r1, r2; CDU-2 serves r2, r3 (joined through r2); CDU-3 serves r4 alone; a CRAH serves r1.
    // Racks 100 kW all liquid except r1 (120 kW at 0.85: 102 liquid + 18 air). r2's 100 kW splits 50/50
    // between the two equal CDUs: CDU-1 = 102 + 50 = 152 kW, CDU-2 = 50 + 100 = 150 kW, group 302 kW.
    void groupsShareRacks() {
        Catalog c = catalog;
        Project p = pod(c, 4, 100000, 1.0, 0, 500);
        c.add(sled("hand-hybrid", 120000, 0.85));
        p.layout.devices[0].catalogId = "hand-hybrid";
        auto unit = [](std::string id, std::string cat, std::vector<std::string> racks) {
            CoolingUnit u;
            u.id = std::move(id);
            u.catalogId = std::move(cat);
            u.serveRacks = std::move(racks);
            return u;
        };
        p.layout.coolingUnits = {unit("cdu-1", "hand-cdu", {"r1", "r2"}), unit("cdu-2", "hand-cdu", {"r2", "r3"}),
                                 unit("cdu-3", "hand-cdu", {"r4"}), unit("crah-1", "test-crah-100kw", {"r1"})};
        const CoolingReport r = computeCooling(p, c);
        QCOMPARE(r.groups.size(), std::size_t(3));
        QCOMPARE(r.units[0].group, r.units[1].group);
        QVERIFY(r.units[2].group != r.units[0].group);
        QVERIFY(r.units[3].group != r.units[0].group && r.units[3].group != r.units[2].group);
        QVERIFY(near(r.units[0].loadW, 152000, 1e-6));
        QVERIFY(near(r.units[1].loadW, 150000, 1e-6));
        QCOMPARE(r.units[2].loadW, 100000.0);
        const UnitGroup& pair = r.groups[r.units[0].group];
        QVERIFY(near(pair.loadW, 302000, 1e-6));
        QCOMPARE(pair.racks, (std::vector<std::string>{"r1", "r2", "r3"}));
        // The CRAH takes r1's air share: 18 kW; 18 kW at 20 °F = 18,000 × 3.412 / 21.6 = 2,843.3 CFM.
        QVERIFY(near(r.units[3].loadW, 18000, 1e-6));
        QVERIFY(near(r.units[3].flowCfm, 2843.33, 0.01));
        QCOMPARE(r.groups[r.units[3].group].medium, CoolingMedium::Air);
    }

    // Totals: per rack and for the project (sum of racks), liquid + air = max draw.
    void totalsSplit() {
        Catalog c = catalog;
        Project p = pod(c, 2, 120000, 0.85, 0, 500);
        const ProjectTotals t = computeTotals(p, c);
        QVERIFY(near(t.perRack[0].sum.heatLiquidW, 102000, 1e-6));
        QVERIFY(near(t.perRack[0].sum.heatAirW, 18000, 1e-6));
        QVERIFY(near(t.sum.heatLiquidW, 204000, 1e-6));
        QVERIFY(near(t.sum.heatAirW, 36000, 1e-6));
        QCOMPARE(t.sum.heatLiquidW, t.perRack[0].sum.heatLiquidW + t.perRack[1].sum.heatLiquidW);
        QVERIFY(near(t.sum.heatLiquidW + t.sum.heatAirW, t.sum.maxW, 1e-6));
    }

    // ---- project file ---------------------------------------------------------------------------------

    // load → save → load → save: the same bytes; the fields come back as written.
    void roundTrip() {
        const Project p = load("round-trip.podplan");
        QCOMPARE(p.layout.coolingUnits.size(), std::size_t(4));
        const CoolingUnit& u = p.layout.coolingUnits[0];
        QCOMPARE(u.name, std::string("CDU-1"));
        QCOMPARE(u.serveRacks, (std::vector<std::string>{"r1", "r2"}));
        QVERIFY(u.position && *u.position == (Point{500, 1500}));
        QCOMPARE(u.extra.value("vendor_tag", ""), std::string("kept"));
        QCOMPARE(p.layout.coolingUnits[1].serveRows, (std::vector<std::string>{"B"}));
        QCOMPARE(*p.settings.coolantDeltaTK, 12.0);
        QCOMPARE(*p.settings.airDeltaTF, 25.0);
        const std::string once = ProjectFile::serialize(p);
        auto again = ProjectFile::parse(once, "again", catalog);
        QVERIFY(std::holds_alternative<Project>(again));
        QCOMPARE(ProjectFile::serialize(std::get<Project>(again)), once);
        // Served racks by row follow the layout: row B = r3, r4; the CRAH on rows A and B serves all four.
        QCOMPARE(servedRacks(p.layout.coolingUnits[1], p.layout), (std::vector<std::string>{"r3", "r4"}));
        QCOMPARE(servedRacks(p.layout.coolingUnits[2], p.layout).size(), std::size_t(4));
    }

    // A project without cooling units or ΔT settings writes neither (older files stay byte for byte).
    void writtenOnlyWhenSet() {
        Project p = load("round-trip.podplan");
        p.layout.coolingUnits.clear();
        p.settings.coolantDeltaTK.reset();
        p.settings.airDeltaTF.reset();
        const Json j = ProjectFile::toJson(p);
        QVERIFY(!j.contains("cooling_units"));
        QVERIFY(!j["settings"].contains("coolant_delta_t_k"));
        QVERIFY(!j["settings"].contains("air_delta_t_f"));
        // The frozen sample (no cooling units) still serialises as it did.
        const std::string sample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";
        auto r = ProjectFile::load(sample, catalog);
        QVERIFY(std::holds_alternative<Project>(r));
        QVERIFY(!ProjectFile::toJson(std::get<Project>(r)).contains("cooling_units"));
    }

    void badProject_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* f, const char* p, const char* r) { QTest::newRow(f) << QString(f) << QString(p) << QString(r); };
        row("unknown-catalog", "/cooling_units/0/catalog", "unknown catalog id \"no-such-cdu\"");
        row("not-a-cooling-unit", "/cooling_units/0/catalog", "is a cpu_node with no cooling_unit figure, not a cooling unit");
        row("cooling-option-not-a-unit", "/cooling_units/0/catalog", "is a cooling with no cooling_unit figure");
        row("unknown-rack", "/cooling_units/0/serves/racks/1", "unknown rack \"r9\"");
        row("racks-and-rows", "/cooling_units/0/serves", "give either \"racks\"");
        row("serves-nothing", "/cooling_units/0/serves/racks", "serves at least one rack");
        row("rack-twice", "/cooling_units/0/serves/racks/1", "rack listed twice");
        row("duplicate-id", "/cooling_units/0/id", "duplicate id \"r2\"");
        row("bad-position", "/cooling_units/0/position", "a point is [x_mm, y_mm]");
        row("coolant-delta-zero", "/settings/coolant_delta_t_k", "");
        row("air-delta-text", "/settings/air_delta_t_f", "");
    }

    void badProject() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        auto r = ProjectFile::load(kDir + "invalid/" + file.toStdString() + ".podplan", catalog);
        auto* e = std::get_if<LoadError>(&r);
        QVERIFY2(e, "loaded, expected an error");
        QCOMPARE(QString::fromStdString(e->path), path);
        QVERIFY2(e->reason.find(reason.toStdString()) != std::string::npos, e->message().c_str());
    }

    // A unit may serve a row with no rack in it: deleting the last rack of a row must not make the file
    // unloadable. It serves nothing then, and carries no load.
    void unitMayServeAnEmptyRow() {
        auto r = ProjectFile::load(kDir + "serves-empty-row.podplan", catalog);
        auto* p = std::get_if<Project>(&r);
        const auto* failed = std::get_if<LoadError>(&r);
        QVERIFY2(p, failed ? failed->message().c_str() : "");
        QCOMPARE(p->layout.coolingUnits.size(), std::size_t(1));
        QCOMPARE(p->layout.coolingUnits[0].serveRows, std::vector<std::string>{"Z"});
    }

    void badCatalog_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* f, const char* p, const char* r) { QTest::newRow(f) << QString(f) << QString(p) << QString(r); };
        row("medium-mismatch", "/entries/0/cooling_unit/medium", "a cdu-in-row unit removes heat by liquid");
        row("floor-unit-with-u", "/entries/0/u_height", "u_height must be 0");
        row("cdu-without-unit", "/entries/0/cooling_unit", "a CDU needs a cooling_unit object");
        row("zero-capacity", "/entries/0/cooling_unit/capacity_kw", "");
        row("door-as-cdu", "/entries/0/cooling_unit/type", "");
        row("typo", "/entries/0/cooling_unit/capcity_kw", "unknown field");
        row("unit-on-node", "/entries/0/cooling_unit", "only equipment of kind cdu");
    }

    void badCatalog() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        Catalog c;
        auto err = CatalogLoader::loadFile(kDir + "invalid/catalog-" + file.toStdString() + ".json", c);
        QVERIFY2(err, "loaded, expected an error");
        QCOMPARE(QString::fromStdString(err->path), path);
        QVERIFY2(err->reason.find(reason.toStdString()) != std::string::npos, err->message().c_str());
        QCOMPARE(c.size(), std::size_t(0));
    }

    // ---- rules on fixtures ----------------------------------------------------------------------------

    void rules_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");     // the code under test
        QTest::addColumn<int>("count");        // how many findings of it (0 at a limit)
        QTest::addColumn<QString>("message");  // the first one's message ("" at a limit)
        auto row = [](const char* f, const char* c, int n, const char* m) {
            QTest::newRow(f) << QString(f) << QString(c) << n << QString(m);
        };
        row("cooling.n-minus-1-limit", "cooling.n-minus-1", 0, "");
        row("cooling.n-minus-1-trip", "cooling.n-minus-1", 1,
            "Cooling units CDU-1, CDU-2, CDU-3: without CDU-1 (500.0 kW) the remaining 1,000.0 kW < liquid load 1,100.0 kW");
        row("cooling.unit-capacity-limit", "cooling.unit-capacity", 0, "");
        row("cooling.unit-capacity-limit", "cooling.unit-capacity-warning-line", 0, "");
        row("cooling.unit-capacity-warning", "cooling.unit-capacity-warning-line", 1,
            "Cooling unit CDU-1 (Test In-row CDU 500 kW): liquid load 500.0 kW is 100 % of capacity 500.0 kW (> 80 %)");
        row("cooling.unit-capacity-warning", "cooling.unit-capacity", 0, "");
        row("cooling.unit-capacity-trip", "cooling.unit-capacity", 1,
            "Cooling unit CDU-1 (Test In-row CDU 500 kW): liquid load 600.0 kW > capacity 500.0 kW");
        row("cooling.unit-capacity-limit", "cooling.n-minus-1-single", 1,
            "Cooling unit CDU-1 is the only liquid unit for 4 rack(s): if it fails, 400.0 kW of liquid load has no cooling");
        row("cooling.liquid-needs-cdu-limit", "cooling.liquid-needs-cdu", 0, "");
        row("cooling.liquid-needs-cdu-trip", "cooling.liquid-needs-cdu", 1,
            "Rack R2: SLED-2 is 100 % liquid-cooled but no CDU serves the rack");
        // The room counts only the air share once any device has a liquid share: 18 kW of a 120 kW sled.
        row("cooling.room-capacity-air-limit", "cooling.room-capacity", 0, "");
        row("cooling.room-capacity-air-trip", "cooling.room-capacity", 1,
            "Room: air-cooled heat 18.0 kW (61,416 BTU/h; 102.0 kW more leaves by liquid) > cooling capacity 17.9 kW");
    }

    void rules() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(int, count);
        QFETCH(QString, message);
        const auto all = engine.checkAll(load("rules/" + file.toStdString() + ".podplan"), catalog);
        std::vector<Violation> mine;
        for (const auto& v : all)
            if (v.codeOrRule() == code.toStdString()) mine.push_back(v);
        QVERIFY2(int(mine.size()) == count, ("got:" + describe(all)).c_str());
        if (count > 0) QCOMPARE(QString::fromStdString(mine[0].message), message);
    }

    // A project without cooling units gets none of the unit rules' findings, whatever its liquid devices.
    void noUnitsNoFindings() {
        Project p = load("rules/cooling.liquid-needs-cdu-trip.podplan");
        p.layout.coolingUnits.clear();
        QVERIFY(withCodes(p, {"cooling.unit-capacity", "cooling.unit-capacity-warning-line", "cooling.n-minus-1",
                              "cooling.n-minus-1-single", "cooling.liquid-needs-cdu"})
                    .empty());
    }

    // The rules' declared severities: capacity and N-1 errors, the warning line and the single unit warnings.
    void severities() {
        std::map<std::string, Severity> seen;
        for (const auto& r : engine.rules())
            for (const auto& c : r->codes()) seen[std::string(c.code)] = c.severity;
        QCOMPARE(seen.at("cooling.unit-capacity"), Severity::Error);
        QCOMPARE(seen.at("cooling.unit-capacity-warning-line"), Severity::Warning);
        QCOMPARE(seen.at("cooling.n-minus-1"), Severity::Error);
        QCOMPARE(seen.at("cooling.n-minus-1-single"), Severity::Warning);
        QCOMPARE(seen.at("cooling.liquid-needs-cdu"), Severity::Error);
    }
};

QTEST_APPLESS_MAIN(TestCooling)
#include "tst_cooling.moc"
