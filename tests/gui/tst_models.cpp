// The Planner's list models under edits (QAbstractItemModelTester checks every signal), the document's
// undo/redo and its atomic save.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QtQml/qqmlextensionplugin.h>

#include "CatalogLoader.h"
#include "ElevationFilter.h"
#include "Planner.h"
#include "ProjectFile.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

using namespace pod;

class TestModels : public QObject {
    Q_OBJECT
    std::unique_ptr<Planner> planner;
    const QString sample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";  // the old 4-per-rack sample

    QString total(const QString& label) const {
        for (const auto& r : planner->totals()->rows())
            if (r.toMap()["label"] == label) return r.toMap()["value"].toString();
        return {};
    }

private slots:
    void init() {
        QCoreApplication::setOrganizationName("podplanner-tests");
        Catalog catalog;
        QVERIFY(!loadStandardCatalog({}, {}, catalog));
        planner = std::make_unique<Planner>(std::move(catalog));
        QVERIFY(planner->openFile(sample));
    }

    void racksModelUnderEdits() {
        QAbstractItemModelTester tester(planner->racks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(planner->racks(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(planner->racks(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(planner->racks(), &QAbstractItemModel::dataChanged);
        const QString original = planner->projectJson();

        planner->selection()->select("r03");
        QCOMPARE(planner->duplicateSelection(), QString());
        QCOMPARE(planner->racks()->rowCount(), 11);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(total("GPUs"), QString("288"));  // the copy brings its 4 DGX: 256 + 32

        QCOMPARE(planner->addRack("hpe-10842-g2", 12000, 8000), QString());
        QCOMPARE(planner->racks()->rowCount(), 12);

        planner->selection()->select("r01");
        QCOMPARE(planner->deleteSelection(), QString());
        QCOMPARE(planner->racks()->rowCount(), 11);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(total("GPUs"), QString("256"));  // 288 − 32

        changed.clear();
        QCOMPARE(planner->setRackBudgetKw("r02", 30), QString());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(planner->racks()->data(planner->racks()->index(planner->racks()->rowOf("r02")), RackListModel::PowerFractionRole).toDouble(),
                 40800.0 / 30000.0);

        while (planner->canUndo()) planner->undo();
        QCOMPARE(planner->projectJson(), original);
        QCOMPARE(planner->racks()->rowCount(), 10);
        QCOMPARE(planner->racks()->data(planner->racks()->index(0), RackListModel::NameRole).toString(), QString("A01"));
        while (planner->canRedo()) planner->redo();
        QCOMPARE(planner->racks()->rowCount(), 11);
    }

    // The elevation strip's models: at most `limit` racks, in the rack model's order, changed a row at a time so the
    // strip keeps the elevations of racks that stay; Both only counts.
    void elevationFilterFollowsRacks() {
        auto ids = [](const ElevationFilter& f) {
            QStringList out;
            for (int i = 0; i < f.rowCount(); ++i) out << f.data(f.index(i), RackListModel::RackIdRole).toString();
            return out;
        };
        ElevationFilter first, selected, both;
        first.setPart(ElevationFilter::FirstRacks);
        selected.setPart(ElevationFilter::Selection);
        QAbstractItemModelTester t1(&first, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&selected, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (ElevationFilter* f : {&first, &selected, &both}) {
            f->setLimit(3);
            f->setRacks(planner->racks());
        }
        // The sample's 10 racks r01 … r10 in file order.
        QCOMPARE(ids(first), (QStringList{"r01", "r02", "r03"}));
        QCOMPARE(selected.rowCount(), 0);
        QCOMPARE(both.rowCount(), 0);
        QCOMPARE(both.shown(), 3);
        QCOMPARE(both.candidates(), 10);

        selected.setSelectedRacks({"r05", "r02"});
        both.setSelectedRacks({"r05", "r02"});
        QCOMPARE(ids(selected), (QStringList{"r02", "r05"}));  // the rack model's order
        QCOMPARE(both.shown(), 2);
        QCOMPARE(both.candidates(), 2);
        QCOMPARE(both.rowCount(), 0);

        QSignalSpy removed(&selected, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&selected, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&selected, &QAbstractItemModel::modelReset);
        QSignalSpy rewritten(&selected, &QAbstractItemModel::dataChanged);
        selected.setSelectedRacks({"r02", "r07"});
        QCOMPARE(ids(selected), (QStringList{"r02", "r07"}));
        // r02's elevation stays; r07 takes r05's row in place (the view refills that delegate instead of making one).
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(rewritten.count(), 1);
        QCOMPARE(rewritten.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(selected.data(selected.index(1), RackListModel::RackIdRole).toString(), QString("r07"));
        // Three for two: r09 comes after r07, so it is inserted, and nothing is rewritten.
        rewritten.clear();
        selected.setSelectedRacks({"r02", "r07", "r09"});
        QCOMPARE(ids(selected), (QStringList{"r02", "r07", "r09"}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(rewritten.count(), 0);

        // Parked: with parksWhenEmpty a cleared selection keeps the last racks' rows, and the next selection
        // rewrites one of them in place; without it the rows go.
        selected.setSelectedRacks({});
        QCOMPARE(selected.rowCount(), 0);
        QVERIFY(!selected.parked());
        selected.setSelectedRacks({"r02", "r07"});
        selected.setParksWhenEmpty(true);
        selected.setSelectedRacks({});
        QCOMPARE(ids(selected), (QStringList{"r02", "r07"}));
        QVERIFY(selected.parked());
        rewritten.clear();
        inserted.clear();
        selected.setSelectedRacks({"r04"});
        QCOMPARE(ids(selected), (QStringList{"r04"}));
        QVERIFY(!selected.parked());
        QCOMPARE(rewritten.count(), 1);
        QCOMPARE(inserted.count(), 0);
        selected.setParksWhenEmpty(false);
        selected.setSelectedRacks({"r02", "r07"});

        // Four selected, limit 3: the first three of the selection.
        both.setSelectedRacks({"r02", "r07", "r09", "r10"});
        QCOMPARE(both.shown(), 3);
        QCOMPARE(both.candidates(), 4);

        // r01 deleted: every row of the rack model shifts up one; the first racks are now r02 … r04, and the
        // selected racks' rows follow their racks.
        planner->selection()->select("r01");
        QCOMPARE(planner->deleteSelection(), QString());
        QCOMPARE(ids(first), (QStringList{"r02", "r03", "r04"}));
        QCOMPARE(ids(selected), (QStringList{"r02", "r07"}));
        QCOMPARE(first.data(first.index(0), RackListModel::RackIdRole).toString(),
                 planner->racks()->data(planner->racks()->index(0), RackListModel::RackIdRole).toString());
        planner->undo();
        QCOMPARE(ids(first), (QStringList{"r01", "r02", "r03"}));
    }

    void paletteModelFilters() {
        QAbstractItemModelTester tester(planner->palette(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = planner->palette()->rowCount();
        QVERIFY(all >= 45);
        planner->palette()->setFilter("dgx h100");
        QCOMPARE(planner->palette()->rowCount(), 1);
        QCOMPARE(planner->palette()->data(planner->palette()->index(0), PaletteModel::IdRole).toString(), QString("nvidia-dgx-h100"));
        // DGX H100: 8U, 10.2 kW, 8 GPUs, 8 × 989.4 TF = 7.9 PFLOPS FP16 (dense).
        QCOMPARE(planner->palette()->data(planner->palette()->index(0), PaletteModel::FiguresRole).toString(),
                 QString("8U · 10.2 kW · 8 GPU · 7.9 PFLOPS FP16"));
        planner->palette()->setFilter("no such thing at all");
        QCOMPARE(planner->palette()->rowCount(), 0);
        planner->palette()->setFilter("");
        QCOMPARE(planner->palette()->rowCount(), all);
    }

    void rackDragIsOneUndoStep() {
        const int before = planner->document()->undoStack()->count();
        int drag = planner->beginRackDrag();
        for (int i = 1; i <= 20; ++i) planner->moveRack("r10", 10600 + i * 50, 6000 + i * 30, drag);
        QCOMPARE(planner->document()->undoStack()->count(), before + 1);
        planner->undo();
        QCOMPARE(planner->document()->project().rack("r10")->position, (Point{10600, 4000}));
    }

    void refusedEditChangesNothing() {
        const QString json = planner->projectJson();
        // U5–U12 of A01 hold DGX-01.
        QVERIFY(planner->addDevice("nvidia-dgx-h100", "r01", 5, "front").contains("is taken by DGX-01"));
        QVERIFY(planner->moveDevice("dgx-01", "r01", 44, "front").contains("has 48 U"));
        QCOMPARE(planner->projectJson(), json);
        QVERIFY(!planner->modified());
    }

    void saveIsAtomicAndMarksClean() {
        QTemporaryDir dir;
        const QString path = dir.filePath("pod.podplan");
        planner->selection()->select("r01");
        planner->rotateSelection();
        QVERIFY(planner->modified());
        QVERIFY(planner->title().startsWith("*"));
        QVERIFY(planner->saveAs(path));
        QVERIFY(!planner->modified());
        QVERIFY(!planner->title().startsWith("*"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), planner->projectJson());
        // A directory that does not exist: clear error, the document stays modified-free and unchanged.
        QVERIFY(!planner->saveAs(dir.filePath("missing/dir/pod.podplan")));
        QVERIFY(planner->lastError().contains("missing/dir/pod.podplan"));
        QVERIFY(planner->lastError().contains("previous file is unchanged"));
        QCOMPARE(planner->filePath(), path);
    }

    void openBadFileKeepsDocument() {
        const QString json = planner->projectJson();
        QVERIFY(!planner->openFile(PODPLANNER_FIXTURES "/cli/bad-u.podplan"));
        QVERIFY(planner->lastError().contains("/devices/0/u"));
        QCOMPARE(planner->projectJson(), json);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
