// The floor's heat map and cooling units, checked by hand arithmetic and by reading painted pixels:
// kW per m² of a rack's own footprint, the liquid/air split (model/Cooling.h deviceHeat), the heat-map step
// a rack lands in, a cooling unit's load band (the same line as racks, model/PowerBand.h), where a unit
// without a floor position is placed, and what the inspector shows for a unit and a rack.
#include <QtTest>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include "CatalogLoader.h"
#include "Cooling.h"
#include "ExportData.h"
#include "FloorCanvas.h"
#include "FloorPlanPainter.h"
#include "FloorScene.h"
#include "FloorSnapshot.h"
#include "HeatMapLegend.h"
#include "InspectorModel.h"
#include "Planner.h"
#include "Sheet.h"

using namespace pod;

namespace {
const QString kFixture = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";

QColor pixel(const QImage& image, QPointF p) { return QColor(image.pixel(p.toPoint())); }

QImage paintCanvas(FloorCanvas& canvas) {
    QImage image(int(canvas.width()), int(canvas.height()), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    canvas.paint(&painter);
    return image;
}

// A 120 kW rack with cold plates taking 0.85 of its heat, on a 600 × 1200 mm footprint, front north.
Equipment nvlLike() {
    Equipment e;
    e.id = "test-120kw";
    e.maxW = 120000;
    e.liquidFraction = 0.85;
    e.cooling = CoolingType::Liquid;
    return e;
}
RackModel footprint600x1200() {
    RackModel m;
    m.id = "test-rack";
    m.widthMm = 600;
    m.depthMm = 1200;
    return m;
}

QVariantMap rowNamed(const QVariantList& rows, const QString& label) {
    for (const QVariant& v : rows)
        if (v.toMap().value("label").toString() == label) return v.toMap();
    return {};
}
}  // namespace

class TestHeatMap : public QObject {
    Q_OBJECT
    Catalog catalog;
    QTemporaryDir dir;
    QString projectPath;

    // The fixture (10 × hpe-10848-g2, 800 × 1112 mm, row A at y = 4,000, A10 turned to face east) with three
    // Vertiv CoolChip CDU 600 units (600 kW, in-row): cdu-a at (4,000, 7,000) serving A01–A02, cdu-b at
    // (6,000, 7,000) serving A03, cdu-c with no position serving A01–A03.
    void writeProject() {
        QFile in(kFixture);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray racks = project.value("racks").toArray();
        for (int i = 0; i < racks.size(); ++i) {
            QJsonObject r = racks[i].toObject();
            if (r.value("id").toString() == "r10") r["rotation"] = 90;
            racks[i] = r;
        }
        project["racks"] = racks;
        auto unit = [](const char* id, QJsonArray serves, QJsonValue position) {
            QJsonObject u{{"id", id}, {"name", QString::fromLatin1(id).toUpper()}, {"catalog", "vertiv-coolchip-cdu-600"},
                          {"serves", QJsonObject{{"racks", serves}}}};
            if (!position.isNull()) u["position"] = position;
            return u;
        };
        project["cooling_units"] = QJsonArray{unit("cdu-a", {"r01", "r02"}, QJsonArray{4000, 7000}),
                                              unit("cdu-b", {"r03"}, QJsonArray{6000, 7000}),
                                              unit("cdu-c", {"r01", "r02", "r03"}, QJsonValue())};
        projectPath = dir.filePath("cooling.podplan");
        QFile out(projectPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(project).toJson());
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        writeProject();
    }

