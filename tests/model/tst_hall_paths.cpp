// The shortcuts the hall-scale work (issue 9) added must answer exactly what the general code answers:
// a rectangular room's "box inside" test compared with Boost's covered_by, and the rules' cabling
// (no list of every cable) compared with the full derivation.
#include <QtTest>

#include "CatalogLoader.h"
#include "Cabling.h"
#include "Geometry.h"
#include "LoadFixture.h"
#include "ProjectFile.h"

using namespace pod;

namespace {
// The 4-per-rack pod the bundled sample used to be, frozen as a fixture so these numbers stay put.
const std::string kSample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";
const std::string kReachTrip = PODPLANNER_FIXTURES "/rules/network.cable-reach/trip.podplan";

bool sameCable(const Cable& x, const Cable& y) {
    return x.fabric == y.fabric && x.tier == y.tier && x.a.device == y.a.device && x.a.rack == y.a.rack &&
           x.a.port == y.a.port && x.b.device == y.b.device && x.b.rack == y.b.rack && x.b.port == y.b.port &&
           x.speedGbps == y.speedGbps && x.lengthMm == y.lengthMm && x.medium == y.medium;
}
}  // namespace

class TestHallPaths : public QObject {
    Q_OBJECT
    const Catalog catalog = standardCatalog();

    Project load(const std::string& path) { return loadFixture(path, catalog); }

private slots:
    void insideRectangleRoom_data() {
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("y0");
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("y1");
        QTest::addColumn<bool>("inside");
        // Room: 6,000 × 4,000 mm from the origin. Touching a wall is inside; one millimetre past is not.
        QTest::newRow("well inside") << 100.0 << 100.0 << 700.0 << 1300.0 << true;
        QTest::newRow("flush with the west wall") << 0.0 << 100.0 << 600.0 << 1300.0 << true;
        QTest::newRow("flush with the north-east corner") << 5400.0 << 0.0 << 6000.0 << 1200.0 << true;
        QTest::newRow("the whole room") << 0.0 << 0.0 << 6000.0 << 4000.0 << true;
        QTest::newRow("1 mm past the west wall") << -1.0 << 100.0 << 599.0 << 1300.0 << false;
        QTest::newRow("1 mm past the south wall") << 100.0 << 2801.0 << 700.0 << 4001.0 << false;
        QTest::newRow("1 mm past the east wall") << 5401.0 << 100.0 << 6001.0 << 1300.0 << false;
        QTest::newRow("1 mm past the north wall") << 100.0 << -1.0 << 700.0 << 1199.0 << false;
        QTest::newRow("outside altogether") << 7000.0 << 100.0 << 7600.0 << 1300.0 << false;
        QTest::newRow("larger than the room") << -10.0 << -10.0 << 6010.0 << 4010.0 << false;
    }

    void insideRectangleRoom() {
        QFETCH(double, x0);
        QFETCH(double, y0);
        QFETCH(double, x1);
        QFETCH(double, y1);
        QFETCH(bool, inside);
        const geo::Box box(geo::BPoint(x0, y0), geo::BPoint(x1, y1));
        // The same rectangle given clockwise and anticlockwise, and starting at another corner.
        for (const Polygon& outline : {Polygon{{0, 0}, {6000, 0}, {6000, 4000}, {0, 4000}},
                                       Polygon{{0, 0}, {0, 4000}, {6000, 4000}, {6000, 0}},
                                       Polygon{{6000, 4000}, {0, 4000}, {0, 0}, {6000, 0}}}) {
            const geo::BPolygon room = geo::toPolygon(outline);
            QCOMPARE(geo::inside(box, room), inside);
            QCOMPARE(geo::inside(box, room), geo::bg::covered_by(geo::toPolygon(box), room));
        }
    }

    void insideOtherRooms() {
        // An L-shaped room (6,000 square less its north-east 3,000 square) is not a rectangle: the general path.
        const geo::BPolygon ell = geo::toPolygon(Polygon{{0, 0}, {3000, 0}, {3000, 3000}, {6000, 3000}, {6000, 6000}, {0, 6000}});
        QVERIFY(geo::inside(geo::Box(geo::BPoint(100, 100), geo::BPoint(700, 1300)), ell));
        QVERIFY(!geo::inside(geo::Box(geo::BPoint(3500, 100), geo::BPoint(4100, 1300)), ell));  // in the cut-out corner
        QVERIFY(geo::inside(geo::Box(geo::BPoint(3500, 3000), geo::BPoint(4100, 4200)), ell));  // flush with the step
    }

    void rulesCablingMatchesFull_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("someUnreached");
        QTest::newRow("sample pod (every run reached)") << QString::fromStdString(kSample) << false;
        QTest::newRow("cable-reach trip (runs past every medium)") << QString::fromStdString(kReachTrip) << true;
    }

    void rulesCablingMatchesFull() {
        QFETCH(QString, path);
        QFETCH(bool, someUnreached);
        Project p = load(path.toStdString());
        Cabling full = deriveCabling(p, catalog);
        Cabling rules = deriveCablingForRules(p, catalog);
        QVERIFY(!full.cables.empty());
        // unreached lists exactly the full derivation's cables with no medium, in order.
        std::vector<std::size_t> none;
        for (std::size_t i = 0; i < full.cables.size(); ++i)
            if (full.cables[i].medium.empty()) none.push_back(i);
        QVERIFY(full.unreached == none);
        QCOMPARE(!none.empty(), someUnreached);
        QCOMPARE(rules.cables.size(), none.size());
        QCOMPARE(rules.unreached.size(), none.size());
        for (std::size_t k = 0; k < none.size(); ++k) {
            QCOMPARE(rules.unreached[k], k);
            QVERIFY(sameCable(rules.cables[k], full.cables[none[k]]));
        }
        QCOMPARE(rules.switchPorts.size(), full.switchPorts.size());
        for (std::size_t i = 0; i < full.switchPorts.size(); ++i) {
            QCOMPARE(rules.switchPorts[i].device, full.switchPorts[i].device);
            QCOMPARE(rules.switchPorts[i].used, full.switchPorts[i].used);
            QCOMPARE(rules.switchPorts[i].available, full.switchPorts[i].available);
        }
        QCOMPARE(rules.fabrics.size(), full.fabrics.size());
        for (std::size_t i = 0; i < full.fabrics.size(); ++i) {
            QCOMPARE(rules.fabrics[i].nodeLinks, full.fabrics[i].nodeLinks);
            QCOMPARE(rules.fabrics[i].uplinks, full.fabrics[i].uplinks);
        }
        QCOMPARE(rules.unconnected.size(), full.unconnected.size());
    }

    void chooserMatchesChooseMedium() {
        // The cached chooser against the one-off function, across every reach boundary of every medium.
        MediumChooser chooser(catalog);
        for (double speed : {10.0, 25.0, 100.0, 200.0, 400.0, 800.0})
            for (const auto& [id, m] : catalog.media())
                for (const Reach& r : m.reach)
                    for (std::int64_t delta : {-1, 0, 1}) {
                        std::int64_t mm = std::llround(r.maxM * 1000.0) + delta;
                        QCOMPARE(chooser.choose(speed, mm), chooseMedium(catalog, speed, mm));
                    }
    }
};

QTEST_GUILESS_MAIN(TestHallPaths)
#include "tst_hall_paths.moc"
