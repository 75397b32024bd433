// An edit on several selected items is one undo step that applies all or nothing: rotate, nudge and
// duplicate of a multi-selection (they pushed one command per item and stopped half-done on a refusal).
#include <QtTest>

#include "CatalogLoader.h"
#include "Planner.h"

using namespace pod;

namespace {
const QString kFixture = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";
}

class TestMultiEdit : public QObject {
    Q_OBJECT
    Catalog catalog;

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    void rotateTwoRacksIsOneStep() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kFixture));
        const QString before = planner.projectJson();
        planner.selection()->selectMany({"r01", "r02"});
        QCOMPARE(planner.rotateSelection(), QString());
        QCOMPARE(planner.document()->project().rack("r01")->rotation, 90);
        QCOMPARE(planner.document()->project().rack("r02")->rotation, 90);
        QCOMPARE(planner.document()->undoStack()->count(), 1);
        QCOMPARE(planner.undoText(), QString("Rotate 2 rack(s)"));
        planner.undo();
        QCOMPARE(planner.projectJson(), before);
    }

    // Network rack A05: the in-band switch at U40 could move up to U41, but leaf-01 at U28 cannot (U29
    // holds leaf-02): the whole nudge is refused and nothing moves, and no step is left to undo.
    void nudgeIsAllOrNothing() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kFixture));
        const QString before = planner.projectJson();
        planner.selection()->selectMany({"inband-1", "leaf-01"});
        const QString error = planner.nudgeSelection(0, -1);
        QVERIFY2(error.contains("taken") || error.contains("overlap"), qPrintable(error));
        QCOMPARE(planner.projectJson(), before);
        QCOMPARE(planner.document()->undoStack()->count(), 0);
        QVERIFY(!planner.canUndo());
        QVERIFY(!planner.modified());
        // Both can move down by one (U39 and U27 are free): one step, undone whole.
        QCOMPARE(planner.nudgeSelection(0, 1), QString());
        QCOMPARE(planner.document()->project().device("inband-1")->u, 39.0);
        QCOMPARE(planner.document()->project().device("leaf-01")->u, 27.0);
        QCOMPARE(planner.document()->undoStack()->count(), 1);
        planner.undo();
        QCOMPARE(planner.projectJson(), before);
    }

    void duplicateThreeRacksIsOneStep() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kFixture));
        const int racks = int(planner.document()->project().layout.racks.size());
        planner.selection()->selectMany({"r01", "r05", "r10"});
        QCOMPARE(planner.duplicateSelection(), QString());
        QCOMPARE(int(planner.document()->project().layout.racks.size()), racks + 3);
        QCOMPARE(planner.selection()->count(), 3);  // the copies
        QCOMPARE(planner.document()->undoStack()->count(), 1);
        planner.undo();
        QCOMPARE(int(planner.document()->project().layout.racks.size()), racks);
    }

    // One item stays a step of its own, named as before.
    void singleItemKeepsItsOwnStep() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kFixture));
        planner.selection()->select("r03");
        QCOMPARE(planner.rotateSelection(), QString());
        QVERIFY2(planner.undoText().startsWith("Rotate rack"), qPrintable(planner.undoText()));
    }
};

QTEST_MAIN(TestMultiEdit)
#include "tst_multi_edit.moc"
