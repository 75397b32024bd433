// Cables name their fabric, tier, devices, racks and medium with Names into their Cabling's pool (Name.h).
// The pool must live as long as any copy of the cabling, a recycled derivation must equal a fresh one, and
// a cable must stay small: the campus holds 3,686,400 of them.
#include <QtTest>

#include "CatalogLoader.h"
#include "Cabling.h"
#include "LoadFixture.h"
#include "ProjectFile.h"

using namespace pod;

namespace {
const std::string kSample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";
}  // namespace

class TestNames : public QObject {
    Q_OBJECT
    const Catalog catalog = standardCatalog();

    Project load(const std::string& path) { return loadFixture(path, catalog); }

private slots:
    void poolKeepsOneEntryPerString() {
        NamePool pool;
        const std::string dgx = "dgx-01";
        Name a = pool.intern(dgx);
        Name b = pool.intern(std::string("dgx-") + "01");  // equal text from another buffer
        Name c = pool.intern("dgx-02");
        QVERIFY(a.sameEntry(b));
        QVERIFY(!a.sameEntry(c));
        QCOMPARE(pool.size(), std::size_t(2));
        QVERIFY(a == dgx);
        QVERIFY(a != c);
        QVERIFY(a < c);
        QCOMPARE(a + "/" + c, std::string("dgx-01/dgx-02"));
        QVERIFY(Name().empty());
        QVERIFY(Name() == std::string());
    }

    // Seven 8-byte names, two 4-byte ports (each padded to 8 beside its names), the speed and the length:
    // 7 × 8 + 2 × 8 + 8 + 8 = 88 bytes, where seven std::strings alone were 7 × 32 = 224.
    void cableIsSmall() { QCOMPARE(sizeof(Cable), std::size_t(88)); }

    // A copy of the cabling keeps the pool alive after the original is gone.
    void copyOutlivesOriginal() {
        const Project p = load(kSample);
        const Cabling fresh = deriveCabling(p, catalog);
        QVERIFY(!fresh.cables.empty());
        Cabling copy;
        {
            Cabling original = deriveCabling(p, catalog);
            copy = original;
        }
        QCOMPARE(copy.cables.size(), fresh.cables.size());
        for (std::size_t i = 0; i < fresh.cables.size(); ++i) QVERIFY(copy.cables[i] == fresh.cables[i]);
    }

    // Recycling a previous derivation (its cables, its pool and the index's names by device) gives what a fresh
    // derivation gives, also after the project changed: here a node removed, so every later device's index shifts by
    // one, and another node's rack changed, so its kept names no longer match.
    void recycledEqualsFresh() {
        Project p = load(kSample);
        CableIndex index;
        Cabling before = deriveCabling(p, catalog, &index, nullptr);
        const std::size_t cablesBefore = before.cables.size();
        const auto node = std::find_if(p.layout.devices.begin(), p.layout.devices.end(),
                                       [&](const Device& d) { return d.id.rfind("dgx", 0) == 0; });
        QVERIFY(node != p.layout.devices.end());
        p.layout.devices.erase(node);
        const auto moved = std::find_if(p.layout.devices.rbegin(), p.layout.devices.rend(),
                                        [&](const Device& d) { return d.id.rfind("dgx", 0) == 0; });
        QVERIFY(moved != p.layout.devices.rend());
        const std::string otherRack = p.layout.racks.front().id;
        QVERIFY(moved->rack != otherRack);
        moved->rack = otherRack;
        CableRouter router(p, catalog);
        Cabling recycled = deriveCabling(p, catalog, &index, &router, std::move(before));
        const Cabling fresh = deriveCabling(p, catalog);
        QVERIFY(fresh.cables.size() < cablesBefore);  // the node's links are gone
        QCOMPARE(recycled.cables.size(), fresh.cables.size());
        for (std::size_t i = 0; i < fresh.cables.size(); ++i) QVERIFY(recycled.cables[i] == fresh.cables[i]);
        QCOMPARE(recycled.unreached, fresh.unreached);
        bool sawMoved = false;
        for (const Cable& c : recycled.cables)
            if (c.a.device == moved->id) sawMoved = c.a.rack == otherRack;
        QVERIFY(sawMoved);
    }
};

QTEST_APPLESS_MAIN(TestNames)
#include "tst_names.moc"
