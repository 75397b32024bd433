// podplanner generate … --halls H and totals per hall (issue 18 item 3), through the real binary: a 64-node
// DGX H100 pod (4 per rack) repeated in 3 halls checks as cleanly as the pod alone; totals --json lists each
// hall with the pod's own figures; whatif takes a hall's prefixed node ids; bad --halls values exit 2.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "RunPodplanner.h"

class TestSiteCli : public QObject {
    Q_OBJECT
    QString dir = QDir::tempPath() + "/tst_site_cli";
    QStringList pod64 = {"generate", "--node", "nvidia-dgx-h100", "--nodes", "64", "--per-rack", "4"};

private slots:
    void initTestCase() { QDir().mkpath(dir); }

    void threeHalls() {
        const QString one = dir + "/one.podplan", site = dir + "/site.podplan";
        QCOMPARE(podplanner(pod64 + QStringList{"-o", one}).exitCode, 0);
        Run made = podplanner(pod64 + QStringList{"--halls", "3", "-o", site, "--json"});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(made.out).object()["halls"].toInt(), 3);
        QCOMPARE(podplanner({"check", one}).exitCode, 0);
        QCOMPARE(podplanner({"check", site}).exitCode, 0);

        const QJsonObject pod = QJsonDocument::fromJson(podplanner({"totals", one, "--json"}).out).object();
        const QJsonObject all = QJsonDocument::fromJson(podplanner({"totals", site, "--json"}).out).object();
        // 64 DGX H100 × 8 GPUs = 512 GPUs per hall, 1,536 on the site.
        QCOMPARE(pod["gpus"].toInt(), 64 * 8);
        QCOMPARE(all["gpus"].toInt(), 3 * 64 * 8);
        QCOMPARE(all["racks"].toInt(), 3 * pod["racks"].toInt());
        const QJsonArray halls = all["halls"].toArray();
        QCOMPARE(halls.size(), 3);
        for (int h = 0; h < 3; ++h) {
            const QJsonObject hall = halls[h].toObject();
            QCOMPARE(hall["id"].toString(), QString("hall-%1").arg(h + 1));
            QCOMPARE(hall["name"].toString(), QString("Hall %1").arg(h + 1));
            QCOMPARE(hall["gpus"].toInt(), 64 * 8);
            QCOMPARE(hall["racks"].toInt(), pod["racks"].toInt());
            QVERIFY(qAbs(hall["max_w"].toDouble() - pod["power_max_w"].toDouble()) < 0.01);  // the pod's figure is rounded to mW
            QCOMPARE(hall["cables"].toInt(), pod["cables"].toObject()["count"].toInt());
        }
        Run text = podplanner({"totals", site});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Per hall:") && text.out.contains("Hall 3"), text.out.left(2000).constData());
        // Each hall keeps its own 2N chain: failing hall 2's UPS-A leaves its UPS-B carrying the hall.
        QCOMPARE(podplanner({"whatif", site, "--fail", "h2-UPS-A"}).exitCode, 0);
        Run unknown = podplanner({"whatif", site, "--fail", "UPS-A"});
        QCOMPARE(unknown.exitCode, 2);
    }

    void badHalls_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << "0";
        QTest::newRow("negative") << "-2";
        QTest::newRow("too many") << "65";
        QTest::newRow("not a number") << "three";
    }
    void badHalls() {
        QFETCH(QString, value);
        const QString out = dir + "/bad.podplan";
        QFile::remove(out);
        Run r = podplanner(pod64 + QStringList{"--halls", value, "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--halls expects a whole number from 1 to 64"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestSiteCli)
#include "tst_site_cli.moc"