    // 120 kW × 0.85 = 102 kW liquid, 120 − 102 = 18 kW air; 0.6 m × 1.2 m = 0.72 m²; 120 / 0.72 = 166.67 kW/m².
    void heatFiguresFromTheModel() {
        const HeatSplit h = deviceHeat(nvlLike());
        QCOMPARE(h.liquidW, 102000.0);
        QCOMPARE(h.airW, 18000.0);
        RackTotals t;
        t.sum.heatLiquidW = h.liquidW;
        t.sum.heatAirW = h.airW;
        Rack rack;
        rack.id = "x";
        rack.position = {1000, 1000};
        const RackModel model = footprint600x1200();
        const FloorRack f = floorRack(rack, &model, &t, 0.8);
        QCOMPARE(f.footprintM2, 0.72);
        QVERIFY(qAbs(f.kwPerM2() - 166.6667) < 1e-3);
        QCOMPARE(f.liquidShare(), 0.85);
        // 166.7 kW/m² is in the 100–200 step (ColorBrewer YlOrRd #f03b20); 10 kW/m² starts the second one.
        QCOMPARE(heatDensityStep(f.kwPerM2()).fill, QColor("#f03b20"));
        QCOMPARE(heatDensityStep(9.99).fill, QColor("#ffffb2"));
        QCOMPARE(heatDensityStep(10).fill, QColor("#fed976"));
        QCOMPARE(heatDensityStep(200).fill, QColor("#bd0026"));
        QCOMPARE(heatDensityStep(0).fill, bandColours(LoadBand::None).fill);
        // The legend lists every step in the canvas's colours.
        const QVariantList legend = HeatMapLegend::densitySteps();
        QCOMPARE(legend.size(), int(heatDensitySteps().size()));
        QCOMPARE(legend[5].toMap().value("label").toString(), QStringLiteral("100–200"));
        QCOMPARE(legend[5].toMap().value("fill").value<QColor>(), QColor("#f03b20"));
    }

    // The same rack painted at 0.2 px/mm (120 × 240 px at (20, 20)): its fill in each colouring.
    void heatMapPixels() {
        RackTotals t;
        t.sum.heatLiquidW = 102000;
        t.sum.heatAirW = 18000;
        t.sum.maxW = 120000;
        Rack rack;
        rack.id = "x";
        rack.name = "X";
        rack.position = {300, 600};
        rack.powerBudgetW = 150000;  // 120 / 150 = 0.8: on the line, the "ok" band
        const RackModel model = footprint600x1200();
        FloorScene scene;
        scene.racks.push_back(floorRack(rack, &model, &t, 0.8));
        FloorSnapshot snapshot;
        snapshot.set(scene, {});
        FloorCanvas canvas;
        canvas.setSnapshot(&snapshot);
        canvas.setSize(QSizeF(200, 300));
        canvas.setZoom(0.2);
        canvas.setPanX(20);
        canvas.setPanY(20);
        const QRectF px = canvas.rackRect("x");
        QCOMPARE(px, QRectF(20, 20, 120, 240));
        const QPointF lowLeft(px.left() + 6, px.bottom() - 6);  // clear of the front bar (north) and the label

        QCOMPARE(pixel(paintCanvas(canvas), lowLeft), bandColours(LoadBand::Ok).fill);
        canvas.setColouring(int(FloorColouring::HeatDensity));
        QCOMPARE(pixel(paintCanvas(canvas), lowLeft), QColor("#f03b20"));
        // Liquid vs air: the left 0.85 × 120 = 102 px liquid, the right 18 px air.
        canvas.setColouring(int(FloorColouring::LiquidAir));
        const QImage split = paintCanvas(canvas);
        QCOMPARE(pixel(split, QPointF(px.left() + 100, px.bottom() - 6)), liquidHeatColour());
        QCOMPARE(pixel(split, QPointF(px.left() + 106, px.bottom() - 6)), airHeatColour());
        QCOMPARE(pixel(split, QPointF(px.right() - 4, px.bottom() - 6)), airHeatColour());
    }

    // Units at 75 %, 90 % and 110 % of 600 kW: the rack bands' colours against the 80 % line.
    void unitLoadBands() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(projectPath), qPrintable(planner.lastError()));
        const Project& project = planner.document()->project();
        // Liquid heat by rack: A01 + A02 = 2 × 225 kW = 450 kW; A03 540 kW. cdu-a and cdu-c share A01–A02
        // by capacity (600 : 600) → 225 kW each; cdu-b and cdu-c share A03 → 270 kW each. cdu-c carries
        // 225 + 270 = 495 kW = 82.5 %; cdu-a 225 / 600 = 37.5 %; cdu-b 270 / 600 = 45 %.
        auto heat = [](const Rack& r) {
            HeatSplit h;
            if (r.id == "r01" || r.id == "r02") h.liquidW = 225000;
            if (r.id == "r03") h.liquidW = 540000;
            return h;
        };
        const CoolingReport report = computeCooling(project, catalog, heat);
        const FloorScene base = floorScene(project, catalog, ExportData(project, catalog).totals());
        auto units = floorCoolingUnits(project, catalog, report, base.racks, 0.8);
        QCOMPARE(units.size(), std::size_t(3));
        QCOMPARE(units[0].loadFraction, 0.375);
        QCOMPARE(units[1].loadFraction, 0.45);
        QCOMPARE(units[2].loadFraction, 0.825);
        QCOMPARE(units[2].band, LoadBand::Warning);
        QCOMPARE(units[1].percentText(), QStringLiteral("45 %"));

