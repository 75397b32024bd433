// podplanner whatif FILE --fail ID[,ID…] [--json]: the chain after failures, exit 0 carried / 1 not / 2 bad
// input, on tests/fixtures/power/two-n-tight.podplan: two DGX H100 racks (10,200 W max each, catalog) on
// a 2N chain of two 1 × 15 kW UPS. Hand arithmetic: normal 10.2 kW per side = 68 %; lose UPS-A → UPS-B carries
// 2 × 10.2 = 20.4 kW of 15 kW = 136 %; lose both → both racks dark.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "RunPodplanner.h"

namespace {
const QString kTight = QStringLiteral(PODPLANNER_FIXTURES "/power/two-n-tight.podplan");
}

class TestWhatifCli : public QObject {
    Q_OBJECT
private slots:
    void overloadExitsOne() {
        Run r = podplanner({"whatif", kTight, "--fail", "UPS-A", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j["carried"].toBool(), false);
        QVERIFY(j["dark_racks"].toArray().isEmpty());
        const QJsonArray over = j["overloaded"].toArray();
        QCOMPARE(over.size(), 1);
        QCOMPARE(over[0]["id"].toString(), QString("UPS-B"));
        QCOMPARE(over[0]["load_w"].toDouble(), 20400.0);
        QCOMPARE(over[0]["capacity_w"].toDouble(), 15000.0);
        QCOMPARE(over[0]["percent"].toDouble(), 136.0);
        QCOMPARE(over[0]["racks"].toArray().size(), 2);
        Run text = podplanner({"whatif", kTight, "--fail", "UPS-A"});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("UPS-B 20.4 kW of 15.0 kW (136.0 %)"), text.out.constData());
    }

