// Pod Planner entry point: headless subcommands run before any Qt object exists; otherwise the GUI.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <filesystem>
#include <iostream>

#include "CatalogLoader.h"
#include "Cli.h"
#include "CompareController.h"
#include "MemoryTuning.h"
#include "ExportCommand.h"
#include "Planner.h"
#include "PlannerApp.h"
#include "ResourcePaths.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

namespace {
std::filesystem::path executableDir(const char* argv0) {
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) self = std::filesystem::absolute(argv0, ec);
    return self.parent_path();
}
}  // namespace

int main(int argc, char* argv[]) {
    pod::keepFreedMemoryForReuse();  // large projects re-derive 100+ MB of cables per edit (MemoryTuning.h)
    const auto exeDir = executableDir(argv[0]);
    const std::vector<std::string> args(argv + 1, argv + argc);
    pod::cli::CommandTable commands;
    commands.insertAfter("totals", pod::exportCommand(argv[0]));  // the one row that needs Qt Gui
    if (commands.isHeadless(args)) return commands.run(args, {std::cout, std::cerr}, exeDir);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("Pod Planner");
    QGuiApplication::setOrganizationName("podplanner");
    QGuiApplication::setApplicationVersion(PODPLANNER_VERSION);
    QQuickStyle::setStyle("Fusion");

    QCommandLineParser parser;
    parser.setApplicationDescription("Plan AI data-center pods: racks, power, cooling, network, totals.");
    parser.addHelpOption();
    parser.addPositionalArgument("file", "Project to open (*.podplan); default: the bundled sample pod.");
    QCommandLineOption catalogOption("catalog", "Extra catalog file (may override ids).", "file");
    parser.addOption(catalogOption);
    QCommandLineOption compareOption("compare", "Start in the comparison view: A against the file given after it (--compare A B).", "A");
    parser.addOption(compareOption);
    parser.process(app);

    std::vector<std::filesystem::path> userCatalogs;
    for (const auto& f : parser.values(catalogOption)) userCatalogs.emplace_back(f.toStdString());
    pod::Catalog catalog;
    if (auto err = pod::loadStandardCatalog(exeDir, userCatalogs, catalog)) {
        std::cerr << "podplanner: catalog error: " << err->message() << "\n";
        return pod::cli::kExitBadInput;
    }
    // The planner and its controllers (autosave recovery: Main.qml offers what a crashed session left).
    pod::PlannerApp plannerApp(std::move(catalog));
    pod::Planner& planner = plannerApp.planner();

    QString file = parser.positionalArguments().value(0);
    const QString compareB = file;
    if (parser.isSet(compareOption)) {
        if (file.isEmpty()) {
            std::cerr << "podplanner: --compare A B needs two files\n";
            return pod::cli::kExitBadInput;
        }
        file = parser.value(compareOption);
    }
    if (file.isEmpty()) file = QString::fromStdString(pod::findSampleProject(exeDir).string());
    if (!file.isEmpty() && !planner.openFile(file)) std::cerr << "podplanner: " << planner.lastError().toStdString() << "\n";
    if (parser.isSet(compareOption)) plannerApp.compare().startInView(parser.value(compareOption), compareB);

    QQmlApplicationEngine engine;
    plannerApp.attach(engine);
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/PodPlanner/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return app.exec();
}
