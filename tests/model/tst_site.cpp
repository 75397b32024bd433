// Halls of one site (issue 18 item 3): the file format's "halls" and each rack's "hall", refusal of bad
// hall references, the rack-in-hall rule, moves that carry a rack into another hall, a pod repeated in H
// halls (generate --halls) and totals per hall against the single pod's own totals.
#include <QtTest>

#include <map>
#include <set>

#include "Cabling.h"
#include "CatalogLoader.h"
#include "ChainDesign.h"
#include "Edits.h"
#include "IncrementalChecker.h"
#include "NetboxCsvExport.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "Site.h"
#include "SiteTotals.h"
#include "generator/PodGenerator.h"

using namespace pod;

namespace {

// The file's text with "halls" (two 10 × 8 m halls, 5 m apart along x) and two racks, one in each.
std::string siteText(const std::string& rack2Hall = "\"hall\": \"hall-b\",", const std::string& halls = "") {
    const std::string hallList = halls.empty() ? R"([
        {"id": "hall-a", "name": "Hall A", "outline": [[0,0],[10000,0],[10000,8000],[0,8000]]},
        {"id": "hall-b", "name": "Hall B", "outline": [[15000,0],[25000,0],[25000,8000],[15000,8000]], "power_capacity_w": 500000}
    ])" : halls;
    return R"({"format": "podplanner", "version": 1,
      "room": {"outline": [[0,0],[25000,0],[25000,8000],[0,8000]], "keepouts": [], "power_capacity_w": 1000000,
               "cooling_capacity_w": 1000000, "floor_load_kg_m2": 1500},
      "halls": )" + hallList + R"(,
      "racks": [
        {"id": "r1", "name": "A01", "model": "hpe-10848-g2", "position": [2000, 2000], "rotation": 0, "hall": "hall-a",
         "cooling": "cooling-room-air", "power_budget_w": 10000},
        {"id": "r2", "name": "B01", "model": "hpe-10848-g2", "position": [17000, 2000], "rotation": 0, )" + rack2Hall + R"(
         "cooling": "cooling-room-air", "power_budget_w": 10000}
      ],
      "devices": [], "network": {"fabrics": []}})";
}

}  // namespace

class TstSite : public QObject {
    Q_OBJECT
    Catalog catalog;