    // One rack feed (RACK/FEED) lost: r1's feed B takes all of r1's 10.2 kW; r2 still splits 5.1 / 5.1 kW, so
    // UPS-B carries 10.2 + 5.1 = 15.3 kW of 15 kW = 102 %.
    void rackFeedLoss() {
        Run r = podplanner({"whatif", kTight, "--fail", "r1/A", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j["overloaded"].toArray()[0].toObject()["load_w"].toDouble(), 15300.0);
        QCOMPARE(j["overloaded"].toArray()[0].toObject()["percent"].toDouble(), 102.0);
    }

    void bothSidesDark() {
        Run r = podplanner({"whatif", kTight, "--fail", "UTIL-A,UTIL-B", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j["dark_racks"].toArray(), (QJsonArray{QString("r1"), QString("r2")}));
    }

    // On the roomier 2N fixture (4 × 250 kW UPS) losing UPS-A is carried: exit 0; the power_chain block has
    // every node, UPS-A dead.
    void carriedExitsZero() {
        Run r = podplanner({"whatif", PODPLANNER_FIXTURES "/power/two-n.podplan", "--fail", "UPS-A", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j["carried"].toBool(), true);
        const QJsonArray nodes = j["power_chain"].toObject()["nodes"].toArray();
        QCOMPARE(nodes.size(), 6);
        QCOMPARE(nodes[2]["id"].toString(), QString("UPS-A"));
        QCOMPARE(nodes[2]["alive"].toBool(), false);
    }

    // A bad chain is one error with its JSON path, exit 2, for every command that loads it.
    void badChain_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("cycle") << "bad-cycle.podplan" << "/power_chain/nodes/2/from/0: \"UPS-B\" is no power node listed before this one";
        QTest::newRow("negative rating") << "bad-negative-rating.podplan" << "/power_chain/nodes/4/rating_a: must be in [0, 100000], got -400";
        QTest::newRow("feed names a missing node") << "bad-feed-node.podplan" << "/racks/0/feed_from/A: unknown power node \"NOPE\"";
    }
    void badChain() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = QStringLiteral(PODPLANNER_FIXTURES "/power/") + file;
        for (const QStringList& args : {QStringList{"check", path}, QStringList{"whatif", path, "--fail", "UPS-A"}, QStringList{"totals", path}}) {
            Run r = podplanner(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        }
    }

    void badInput() {
        Run unknown = podplanner({"whatif", kTight, "--fail", "UPS-Z"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("\"UPS-Z\" is no power node"), unknown.err.constData());
        Run module = podplanner({"whatif", kTight, "--fail", "BW-A#module"});
        QCOMPARE(module.exitCode, 2);
        Run none = podplanner({"whatif", kTight});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("--fail"), none.err.constData());
    }

    // generate carries a chain (2N by default, model/power/ChainDesign.h): the pod checks clean and survives
    // losing a UPS (exit 0); with --power N+1 there is one UPS system, whose loss darkens every rack (exit 1);
    // a bad --power or --ups-kw exits 2.
    void generatedChain() {
        const QString dir = QDir::tempPath() + "/tst_whatif_cli";
        QDir().mkpath(dir);
        const QString twoN = dir + "/2n.podplan", n1 = dir + "/n1.podplan";
        QCOMPARE(podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "2", "-o", twoN}).exitCode, 0);
        QCOMPARE(podplanner({"check", twoN}).exitCode, 0);
        QCOMPARE(podplanner({"whatif", twoN, "--fail", "UPS-A"}).exitCode, 0);
        QCOMPARE(podplanner({"whatif", twoN, "--fail", "UTIL-B"}).exitCode, 0);
        Run both = podplanner({"whatif", twoN, "--fail", "UPS-A,UPS-B", "--json"});
        QCOMPARE(both.exitCode, 1);
        const int racks = QJsonDocument::fromJson(podplanner({"totals", twoN, "--json"}).out).object()["racks"].toInt();
        QVERIFY(racks >= 5);  // 8 nodes at 2 per rack = 4 GPU racks, plus the network rack(s)
        QCOMPARE(QJsonDocument::fromJson(both.out).object()["dark_racks"].toArray().size(), racks);
        Run plus = podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "2", "--power", "N+1", "-o", n1});
        QCOMPARE(plus.exitCode, 0);
        QVERIFY2(plus.out.contains("one UPS system"), plus.out.constData());
        QCOMPARE(podplanner({"whatif", n1, "--fail", "UPS"}).exitCode, 1);
        QCOMPARE(podplanner({"whatif", n1, "--fail", "UPS#module"}).exitCode, 0);
        QCOMPARE(podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "2", "--power", "3N", "-o", n1}).exitCode, 2);
        QCOMPARE(podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "2", "--ups-kw", "-5", "-o", n1}).exitCode, 2);
    }

    // Issue 16's "done when": a generated 32-node pod (DGX H100, 4 per rack) with --power 2N checks clean and every
    // single whatif --fail (each chain node, each UPS module, each rack feed) exits 0; with --ups-kw 300, below the
    // pod's IT load (32 × 10.2 kW = 326.4 kW of nodes alone), losing UPS-A leaves UPS-B over capacity: exit 1.
    void generatedPodSurvivesEverySingleFailure() {
        const QString file = QDir::tempPath() + "/tst_whatif_cli-32.podplan";
        QCOMPARE(podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "4", "--power", "2N", "-o", file}).exitCode, 0);
        QCOMPARE(podplanner({"check", file}).exitCode, 0);
        const QJsonObject totals = QJsonDocument::fromJson(podplanner({"totals", file, "--json"}).out).object();
        QStringList failures;
        for (const QJsonValue& v : totals["power_chain"].toObject()["nodes"].toArray()) {
            const QJsonObject n = v.toObject();
            failures << n["id"].toString();
            if (n["kind"].toString() == "ups") failures << n["id"].toString() + "#module";
        }
        for (const QJsonValue& v : totals["per_rack"].toArray())
            failures << v.toObject()["id"].toString() + "/A" << v.toObject()["id"].toString() + "/B";
        QVERIFY(failures.size() >= 6 + 2 + 20);  // 2 utilities, 2 UPS, 2 busways; 2 modules; 10 racks × 2 feeds
        for (const QString& f : failures) {
            Run r = podplanner({"whatif", file, "--fail", f});
            QVERIFY2(r.exitCode == 0, qPrintable(f + ": " + r.out));
        }
        const QString small = QDir::tempPath() + "/tst_whatif_cli-32-small.podplan";
        QCOMPARE(podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "4", "--ups-kw", "300", "-o", small}).exitCode, 0);
        QCOMPARE(podplanner({"whatif", small, "--fail", "UPS-A"}).exitCode, 1);
        QCOMPARE(podplanner({"check", small}).exitCode, 1);
    }

    // Cooling units fail too. GB200 NVL72 × 8 (generate: 3 × Vertiv CoolChip CDU 600, N+1); each rack 120 kW max ×
    // liquid fraction 0.8 (catalog) = 96 kW of liquid heat, 8 × 96 = 768 kW
    // (the generator's note), 256 kW per unit. Lose cdu-01: 768 / 2 = 384 kW of 600 kW = 64 % each,
    // carried (exit 0). Lose two: cdu-03 alone at 768 / 600 = 128 % (exit 1).
    void coolingUnitFailures() {
        const QString file = QDir::tempPath() + "/tst_whatif_cli-nvl72.podplan";
        QCOMPARE(podplanner({"generate", "--node", "nvidia-gb200-nvl72", "--nodes", "8", "--per-rack", "1", "-o", file}).exitCode, 0);
        Run one = podplanner({"whatif", file, "--fail", "cdu-01", "--json"});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray units = QJsonDocument::fromJson(one.out).object()["cooling_units"].toArray();
        QCOMPARE(units.size(), 2);
        QCOMPARE(units[0]["load_w"].toDouble(), 384000.0);
        QCOMPARE(units[0]["percent"].toDouble(), 64.0);
        Run two = podplanner({"whatif", file, "--fail", "cdu-01,cdu-02", "--json"});
        QCOMPARE(two.exitCode, 1);
        const QJsonArray over = QJsonDocument::fromJson(two.out).object()["cooling_overloaded"].toArray();
        QCOMPARE(over.size(), 1);
        QCOMPARE(over[0]["id"].toString(), QString("cdu-03"));
        QCOMPARE(over[0]["percent"].toDouble(), 128.0);
    }

    // totals --json: power_chain with load, capacity and percent per node (normal operation: 10.2 of 15 kW = 68 %).
    void totalsJson() {
        Run r = podplanner({"totals", kTight, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray nodes = QJsonDocument::fromJson(r.out).object()["power_chain"].toObject()["nodes"].toArray();
        QCOMPARE(nodes[2]["id"].toString(), QString("UPS-A"));
        QCOMPARE(nodes[2]["load_w"].toDouble(), 10200.0);
        QCOMPARE(nodes[2]["percent"].toDouble(), 68.0);
        // A busway's phase currents: 10.2 kW balanced at 415 V → 10,200 / 3 / (415 / √3) = 14.2 A per line.
        QCOMPARE(nodes[4]["phase_current_a"].toArray()[0].toDouble(), 14.2);
    }
};

QTEST_GUILESS_MAIN(TestWhatifCli)
#include "tst_whatif_cli.moc"
