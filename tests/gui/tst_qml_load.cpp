// The real Main.qml loads offscreen under Qt 6.4 with the sample pod, without a single QML warning,
// and shows the sample's racks and totals.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include "CatalogLoader.h"
#include "FindItem.h"
#include "FloorCanvas.h"
#include "Planner.h"
#include "PlannerApp.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    if (type != QtDebugMsg && type != QtInfoMsg) g_warnings << msg;
    if (g_previous) g_previous(type, ctx, msg);
}
}  // namespace

class TestQmlLoad : public QObject {
    Q_OBJECT
private slots:
    void mainQmlLoadsCleanly() {
        pod::Catalog catalog;
        auto err = pod::loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        pod::PlannerApp app(std::move(catalog));
        pod::Planner& planner = app.planner();
        QVERIFY(planner.openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));

        QQuickStyle::setStyle("Fusion");
        g_previous = qInstallMessageHandler(collect);
        QQmlApplicationEngine engine;
        app.attach(engine);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/PodPlanner/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(100);
        qInstallMessageHandler(g_previous);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));

        QVERIFY(window->title().startsWith("Sample pod"));
        QCOMPARE(planner.racks()->rowCount(), 10);
        auto* status = window->findChild<QObject*>("statusLabel");
        QVERIFY(status);
        // The 8 GPU racks draw 40.8 kW of a 45 kW budget: 91 % > the 80 % warning line. Notes: the 1.00:1 leaf/spine
        // oversubscription line, and one "depth not checked" per network rack (no source gives the QM9700's depth).
        QCOMPARE(status->property("text").toString(), QString("0 errors, 8 warnings, 3 notes"));
        auto* elevations = window->findChild<QQuickItem*>("elevationRow");
        QVERIFY(elevations);
        QVERIFY(elevations->width() > 10 * 2 * 150);  // nothing selected: all ten racks, front and rear
        // The floor is one painted item: every rack inside it, found by its own hit test.
        auto* canvas = qobject_cast<pod::FloorCanvas*>(findItem(window->contentItem(), "floorCanvas"));
        QVERIFY(canvas);
        const QRectF bounds(0, 0, canvas->width(), canvas->height());
        for (const char* id : {"r01", "r10"}) {
            QRectF r = canvas->rackRect(id);
            QVERIFY2(r.width() > 5 && bounds.contains(r), id);
            QCOMPARE(canvas->rackAt(r.center().x(), r.center().y()), QString(id));
        }
        QCOMPARE(canvas->rackAt(-1, -1), QString());
        QCOMPARE(canvas->paintedRacks(), 10);
        bool sawGpus = false;
        for (const QVariant& row : planner.totals()->rows()) {
            QVariantMap m = row.toMap();
            if (m["label"] == "GPUs") sawGpus = m["value"] == "256";
        }
        QVERIFY(sawGpus);
    }

    void badFileKeepsProjectAndReportsPath() {
        pod::Catalog catalog;
        QVERIFY(!pod::loadStandardCatalog({}, {}, catalog));
        pod::Planner planner(std::move(catalog));
        QVERIFY(planner.openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        QVERIFY(!planner.openFile(PODPLANNER_FIXTURES "/cli/bad-u.podplan"));
        QVERIFY(planner.lastError().contains("/devices/0/u"));
        QCOMPARE(planner.racks()->rowCount(), 10);  // the open project is untouched
    }

    void rackMarkersCountErrorsAndWarnings() {
        pod::Catalog catalog;
        QVERIFY(!pod::loadStandardCatalog({}, {}, catalog));
        pod::Planner planner(std::move(catalog));
        QVERIFY(planner.openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        auto* racks = planner.racks();
        auto count = [&](const char* id, int role) { return racks->data(racks->index(racks->rowOf(id)), role).toInt(); };
        // The sample's 8 warnings are one power.rack-budget warning per GPU rack (40.8 kW is 91 % of 45 kW);
        // its notes (A05/A06 depth unknown, oversubscription) are not counted on the markers.
        for (const char* id : {"r01", "r04", "r07", "r10"}) {
            QCOMPARE(count(id, pod::RackListModel::WarningsRole), 1);
            QCOMPARE(count(id, pod::RackListModel::ErrorsRole), 0);
        }
        for (const char* id : {"r05", "r06"}) QCOMPARE(count(id, pod::RackListModel::WarningsRole) + count(id, pod::RackListModel::ErrorsRole), 0);
        // A01 under a 30 kW budget: 40.8 kW > 30 kW is an error instead of the warning; undo restores it.
        QCOMPARE(planner.setRackBudgetKw("r01", 30), QString());
        QCOMPARE(count("r01", pod::RackListModel::ErrorsRole), 1);
        QCOMPARE(count("r01", pod::RackListModel::WarningsRole), 0);
        QCOMPARE(count("r02", pod::RackListModel::WarningsRole), 1);
        planner.undo();
        QCOMPARE(count("r01", pod::RackListModel::ErrorsRole), 0);
        QCOMPARE(count("r01", pod::RackListModel::WarningsRole), 1);
        QCOMPARE(planner.violations()->count(), 11);  // 8 warnings + 3 notes, as the status line says
    }

    void violationModelSplicesToTheCheckersList() {
        pod::Catalog catalog;
        QVERIFY(!pod::loadStandardCatalog({}, {}, catalog));
        pod::Planner planner(std::move(catalog));
        QAbstractItemModelTester tester(planner.violations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(planner.openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        auto* model = planner.violations();
        // Errors first, then warnings, then notes; each severity in the engine's order.
        auto expected = [&] {
            QStringList out;
            for (auto sev : {pod::Severity::Error, pod::Severity::Warning, pod::Severity::Info})
                for (const auto& v : planner.document()->checker().violations())
                    if (v.severity == sev) out << QString::fromStdString(v.message);
            return out;
        };
        auto shown = [&] {
            QStringList out;
            for (int i = 0; i < model->rowCount(); ++i) out << model->data(model->index(i), pod::ViolationListModel::MessageRole).toString();
            return out;
        };
        QCOMPARE(shown(), expected());
        QCOMPARE(planner.setRackBudgetKw("r03", 30), QString());  // a warning becomes an error: moves to the top
        QCOMPARE(shown().first(), QString("Rack A03: 40.8 kW > budget 30.0 kW"));
        QCOMPARE(shown(), expected());
        QCOMPARE(planner.setRackBudgetKw("r08", 20), QString());
        QCOMPARE(shown(), expected());
        QCOMPARE(model->count(), 11);
        planner.undo();
        planner.undo();
        QCOMPARE(shown(), expected());
        QVERIFY(shown().first().contains("91 %"));
    }

    void rackModelPassesTester() {
        pod::Catalog catalog;
        QVERIFY(!pod::loadStandardCatalog({}, {}, catalog));
        pod::Planner planner(std::move(catalog));
        QAbstractItemModelTester tester(planner.racks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(planner.openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        QCOMPARE(planner.racks()->rowCount(), 10);
        QCOMPARE(planner.racks()->data(planner.racks()->index(0), pod::RackListModel::NameRole).toString(), QString("A01"));
    }
};

QTEST_MAIN(TestQmlLoad)
#include "tst_qml_load.moc"
