// The edit verbs of model/edit/Edits.h without Qt's undo stack: each edit on the frozen 4-per-rack sample
// (tests/fixtures/valid/sample-4-per-rack.podplan: racks r01…r10 named A01…A10 in row A, 800 mm wide
// hpe-10848-g2 48U racks at x = 3400, 4200, … mm, y = 4000; r01 holds PDUs at U1, U3, U37, U39, DGX H100s
// (8U) at U5, U13, U21, U29 and 2U blanks at U41, U43, U45, U47, all front, 12 devices) is refused with a
// reason and no change, or yields a change that applied forward is the edit and applied backward restores
// the file byte for byte. The placement hint and the space rules answer "fits" the same way at every slot.
#include <QtTest>

#include <set>

#include "CatalogLoader.h"
#include "Edits.h"
#include "Placement.h"
#include "ProjectDefaults.h"
#include "PowerFlow.h"
#include "ProjectFile.h"
#include "RuleEngine.h"

using namespace pod;

namespace {
const std::string kSample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";
}

class TestEdits : public QObject {
    Q_OBJECT
    Catalog catalog;
    Project original;
    std::string originalText;

    // Applies `e` forward to a copy of the sample, checks that backward restores the file, returns the copy.
    Project applied(const edit::Proposal& e) {
        Project p = original;
        e.change.apply(p.layout, true);
        Project back = p;
        e.change.apply(back.layout, false);
        if (ProjectFile::serialize(back) != originalText) qFatal("undo of \"%s\" does not restore the file", e.text.c_str());
        return p;
    }
    const Rack* rack(const Project& p, const std::string& name) {
        for (const auto& r : p.layout.racks)
            if (r.name == name) return &r;
        return nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(!loadStandardCatalog({}, {}, catalog));
        auto result = ProjectFile::load(kSample, catalog);
        QVERIFY(std::holds_alternative<Project>(result));
        original = std::get<Project>(result);
        originalText = ProjectFile::serialize(original);
        QCOMPARE(original.layout.racks.size(), std::size_t(10));
    }

    void addDeviceInFreeSlotAfterRemovingBlanks() {
        // U41–U48 hold four 2U blanks; removing them frees 8U for a ninth… fifth DGX H100 (8U: U41–U48).
        auto cleared = edit::remove(original, {"r01-blank-41", "r01-blank-43", "r01-blank-45", "r01-blank-47"});
        QVERIFY(!cleared.refused());
        QCOMPARE(cleared.text, std::string("Delete 4 items"));
        Project p = applied(cleared);
        auto add = edit::addDevice(p, catalog, "nvidia-dgx-h100", "r01", 41, Face::Front);
        QVERIFY2(!add.refused(), add.error.c_str());
        QCOMPARE(add.change.devices.size(), std::size_t(1));
        add.change.apply(p.layout, true);
        const Device* d = p.device(add.newId);
        QVERIFY(d);
        QCOMPARE(d->u, 41.0);
        QCOMPARE(d->rack, std::string("r01"));
        QCOMPARE(add.text, std::string("Add DGX H100"));
    }

    void addDeviceRefusals() {
        auto taken = edit::addDevice(original, catalog, "blank-2u", "r01", 41, Face::Front);
        QVERIFY(taken.refused());
        QVERIFY2(taken.error.find("U41–U42 is taken by") != std::string::npos, taken.error.c_str());
        QVERIFY(taken.change.empty());
        // 8U from U45 ends at U45 + 8 − 1 = U52, above the 48U rack.
        auto tooHigh = edit::addDevice(original, catalog, "nvidia-dgx-h100", "r01", 45, Face::Front);
        QCOMPARE(tooHigh.error, std::string("needs U45–U52 but rack A01 has 48 U"));
        QVERIFY(edit::addDevice(original, catalog, "no-such-thing", "r01", 1, Face::Front).refused());
        QVERIFY(edit::addDevice(original, catalog, "blank-2u", "no-such-rack", 1, Face::Front).refused());
    }

    void moveToSamePlaceChangesNothing() {
        auto same = edit::moveDevice(original, catalog, "dgx-01", "r01", 5, Face::Front);
        QVERIFY(!same.refused());
        QVERIFY(same.change.empty());
        auto missing = edit::moveDevice(original, catalog, "nope", "r01", 5, Face::Front);
        QCOMPARE(missing.error, std::string("no device \"nope\""));
    }

