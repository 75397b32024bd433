// One floor, three renderers: the planner's floor (FloorCanvas on the RackListModel), the comparison view
// (FloorCanvas on a CompareController FloorSnapshot) and the PDF / SVG / PNG floor plan (FloorPlanPainter)
// paint a rack in the same band colour, the one FloorScene.h's table gives for model/PowerBand.h's band,
// and give a rotated rack the same footprint and front edge. Colours are read back from painted pixels.
#include <QtTest>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include "CatalogLoader.h"
#include "CompareController.h"
#include "ExportData.h"
#include "FloorCanvas.h"
#include "FloorPlanPainter.h"
#include "FloorScene.h"
#include "LoadColours.h"
#include "Planner.h"
#include "Sheet.h"

using namespace pod;

namespace {
const QString kFixture = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";

// Racks A01–A04 of the fixture each draw 4 × 10.2 kW = 40.8 kW; these budgets put them at 79.9 %, exactly
// 80.0 %, 80.1 % and 113.3 % of budget against the default warning line of 80 %. A10 (40.8 of 45 kW) is
// turned a quarter: its front faces east.
struct BandCase {
    const char* rack;
    double budgetW;
    LoadBand band;  // the arithmetic, with PowerBand.h's rule: up to and including the line is fine
};
const BandCase kCases[] = {
    {"r01", 51065, LoadBand::Ok},       // 40.8 / 51.065 = 0.79898
    {"r02", 51000, LoadBand::Ok},       // 40.8 / 51.0 = 0.8 exactly: on the line
    {"r03", 50936, LoadBand::Warning},  // 40.8 / 50.936 = 0.80101
    {"r04", 36000, LoadBand::Over},     // 40.8 / 36.0 = 1.133
};
const char* kRotated = "r10";

// A point well inside a rack's rectangle (pixels): clear of its outline, front bar, name and marker.
QPoint inside(const QRectF& px) { return QPointF(px.left() + px.width() * 0.25, px.top() + px.height() * 0.8).toPoint(); }

QColor pixel(const QImage& image, QPoint p) { return QColor(image.pixel(p)); }

QImage paintCanvas(FloorCanvas& canvas) {
    QImage image(int(canvas.width()), int(canvas.height()), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    canvas.paint(&painter);
    return image;
}
}  // namespace

class TestFloorScene : public QObject {
    Q_OBJECT
    Catalog catalog;
    QTemporaryDir dir;
    QString projectPath;

    const FloorRack* find(const FloorScene& scene, const QString& id) {
        for (const FloorRack& r : scene.racks)
            if (r.id == id) return &r;
        return nullptr;
    }
    // The canvas on 14 m × 9 m of floor at 0.05 px/mm, 20 px from the edges.
    void frame(FloorCanvas& canvas) {
        canvas.setSize(QSizeF(740, 490));
        canvas.setZoom(0.05);
        canvas.setPanX(20);
        canvas.setPanY(20);
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        // The fixture with the budgets and the turned rack above, as a file (the planner and the
        // comparison open files; the PDF reads the planner's project).
        QFile in(kFixture);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray racks = project.value("racks").toArray();
        for (int i = 0; i < racks.size(); ++i) {
            QJsonObject r = racks[i].toObject();
            for (const BandCase& c : kCases)
                if (r.value("id").toString() == c.rack) r["power_budget_w"] = c.budgetW;
            if (r.value("id").toString() == kRotated) r["rotation"] = 90;
            racks[i] = r;
        }
        project["racks"] = racks;
        projectPath = dir.filePath("bands.podplan");
        QFile out(projectPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(project).toJson());
    }

    // The table: each band has its own fill, and QML (Theme.loadColour / loadFill) reads the same table.
    void oneTableForEveryBand() {
        LoadColours qml;
        for (int b = 0; b < 4; ++b) {
            QCOMPARE(qml.fill(b), bandColours(LoadBand(b)).fill);
            QCOMPARE(qml.colour(b), bandColours(LoadBand(b)).colour);
            for (int other = 0; other < b; ++other) QVERIFY(bandColours(LoadBand(b)).fill != bandColours(LoadBand(other)).fill);
        }
        QCOMPARE(bandColours(LoadBand::Ok).colour, QColor("#2e7d32"));
        QCOMPARE(bandColours(LoadBand::Warning).colour, QColor("#c77700"));
        QCOMPARE(bandColours(LoadBand::Over).colour, QColor("#c62828"));
    }

    void canvasPdfAndCompareAgree() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(projectPath), qPrintable(planner.lastError()));
        const Project& project = planner.document()->project();
        QCOMPARE(planner.powerWarningFraction(), 0.8);

        // The planner's floor.
        FloorCanvas canvas;
        canvas.setModel(planner.racks());
        canvas.setWarningFraction(planner.powerWarningFraction());
        frame(canvas);
        const QImage onScreen = paintCanvas(canvas);

        // The comparison view's floor (side A is the open project as it is).
        CompareController compare(&planner);
        QCOMPARE(compare.compareWithFile(kFixture), QString());
        FloorCanvas side;
        side.setSnapshot(compare.floorA());
        frame(side);
        const QImage sideBySide = paintCanvas(side);

