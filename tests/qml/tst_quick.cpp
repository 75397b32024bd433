// QuickTest runner: sets up the Planner singleton on the sample pod, then runs tests/qml/tst_*.qml.
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "CatalogLoader.h"
#include "Planner.h"
#include "PlannerApp.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        QCoreApplication::setOrganizationName("podplanner-tests");  // keep recent files out of the user's settings
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        pod::Catalog catalog;
        if (auto e = pod::loadStandardCatalog({}, {}, catalog)) qFatal("%s", e->message().c_str());
        app_ = std::make_unique<pod::PlannerApp>(std::move(catalog));
        app_->attach(*engine);
        engine->rootContext()->setContextProperty("samplePath", QStringLiteral(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        // The sample with two CDUs serving A01–A02 and no floor position (placed automatically beside the row).
        engine->rootContext()->setContextProperty("coolingSamplePath", QStringLiteral(PODPLANNER_SOURCE_DIR "/tests/qml/cooling-units.podplan"));
        // The bundled sample: the 2-vs-4 demo in one file (two scenarios).
        engine->rootContext()->setContextProperty("bundledSamplePath", QStringLiteral(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan"));
    }

private:
    std::unique_ptr<pod::PlannerApp> app_;
};

QUICK_TEST_MAIN_WITH_SETUP(planner, Setup)
#include "tst_quick.moc"