    void deletingARackTakesItsDevices() {
        auto del = edit::remove(original, {"r01"});
        QVERIFY(!del.refused());
        // 1 rack + its 12 devices.
        QCOMPARE(del.text, std::string("Delete 13 items"));
        Project p = applied(del);
        QCOMPARE(p.layout.racks.size(), std::size_t(9));
        QCOMPARE(p.layout.devices.size(), original.layout.devices.size() - 12);
    }

    void fabricSwitchCannotBeDeleted() {
        auto del = edit::remove(original, {"leaf-01"});
        QVERIFY(del.refused());
        QVERIFY2(del.error.find("is a leaf switch of fabric") != std::string::npos, del.error.c_str());
        QVERIFY2(del.error.find("remove it from the network plan first") != std::string::npos, del.error.c_str());
        QVERIFY(edit::remove(original, {"nothing"}).refused());
    }

    void duplicateRackGoesBesideWithDeviceCopies() {
        auto dup = edit::duplicateRack(original, catalog, "r01");
        QVERIFY(!dup.refused());
        Project p = applied(dup);
        const Rack* copy = p.rack(dup.newId);
        QVERIFY(copy);
        QCOMPARE(copy->name, std::string("A01 copy"));
        // East by one rack width: 3,400 + 800 = 4,200 mm (facing north, not sideways).
        QCOMPARE(copy->position.x, std::int64_t(4200));
        QCOMPARE(copy->position.y, std::int64_t(4000));
        std::set<std::string> ids;
        int copies = 0;
        for (const auto& d : p.layout.devices) {
            QVERIFY2(ids.insert(d.id).second, d.id.c_str());
            if (d.rack == copy->id) ++copies;
        }
        QCOMPARE(copies, 12);
    }

    void addRackDefaultsAndRowJoining() {
        auto plain = edit::addRack(original, catalog, "hpe-10848-g2", {1000, 1000});
        Project p = applied(plain);
        const Rack* r = p.rack(plain.newId);
        QVERIFY(r);
        QCOMPARE(r->name, std::string("R11"));  // the 11th rack
        QCOMPARE(r->powerBudgetW, 15000.0);
        QCOMPARE(r->feeds, (std::vector<std::string>{"A", "B"}));
        QCOMPARE(r->cooling, std::string("cooling-contained-air"));

        const Rack* a10 = rack(original, "A10");
        auto joined = edit::addRack(original, catalog, "hpe-10848-g2", {11400, 4000}, a10);
        p = applied(joined);
        r = p.rack(joined.newId);
        QCOMPARE(r->name, std::string("A11"));  // row A had ten racks
        QCOMPARE(r->row, std::string("A"));
        QCOMPARE(r->powerBudgetW, a10->powerBudgetW);
        QCOMPARE(r->cooling, a10->cooling);
        QVERIFY(edit::addRack(original, catalog, "nvidia-dgx-h100", {0, 0}).refused());  // not a rack model
    }

    void budgetRange() {
        QVERIFY(edit::setRackBudget(original, "r01", -1).refused());
        auto tooBig = edit::setRackBudget(original, "r01", defaults::kMaxRackBudgetW + 1);
        QCOMPARE(tooBig.error, std::string("a power budget is between 0 and 100,000 kW"));
        QVERIFY(!edit::setRackBudget(original, "r01", defaults::kMaxRackBudgetW).refused());
        QVERIFY(edit::setRackBudget(original, "r01", std::nan("")).refused());
        // The same budget again is no change (no undo step).
        QVERIFY(edit::setRackBudget(original, "r01", original.layout.racks[0].powerBudgetW).change.empty());
    }

    void rotateFourTimesIsTheStart() {
        Project p = original;
        for (int i = 0; i < 4; ++i) edit::rotateRack(p, "r01").change.apply(p.layout, true);
        QCOMPARE(ProjectFile::serialize(p), originalText);
        QCOMPARE(edit::rotateRack(original, "r01").text, std::string("Rotate rack A01"));
    }

