// The bundled sample (resources/samples/sample-pod.podplan, written by scripts/make-sample-pod.py) is the
// 2-vs-4 sales demo: one project, two scenarios of the same 32 × DGX H100 pod plus one storage rack, opening
// on "4 nodes per rack". Counts and sums against hand arithmetic on catalog figures; both scenarios fit the
// shared room without a rule error (or warning). The tests that need fixed numbers for a single 4-per-rack
// layout open tests/fixtures/valid/sample-4-per-rack.podplan (the sample before this demo) instead.
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "CatalogLoader.h"
#include "PowerBand.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "Scenarios.h"
#include "Totals.h"

using namespace pod;

namespace {
const std::string kSample = PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan";
const std::string kFour = "4 nodes per rack", kTwo = "2 nodes per rack";

// Catalog figures (catalog/*.json): nvidia-dgx-h100 10,200 W max, 8 GPUs of 80 GB; nvidia-qm9700 1,720 W;
// nvidia-sn4600c 466 W; nvidia-sn2201 300 W; vast-dbox-df3015v2 850 W, 338 TB raw (no RAID figures, so
// usable = raw), 1U; hpe-10848-g2 48U, 800 × 1,112 mm. PDUs and blanking panels draw nothing.
constexpr double kDgxW = 10200, kQmW = 1720, kSn4600W = 466, kSn2201W = 300, kStorageW = 850, kStorageTb = 338;
constexpr double kRackM2 = 0.8 * 1.112;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int countCatalog(const Layout& l, const std::string& id) {
    return int(std::count_if(l.devices.begin(), l.devices.end(), [&](const Device& d) { return d.catalogId == id; }));
}

QString listViolations(const std::vector<Violation>& v) {
    QString s;
    for (const auto& x : v)
        if (x.severity != Severity::Info) s += QString::fromStdString("\n  " + x.ruleId + ": " + x.message);
    return s;
}
}  // namespace

class TestSamplePod : public QObject {
    Q_OBJECT
    Catalog catalog;
    Project sample;

    Project scenario(const std::string& name) {
        auto p = withActiveScenario(sample, name);
        if (!p) qFatal("no scenario \"%s\" in the sample", name.c_str());
        return *p;
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        auto result = ProjectFile::load(kSample, catalog);
        auto* e = std::get_if<LoadError>(&result);
        QVERIFY2(!e, e ? e->message().c_str() : "");
        sample = std::get<Project>(result);
    }

    void twoScenariosOpeningOnFourPerRack() {
        QCOMPARE(QString::fromStdString(sample.scenarioName), QString::fromStdString(kFour));
        QCOMPARE(int(sample.scenarios.size()), 1);
        const std::vector<std::string> names = scenarioNames(sample);
        QCOMPARE(int(names.size()), 2);
        QCOMPARE(QString::fromStdString(names[0]), QString::fromStdString(kFour));
        QCOMPARE(QString::fromStdString(names[1]), QString::fromStdString(kTwo));
        QVERIFY(QString::fromStdString(sample.meta.name).startsWith("Sample pod"));
        QVERIFY(QString::fromStdString(sample.meta.name).contains("2 vs 4"));
    }

    // The file is the planner's canonical form: save → load → save changes nothing.
    void savesByteIdentical() {
        const std::string text = ProjectFile::serialize(sample);
        QCOMPARE(QByteArray::fromStdString(text), QByteArray::fromStdString(readAll(kSample)));
    }

