// `podplanner generate --preset` through the real binary: --list-presets names every preset and its
// published rows, a preset run writes the pod and reports each tier (text and --json), `totals --json`
// reports the tiers per fabric, and a bad preset name or SU count exits 2 with one clear line.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "RunPodplanner.h"

class TestPresetsCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString path(const QString& name) const { return dir.filePath(name); }

private slots:
    void listPresets() {
        Run r = podplanner({"generate", "--list-presets"});
        QCOMPARE(r.exitCode, 0);
        for (const char* name : {"superpod-h100:", "superpod-b200:", "superpod-b300-xdr:", "superpod-b300:", "superpod-gb200:", "superpod-gb300:"})
            QVERIFY2(r.out.contains(name), name);
        // The H100 RA's 3-SU row (16 spines) and B200's first core row, as the list prints them.
        QVERIFY2(r.out.contains("3 SUs: 95 nodes, 24 leaf / 16 spine, cables 764 / 768 — reproduced"), r.out.constData());
        QVERIFY2(r.out.contains("16 SUs: 512 nodes, 128 leaf / 128 spine / 64 core, cables 4096 / 4096 / 4096 — reproduced"),
                 r.out.constData());
        QVERIFY(r.out.contains("not reproduced"));
    }

    // superpod-h100, 2 SUs (DGX SuperPOD H100 RA, Table 3 as quoted in FACILITY.md): 63 nodes, 16 leaf /
    // 8 spine, cables 508 node–leaf (incl. 4 UFM) and 512 leaf–spine.
    void presetRun() {
        const QString out = path("h100-2su.podplan");
        Run r = podplanner({"generate", "--preset", "superpod-h100", "--sus", "2", "-o", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("compute fabric: 16 leaf, 8 spine, 0 core; cables node–leaf 508, leaf–spine 512, spine–core 0"),
                 r.out.constData());
        QVERIFY2(r.out.contains("0 errors"), r.out.constData());
        Run j = podplanner({"generate", "--preset", "superpod-h100", "--sus", "2", "-o", path("h100-2su-b.podplan"), "--json"});
        QVERIFY2(j.exitCode == 0, j.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(j.out).object();
        const QJsonObject c = s["compute"].toObject();
        QCOMPARE(c["leaves"].toInt(), 16);
        QCOMPARE(c["spines"].toInt(), 8);
        QCOMPARE(c["cores"].toInt(), 0);
        QCOMPARE(c["node_leaf_cables"].toInt(), 508);
        QCOMPARE(c["leaf_spine_cables"].toInt(), 512);
        QCOMPARE(s["appliances"].toInt(), 4);
        // Same preset, same bytes.
        QFile a(out), b(path("h100-2su-b.podplan"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
        // totals --json: switches per tier (fabrics) and cables per tier (cables.fabrics).
        Run t = podplanner({"totals", out, "--json"});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QJsonObject tj = QJsonDocument::fromJson(t.out).object();
        const QJsonObject f = tj["fabrics"].toArray().first().toObject();
        QCOMPARE(f["id"].toString(), QStringLiteral("compute"));
        QCOMPARE(f["leaves"].toInt(), 16);
        QCOMPARE(f["spines"].toInt(), 8);
        QCOMPARE(f["cores"].toInt(), 0);
        const QJsonObject fc = tj["cables"].toObject()["fabrics"].toArray().first().toObject();
        QCOMPARE(fc["node_links"].toInt(), 508);
        QCOMPARE(fc["uplinks"].toInt(), 512);
        QCOMPARE(fc["core_links"].toInt(), 0);
    }

    // superpod-b200, 16 SUs (B200 RA table): 128 / 128 / 64 switches, 4,096 cables per tier; totals agrees.
    void threeTierRun() {
        const QString out = path("b200-16su.podplan");
        Run r = podplanner({"generate", "--preset", "superpod-b200", "--sus", "16", "-o", out, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject c = QJsonDocument::fromJson(r.out).object()["compute"].toObject();
        QCOMPARE(c["leaves"].toInt(), 128);
        QCOMPARE(c["spines"].toInt(), 128);
        QCOMPARE(c["cores"].toInt(), 64);
        QCOMPARE(c["spine_core_cables"].toInt(), 4096);
        Run t = podplanner({"totals", out, "--json"});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QJsonObject tj = QJsonDocument::fromJson(t.out).object();
        QCOMPARE(tj["fabrics"].toArray().first().toObject()["cores"].toInt(), 64);
        QCOMPARE(tj["cables"].toObject()["fabrics"].toArray().first().toObject()["core_links"].toInt(), 4096);
    }

    void badPreset() {
        const QString out = path("bad.podplan");
        Run r = podplanner({"generate", "--preset", "superpod-h200", "--sus", "1", "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("podplanner generate: --preset superpod-h200: no such preset (superpod-h100, superpod-b200"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(out));
        Run sus = podplanner({"generate", "--preset", "superpod-b300-xdr", "--sus", "19", "-o", out});
        QCOMPARE(sus.exitCode, 2);
        QVERIFY2(sus.err.contains("--sus 19: superpod-b300-xdr builds 1 to 18 scalable units"), sus.err.constData());
        Run both = podplanner({"generate", "--preset", "superpod-h100", "--sus", "1", "--nodes", "5", "-o", out});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("--nodes cannot be used with --preset"), both.err.constData());
        Run noSus = podplanner({"generate", "--preset", "superpod-h100", "-o", out});
        QCOMPARE(noSus.exitCode, 2);
        QVERIFY2(noSus.err.contains("--sus N is required with --preset"), noSus.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestPresetsCli)
#include "tst_presets_cli.moc"
