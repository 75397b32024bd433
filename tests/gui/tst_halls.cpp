// A site of three halls in the planner: the hall switcher (Site + each hall), a hall shown alone on the floor
// (only its racks painted and hit-tested, also by a mouse click in the real window), the totals of the scope
// chosen against hand arithmetic from the catalog and against model/site's computeHallTotals, the choice as
// view state (no undo step, not in the file, kept through edits and undo, back to the site on open), and a
// project without halls that shows no switcher.
//
// The site: generatePod(64 × DGX H100, 4 per rack) repeated in 3 halls (repeatInHalls): per hall
// 64 / 4 = 16 GPU racks plus the pod's network racks; halls side by side along x, 20 m apart.
#include <QtTest>

#include <QImage>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include "CatalogLoader.h"
#include "FindItem.h"
#include "FloorCanvas.h"
#include "HallSums.h"
#include "Planner.h"
#include "PlannerApp.h"
#include "generator/PodGenerator.h"
#include "ProjectFile.h"
#include "Site.h"
#include "SiteTotals.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

using namespace pod;

namespace {
const QString kNoHalls = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";
constexpr int kNodesPerHall = 64, kPerRack = 4, kHalls = 3;

QString valueOf(const QVariantList& rows, const QString& label) {
    for (const QVariant& v : rows)
        if (v.toMap().value("label").toString() == label) return v.toMap().value("value").toString();
    return {};
}
QStringList racksOfHall(const Project& p, const std::string& hall) {
    QStringList out;
    for (const Rack& r : p.layout.racks)
        if (r.hall == hall) out << QString::fromStdString(r.id);
    return out;
}
void paint(FloorCanvas& canvas) {
    QImage image(int(canvas.width()), int(canvas.height()), QImage::Format_RGB32);
    QPainter painter(&image);
    canvas.paint(&painter);
}
}  // namespace

class TestHalls : public QObject {
    Q_OBJECT
    Catalog catalog;
    QTemporaryDir dir;
    QString sitePath;
    int gpusPerNode = 0;
    double gpuMemoryGbPerNode = 0;

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        // The node's figures from the catalog: DGX H100, 8 × H100 SXM of 80 GB.
        const Equipment* dgx = catalog.equipment("nvidia-dgx-h100");
        QVERIFY(dgx);
        const Accelerator* gpu = catalog.accelerator(dgx->acceleratorRef);
        QVERIFY(gpu);
        gpusPerNode = dgx->acceleratorCount;
        gpuMemoryGbPerNode = gpu->memoryGb * dgx->acceleratorCount;
        QCOMPARE(gpusPerNode, 8);
        QCOMPARE(gpuMemoryGbPerNode, 640.0);