    void scenarioTotals_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("racks");
        QTest::addColumn<int>("gpuRacks");
        QTest::addColumn<int>("nodesPerRack");
        QTest::addColumn<int>("devices");
        // 4 per rack: ⌈32 / 4⌉ = 8 GPU racks + 2 network racks + 1 storage rack = 11.
        // Devices: 8 × (4 PDUs + 4 DGX + 4 blanks) = 96; 2 network racks × (2 PDUs + 4 leaves + 2 spines +
        // 1 in-band + 1 OOB + 3 blanks) = 2 × 13 = 26; storage rack: 2 PDUs + 1 enclosure + 23 × 2U blanks
        // (U2–U47) + 1 × 1U blank (U48) = 27; 96 + 26 + 27 = 149.
        QTest::newRow("4 per rack") << QString::fromStdString(kFour) << 11 << 8 << 4 << 149;
        // 2 per rack: ⌈32 / 2⌉ = 16 GPU racks + the same 2 network racks + the same storage rack = 19.
        // Devices: 16 × (2 PDUs + 2 DGX + 16 × 2U blanks over U17–U48) = 16 × 20 = 320; 320 + 26 + 27 = 373.
        QTest::newRow("2 per rack") << QString::fromStdString(kTwo) << 19 << 16 << 2 << 373;
    }
    void scenarioTotals() {
        QFETCH(QString, name);
        QFETCH(int, racks);
        QFETCH(int, gpuRacks);
        QFETCH(int, nodesPerRack);
        QFETCH(int, devices);
        const Project p = scenario(name.toStdString());
        QCOMPARE(QString::fromStdString(p.scenarioName), name);
        QCOMPARE(int(p.layout.racks.size()), racks);
        QCOMPARE(int(p.layout.devices.size()), devices);
        QCOMPARE(countCatalog(p.layout, "nvidia-dgx-h100"), 32);
        QCOMPARE(countCatalog(p.layout, "vast-dbox-df3015v2"), 1);

        const ProjectTotals t = computeTotals(p, catalog);
        QCOMPARE(t.racks, racks);
        QCOMPARE(t.sum.devices, devices);
        QCOMPARE(t.sum.devicesByKind.at("gpu_node"), 32);
        QCOMPARE(t.sum.devicesByKind.at("storage"), 1);
        QCOMPARE(t.sum.devicesByKind.at("switch"), 8 + 4 + 2 + 2);  // leaves, spines, in-band, OOB
        QCOMPARE(t.sum.gpus, 32 * 8);                               // 256
        QCOMPARE(t.sum.gpuMemoryGb, 256 * 80.0);                    // 20,480 GB
        // Same equipment in both: 32 × 10,200 + 12 × 1,720 + 2 × 466 + 2 × 300 + 850
        // = 326,400 + 20,640 + 932 + 600 + 850 = 349,422 W, 69.9 % of the room's 500 kW.
        const double maxW = 32 * kDgxW + 12 * kQmW + 2 * kSn4600W + 2 * kSn2201W + kStorageW;
        QCOMPARE(t.sum.maxW, maxW);
        QCOMPARE(maxW, 349422.0);
        QCOMPARE(t.sum.storageRawTb, kStorageTb);
        QCOMPARE(t.sum.storageUsableTb, kStorageTb);
        QCOMPARE(t.uCapacity, racks * 48);
        QVERIFY(qFuzzyCompare(t.footprintM2, racks * kRackM2));  // 11 → 9.7856 m², 19 → 16.9024 m²

        // GPU racks: nodesPerRack × 10.2 kW each (40.8 / 20.4 kW); the budget is the generator's, the
        // smallest 5 kW step the draw stays within 80 % of: 40.8 / 0.8 = 51 → 55 kW; 20.4 / 0.8 = 25.5 → 30 kW.
        const double rackW = nodesPerRack * kDgxW;
        const double budgetW = nodesPerRack == 4 ? 55000 : 30000;
        int gpuRacksSeen = 0;
        for (const RackTotals& r : t.perRack) {
            if (r.sum.gpus == 0) continue;
            ++gpuRacksSeen;
            QCOMPARE(r.sum.gpus, nodesPerRack * 8);
            QCOMPARE(r.sum.maxW, rackW);
            QCOMPARE(r.powerBudgetW, budgetW);
            QVERIFY(r.sum.maxW <= powerWarningFraction(p.settings) * r.powerBudgetW);
        }
        QCOMPARE(gpuRacksSeen, gpuRacks);

        // Every rule: no error, no warning (both layouts fit the shared room, its power and cooling).
        const auto v = RuleEngine::standard().checkAll(p, catalog);
        QVERIFY2(countSeverity(v, Severity::Error) == 0, qPrintable(name + listViolations(v)));
        QVERIFY2(countSeverity(v, Severity::Warning) == 0, qPrintable(name + listViolations(v)));
    }

    // What the demo shows: 2 per rack takes 8 more racks (16 − 8 GPU racks) and 8 × 0.8896 m² more
    // floor for the same GPUs and the same IT load.
    void differenceBetweenScenarios() {
        const ProjectTotals four = computeTotals(scenario(kFour), catalog);
        const ProjectTotals two = computeTotals(scenario(kTwo), catalog);
        QCOMPARE(two.racks - four.racks, 8);
        QCOMPARE(two.sum.gpus, four.sum.gpus);
        QCOMPARE(two.sum.maxW, four.sum.maxW);
        QVERIFY(qFuzzyCompare(two.footprintM2 - four.footprintM2, 8 * kRackM2));  // 7.1168 m²
    }

    // The network racks (A05, A06) and the storage rack (A11) are the same racks with the same devices in
    // both scenarios, so a comparison shows only what the density changes.
    void sharedRacksIdentical() {
        const Project four = scenario(kFour), two = scenario(kTwo);
        for (const std::string id : {"r05", "r06", "r11"}) {
            const Rack* a = four.rack(id);
            const Rack* b = two.rack(id);
            QVERIFY(a && b);
            QCOMPARE(QString::fromStdString(a->name), QString::fromStdString(b->name));
            QVERIFY(a->position == b->position);
            QCOMPARE(a->powerBudgetW, b->powerBudgetW);
            std::vector<std::string> da, db;
            for (const auto& d : four.layout.devices)
                if (d.rack == id) da.push_back(d.id + "/" + d.catalogId + "@" + std::to_string(d.u));
            for (const auto& d : two.layout.devices)
                if (d.rack == id) db.push_back(d.id + "/" + d.catalogId + "@" + std::to_string(d.u));
            QVERIFY(!da.empty());
            QVERIFY(da == db);
        }
        const Device* storage = four.device("stor-01");
        QVERIFY(storage);
        QCOMPARE(QString::fromStdString(storage->rack), QString("r11"));
        QCOMPARE(QString::fromStdString(four.rack("r11")->name), QString("A11"));
        // Powered from both feeds as the generator powers a storage rack: one 0U single-phase 230 V 32 A PDU
        // (7,360 W) on feed A and one on feed B, each carrying the 850 W alone; budget 5 kW (850 W is 17 %).
        std::vector<std::string> feeds;
        for (const auto& d : four.layout.devices)
            if (d.rack == "r11" && d.catalogId == "generic-pdu-0u-1ph-230v-32a") feeds.push_back(d.feed);
        QVERIFY(feeds == std::vector<std::string>({"A", "B"}));
    }
};

QTEST_GUILESS_MAIN(TestSamplePod)
#include "tst_sample_pod.moc"
