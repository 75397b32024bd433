// NetBox round trip through the real binary: the bundled sample plan → `export --netbox DIR` → NetBox
// bulk-import files → `import-netbox-site` → the same racks, devices (ids, racks, bottom U, faces, catalog
// entries) and the same derived cables (fabric, tier, both ends' device ids and port numbers). Every column
// written must be one NetBox's import form accepts (tests/fixtures/netbox-csv/headers/, from NetBox's
// dcim/forms/bulk_import.py).
#include <QtTest>

#include "RunPodplanner.h"

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "Cabling.h"
#include "CatalogLoader.h"
#include "NetboxCsv.h"
#include "ProjectFile.h"

using namespace pod;

namespace {

std::string readAll(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

netbox::CsvTable table(const QString& path) {
    auto t = netbox::parseCsv(readAll(path), path.toStdString());
    if (auto* e = std::get_if<netbox::CsvError>(&t)) qFatal("%s", e->message().c_str());
    return std::get<netbox::CsvTable>(t);
}

using CableKey = std::tuple<std::string, std::string, std::string, int, std::string, int>;
std::multiset<CableKey> cableKeys(const Project& p, const Catalog& c) {
    std::multiset<CableKey> keys;
    for (const Cable& cable : deriveCabling(p, c).cables)
        keys.insert({cable.fabric, cable.tier, cable.a.device, cable.a.port, cable.b.device, cable.b.port});
    return keys;
}

}  // namespace

class TestNetboxRoundTrip : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    Catalog catalog;

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        auto err = CatalogLoader::loadDirectory(PODPLANNER_SOURCE_DIR "/catalog", catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    void roundTrip() {
        const QString sample = QStringLiteral(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan");
        const QString nb = dir.filePath("nb");
        Run ex = podplanner({"export", sample, "--netbox", nb});
        QVERIFY2(ex.exitCode == 0, ex.err.constData());
        QVERIFY(ex.out.contains("wrote " + nb.toUtf8()));

        // Import order (README "NetBox export"): every file exists, every column is one NetBox accepts.
        const QString headers = QStringLiteral(PODPLANNER_FIXTURES "/netbox-csv/headers/");
        for (const char* f : {"manufacturers.csv", "device-roles.csv", "sites.csv", "locations.csv", "racks.csv", "devices.csv",
                              "cables.csv", "power-panels.csv", "power-feeds.csv"}) {
            const netbox::CsvTable written = table(nb + "/" + f);
            const netbox::CsvTable allowed = table(headers + f);
            std::set<std::string> ok(allowed.header.begin(), allowed.header.end());
            for (const auto& h : written.header) QVERIFY2(ok.count(h), (std::string(f) + ": column " + h).c_str());
        }

        auto original = ProjectFile::load(sample.toStdString(), catalog);
        QVERIFY(std::holds_alternative<Project>(original));
        const Project& a = std::get<Project>(original);

        // Hand counts of the sample's active layout ("4 nodes per rack"): 8 GPU racks of 4 DGX H100 each,
        // 2 network racks and 1 storage rack; every DGX H100 has 8 compute ports → 32 × 8 node-leaf cables.
        QCOMPARE(int(table(nb + "/racks.csv").rows.size()), 11);
        int dgx = 0;
        for (const auto& row : table(nb + "/devices.csv").rows) dgx += row[3].text == "DGX H100";
        QCOMPARE(dgx, 32);
        const netbox::CsvTable cables = table(nb + "/cables.csv");
        int dgxComputeLinks = 0;
        for (const auto& row : cables.rows)
            dgxComputeLinks += row[0].text.rfind("DGX-", 0) == 0 && row[2].text.rfind("compute-", 0) == 0 && row[10].text == "compute node-leaf";
        QCOMPARE(dgxComputeLinks, 32 * 8);
        QCOMPARE(cables.rows.size(), deriveCabling(a, catalog).cables.size());
        // NetBox counts U from the bottom and `position` is the lowest U: in the sample DGX-01 sits on U5-U12
        // of rack A01 (above two 2U PDUs at U1 and U3), so position 5.
        bool dgx01 = false;
        for (const auto& row : table(nb + "/devices.csv").rows)
            if (row[0].text == "DGX-01") dgx01 = row[7].text == "A01" && row[8].text == "5" && row[9].text == "front";
        QVERIFY(dgx01);
        // Device types: one devicetype-library file per catalog entry used, interfaces named as the cables name them.
        const std::string dgxType = readAll(nb + "/device-types/nvidia/nvidia-dgx-h100.yaml");
        QVERIFY(dgxType.find("slug: \"nvidia-dgx-h100\"") != std::string::npos);
        QVERIFY(dgxType.find("name: \"compute-8\"") != std::string::npos);
        QVERIFY(dgxType.find("name: \"compute-9\"") == std::string::npos);

        const QString out = dir.filePath("back.podplan");
        Run im = podplanner({"import-netbox-site", "--racks", nb + "/racks.csv", "--devices", nb + "/devices.csv", "--cables",
                             nb + "/cables.csv", "-o", out});
        QVERIFY2(im.exitCode == 0, im.err.constData());
        QVERIFY2(!im.err.contains("unmatched"), im.err.constData());  // every device type is in the catalog
        auto back = ProjectFile::load(out.toStdString(), catalog);
        QVERIFY2(std::holds_alternative<Project>(back), std::get_if<LoadError>(&back) ? std::get<LoadError>(back).message().c_str() : "");
        const Project& b = std::get<Project>(back);

        QCOMPARE(b.layout.racks.size(), a.layout.racks.size());
        for (std::size_t i = 0; i < a.layout.racks.size(); ++i) {
            const Rack* r = b.rack(a.layout.racks[i].id);
            QVERIFY2(r, a.layout.racks[i].id.c_str());
            QCOMPARE(r->name, a.layout.racks[i].name);
            QCOMPARE(r->model, a.layout.racks[i].model);
            QCOMPARE(r->row, a.layout.racks[i].row);
        }
        QCOMPARE(b.layout.devices.size(), a.layout.devices.size());
        for (std::size_t i = 0; i < a.layout.devices.size(); ++i) {
            const Device& d = a.layout.devices[i];
            const Device& e = b.layout.devices[i];  // same order: NetBox rows in plan order
            QCOMPARE(e.id, d.id);
            QCOMPARE(e.catalogId, d.catalogId);
            QCOMPARE(e.rack, d.rack);
            QCOMPARE(e.u, d.u);
            QVERIFY(e.face == d.face);
            QCOMPARE(e.name, d.name);
        }
        const auto ca = cableKeys(a, catalog), cb = cableKeys(b, catalog);
        QCOMPARE(cb.size(), ca.size());
        QVERIFY(ca == cb);
    }

    // A site of two halls: export writes each hall as a NetBox location (locations.csv, racks.csv "location"), and the
    // import makes each location a hall again, with the same racks in it, every rack inside its hall's outline and
    // the same cables (a fabric cables only within its hall).
    void siteOfHallsRoundTrip() {
        const QString site = dir.filePath("site.podplan");
        Run gen = podplanner({"generate", "--node", "nvidia-dgx-h100", "--nodes", "16", "--per-rack", "4", "--halls", "2", "-o", site});
        QVERIFY2(gen.exitCode == 0, gen.err.constData());
        const QString nb = dir.filePath("nb-site");
        Run ex = podplanner({"export", site, "--netbox", nb});
        QVERIFY2(ex.exitCode == 0, ex.err.constData());
        const QString out = dir.filePath("site-back.podplan");
        Run im = podplanner({"import-netbox-site", "--racks", nb + "/racks.csv", "--devices", nb + "/devices.csv", "--cables",
                             nb + "/cables.csv", "-o", out});
        QVERIFY2(im.exitCode == 0, im.err.constData());
        auto original = ProjectFile::load(site.toStdString(), catalog);
        auto back = ProjectFile::load(out.toStdString(), catalog);
        QVERIFY(std::holds_alternative<Project>(original));
        QVERIFY2(std::holds_alternative<Project>(back), std::get_if<LoadError>(&back) ? std::get<LoadError>(back).message().c_str() : "");
        const Project& a = std::get<Project>(original);
        const Project& b = std::get<Project>(back);
        // repeatInHalls names hall h "Hall h" (model/site/Site.h).
        QCOMPARE(int(b.halls.size()), 2);
        QCOMPARE(b.halls[0].name, std::string("Hall 1"));
        QCOMPARE(b.halls[1].name, std::string("Hall 2"));
        QCOMPARE(b.layout.racks.size(), a.layout.racks.size());
        for (const Rack& ra : a.layout.racks) {
            const Rack* rb = b.rack(ra.id);
            QVERIFY2(rb, ra.id.c_str());
            const Hall* ha = a.hall(ra.hall);
            const Hall* hb = b.hall(rb->hall);
            QVERIFY(ha && hb);
            QCOMPARE(hb->name, ha->name);
        }
        // No rack outside its hall, no hall outside the site, nothing overlapping.
        Run check = podplanner({"check", out});
        QVERIFY2(!check.out.contains("floor.rack-in-hall") && !check.out.contains("floor.rack-in-room") && !check.out.contains("overlap"),
                 check.out.constData());
        QVERIFY(cableKeys(a, catalog) == cableKeys(b, catalog));
    }
};

QTEST_MAIN(TestNetboxRoundTrip)
#include "tst_netbox_roundtrip.moc"
