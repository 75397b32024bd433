// `podplanner generate` through the real binary: the demo pods written byte for byte the same on every
// run, and bad arguments refused with exit 2, one clear line, and no file left behind.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "RunPodplanner.h"

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestGenerateCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString path(const QString& name) const { return dir.filePath(name); }

private slots:
    void deterministic() {
        for (const char* k : {"2", "4"}) {
            const QString a = path(QStringLiteral("a%1.podplan").arg(k)), b = path(QStringLiteral("b%1.podplan").arg(k));
            for (const QString& out : {a, b}) {
                Run r = podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", k, "-o", out});
                QVERIFY2(r.exitCode == 0, r.err.constData());
                QVERIFY(r.out.startsWith("Wrote "));
            }
            const QByteArray first = readAll(a);
            QVERIFY(first.size() > 1000);
            QVERIFY(first == readAll(b));
            QVERIFY(!QFile::exists(a + ".part"));
        }
        // The demo: 16 + 2 against 8 + 2 racks; generated pods are warning-free (budgets ≤ 80 % loaded).
        Run check = podplanner({"check", path("a4.podplan")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("0 errors, 0 warnings"), check.out.constData());
        Run cmp = podplanner({"compare", path("a2.podplan"), path("a4.podplan")});
        QCOMPARE(cmp.exitCode, 0);
        QVERIFY2(cmp.out.contains("Racks") && cmp.out.contains("18") && cmp.out.contains("10"), cmp.out.constData());
    }

    // --warning-percent is written as the project's line and sizes the budgets under it: 4 × 10.2 kW =
    // 40.8 kW; at 90 %: 40.8 / 0.9 = 45.3 → the next 5 kW step, 50 kW (at the default 80 %: 51 → 55 kW).
    void warningPercent() {
        const QString out = path("w90.podplan");
        Run r = podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "4", "--warning-percent", "90", "-o", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(readAll(out)).object();
        QCOMPARE(p["settings"].toObject()["power_warning_percent"].toDouble(), 90.0);
        int gpuRacks = 0;
        for (const QJsonValue& v : p["racks"].toArray())
            if (v.toObject()["power_budget_w"].toDouble() == 50000) ++gpuRacks;
        QCOMPARE(gpuRacks, 2);  // ⌈8 / 4⌉
        Run check = podplanner({"check", out});
        QVERIFY2(check.exitCode == 0 && check.out.contains("0 warnings"), check.out.constData());
    }

    // Issue 17: an 8-rack NVL72 pod (GB300 and GB200): racks are the systems (no PDUs), 3 in-row CDUs (N+1:
    // GB300 8 × 142 × 0.9 = 1,022.4 kW liquid → ⌈1,022.4 / 600⌉ + 1 = 3; GB200 8 × 120 × 0.8 = 768 kW → 2 + 1 = 3),
    // and `check` finds no errors (exit 0).
    void rackScale() {
        for (const char* node : {"nvidia-gb300-nvl72", "nvidia-gb200-nvl72"}) {
            const QString out = path(QStringLiteral("%1.podplan").arg(node));
            Run r = podplanner({"generate", "--node", node, "--nodes", "8", "--per-rack", "1", "-o", out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains("0 errors"), r.out.constData());
            const QJsonObject p = QJsonDocument::fromJson(readAll(out)).object();
            int systemRacks = 0;
            for (const QJsonValue& v : p["racks"].toArray())
                if (v.toObject()["model"].toString() == "nvidia-mgx-nvl72-rack") ++systemRacks;
            QCOMPARE(systemRacks, 8);
            int systems = 0, pdus = 0;
            for (const QJsonValue& v : p["devices"].toArray()) {
                const QString id = v.toObject()["catalog"].toString();
                systems += id == node;
                pdus += id.contains("pdu") || id.startsWith("apc-ap");
            }
            QCOMPARE(systems, 8);  // 8 × 72 = 576 GPUs
            QCOMPARE(pdus, 4);     // only the 2 network racks' A/B pairs
            QCOMPARE(p["cooling_units"].toArray().size(), 3);
            Run check = podplanner({"check", out});
            QCOMPARE(check.exitCode, 0);
            QVERIFY2(check.out.contains("0 errors"), check.out.constData());
        }
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("output");
        const QString out = path("bad.podplan");
        QTest::newRow("unknown node") << QStringList{"--node", "nvidia-dgx-h999", "--nodes", "32", "--per-rack", "4", "-o", out}
                                      << "--node nvidia-dgx-h999: not in the catalog (`podplanner catalog list --kind gpu_node` lists the GPU nodes)" << out;
        QTest::newRow("not a node") << QStringList{"--node", "nvidia-qm9700", "--nodes", "32", "--per-rack", "4", "-o", out}
                                    << "--node nvidia-qm9700: a switch, not a gpu_node" << out;
        QTest::newRow("per-rack 0") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "0", "-o", out}
                                    << "--per-rack must be at least 1, got 0" << out;
        QTest::newRow("per-rack not a number") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "four", "-o", out}
                                               << "--per-rack expects a whole number, got \"four\"" << out;
        QTest::newRow("nodes 0") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "0", "--per-rack", "4", "-o", out}
                                 << "--nodes must be at least 1, got 0" << out;
        QTest::newRow("missing -o") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "4"}
                                    << "-o FILE is required" << out;
        const QString unwritable = path("no-such-folder/pod.podplan");
        QTest::newRow("unwritable -o") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "4", "-o", unwritable}
                                       << "cannot write " + unwritable + ": No such file or directory" << unwritable;
        QTest::newRow("budget too small") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "32", "--per-rack", "4", "--budget-kw", "40", "-o", out}
                                          << "--budget-kw 40.0: 4 × nvidia-dgx-h100 draw 40.8 kW" << out;
        QTest::newRow("warning percent 0") << QStringList{"--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "4", "--warning-percent", "0", "-o", out}
                                           << "--warning-percent expects a number from 1 to 100 (the power warning line, % of a budget), got \"0\"" << out;
        QTest::newRow("rack-scale per-rack 2") << QStringList{"--node", "nvidia-gb300-nvl72", "--nodes", "8", "--per-rack", "2", "-o", out}
                                               << "--per-rack 2: nvidia-gb300-nvl72 is a rack-scale system (the system is its rack, nvidia-mgx-nvl72-rack): one per rack, use --per-rack 1" << out;
    }
    void badArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(QString, output);
        Run r = podplanner(QStringList{"generate"} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), "podplanner generate: " + message);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(output));
        QVERIFY(!QFile::exists(output + ".part"));
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generate_cli.moc"