    GeneratedPod pod32() {
        GeneratorOptions o;
        o.nodeId = "nvidia-dgx-h100";
        o.nodes = 32;
        o.perRack = 4;
        GeneratorResult r = generatePod(o, catalog);
        if (auto* e = std::get_if<GeneratorError>(&r)) qFatal("generate failed: %s", e->message.c_str());
        GeneratedPod pod = std::get<GeneratedPod>(std::move(r));
        auto chain = attachPowerChain(pod.project, catalog, PowerDesign{});
        if (auto* e = std::get_if<std::string>(&chain)) qFatal("power chain failed: %s", e->c_str());
        return pod;
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    void hallsRoundTrip() {
        auto loaded = ProjectFile::parse(siteText(), "site.podplan", catalog);
        QVERIFY2(std::holds_alternative<Project>(loaded), std::holds_alternative<LoadError>(loaded) ? std::get<LoadError>(loaded).message().c_str() : "");
        const Project& p = std::get<Project>(loaded);
        QCOMPARE(p.halls.size(), std::size_t(2));
        QCOMPARE(p.halls[1].name, std::string("Hall B"));
        QCOMPARE(p.halls[1].powerCapacityW, 500000.0);
        QCOMPARE(p.halls[0].powerCapacityW, 0.0);  // not given
        QCOMPARE(p.layout.racks[1].hall, std::string("hall-b"));
        auto again = ProjectFile::parse(ProjectFile::serialize(p), "again.podplan", catalog);
        QVERIFY(std::holds_alternative<Project>(again));
        const Project& q = std::get<Project>(again);
        QCOMPARE(q.halls.size(), std::size_t(2));
        QCOMPARE(q.halls[1].outline, p.halls[1].outline);
        QCOMPARE(q.layout.racks[0].hall, std::string("hall-a"));
        QCOMPARE(ProjectFile::serialize(q), ProjectFile::serialize(p));
    }

    void badHallReferencesAreRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown hall") << QString::fromStdString(siteText("\"hall\": \"hall-z\",")) << "/racks/1/hall" << "unknown hall \"hall-z\"";
        QTest::newRow("rack without hall") << QString::fromStdString(siteText("")) << "/racks/1" << "needs a \"hall\"";
        QTest::newRow("duplicate hall id")
            << QString::fromStdString(siteText("\"hall\": \"hall-a\",", R"([{"id": "hall-a", "outline": [[0,0],[1,0],[1,1]]},
                                                                          {"id": "hall-a", "outline": [[0,0],[1,0],[1,1]]}])"))
            << "/halls/1/id" << "duplicate hall id";
        QTest::newRow("hall without outline")
            << QString::fromStdString(siteText("\"hall\": \"hall-a\",", R"([{"id": "hall-a"}])")) << "/halls/0/outline" << "missing";
        // A hall named by a rack of a project that lists none.
        std::string noHalls = siteText();
        const auto at = noHalls.find("\"halls\":");
        const auto end = noHalls.find("\"racks\":");
        noHalls.erase(at, end - at);
        QTest::newRow("no halls listed") << QString::fromStdString(noHalls) << "/racks/0/hall" << "lists no halls";
    }

    void badHallReferencesAreRefused() {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        auto loaded = ProjectFile::parse(text.toStdString(), "bad.podplan", catalog);
        QVERIFY(std::holds_alternative<LoadError>(loaded));
        const LoadError& e = std::get<LoadError>(loaded);
        QVERIFY2(QString::fromStdString(e.path).startsWith(path), e.message().c_str());
        QVERIFY2(QString::fromStdString(e.reason).contains(reason), e.message().c_str());
    }

    // A rack inside the site but outside its own hall: floor.rack-in-hall, not floor.rack-in-room.
    void rackOutsideItsHall() {
        Project p = std::get<Project>(ProjectFile::parse(siteText(), "site.podplan", catalog));
        auto codes = [&](const Project& project) {
            std::set<std::string> c;
            for (const auto& v : RuleEngine::standard().checkAll(project, catalog)) c.insert(v.code);
            return c;
        };
        QVERIFY(!codes(p).count("floor.rack-in-hall"));
        p.layout.racks[1].position = {12500, 2000};  // in the 5 m gap between the halls
        const auto c = codes(p);
        QVERIFY(c.count("floor.rack-in-hall"));
        QVERIFY(!c.count("floor.rack-in-room"));
    }

    // Moving a rack into the other hall's outline moves it into that hall; dropped in the gap it keeps its hall.
    void moveCarriesRackIntoHall() {
        const Project p = std::get<Project>(ProjectFile::parse(siteText(), "site.podplan", catalog));
        edit::Proposal into = edit::moveRack(p, "r1", {20000, 5000});
        QVERIFY(!into.refused());
        QCOMPARE(into.change.racks.size(), std::size_t(1));
        QCOMPARE(into.change.racks[0].after->hall, std::string("hall-b"));
        edit::Proposal gap = edit::moveRack(p, "r1", {12500, 5000});
        QCOMPARE(gap.change.racks[0].after->hall, std::string("hall-a"));
        edit::Proposal added = edit::addRack(p, catalog, "hpe-10848-g2", {22000, 6000});
        QCOMPARE(added.change.racks[0].after->hall, std::string("hall-b"));
    }

    // A GPU rack of hall 1 moved into hall 2: its nodes leave hall 1's fabrics for hall 2's (the edit is a
    // structure change), and the incremental checker agrees with a full check on violations and cables.
    void rackMovedToAnotherHall() {
        Project site = repeatInHalls(pod32().project, 2);
        const RuleEngine engine = RuleEngine::standard();
        IncrementalChecker checker(engine, catalog);
        checker.reset(site);
        const Rack& gpu = site.layout.racks.front();  // h1's first GPU rack
        QCOMPARE(gpu.hall, std::string("hall-1"));
        const Polygon& hall2 = site.halls[1].outline;
        const Point into{(hall2[0].x + hall2[2].x) / 2, (hall2[0].y + hall2[2].y) / 2};  // the middle of hall 2
        edit::Proposal move = edit::moveRack(site, gpu.id, into);
        QCOMPARE(move.change.racks.at(0).after->hall, std::string("hall-2"));
        const Edit e = move.change.edit(true);
        QVERIFY(e.structure);
        move.change.apply(site.layout, true);
        checker.update(site, e);
        const auto full = engine.checkAll(site, catalog);
        QVERIFY(checker.violations() == full);
        QVERIFY(checker.cablesByMedium() == cablesByMedium(deriveCabling(site, catalog)));
        // The rack holds 4 DGX H100 of 8 compute ports: hall 1's fabric now links (32 − 4) × 8 = 224 node ports,
        // hall 2's (32 + 4) × 8 = 288.
        std::map<std::string, int> links;
        for (const auto& f : deriveCabling(site, catalog).fabrics) links[f.id] = f.nodeLinks;
        QCOMPARE(links["h1-compute"], 224);
        QCOMPARE(links["h2-compute"], 288);
    }

    // Hall 2's compute fabric deleted: its 32 nodes are reported unconnected, hall 1's are not.
    void hallWithoutComputeFabric() {
        Project site = repeatInHalls(pod32().project, 2);
        auto& fabrics = site.layout.network.fabrics;
        fabrics.erase(std::remove_if(fabrics.begin(), fabrics.end(), [](const FabricPlan& f) { return f.id == "h2-compute"; }), fabrics.end());
        const Cabling cabling = deriveCabling(site, catalog);
        QCOMPARE(int(cabling.unconnected.size()), 32);
        for (const auto& u : cabling.unconnected) QVERIFY2(u.device.rfind("h2-", 0) == 0, u.device.c_str());
    }

    // A 32-node pod in 3 halls: three times every count, ids unique, hall h shifted by (h − 1) × (width + 20 m),
    // and each hall's totals equal the single pod's.
    void podRepeatedInHalls() {
        const GeneratedPod pod = pod32();
        const Project& one = pod.project;
        const Project site = repeatInHalls(one, 3);
        QCOMPARE(site.halls.size(), std::size_t(3));
        QCOMPARE(site.layout.racks.size(), 3 * one.layout.racks.size());
        QCOMPARE(site.layout.devices.size(), 3 * one.layout.devices.size());
        QCOMPARE(site.layout.network.fabrics.size(), 3 * one.layout.network.fabrics.size());
        QCOMPARE(site.powerChain.nodes.size(), 3 * one.powerChain.nodes.size());
        std::set<std::string> ids;
        for (const auto& r : site.layout.racks) ids.insert(r.id);
        for (const auto& d : site.layout.devices) ids.insert(d.id);
        QCOMPARE(ids.size(), site.layout.racks.size() + site.layout.devices.size());
        const std::int64_t width = one.room.outline[2].x - one.room.outline[0].x;
        const std::size_t n = one.layout.racks.size();
        QCOMPARE(site.layout.racks[2 * n].position.x, one.layout.racks[0].position.x + 2 * (width + 20000));
        QCOMPARE(site.layout.racks[2 * n].hall, std::string("hall-3"));
        QCOMPARE(site.room.outline[2].x - site.room.outline[0].x, 3 * width + 2 * 20000);

        // The site checks as cleanly as the pod: the same findings, three times over.
        const auto podFindings = RuleEngine::standard().checkAll(one, catalog);
        const auto siteFindings = RuleEngine::standard().checkAll(site, catalog);
        QCOMPARE(countSeverity(podFindings, Severity::Error), 0);
        for (const auto& v : siteFindings)
            if (v.severity == Severity::Error) qWarning("%s: %s", v.code.c_str(), v.message.c_str());
        QCOMPARE(countSeverity(siteFindings, Severity::Error), 0);
        QCOMPARE(countSeverity(siteFindings, Severity::Warning), 3 * countSeverity(podFindings, Severity::Warning));

        const ProjectTotals podTotals = computeTotals(one, catalog);
        const ProjectTotals siteTotals = computeTotals(site, catalog);
        QCOMPARE(podTotals.sum.gpus, 32 * 8);  // 32 DGX H100 × 8 GPUs
        QCOMPARE(siteTotals.sum.gpus, 3 * 32 * 8);
        const auto halls = computeHallTotals(site, catalog);
        QCOMPARE(halls.size(), std::size_t(3));
        const std::size_t podCables = deriveCabling(one, catalog).cables.size();
        QCOMPARE(deriveCabling(site, catalog).cables.size(), 3 * podCables);  // each fabric cables its own hall's nodes
        for (const auto& h : halls) {
            QCOMPARE(h.totals.racks, podTotals.racks);
            QCOMPARE(h.totals.sum.gpus, podTotals.sum.gpus);
            QCOMPARE(h.totals.sum.maxW, podTotals.sum.maxW);
            QCOMPARE(h.totals.roomAreaM2, podTotals.roomAreaM2);
            QCOMPARE(h.cables, podCables);
        }
        // The cut-out hall keeps its own power chain: the pod's node count, all prefixed with its hall.
        const Project hall2 = hallProject(site, "hall-2");
        QCOMPARE(hall2.powerChain.nodes.size(), one.powerChain.nodes.size());
        for (const auto& node : hall2.powerChain.nodes) QVERIFY2(node.id.rfind("h2-", 0) == 0, node.id.c_str());

        // NetBox: one location per hall; each rack and device row in its own hall's location.
        const netbox::NetboxExport nb = netbox::exportNetbox(site, catalog);
        auto file = [&](const std::string& path) {
            for (const auto& f : nb.files)
                if (f.path == path) return QString::fromStdString(f.text);
            return QString();
        };
        const QStringList locations = file("locations.csv").split('\n', Qt::SkipEmptyParts);
        QCOMPARE(locations.size(), 1 + 3);  // header + one per hall
        QVERIFY2(locations[2].contains(",Hall 2,hall-2,planned"), qPrintable(locations[2]));
        const QStringList racks = file("racks.csv").split('\n', Qt::SkipEmptyParts);
        QCOMPARE(racks.size(), 1 + int(site.layout.racks.size()));
        QVERIFY2(racks[1 + int(n)].contains(",Hall 2,H2 "), qPrintable(racks[1 + int(n)]));  // the first rack of hall 2
        QCOMPARE(file("devices.csv").count(",Hall 3,"), int(one.layout.devices.size()));
    }
};

QTEST_GUILESS_MAIN(TstSite)
#include "tst_site.moc"
