// The real podplanner binary: exit codes, text and JSON output of check, totals and catalog.
#include <QtTest>

#include "RunPodplanner.h"

#include <set>

#include <nlohmann/json.hpp>

namespace {
const QString kSample = QStringLiteral(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan");
const QString kFixtures = QStringLiteral(PODPLANNER_FIXTURES "/cli/");
}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp() {
        Run v = podplanner({"--version"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("podplanner "));
        Run h = podplanner({"--help"});
        QCOMPARE(h.exitCode, 0);
        for (const char* word : {"check FILE", "totals FILE", "catalog list"}) QVERIFY2(h.out.contains(word), word);
    }

    void checkSampleIsClean() {
        Run r = podplanner({"check", kSample});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("0 errors"));
    }

    void checkFindsOverlapAndOutOfRange() {
        Run r = podplanner({"check", kFixtures + "overlap.podplan"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("[space.u-overlap] Rack B01: DGX-A and DGX-B both occupy U5–U8"));
        // 8U at U44 in a 48U rack reaches U51.
        QVERIFY(r.out.contains("[space.device-in-rack] Rack B01: DGX-TOP spans U44–U51, outside the rack's U1–U48"));
    }

    void checkJson() {
        Run r = podplanner({"check", kFixtures + "overlap.podplan", "--json"});
        QCOMPARE(r.exitCode, 1);
        auto j = nlohmann::json::parse(r.out.toStdString());
        // One overlap, one device past U48, and all three DGX unconnected (the file has no network).
        QCOMPARE(j["errors"].get<int>(), 5);
        std::multiset<std::string> rules;
        for (const auto& v : j["violations"]) rules.insert(v["rule"].get<std::string>());
        QCOMPARE(rules.count("space.u-overlap"), std::size_t(1));
        QCOMPARE(rules.count("space.device-in-rack"), std::size_t(1));
        QCOMPARE(rules.count("network.unconnected-node"), std::size_t(3));
        for (const auto& v : j["violations"]) {
            QCOMPARE(v["severity"].get<std::string>(), std::string("error"));
            QVERIFY(!v["items"].empty());
        }
    }

    void badInputExitsTwo() {
        Run missing = podplanner({"check", kFixtures + "does-not-exist.podplan"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("does-not-exist.podplan: no such file"));

        Run badU = podplanner({"totals", kFixtures + "bad-u.podplan"});
        QCOMPARE(badU.exitCode, 2);
        QVERIFY2(badU.err.contains("bad-u.podplan: /devices/0/u: must be in [1, 48], got 0"), badU.err.constData());
        QVERIFY(badU.out.isEmpty());

        Run json = podplanner({"check", kFixtures + "bad-u.podplan", "--json"});
        QCOMPARE(json.exitCode, 2);
        auto j = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(j["error"]["path"].get<std::string>(), std::string("/devices/0/u"));

        QCOMPARE(podplanner({"check"}).exitCode, 2);                       // no FILE
        QCOMPARE(podplanner({"totals", kSample, "--bogus"}).exitCode, 2);  // unknown option
    }

    void totalsText() {
        Run r = podplanner({"totals", kSample});
        QCOMPARE(r.exitCode, 0);
        // 32 nodes × 8 GPUs; 32 × 10.2 kW + 12 × 1.72 kW + 2 × 0.466 kW + 2 × 0.3 kW = 348.572 kW.
        QVERIFY(r.out.contains("GPUs              256"));
        QVERIFY(r.out.contains("IT power (max)    348.6 kW"));
        QVERIFY(r.out.contains("A01            48/48       40.80       45.00     32"));
    }

    void totalsJson() {
        Run r = podplanner({"totals", kSample, "--json"});
        QCOMPARE(r.exitCode, 0);
        auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["gpus"].get<int>(), 256);
        QCOMPARE(j["power_max_w"].get<double>(), 32 * 10200.0 + 12 * 1720.0 + 2 * 466.0 + 2 * 300.0);
        QCOMPARE(j["racks"].get<int>(), 10);
        QCOMPARE(j["per_rack"].size(), std::size_t(10));
    }

    void catalogList() {
        Run r = podplanner({"catalog", "list", "--json"});
        QCOMPARE(r.exitCode, 0);
        auto j = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(j["count"].get<int>() >= 45);
        for (const auto& e : j["entries"]) QVERIFY(e["sources"].get<int>() >= 1);
        Run racks = podplanner({"catalog", "list", "--kind", "rack", "--json"});
        auto rj = nlohmann::json::parse(racks.out.toStdString());
        for (const auto& e : rj["entries"]) QCOMPARE(e["kind"].get<std::string>(), std::string("rack"));
        QVERIFY(rj["count"].get<int>() >= 2);
        QCOMPARE(podplanner({"catalog", "list", "--kind", "spaceship"}).exitCode, 2);
    }

    void badUserCatalogExitsTwo() {
        QTemporaryDir dir;
        QFile f(dir.filePath("user.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"podplanner-catalog","version":1,"entries":[{"id":"x"}]})");
        f.close();
        Run r = podplanner({"totals", kSample, "--catalog", f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("user.json: /entries/0/kind: missing required field"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