    void renameAndFeedsAndCooling() {
        Project p = applied(edit::rename(original, "r01", "Z99"));
        QCOMPARE(p.rack("r01")->name, std::string("Z99"));
        QVERIFY(edit::rename(original, "r01", "A01").change.empty());
        QCOMPARE(edit::rename(original, "ghost", "x").error, std::string("nothing named \"ghost\""));
        p = applied(edit::setRackFeeds(original, "r01", {"A"}));
        QCOMPARE(p.rack("r01")->feeds, std::vector<std::string>{"A"});
        QVERIFY(edit::setRackCooling(original, catalog, "r01", "nvidia-dgx-h100").refused());
    }

    // Where a rack feed hangs in the power chain, on the 2N fixture (tests/fixtures/power/two-n-tight.podplan:
    // R1 and R2, one DGX H100 of 10,200 W each, feeds A on BW-A ← UPS-A and B on BW-B ← UPS-B, 15 kW UPSs).
    void rackFeedOnThePowerChain() {
        auto loaded = ProjectFile::load(PODPLANNER_FIXTURES "/power/two-n-tight.podplan", catalog);
        QVERIFY(std::holds_alternative<Project>(loaded));
        const Project two = std::get<Project>(loaded);
        const std::string before = ProjectFile::serialize(two);

        // R1's feed A moved to BW-B: BW-B carries both halves of R1 (5.1 + 5.1 kW) and R2's B (5.1 kW) =
        // 15.3 kW, UPS-B 15.3 / 15 = 102 %; BW-A and UPS-A keep only R2's A: 5.1 kW, 5.1 / 15 = 34 %.
        auto e = edit::setRackFeed(two, "r1", "A", "BW-B", "L1-L2");
        QVERIFY2(!e.refused(), e.error.c_str());
        QCOMPARE(e.text, std::string("Change feed A of R1"));
        Project p = two;
        e.change.apply(p.layout, true);
        QCOMPARE(p.rack("r1")->feedFrom.at("A"), std::string("BW-B"));
        QCOMPARE(p.rack("r1")->feedPhase.at("A"), std::string("L1-L2"));
        const PowerFlow flow = computePowerFlow(p, catalog);
        QCOMPARE(flow.find("BW-B")->loadW, 15300.0);
        QCOMPARE(flow.find("BW-A")->loadW, 5100.0);
        QCOMPARE(std::lround(flow.find("UPS-B")->fraction() * 100), 102L);
        QCOMPARE(std::lround(flow.find("UPS-A")->fraction() * 100), 34L);
        // The file reloads (feed_from / feed_phase written), and undo restores it byte for byte.
        QVERIFY(std::holds_alternative<Project>(ProjectFile::parse(ProjectFile::serialize(p), "after", catalog)));
        e.change.apply(p.layout, false);
        QCOMPARE(ProjectFile::serialize(p), before);

        // Unmapping and three-phase ("") take the entries out; the same values again change nothing.
        p = two;
        edit::setRackFeed(two, "r1", "B", "", "").change.apply(p.layout, true);
        QVERIFY(!p.rack("r1")->feedFrom.count("B"));
        QVERIFY(edit::setRackFeed(two, "r1", "A", "BW-A", "").change.empty());

        QCOMPARE(edit::setRackFeed(two, "ghost", "A", "BW-A", "").error, std::string("no rack \"ghost\""));
        QCOMPARE(edit::setRackFeed(two, "r1", "C", "BW-A", "").error, std::string("rack R1 has no feed \"C\""));
        QCOMPARE(edit::setRackFeed(two, "r1", "A", "BW-Z", "").error, std::string("no power chain node \"BW-Z\""));
        QCOMPARE(edit::setRackFeed(two, "r1", "A", "UTIL-A", "").error,
                 std::string("UTIL-A is a utility; a rack feed hangs from a UPS or distribution node"));
        QVERIFY(edit::setRackFeed(two, "r1", "A", "BW-A", "L4").refused());
        QVERIFY(!edit::setRackFeed(two, "r1", "A", "UPS-A", "L3").refused());

        // Taking feed B off the rack takes its feed_from with it, so the file still loads.
        p = two;
        edit::setRackFeeds(two, "r1", {"A"}).change.apply(p.layout, true);
        QVERIFY(!p.rack("r1")->feedFrom.count("B"));
        QVERIFY(std::holds_alternative<Project>(ProjectFile::parse(ProjectFile::serialize(p), "feeds", catalog)));
    }

