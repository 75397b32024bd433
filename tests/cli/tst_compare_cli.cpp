// `podplanner compare --json` through the real binary on the demo (32 × DGX H100, 2 against 4 per rack):
// the summaries and B − A as before, plus the table's rows, each saying which way it is better.
#include <QtTest>

#include "RunPodplanner.h"

#include <nlohmann/json.hpp>

class TestCompareCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString path(const QString& name) const { return dir.filePath(name); }

private slots:
    void initTestCase() {
        for (const char* k : {"2", "4"}) {
            Run r = podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", k, "-o",
                                path(QStringLiteral("k%1.podplan").arg(k))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void jsonRowsCarryDirection() {
        Run r = podplanner({"compare", path("k2.podplan"), path("k4.podplan"), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto j = nlohmann::json::parse(r.out.toStdString());
        // The existing fields, unchanged: 18 against 10 racks.
        QCOMPARE(j["a"]["racks"]["total"].get<int>(), 18);
        QCOMPARE(j["b"]["racks"]["total"].get<int>(), 10);
        QCOMPARE(j["diff"]["racks"]["total"].get<double>(), -8.0);
        QCOMPARE(j["a"]["file"].get<std::string>(), path("k2.podplan").toStdString());
        // The rows, in the table's order.
        QVERIFY(j["rows"].is_array());
        QVERIFY(j["rows"].size() > 30);
        auto row = [&](const std::string& label) {
            for (const auto& x : j["rows"])
                if (x["label"] == label) return x;
            return nlohmann::json();
        };
        for (const auto& x : j["rows"])
            for (const char* key : {"label", "indent", "a", "b", "diff", "sign", "better", "verdict"})
                QVERIFY2(x.contains(key), key);
        QCOMPARE(row("Racks")["a"].get<std::string>(), std::string("18"));
        QCOMPARE(row("Racks")["sign"].get<int>(), -1);
        QCOMPARE(row("Racks")["better"].get<std::string>(), std::string("lower"));
        QCOMPARE(row("Racks")["verdict"].get<std::string>(), std::string("better"));
        QCOMPARE(row("Room area")["verdict"].get<std::string>(), std::string("better"));
        QCOMPARE(row("GPUs")["better"].get<std::string>(), std::string("higher"));
        QCOMPARE(row("GPUs")["verdict"].get<std::string>(), std::string("same"));
        QCOMPARE(row("FP8")["better"].get<std::string>(), std::string("higher"));
        QVERIFY(row("kW per rack (max)")["better"].is_null());
        QVERIFY(row("kW per rack (max)")["verdict"].is_null());
        QCOMPARE(row("kW per rack (max)")["sign"].get<int>(), 1);

        // B against A: the same rows, the verdicts the other way.
        Run back = podplanner({"compare", path("k4.podplan"), path("k2.podplan"), "--json"});
        QCOMPARE(back.exitCode, 0);
        const auto jb = nlohmann::json::parse(back.out.toStdString());
        for (const auto& x : jb["rows"])
            if (x["label"] == "Racks") QCOMPARE(x["verdict"].get<std::string>(), std::string("worse"));
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_compare_cli.moc"
