// The planner without a window, for tst_recovery: opens a project with the same Planner and Recovery
// objects main() creates, makes edits through the Planner API the QML calls, and once the autosave has
// written, prints the edited project's file text to the file named by argv[2] and "AUTOSAVED" on stdout.
// Then it waits to be killed.
#include <QFile>
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

#include "CatalogLoader.h"
#include "Planner.h"
#include "Recovery.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName("podplanner-tests");
    if (argc < 3) return 2;
    pod::Catalog catalog;
    if (pod::loadStandardCatalog({}, {}, catalog)) return 2;
    pod::Planner planner(std::move(catalog));
    pod::Recovery recovery(planner);
    if (!planner.openFile(QString::fromLocal8Bit(argv[1]))) return 2;

    // Edits a user makes: move a rack, rename it, delete a DGX, add a blank, change a budget.
    auto check = [](const QString& error, const char* what) {
        if (error.isEmpty()) return;
        std::fprintf(stderr, "recovery_child: %s refused: %s\n", what, qPrintable(error));
        std::exit(3);
    };
    int drag = planner.beginRackDrag();
    planner.moveRack("r02", 2400, 4100, drag);
    check(planner.rename("r02", "A02-moved"), "rename");
    planner.selection()->select("dgx-05");
    check(planner.deleteSelection(), "delete");
    check(planner.addDevice("blank-1u", "r05", 37, "front"), "add blank");  // A05 U37 front is free
    check(planner.setRackBudgetKw("r03", 50), "budget");

    const QString expected = QString::fromLocal8Bit(argv[2]);
    QObject::connect(&recovery, &pod::Recovery::autosaved, &app, [&] {
        QFile out(expected);
        if (!out.open(QIODevice::WriteOnly)) std::exit(4);
        out.write(planner.projectJson().toUtf8());
        out.close();
        std::printf("AUTOSAVED\n");
        std::fflush(stdout);
    });
    return app.exec();
}
