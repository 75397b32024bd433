// The real podplanner binary: exit codes, text and JSON output of check, totals and catalog.
#include <QtTest>

#include <cmath>

#include "RunPodplanner.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

namespace {
// The 4-per-rack pod the bundled sample used to be, frozen as a fixture so these numbers stay put.
const QString kSample = QStringLiteral(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan");
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

    // Each violation names its rule and its code; `codes` lists every code the rules can emit. One rule,
    // two kinds of finding: a PDU on a feed the rack lacks (power.feed-unknown, warning) and a feed that
    // cannot carry the rack alone (power.feed-redundancy, error); an override mutes one code only.
    void checkJsonCodes() {
        const QString file = QStringLiteral(PODPLANNER_FIXTURES "/rules/power.feed-redundancy/power.feed-unknown.podplan");
        Run r = podplanner({"check", file, "--json"});
        QCOMPARE(r.exitCode, 1);
        auto j = nlohmann::json::parse(r.out.toStdString());
        std::map<std::string, nlohmann::json> codes;  // code → its entry in "codes"
        for (const auto& c : j["codes"]) {
            QVERIFY2(codes.emplace(c["code"].get<std::string>(), c).second, c.dump().c_str());  // each code once
            QVERIFY(!c["description"].get<std::string>().empty());
            QVERIFY(std::set<std::string>({"error", "warning", "info"}).count(c["severity"].get<std::string>()));
        }
        QCOMPARE(codes.size(), std::size_t(39));  // 32 + the power chain's 6 (capacity 2, phase 1, N-1 2, feed mapping 1) + floor.rack-in-hall
        std::set<std::string> rules;
        for (const auto& [code, c] : codes) rules.insert(c["rule"].get<std::string>());
        QCOMPARE(int(rules.size()), j["rules_checked"].get<int>());
        for (const auto& rule : rules) QVERIFY2(codes.count(rule), rule.c_str());  // a rule's main finding has its id
        QCOMPARE(codes["power.feed-unknown"]["rule"].get<std::string>(), std::string("power.feed-redundancy"));
        QCOMPARE(codes["power.feed-unknown"]["severity"].get<std::string>(), std::string("warning"));
        QCOMPARE(codes["space.device-depth-unknown"]["severity"].get<std::string>(), std::string("info"));
        std::map<std::string, std::string> found;  // code → rule
        for (const auto& v : j["violations"]) {
            const std::string code = v["code"].get<std::string>();
            QVERIFY2(codes.count(code), code.c_str());
            QCOMPARE(v["rule"].get<std::string>(), codes[code]["rule"].get<std::string>());
            QCOMPARE(v["severity"].get<std::string>(), codes[code]["severity"].get<std::string>());
            if (code != "space.device-depth-unknown") found[code] = v["rule"].get<std::string>();  // storage whose depth no source gives
        }
        QVERIFY2(found == (std::map<std::string, std::string>{{"power.feed-unknown", "power.feed-redundancy"},
                                                             {"power.feed-redundancy", "power.feed-redundancy"}}),
                 j["violations"].dump(2).c_str());
        QCOMPARE(j["errors"].get<int>(), 1);
        QCOMPARE(j["warnings"].get<int>(), 1);
        Run text = podplanner({"check", file});
        QVERIFY2(text.out.contains("  [power.feed-unknown] Rack R1: PDU PDU-C is on feed \"C\", which the rack does not have\n"),
                 text.out.constData());
        QVERIFY(text.out.contains("  [power.feed-redundancy] Rack R1: feed B alone carries 8.6 kW < rack load 10.0 kW"));

        // severity_overrides by code: muting the unknown-feed warning (and any depth note) keeps the feed error.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto doc = nlohmann::json::parse(in.readAll().toStdString());
        doc["settings"]["severity_overrides"]["power.feed-unknown"] = "off";
        doc["settings"]["severity_overrides"]["space.device-depth-unknown"] = "off";
        QTemporaryDir dir;
        QFile out(dir.filePath("muted.podplan"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(doc.dump()));
        out.close();
        Run muted = podplanner({"check", out.fileName(), "--json"});
        QCOMPARE(muted.exitCode, 1);
        auto m = nlohmann::json::parse(muted.out.toStdString());
        QCOMPARE(m["warnings"].get<int>(), 0);
        QCOMPARE(m["infos"].get<int>(), 0);
        QCOMPARE(m["errors"].get<int>(), 1);
        QCOMPARE(m["violations"].size(), std::size_t(1));
        QCOMPARE(m["violations"][0]["code"].get<std::string>(), std::string("power.feed-redundancy"));
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

    // tests/fixtures/cooling/round-trip.podplan: four racks of 100 kW fully liquid-cooled test nodes
    // (test-catalog.json); CDU-1 serves R1+R2 = 200 kW, ΔT 12 K: 200 / (4.186 × 12) × 60 = 238.9 L/min;
    // capacity 500 kW → 40 %; alone in its group, so N-1 leaves 0 W and does not carry.
    void totalsJsonCooling() {
        const QString dir = PODPLANNER_FIXTURES "/cooling/";
        Run r = podplanner({"totals", dir + "round-trip.podplan", "--catalog", dir + "test-catalog.json", "--json"});
        QCOMPARE(r.exitCode, 0);
        auto j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(j["heat_liquid_w"].get<double>(), 400000.0);
        QCOMPARE(j["heat_air_w"].get<double>(), 0.0);
        QCOMPARE(j["per_rack"][0]["heat_liquid_w"].get<double>(), 100000.0);
        const auto& cdu = j["cooling"]["units"][0];
        QCOMPARE(cdu["id"].get<std::string>(), std::string("cdu-1"));
        QCOMPARE(cdu["load_w"].get<double>(), 200000.0);
        QCOMPARE(cdu["capacity_w"].get<double>(), 500000.0);
        QCOMPARE(cdu["percent"].get<double>(), 40.0);
        QCOMPARE(cdu["flow_l_min"].get<double>(), std::round(200.0 / (4.186 * 12) * 60 * 10) / 10);
        QCOMPARE(j["cooling"]["groups"][0]["carries_n_minus_1"].get<bool>(), false);
        Run text = podplanner({"totals", dir + "round-trip.podplan", "--catalog", dir + "test-catalog.json"});
        QVERIFY2(text.out.contains("CDU-1: 200.0 kW of 500.0 kW (40.0 %), 238.9 L/min"), qPrintable(text.out));
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

    // `catalog list` as text: every column starts at one display position (code points: "×" and "–" are
    // one column each) on every line, even with an id and a name longer than any shipped entry.
    void catalogListColumnsAlign() {
        QTemporaryDir dir;
        QFile f(dir.filePath("long.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString longId = "test-extremely-long-identifier-for-a-gpu-node-8x-accelerators";
        const QString longModel = "Hyperscale 8 × GPU Node – liquid–air hybrid, 12U, rev. B (long name)";
        f.write(QStringLiteral(R"({"format":"podplanner-catalog","version":1,"entries":[{"id":"%1","kind":"gpu_node",
            "vendor":"Test Vendor","model":"%2","verification":"vendor",
            "sources":[{"ref":"test fixture","grade":"vendor","supports":"all figures"}],
            "u_height":12,"depth_mm":900,"weight_kg":150,"power":{"max_w":12000},
            "cooling":{"type":"air","liquid_fraction":0},"airflow":"front_to_rear",
            "accelerators":{"ref":"nvidia-h100-sxm5-80gb","count":8},
            "ports":[{"fabric":"compute","speed_gbps":400,"count":8}]}]})")
                    .arg(longId, longModel)
                    .toUtf8());
        f.close();
        Run text = podplanner({"catalog", "list", "--catalog", f.fileName()});
        QCOMPARE(text.exitCode, 0);
        Run json = podplanner({"catalog", "list", "--catalog", f.fileName(), "--json"});
        QCOMPARE(json.exitCode, 0);
        const auto entries = nlohmann::json::parse(json.out.toStdString())["entries"];
        QStringList lines = QString::fromUtf8(text.out).split('\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.takeLast(), QString::number(entries.size()) + " entries");
        QCOMPARE(std::size_t(lines.size()), entries.size());
        // Each line is id, kind, name, verification, figures with ≥ 2 spaces between; record where each starts.
        std::vector<int> starts;
        bool sawLong = false;
        for (int i = 0; i < lines.size(); ++i) {
            const auto& e = entries[std::size_t(i)];
            const std::u32string line = lines[i].toStdU32String();
            std::vector<int> at;
            std::size_t pos = 0;
            for (const char* key : {"id", "kind", "name", "verification", "figures"}) {
                const std::u32string cell = QString::fromStdString(e[key].get<std::string>()).toStdU32String();
                if (!at.empty()) {
                    const std::size_t gap = pos;
                    while (pos < line.size() && line[pos] == U' ') ++pos;
                    QVERIFY2(pos - gap >= 2 || cell.empty(), qPrintable(lines[i]));
                }
                QVERIFY2(line.compare(pos, cell.size(), cell) == 0, qPrintable(QString("line %1 column %2: %3").arg(i).arg(key, lines[i])));
                at.push_back(int(pos));
                pos += cell.size();
            }
            QCOMPARE(pos, line.size());
            if (starts.empty()) starts = at;
            QVERIFY2(at == starts, qPrintable(QString("line %1 columns start elsewhere: %2").arg(i).arg(lines[i])));
            sawLong = sawLong || e["id"].get<std::string>() == longId.toStdString();
        }
        QVERIFY(sawLong);
        // Widths count code points, not UTF-8 bytes: the verification column starts 2 after the longest
        // name ("Test Vendor " + the model above, with its 3 two- and three-byte characters).
        QCOMPARE(starts[3] - starts[2], int(("Test Vendor " + longModel).toStdU32String().size()) + 2);
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
