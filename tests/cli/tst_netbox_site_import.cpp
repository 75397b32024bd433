// `podplanner import-netbox-site` on a small hand-written NetBox export (tests/fixtures/netbox-csv/site/):
// column labels as NetBox's tables export them, a device the catalog knows, one it does not (kept as
// blank-panel placeholders of its U height), one without a rack (kept in netbox_unplaced); bad input exits 2
// with file, line, column and reason, and writes nothing.
#include <QtTest>

#include "RunPodplanner.h"

#include "CatalogLoader.h"
#include "ProjectFile.h"

using namespace pod;

namespace {
QString fixture(const char* name) { return QStringLiteral(PODPLANNER_FIXTURES "/netbox-csv/site/") + QString::fromLatin1(name); }
}  // namespace

class TestNetboxSiteImport : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    Catalog catalog;

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        QVERIFY(!CatalogLoader::loadDirectory(PODPLANNER_SOURCE_DIR "/catalog", catalog));
    }

    void importsMatchesAndKeepsTheRest() {
        const QString out = dir.filePath("site.podplan");
        Run r = podplanner({"import-netbox-site", "--racks", fixture("racks.csv"), "--devices", fixture("devices.csv"), "-o", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("unmatched: " + fixture("devices.csv").toUtf8() + ": line 3: \"widget-1\" (Acme Widget 3000) matches no catalog entry: placeholder of 3U"));
        QVERIFY(r.err.contains("\"spare-1\" (Acme Spare Box) matches no catalog entry and has no rack"));
        auto loaded = ProjectFile::load(out.toStdString(), catalog);
        QVERIFY(std::holds_alternative<Project>(loaded));
        const Project& p = std::get<Project>(loaded);

        // Racks: B01 and B02 in row "B", side by side in name order.
        QCOMPARE(p.layout.racks.size(), std::size_t(2));
        const Rack* b01 = p.rack("b01");
        const Rack* b02 = p.rack("b02");
        QVERIFY(b01 && b02);
        QCOMPARE(b01->row, std::string("B"));
        QVERIFY(b01->position.x < b02->position.x);
        QCOMPARE(b01->position.y, b02->position.y);
        QCOMPARE(catalog.rack(b01->model)->uHeight, 48);  // NetBox says 48U
        QCOMPARE(catalog.rack(b02->model)->uHeight, 42);

        // leaf-a: matched by model, U40 front. widget-1 (3U at U10, rear): blank-2u at U10 + blank-1u at U12.
        const Device* leaf = p.device("leaf-a");
        QVERIFY(leaf);
        QCOMPARE(leaf->catalogId, std::string("nvidia-qm9700"));
        QCOMPARE(leaf->u, 40.0);
        const Device* w1 = p.device("widget-1");
        const Device* w2 = p.device("widget-1-part2");
        QVERIFY(w1 && w2);
        QCOMPARE(w1->catalogId, std::string("blank-2u"));
        QCOMPARE(w1->u, 10.0);
        QVERIFY(w1->face == Face::Rear);
        QCOMPARE(w2->catalogId, std::string("blank-1u"));
        QCOMPARE(w2->u, 12.0);
        QCOMPARE(w1->extra["netbox_placeholder"]["device_type"].get<std::string>(), std::string("Widget 3000"));
        QCOMPARE(w1->extra["netbox_placeholder"]["part"].get<std::string>(), std::string("1/2"));
        QCOMPARE(p.layout.devices.size(), std::size_t(3));
        QCOMPARE(p.extra["netbox_unplaced"].size(), std::size_t(1));
        QCOMPARE(p.extra["netbox_unplaced"][0]["name"].get<std::string>(), std::string("spare-1"));

        Run check = podplanner({"check", out});  // rules run on the placeholders without crashing
        QVERIFY(check.exitCode == 0 || check.exitCode == 1);
    }

    void badFaceNamesLineAndColumn() {
        const QString out = dir.filePath("bad.podplan");
        Run r = podplanner({"import-netbox-site", "--racks", fixture("racks.csv"), "--devices", fixture("devices-bad-face.csv"), "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("devices-bad-face.csv: line 3, column 6: face must be front or rear, got \"sideways\""), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void unknownRackAndMissingColumn() {
        const QString devices = dir.filePath("d.csv");
        QFile f(devices);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,device_type,rack,position\nx,Quantum-2 QM9700,Z99,1\n");
        f.close();
        Run r = podplanner({"import-netbox-site", "--racks", fixture("racks.csv"), "--devices", devices, "-o", dir.filePath("z.podplan")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("d.csv: line 2, column 3: rack \"Z99\" is not in the racks file"), r.err.constData());

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("name,rack\nx,B01\n");
        f.close();
        r = podplanner({"import-netbox-site", "--racks", fixture("racks.csv"), "--devices", devices, "-o", dir.filePath("z.podplan")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("d.csv: line 1: no \"device_type\" column"), r.err.constData());
        r = podplanner({"import-netbox-site", "--devices", devices, "-o", dir.filePath("z.podplan")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_MAIN(TestNetboxSiteImport)
#include "tst_netbox_site_import.moc"
