// The power view's model (PowerWhatIf and its PowerTreeModel rows) on the 2N fixture, by hand arithmetic,
// the live what-if (fail, several at once, clear; the project never changes), the floor overlay read back
// from painted pixels, and the inspector's feed editor as an undoable edit.
//
// tests/fixtures/power/two-n-tight.podplan: racks R1, R2 (hpe-10848-g2, 800 × 1112 mm, centres (2,000,
// 3,000) and (3,000, 3,000) mm), one DGX H100 each (10,200 W max), feeds A on BW-A ← UPS-A ← UTIL-A and B on
// BW-B ← UPS-B ← UTIL-B. Each rack's 10,200 W is shared by its two live feeds: 5,100 W per feed, so each side
// carries 2 × 5,100 = 10,200 W. UPS: 1 × 15 kW. Busways: 415 V, 3-phase, 400 A; BW-A at the project's 80 %
// derating: √3 × 415 × 400 × 0.8 = 230,023 W; BW-B at its own 100 %: √3 × 415 × 400 = 287,529 W.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>

#include "CatalogLoader.h"
#include "FloorCanvas.h"
#include "Planner.h"
#include "PowerWhatIf.h"

using namespace pod;

namespace {
const QString kTwoN = PODPLANNER_FIXTURES "/power/two-n-tight.podplan";
const QString kNoChain = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";

QImage paintCanvas(FloorCanvas& canvas) {
    QImage image(int(canvas.width()), int(canvas.height()), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    canvas.paint(&painter);
    return image;
}
QColor pixel(const QImage& image, QPointF p) { return QColor(image.pixel(p.toPoint())); }

QVariantMap fieldOf(const QVariantMap& info, const QString& key) {
    for (const QVariant& f : info.value("fields").toList())
        if (f.toMap().value("key").toString() == key) return f.toMap();
    return {};
}
}  // namespace

class TestPowerView : public QObject {
    Q_OBJECT
    Catalog catalog;

private slots:
    void initTestCase() { QVERIFY(!loadStandardCatalog({}, {}, catalog)); }

    void rowsInNormalOperation() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(kTwoN), qPrintable(planner.lastError()));
        PowerWhatIf w(*planner.document());
        QAbstractItemModelTester tester(w.nodes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.hasChain());
        QVERIFY(!w.active());
        QVERIFY(w.carried());

        // The tree: each source, its UPS under it, the busway under that.
        QStringList ids;
        QList<int> depths;
        for (const auto& r : w.nodes()->rows()) {
            ids << r.id;
            depths << r.depth;
        }
        QCOMPARE(ids, (QStringList{"UTIL-A", "UPS-A", "BW-A", "UTIL-B", "UPS-B", "BW-B"}));
        QCOMPARE(depths, (QList<int>{0, 1, 2, 0, 1, 2}));