    // A cooling unit lists the racks it serves: deleting one of them takes it off the list (undo puts it
    // back); deleting the last takes the unit too. Either way the file still loads.
    void deletingServedRacksKeepsCoolingUnitsValid() {
        Project p = original;
        CoolingUnit unit;
        unit.id = "cdu-1";
        unit.name = "CDU-1";
        unit.catalogId = "supermicro-cdu-in-rack-250kw";
        unit.serveRacks = {"r01", "r02"};
        p.layout.coolingUnits.push_back(unit);
        const std::string withUnit = ProjectFile::serialize(p);
        QVERIFY(std::holds_alternative<Project>(ProjectFile::parse(withUnit, "with unit", catalog)));

        auto one = edit::remove(p, {"r01"});
        Project after = p;
        one.change.apply(after.layout, true);
        QCOMPARE(after.layout.coolingUnits.at(0).serveRacks, std::vector<std::string>{"r02"});
        auto reloaded = ProjectFile::parse(ProjectFile::serialize(after), "after delete", catalog);
        const auto* failed = std::get_if<LoadError>(&reloaded);
        QVERIFY2(!failed, failed ? failed->message().c_str() : "");
        one.change.apply(after.layout, false);
        QCOMPARE(ProjectFile::serialize(after), withUnit);

        auto both = edit::remove(p, {"r01", "r02"});
        after = p;
        both.change.apply(after.layout, true);
        QVERIFY(after.layout.coolingUnits.empty());
        both.change.apply(after.layout, false);
        QCOMPARE(ProjectFile::serialize(after), withUnit);
    }

    // A floor-standing cooling unit (in-row CDU, CRAH) is not rack equipment.
    void floorStandingUnitIsNotRackEquipment() {
        auto add = edit::addDevice(original, catalog, "vertiv-coolchip-cdu-600", "r05", 1, Face::Front);
        QVERIFY(add.refused());
        QVERIFY2(add.error.find("stands on the floor") != std::string::npos, add.error.c_str());
    }

    // The drop-target hint and the space rules share RackSpace.h: at every slot of rack A01 and on both
    // faces, a 2U blank is refused by the hint exactly when adding it anyway trips space.u-overlap or
    // space.device-in-rack.
    void hintAndRulesAgreeAtEverySlot() {
        const RuleEngine engine = RuleEngine::standard();
        auto spaceErrors = [&](const Project& p) {
            int n = 0;
            for (const auto& v : engine.checkAll(p, catalog))
                if (v.ruleId == "space.u-overlap" || v.ruleId == "space.device-in-rack") ++n;
            return n;
        };
        QCOMPARE(spaceErrors(original), 0);
        int refusedSlots = 0;
        for (Face face : {Face::Front, Face::Rear}) {
            for (double u = 0; u <= 48; u += 0.5) {
                const std::string hint = placementProblem(original, catalog, "blank-2u", "r01", u, face);
                Project p = original;
                Device d;
                d.id = "probe";
                d.catalogId = "blank-2u";
                d.rack = "r01";
                d.u = u;
                d.face = face;
                p.layout.devices.push_back(d);
                const bool ruleRefuses = spaceErrors(p) > 0;
                QVERIFY2(hint.empty() != ruleRefuses, qPrintable(QString("U%1 %2: hint \"%3\"").arg(u).arg(face == Face::Front ? "front" : "rear",
                                                                                                      QString::fromStdString(hint))));
                if (ruleRefuses) ++refusedSlots;
            }
        }
        // Slots U0, U0.5 … U48: 97 per face. The front is full (U1…U48 taken): all 97 refused. On the rear
        // (PDUs and blanks are not full depth; the DGX H100s at U5…U36 are): below U1 (U0, U0.5), past U48
        // (U47.5, U48: top U48.5, U49) and touching U5…U36 (a blank from u covers [u, u + 2): 3 < u < 37, so
        // U3.5 … U36.5, 67 slots): 2 + 2 + 67 = 71.
        QCOMPARE(refusedSlots, 97 + 71);
    }
};

QTEST_APPLESS_MAIN(TestEdits)
#include "tst_edits.moc"