        GeneratorOptions options;
        options.nodeId = "nvidia-dgx-h100";
        options.nodes = kNodesPerHall;
        options.perRack = kPerRack;
        auto result = generatePod(options, catalog);
        auto* pod = std::get_if<GeneratedPod>(&result);
        QVERIFY(pod);
        sitePath = dir.filePath("site3.podplan");
        QFile out(sitePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(ProjectFile::serialize(repeatInHalls(pod->project, kHalls))));
    }

    void scopesListSiteAndEveryHall() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(sitePath), qPrintable(planner.lastError()));
        HallScope& halls = *planner.halls();
        QVERIFY(halls.hasHalls());
        QCOMPARE(halls.names(), (QStringList{"Site", "Hall 1", "Hall 2", "Hall 3"}));
        QCOMPARE(halls.index(), 0);
        QCOMPARE(halls.name(), QString("Site"));
        // Ctrl+PgDown / Ctrl+PgUp step through them, wrapping.
        halls.next();
        QCOMPARE(halls.hallId(), QString("hall-1"));
        halls.previous();
        halls.previous();
        QCOMPARE(halls.name(), QString("Hall 3"));
        halls.next();
        QCOMPARE(halls.index(), 0);
        // The overview labels each hall with its racks, GPUs and IT power.
        const QVariantList overview = halls.overview();
        QCOMPARE(overview.size(), kHalls);
        const int racksPerHall = int(racksOfHall(planner.document()->project(), "hall-2").size());
        QVERIFY(racksPerHall > kNodesPerHall / kPerRack);  // 16 GPU racks and the network racks
        QVERIFY2(overview[1].toMap().value("detail").toString().startsWith(
                     QString("%1 racks · %2 GPUs · ").arg(racksPerHall).arg(kNodesPerHall * gpusPerNode)),
                 qPrintable(overview[1].toMap().value("detail").toString()));
        // A point inside hall 2's outline is hall 2.
        const QRectF hall2 = QPolygonF([&] {
                                 QPolygonF p;
                                 for (const QVariant& v : overview[1].toMap().value("points").toList()) p << v.toPointF();
                                 return p;
                             }()).boundingRect();
        QCOMPARE(halls.hallAt(hall2.center().x(), hall2.center().y()), 2);
        QCOMPARE(halls.hallAt(hall2.left() - 1000, hall2.center().y()), -1);  // the 20 m between halls
    }

    // Hall 2 alone: the canvas paints and hits exactly its racks, nothing where a hall-1 rack stands.
    void hallShowsOnlyItsRacks() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(sitePath));
        const Project& project = planner.document()->project();
        FloorCanvas canvas;
        canvas.setModel(planner.racks());
        canvas.setSize(QSizeF(1200, 300));
        // The whole site in view: 90.4 m along x at 0.012 px/mm is 1,085 px.
        canvas.setZoom(0.012);
        canvas.setPanX(20);
        canvas.setPanY(100);
        const QString inHall1 = QString::fromStdString(project.layout.racks.front().id);
        QCOMPARE(QString::fromStdString(project.layout.racks.front().hall), QString("hall-1"));
        const QRectF hall1Rack = canvas.rackRect(inHall1);
        QVERIFY(!hall1Rack.isEmpty());
        QCOMPARE(canvas.rackAt(hall1Rack.center().x(), hall1Rack.center().y()), inHall1);
        paint(canvas);
        QCOMPARE(canvas.paintedRacks(), int(project.layout.racks.size()));

        planner.halls()->setIndex(2);
        canvas.setHall(planner.halls()->hallId());
        canvas.setOutline(planner.halls()->outline());
        paint(canvas);
        const QStringList hall2 = racksOfHall(project, "hall-2");
        QCOMPARE(canvas.paintedRacks(), int(hall2.size()));
        QCOMPARE(canvas.racksIn(QRectF(0, 0, canvas.width(), canvas.height())), hall2);
        QCOMPARE(canvas.rackAt(hall1Rack.center().x(), hall1Rack.center().y()), QString());
        QVERIFY(canvas.rackRect(inHall1).isEmpty());
        const QRectF hall2Rack = canvas.rackRect(hall2.first());
        QCOMPARE(canvas.rackAt(hall2Rack.center().x(), hall2Rack.center().y()), hall2.first());
    }

    void totalsOfTheScope() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(sitePath));
        const Project& project = planner.document()->project();
        const int racksPerHall = int(racksOfHall(project, "hall-2").size());
        // Site: 3 halls × 64 nodes × 8 GPUs = 1,536 GPUs; 3 × 64 × 640 GB = 122,880 GB.
        const QVariantList site = planner.totals()->rows();
        QCOMPARE(valueOf(site, "GPUs"), QString::number(kHalls * kNodesPerHall * gpusPerNode));
        QCOMPARE(valueOf(site, "GPUs"), QString("1536"));
        QCOMPARE(valueOf(site, "GPU memory"), QString("122,880 GB"));
        QCOMPARE(valueOf(site, "Racks"), QString::number(kHalls * racksPerHall));

        planner.halls()->setIndex(2);
        const QVariantList hall = planner.totals()->rows();
        // Hall 2: 64 × 8 = 512 GPUs, 64 × 640 GB = 40,960 GB.
        QCOMPARE(valueOf(hall, "GPUs"), QString::number(kNodesPerHall * gpusPerNode));
        QCOMPARE(valueOf(hall, "GPUs"), QString("512"));
        QCOMPARE(valueOf(hall, "GPU memory"), QString("40,960 GB"));
        QCOMPARE(valueOf(hall, "Racks"), QString::number(racksPerHall));

        // The hall's sums from the checker's per-rack totals equal model/site's, which cuts the hall out and
        // recomputes it; three identical halls make the site.
        const auto cutOut = computeHallTotals(project, catalog);
        QCOMPARE(int(cutOut.size()), kHalls);
        const ProjectTotals& all = planner.document()->checker().totals();
        for (const HallTotals& expected : cutOut) {
            const ProjectTotals t = hallTotals(project, all, expected.hall->id);
            QCOMPARE(t.racks, expected.totals.racks);
            QCOMPARE(t.sum.gpus, expected.totals.sum.gpus);
            QCOMPARE(t.sum.devices, expected.totals.sum.devices);
            QCOMPARE(t.sum.maxW, expected.totals.sum.maxW);
            QCOMPARE(t.sum.heatLiquidW + t.sum.heatAirW, expected.totals.sum.heatLiquidW + expected.totals.sum.heatAirW);
            QCOMPARE(t.totalWeightKg(), expected.totals.totalWeightKg());
            QCOMPARE(t.uUsed, expected.totals.uUsed);
            QCOMPARE(t.footprintM2, expected.totals.footprintM2);
            QCOMPARE(t.roomAreaM2, expected.totals.roomAreaM2);
            int cables = 0;
            for (const auto& [medium, total] : hallCablesByMedium(project, planner.document()->checker().cabling(), expected.hall->id))
                cables += total.count;
            // The site's cables with both ends in the hall are the hall's own cabling: no cable between halls.
            QCOMPARE(std::size_t(cables), expected.cables);
            QVERIFY(cables > 0);
            QVERIFY(qAbs(t.sum.maxW * kHalls - all.sum.maxW) < 1e-6 * all.sum.maxW);  // summed in another order
            QCOMPARE(t.racks * kHalls, all.racks);
        }
        QCOMPARE(int(planner.document()->checker().cabling().cables.size()), int(kHalls * cutOut[1].cables));
        // Hall 2's room is the hall: its area, not the site's.
        QVERIFY(valueOf(hall, "Floor") != valueOf(site, "Floor"));
    }

    // View state: no undo step, not in the file; kept through an edit and its undo; the site after open.
    void scopeIsViewState() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(sitePath));
        const QString saved = planner.projectJson();
        QSignalSpy undo(&planner, &Planner::undoChanged);
        planner.halls()->setIndex(2);
        QCOMPARE(planner.projectJson(), saved);
        QVERIFY(!planner.canUndo());
        QCOMPARE(undo.count(), 0);
        QVERIFY(!planner.modified());

        const QString rack = racksOfHall(planner.document()->project(), "hall-2").first();
        QCOMPARE(planner.rename(rack, "Renamed"), QString());
        QCOMPARE(planner.halls()->index(), 2);
        planner.undo();
        QCOMPARE(planner.halls()->index(), 2);
        QCOMPARE(valueOf(planner.totals()->rows(), "GPUs"), QString("512"));

        QVERIFY(planner.openFile(sitePath));
        QCOMPARE(planner.halls()->index(), 0);
        QCOMPARE(planner.halls()->name(), QString("Site"));
    }

    void noHallsNoScope() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kNoHalls));
        QVERIFY(!planner.halls()->hasHalls());
        QVERIFY(planner.halls()->names().isEmpty());
        QCOMPARE(planner.halls()->name(), QString());
        QCOMPARE(planner.halls()->outline(), planner.roomOutline());
        QCOMPARE(planner.halls()->bounds(), planner.roomBounds());
        planner.halls()->next();  // nothing to step through
        QCOMPARE(planner.halls()->index(), 0);
        QCOMPARE(planner.halls()->hallId(), QString());
    }

    // The real window: the switcher is there with a site and gone without halls; Ctrl+PgDown, the switcher
    // and a double-click in the overview choose a hall; a click where a hall-1 rack stands selects nothing
    // while hall 2 is shown.
    void realWindow() {
        Catalog copy = catalog;
        PlannerApp app(std::move(copy));
        Planner& planner = app.planner();
        QVERIFY(planner.openFile(sitePath));
        QQuickStyle::setStyle("Fusion");
        QQmlApplicationEngine engine;
        app.attach(engine);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/PodPlanner/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem* switcher = findItem(window->contentItem(), "hallSwitcher");
        QVERIFY(switcher);
        QVERIFY(switcher->isVisible());
        QCOMPARE(switcher->property("count").toInt(), 1 + kHalls);
        QCOMPARE(switcher->property("currentText").toString(), QString("Site"));
        QQuickItem* title = findItem(window->contentItem(), "totalsTitle");
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QString("Totals · Site"));

        auto* canvas = qobject_cast<FloorCanvas*>(findItem(window->contentItem(), "floorCanvas"));
        QVERIFY(canvas);
        const Project& project = planner.document()->project();
        const QString inHall1 = QString::fromStdString(project.layout.racks.front().id);
        const QRectF hall1Rack = canvas->rackRect(inHall1);  // the site fits the view
        QVERIFY(!hall1Rack.isEmpty());

        // A double-click on hall 2's floor in the overview opens hall 2.
        const QPointF hall2Px = canvas->rackRect(racksOfHall(project, "hall-2").first()).center();
        QTest::mouseDClick(window, Qt::LeftButton, Qt::NoModifier, canvas->mapToScene(hall2Px).toPoint());
        QTRY_COMPARE(planner.halls()->index(), 2);
        QCOMPARE(switcher->property("currentText").toString(), QString("Hall 2"));
        QCOMPARE(canvas->hall(), QString("hall-2"));
        QCOMPARE(title->property("text").toString(), QString("Totals · Hall 2"));
        // Fitted to hall 2: its racks on the canvas, every one of them hit where it is drawn.
        const QRectF view(0, 0, canvas->width(), canvas->height());
        for (const QString& id : racksOfHall(project, "hall-2")) QVERIFY2(view.contains(canvas->rackRect(id)), qPrintable(id));

        // Ctrl+PgDown: hall 3; Ctrl+PgUp twice: hall 1.
        QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(planner.halls()->index(), 3);
        QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(planner.halls()->index(), 1);
        planner.halls()->setIndex(2);

        // Hall 2 shown, the view put back over the whole site: a click where a hall-1 rack stands selects nothing.
        QQuickItem* floor = findItem(window->contentItem(), "floorView");
        QVERIFY(floor);
        planner.halls()->setIndex(0);
        const qreal zoom = floor->property("zoom").toReal(), panX = floor->property("panX").toReal(), panY = floor->property("panY").toReal();
        planner.halls()->setIndex(2);
        floor->setProperty("zoom", zoom);
        floor->setProperty("panX", panX);
        floor->setProperty("panY", panY);
        QCOMPARE(canvas->rackAt(hall1Rack.center().x(), hall1Rack.center().y()), QString());
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, canvas->mapToScene(hall1Rack.center()).toPoint());
        QCOMPARE(planner.selection()->count(), 0);
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, canvas->mapToScene(hall2Px).toPoint());
        QCOMPARE(planner.selection()->ids(), QStringList{racksOfHall(project, "hall-2").first()});

        // The elevation strip, nothing selected: hall 2's first racks, out of hall 2's.
        planner.selection()->clear();
        QObject* elevations = window->findChild<QObject*>("elevationFilter");
        QVERIFY(elevations);
        QCOMPARE(elevations->property("candidates").toInt(), int(racksOfHall(project, "hall-2").size()));
        QVERIFY(elevations->property("shown").toInt() > 0);

        // Without halls: no switcher, the title as before.
        QVERIFY(planner.openFile(kNoHalls));
        QTRY_VERIFY(!switcher->isVisible());
        QCOMPARE(title->property("text").toString(), QString("Totals"));
    }
};

QTEST_MAIN(TestHalls)
#include "tst_halls.moc"