        // The PDF's floor plan, on an A4 landscape sheet at 10 px/mm.
        ExportData data(project, catalog);
        FloorPlanPainter plan(data);
        QImage paper(2970, 2100, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.setRenderHint(QPainter::Antialiasing);
        Sheet sheet(painter, QRectF(0, 0, 2970, 2100), QSizeF(297, 210));
        const QRectF area(10, 10, 277, 190);
        plan.paint(sheet, area);
        painter.end();
        const FloorPlanGeometry g = plan.geometry(area);
        const FloorScene scene = floorScene(project, catalog, data.totals());

        for (const BandCase& c : kCases) {
            const QString id = QString::fromLatin1(c.rack);
            const QColor expected = bandColours(c.band).fill;
            const FloorRack* r = find(scene, id);
            QVERIFY(r);
            QCOMPARE(r->band, c.band);
            QCOMPARE(loadBand(r->powerFraction, 0.8), c.band);
            QCOMPARE(planner.loadBand(r->powerFraction), int(c.band));
            QCOMPARE(r->fill, expected);
            QCOMPARE(pixel(onScreen, inside(canvas.rackRect(id))), expected);
            QCOMPARE(pixel(sideBySide, inside(side.rackRect(id))), expected);
            const QRectF onPaper = sheet.map(QRectF(g.toPaper(r->box.left(), r->box.top()), g.toPaper(r->box.right(), r->box.bottom())));
            QCOMPARE(pixel(paper, inside(onPaper)), expected);
        }
        // The compare view's rack list reads the same fractions.
        for (const QVariant& v : compare.racksA()) {
            const QVariantMap m = v.toMap();
            const FloorRack* r = find(scene, m.value("id").toString());
            QVERIFY(r);
            QCOMPARE(m.value("powerFraction").toDouble(), std::max(0.0, r->powerFraction));
        }
    }

    // A10 turned a quarter: the same footprint and front edge in the planner's rows, the PDF's scene and the
    // comparison's floor, wide along x by the model's depth, its front the east edge; both canvases and the
    // PDF paint the front on that edge.
    void rotatedRackSameGeometry() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(projectPath), qPrintable(planner.lastError()));
        const Project& project = planner.document()->project();
        const QString id = QString::fromLatin1(kRotated);
        const RackModel* model = catalog.rack(project.rack(kRotated)->model);
        QVERIFY(model);

        ExportData data(project, catalog);
        const FloorScene pdf = floorScene(project, catalog, data.totals());
        const FloorRack* onPaper = find(pdf, id);
        QVERIFY(onPaper);
        const FloorRack& row = planner.racks()->rowAt(planner.racks()->rowOf(id)).floor;
        CompareController compare(&planner);
        QCOMPARE(compare.compareWithFile(kFixture), QString());
        const FloorRack* side = find(compare.floorA()->scene(), id);
        QVERIFY(side);

        QCOMPARE(onPaper->rotation, 90);
        const QPolygonF expected({QPointF(10600 - model->depthMm / 2, 4000 - model->widthMm / 2),
                                  QPointF(10600 + model->depthMm / 2, 4000 - model->widthMm / 2),
                                  QPointF(10600 + model->depthMm / 2, 4000 + model->widthMm / 2),
                                  QPointF(10600 - model->depthMm / 2, 4000 + model->widthMm / 2)});
        QCOMPARE(onPaper->footprint, expected);
        QCOMPARE(row.footprint, expected);
        QCOMPARE(side->footprint, expected);
        const QLineF east(expected[1], expected[2]);
        QCOMPARE(onPaper->front, east);
        QCOMPARE(row.front, east);
        QCOMPARE(side->front, east);
        QCOMPARE(onPaper->inward(), QPointF(-1, 0));

        // The canvas's hit-test rectangle is that footprint at its zoom and pan.
        FloorCanvas canvas;
        canvas.setModel(planner.racks());
        frame(canvas);
        const QRectF px = canvas.rackRect(id);
        QCOMPARE(px, QRectF(20 + expected.boundingRect().left() * 0.05, 20 + expected.boundingRect().top() * 0.05,
                            expected.boundingRect().width() * 0.05, expected.boundingRect().height() * 0.05));
        // Painted: the front bar inside the east edge, the band's fill inside the west one.
        const QImage image = paintCanvas(canvas);
        const int midY = int(px.center().y());
        QCOMPARE(pixel(image, QPoint(int(px.right()) - 2, midY)), rackFrontColour());
        QCOMPARE(pixel(image, QPoint(int(px.left()) + 3, midY + 8)), bandColours(onPaper->band).fill);

        FloorPlanPainter plan(data);
        QImage paper(2970, 2100, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        Sheet sheet(painter, QRectF(0, 0, 2970, 2100), QSizeF(297, 210));
        const QRectF area(10, 10, 277, 190);
        plan.paint(sheet, area);
        painter.end();
        const FloorPlanGeometry g = plan.geometry(area);
        const QRectF mm(g.toPaper(expected[0].x(), expected[0].y()), g.toPaper(expected[2].x(), expected[2].y()));
        const QRectF dots = sheet.map(mm);
        QCOMPARE(pixel(paper, sheet.map(QPointF(mm.right() - 0.35, mm.center().y() + 1)).toPoint()), rackFrontColour());
        QCOMPARE(pixel(paper, QPoint(int(dots.left()) + 8, int(dots.bottom()) - 8)), bandColours(onPaper->band).fill);
    }
};

QTEST_MAIN(TestFloorScene)
#include "tst_floor_scene.moc"