        // The band rule for units is the racks': 75 % ok, 80 % ok (on the line), 90 % warning, 110 % over.
        QCOMPARE(loadBand(0.75, 0.8), LoadBand::Ok);
        QCOMPARE(loadBand(0.9, 0.8), LoadBand::Warning);
        // Painted: set the three units to 75 %, 90 % and 110 % and read inside each box (bottom-left, clear of
        // the medium stripe at the top and the centred text).
        const double fractions[] = {0.75, 0.9, 1.1};
        const LoadBand bands[] = {LoadBand::Ok, LoadBand::Warning, LoadBand::Over};
        for (int i = 0; i < 3; ++i) {
            units[std::size_t(i)].loadFraction = fractions[i];
            units[std::size_t(i)].band = loadBand(fractions[i], 0.8);
            QCOMPARE(units[std::size_t(i)].band, bands[i]);
            units[std::size_t(i)].fill = bandColours(bands[i]).fill;
        }
        FloorScene scene = base;
        scene.coolingUnits = units;
        FloorSnapshot snapshot;
        snapshot.set(scene, {});
        FloorCanvas canvas;
        canvas.setSnapshot(&snapshot);
        canvas.setSize(QSizeF(740, 490));
        canvas.setZoom(0.05);
        canvas.setPanX(20);
        canvas.setPanY(20);
        const QImage image = paintCanvas(canvas);
        for (int i = 0; i < 3; ++i) {
            const QRectF box = canvas.coolingUnitRect(units[std::size_t(i)].id);
            QVERIFY(!box.isEmpty());
            QCOMPARE(pixel(image, QPointF(box.left() + 4, box.bottom() - 4)), bandColours(bands[i]).fill);
            QCOMPARE(canvas.coolingUnitAt(box.center().x(), box.center().y()), units[std::size_t(i)].id);
        }
        // Pipes: cdu-a's header runs 250 mm behind A01–A02's rear (y = 4,000 + 1,112 / 2 + 250 = 4,806 mm),
        // painted in the liquid pipe colour between the two racks' centres (x = 3,400 … 4,200 mm).
        const QPointF onHeader(20 + 3800 * 0.05, 20 + 4806 * 0.05);
        QCOMPARE(pixel(image, onHeader), coolingPipeColour(CoolingMedium::Liquid));
    }

    // A unit with a position stands there (600 × 1200 mm in-row box centred on it); one without stands after
    // the end of its racks' row: row A ends at A10's east edge (turned: 10,600 + 1,112 / 2 = 11,156 mm), so
    // cdu-c's box starts 200 mm later at x = 11,356, centred on the row (y = 4,000 − 600 = 3,400).
    void placement() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(projectPath), qPrintable(planner.lastError()));
        const Project& project = planner.document()->project();
        const FloorScene scene = floorScene(project, catalog, ExportData(project, catalog).totals());
        QCOMPARE(scene.coolingUnits.size(), std::size_t(3));
        QCOMPARE(scene.coolingUnits[0].box, QRectF(3700, 6400, 600, 1200));
        QVERIFY(!scene.coolingUnits[0].autoPlaced);
        QCOMPARE(scene.coolingUnits[2].box, QRectF(11356, 3400, 600, 1200));
        QVERIFY(scene.coolingUnits[2].autoPlaced);
        QCOMPARE(scene.coolingUnits[2].typeLabel, QStringLiteral("in-row CDU"));
        QCOMPARE(scene.coolingUnits[2].racks, QStringList({"r01", "r02", "r03"}));
        // cdu-c overlaps cdu-a and cdu-b: its header is two lanes out (4,556 + 250 + 2 × 150 = 5,106 mm).
        bool header = false;
        for (const QPolygonF& pipe : scene.coolingUnits[2].pipes)
            if (pipe.size() == 2 && pipe[0].y() == 5106 && pipe[1].y() == 5106) header = true;
        QVERIFY(header);
        QVERIFY(scene.bounds().contains(scene.coolingUnits[2].box));

        // The planner's CoolingFloor has the same boxes, and the PDF paints the unit at its box in its band's
        // fill (no liquid heat in these air racks: 0 % → the "none" band).
        CoolingFloor cooling(*planner.document());
        QCOMPARE(cooling.count(), 3);
        QCOMPARE(cooling.units()[2].box, scene.coolingUnits[2].box);
        ExportData data(project, catalog);
        FloorPlanPainter plan(data);
        QImage paper(2970, 2100, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        Sheet sheet(painter, QRectF(0, 0, 2970, 2100), QSizeF(297, 210));
        const QRectF area(10, 10, 277, 190);
        plan.paint(sheet, area);
        painter.end();
        const FloorPlanGeometry g = plan.geometry(area);
        const QRectF box = scene.coolingUnits[0].box;
        const QRectF onPaper = sheet.map(QRectF(g.toPaper(box.left(), box.top()), g.toPaper(box.right(), box.bottom())));
        QCOMPARE(scene.coolingUnits[0].band, LoadBand::None);
        QCOMPARE(pixel(paper, QPointF(onPaper.left() + 4, onPaper.bottom() - 4)), bandColours(LoadBand::None).fill);
    }

    // The inspector: a unit's type, capacity and racks; a rack's heat density and units.
    void inspector() {
        Planner planner(catalog);
        QVERIFY2(planner.openFile(projectPath), qPrintable(planner.lastError()));
        planner.selection()->select("cdu-c");
        QVariantMap info = planner.inspector()->info();
        QCOMPARE(info.value("kind").toString(), QStringLiteral("cooling"));
        QCOMPARE(info.value("title").toString(), QStringLiteral("Cooling unit CDU-C"));
        const QVariantList fields = info.value("fields").toList();
        bool type = false;
        for (const QVariant& f : fields)
            if (f.toMap().value("key") == "type") type = f.toMap().value("value").toString() == "in-row CDU";
        QVERIFY(type);
        const QVariantList totals = info.value("totals").toList();
        QCOMPARE(rowNamed(totals, "Capacity").value("value").toString(), QStringLiteral("600.0 kW"));
        QCOMPARE(rowNamed(totals, "Racks served (3)").value("value").toString(), QStringLiteral("A01, A02, A03"));
        // N-1 over the group of all three (they share racks): 3 × 600 = 1,800 kW; without the largest (the
        // first of equals, CDU-A) 1,200 kW; these air racks put no heat on the loop, so the margin is 1,200 kW.
        QCOMPARE(rowNamed(totals, "Group (3 units)").value("value").toString(), QStringLiteral("0.0 kW of 1,800.0 kW"));
        QCOMPARE(rowNamed(totals, "N-1 margin").value("value").toString(), QStringLiteral("1,200.0 kW (1,200.0 kW without CDU-A)"));

        // An edit elsewhere keeps the unit selected (the selection is pruned of ids gone, not of cooling units).
        planner.selection()->selectMany({"cdu-c", "r01"});
        planner.selection()->select("r01", true);  // r01 off again: cdu-c alone
        QCOMPARE(planner.setRackBudgetKw("r02", 30.0), QString());
        QCOMPARE(planner.selection()->ids(), QStringList{"cdu-c"});
        QCOMPARE(planner.inspector()->info().value("kind").toString(), QStringLiteral("cooling"));

        // A01: 4 × 10.2 kW = 40.8 kW of air heat on 0.8 × 1.112 = 0.8896 m² → 45.86 kW/m²; served by CDU-A, CDU-C.
        planner.selection()->select("r01");
        const QVariantList rack = planner.inspector()->info().value("totals").toList();
        QCOMPARE(rowNamed(rack, "Heat to liquid / air").value("value").toString(), QStringLiteral("0.0 kW / 40.8 kW"));
        QCOMPARE(rowNamed(rack, "Heat density").value("value").toString(), QStringLiteral("45.9 kW/m² (0.89 m²)"));
        QCOMPARE(rowNamed(rack, "Cooling units").value("value").toString(), QStringLiteral("CDU-A, CDU-C"));
    }
};

QTEST_MAIN(TestHeatMap)
#include "tst_heat_map.moc"