        // UPS-A: 10,200 W of 15,000 W = 68 % ≤ the 80 % line: band 1 (ok).
        const PowerTreeRow* ups = w.nodes()->row("UPS-A");
        QCOMPARE(ups->loadW, 10200.0);
        QCOMPARE(ups->capacityW, 15000.0);
        QCOMPARE(ups->fraction, 0.68);
        QCOMPARE(ups->band, 1);
        QCOMPARE(ups->loadText, QString("10.2 kW of 15.0 kW"));
        QCOMPARE(ups->percentText, QString("68 %"));
        QCOMPARE(ups->detail, QString("1 × 15 kW, 2N"));
        QCOMPARE(ups->upstream, QString("from UTIL-A"));
        QCOMPARE(ups->racks, 2);
        // BW-A: 10,200 W of 230,023 W = 4.4 %; per line 10,200 / 3 = 3,400 W at 415 / √3 = 239.6 V: 14.2 A.
        const PowerTreeRow* bwA = w.nodes()->row("BW-A");
        QCOMPARE(bwA->name, QString("Busway A1"));
        QCOMPARE(bwA->loadText, QString("10.2 kW of 230.0 kW"));
        QCOMPARE(bwA->percentText, QString("4.4 %"));
        QCOMPARE(bwA->phaseText, QString("L1 14.2 A · L2 14.2 A · L3 14.2 A"));
        QCOMPARE(bwA->detail, QString("415 V 3-phase 400 A at 80 %"));
        // BW-B at its own 100 %: 10,200 / 287,529 = 3.5 %. Sources carry it too: 10,200 / 2,000,000 = 0.5 %.
        QCOMPARE(w.nodes()->row("BW-B")->loadText, QString("10.2 kW of 287.5 kW"));
        QCOMPARE(w.nodes()->row("BW-B")->percentText, QString("3.5 %"));
        QCOMPARE(w.nodes()->row("UTIL-B")->percentText, QString("0.5 %"));
        QCOMPARE(w.nodes()->row("UTIL-B")->phaseText, QString());
        QCOMPARE(w.summary(), QString("Normal operation: 0 racks dark, all carried, highest UPS-A at 68 %"));
        QCOMPARE(w.nodes()->get("UPS-B").value("percentText").toString(), QString("68 %"));
    }

    // With nothing failed the tree shows the checker's unfailed flow: it must follow every edit and its undo.
    void unfailedTreeFollowsEdits() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kTwoN));
        PowerWhatIf w(*planner.document());
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 10200.0);  // r1 and r2, 10,200 W each, half on each side
        // The selection's racks in project order: a device's rack and a rack (the checker's indexes find both).
        planner.selection()->select("r2", false);
        planner.selection()->select("n1", true);
        QCOMPARE(planner.selection()->racks(), (QStringList{"r1", "r2"}));
        planner.selection()->select("n1", false);
        QCOMPARE(planner.selection()->racks(), QStringList{"r1"});
        QCOMPARE(planner.deleteSelection(), QString());
        QCOMPARE(planner.selection()->count(), 0);  // n1 is gone: not selected any more
        // r2 alone: 10,200 / 2 = 5,100 W of 15,000 W = 34 %.
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 5100.0);
        QCOMPARE(w.nodes()->row("UPS-A")->percentText, QString("34 %"));
        QCOMPARE(w.summary(), QString("Normal operation: 0 racks dark, all carried, highest UPS-A at 34 %"));
        planner.undo();
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 10200.0);
        QCOMPARE(w.summary(), QString("Normal operation: 0 racks dark, all carried, highest UPS-A at 68 %"));
        // Selected while a redo deletes it: pruned from the selection, its rack with it.
        planner.selection()->select("n1", false);
        planner.redo();
        QCOMPARE(planner.selection()->count(), 0);
        QCOMPARE(planner.selection()->racks(), QStringList());
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 5100.0);
        planner.undo();
        // Failed and cleared again: the what-if's own flow, then the checker's, agree.
        w.setFailed("UPS-B", true);
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 20400.0);
        w.clear();
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 10200.0);
    }

    void failAndClear() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kTwoN));
        PowerWhatIf w(*planner.document());
        QAbstractItemModelTester tester(w.nodes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString before = planner.projectJson();
        QSignalSpy changed(&w, &PowerWhatIf::changed);

        // UPS-A fails: UPS-B carries both racks whole, 2 × 10,200 = 20,400 W of 15,000 W = 136 %: over (band 3).
        w.setFailed("UPS-A", true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(w.active());
        QVERIFY(!w.carried());
        QCOMPARE(w.failed(), QStringList{"UPS-A"});
        const PowerTreeRow* upsB = w.nodes()->row("UPS-B");
        QCOMPARE(upsB->loadW, 20400.0);
        QCOMPARE(upsB->percentText, QString("136 %"));
        QVERIFY(upsB->overloaded);
        QCOMPARE(upsB->band, 3);
        QVERIFY(w.nodes()->row("UPS-A")->failed);
        QVERIFY(!w.nodes()->row("UPS-A")->alive);
        // BW-A is dead (its only upstream failed) but not failed itself.
        QVERIFY(!w.nodes()->row("BW-A")->alive);
        QVERIFY(!w.nodes()->row("BW-A")->failed);
        QCOMPARE(w.nodes()->row("BW-A")->loadText, QString("no power"));
        QCOMPARE(w.nodes()->row("BW-A")->racks, 0);
        // BW-B: 20,400 / 287,529 = 7.1 %; 6,800 W per line at 239.6 V: 28.4 A.
        QCOMPARE(w.nodes()->row("BW-B")->percentText, QString("7.1 %"));
        QCOMPARE(w.nodes()->row("BW-B")->phaseText, QString("L1 28.4 A · L2 28.4 A · L3 28.4 A"));
        QCOMPARE(w.summary(), QString("UPS-A failed: 0 racks dark, UPS-B at 136 %"));
        QCOMPARE(w.darkRacks(), QStringList());
        QCOMPARE(w.overloadedRacks(), (QStringList{"r1", "r2"}));

        // Both busways as well: nothing reaches the racks.
        w.setFailed("BW-A", true);
        w.toggleFailed("BW-B");
        QCOMPARE(w.failed(), (QStringList{"UPS-A", "BW-A", "BW-B"}));
        QCOMPARE(w.darkRacks(), (QStringList{"r1", "r2"}));
        QCOMPARE(w.overloadedRacks(), QStringList());
        QCOMPARE(w.summary(), QString("UPS-A, BW-A, BW-B failed: 2 racks dark (R1, R2), no load on the chain"));
        w.toggleFailed("BW-B");
        QCOMPARE(w.failed(), (QStringList{"UPS-A", "BW-A"}));
        w.setFailed("NOPE", true);  // not a node: ignored
        QCOMPARE(w.failed().size(), 2);

        // Clear: back to normal operation. The project never changed and nothing went on the undo stack.
        w.clear();
        QVERIFY(!w.active());
        QCOMPARE(w.nodes()->row("UPS-B")->loadW, 10200.0);
        QCOMPARE(w.nodes()->row("UPS-A")->percentText, QString("68 %"));
        QVERIFY(w.nodes()->row("BW-A")->alive);
        QCOMPARE(planner.projectJson(), before);
        QVERIFY(!planner.canUndo());
        QVERIFY(!planner.modified());

        // Another project drops the failures.
        w.setFailed("UPS-B", true);
        QVERIFY(planner.openFile(kTwoN));
        QVERIFY(!w.active());
    }

    void emptyChain() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kNoChain));
        PowerWhatIf w(*planner.document());
        QVERIFY(!w.hasChain());
        QCOMPARE(w.nodes()->rowCount(), 0);
        QCOMPARE(w.summary(), QString("No power chain in this project"));
        QVERIFY(w.carried());
        // No chain, no feed rows in the inspector.
        planner.selection()->select("r01");
        QVERIFY(fieldOf(planner.inspector()->info(), "feed:A").isEmpty());
    }

    // The floor: a dark rack is filled grey; a rack carried by an overloaded node is outlined red.
    void floorOverlayPixels() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kTwoN));
        PowerWhatIf w(*planner.document());
        FloorCanvas canvas;
        canvas.setModel(planner.racks());
        canvas.setPowerWhatIf(&w);
        canvas.setSize(QSizeF(500, 400));
        canvas.setZoom(0.1);
        canvas.setPanX(0);
        canvas.setPanY(0);
        // R1: 800 × 1112 mm centred on (2,000, 3,000): x 1,600–2,400, y 2,444–3,556 mm → 160–240, 244.4–355.6 px.
        const QRectF r1 = canvas.rackRect("r1");
        QCOMPARE(r1, QRectF(160, 244.4, 80, 111.2));
        const QPointF inside(r1.left() + 4, r1.bottom() - 4), justOutside(r1.left() - 2, r1.center().y());

        QImage normal = paintCanvas(canvas);
        const QColor normalFill = pixel(normal, inside);
        QCOMPARE(normalFill, bandColours(LoadBand::Ok).fill);  // 10.2 of 40 kW budget
        QVERIFY(pixel(normal, justOutside) != overloadedRackOutline());

        w.setFailed("UPS-A", true);  // UPS-B over capacity carries R1 and R2
        QImage over = paintCanvas(canvas);
        QCOMPARE(pixel(over, justOutside), overloadedRackOutline());
        QCOMPARE(pixel(over, inside), normalFill);

        w.setFailed("UPS-B", true);  // both sides gone: R1 and R2 dark
        QImage dark = paintCanvas(canvas);
        QCOMPARE(pixel(dark, inside), darkRackFill());
        QVERIFY(pixel(dark, justOutside) != overloadedRackOutline());

        w.clear();
        QCOMPARE(pixel(paintCanvas(canvas), inside), normalFill);
    }

    // The inspector lists each feed's node and phase; changing them is one undo step.
    void inspectorFeedEdit() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kTwoN));
        PowerWhatIf w(*planner.document());
        planner.selection()->select("r1");
        QVariantMap feedA = fieldOf(planner.inspector()->info(), "feed:A");
        QCOMPARE(feedA.value("editor").toString(), QString("feed"));
        QCOMPARE(feedA.value("value").toString(), QString("BW-A"));
        QCOMPARE(feedA.value("phase").toString(), QString());
        QCOMPARE(fieldOf(planner.inspector()->info(), "feed:B").value("value").toString(), QString("BW-B"));
        // Options: not on the chain, then UPSs and busways (no sources).
        QStringList options;
        for (const QVariant& o : w.feedNodeOptions()) options << o.toMap().value("id").toString();
        QCOMPARE(options, (QStringList{"", "UPS-A", "UPS-B", "BW-A", "BW-B"}));
        QCOMPARE(w.phaseOptions().size(), 7);

        // R1's A onto BW-B at L1-L2: UPS-B carries R1 whole (10,200) and R2's B (5,100) = 15,300 W = 102 %.
        QCOMPARE(w.setRackFeed("r1", "A", "BW-B", "L1-L2"), QString());
        QCOMPARE(w.nodes()->row("UPS-B")->loadW, 15300.0);
        QCOMPARE(w.nodes()->row("UPS-B")->percentText, QString("102 %"));
        QCOMPARE(w.nodes()->row("UPS-A")->loadW, 5100.0);
        QCOMPARE(w.rackFeed("r1", "A").value("node").toString(), QString("BW-B"));
        QCOMPARE(w.rackFeed("r1", "A").value("phase").toString(), QString("L1-L2"));
        QCOMPARE(fieldOf(planner.inspector()->info(), "feed:A").value("phase").toString(), QString("L1-L2"));
        QVERIFY(planner.canUndo());
        QCOMPARE(planner.undoText(), QString("Change feed A of R1"));
        planner.undo();
        QCOMPARE(w.nodes()->row("UPS-B")->loadW, 10200.0);
        QCOMPARE(w.rackFeed("r1", "A").value("node").toString(), QString("BW-A"));

        QCOMPARE(w.setRackFeed("r1", "A", "UTIL-A", ""), QString("UTIL-A is a utility; a rack feed hangs from a UPS or distribution node"));
        QVERIFY(!planner.canUndo());  // refused: nothing pushed
    }
};

QTEST_MAIN(TestPowerView)
#include "tst_power_view.moc"
