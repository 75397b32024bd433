#include "ExportCommand.h"

#include <QGuiApplication>

#include <iostream>
#include <map>

#include "CatalogLoader.h"
#include "Cli.h"
#include "CliArgs.h"
#include "CsvExport.h"
#include "ExportData.h"
#include "ExportDocument.h"
#include "ExportOptions.h"
#include "LoadProject.h"
#include "OutputFiles.h"
#include "PdfExporter.h"
#include "SvgPngExporter.h"

namespace pod {

namespace {

constexpr const char* kPrefix = "podplanner export: ";

int fail(const std::string& message) {
    std::cerr << kPrefix << message << "\n";
    return cli::kExitBadInput;
}

// With no display, Qt would refuse to start: render offscreen (fonts and painting need no screen).
void useOffscreenPlatformWithoutDisplay() {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Rack names (or ids) → ids in the order given; unknown names are reported.
std::variant<std::vector<std::string>, std::string> resolveRacks(const Project& project,
                                                                 const std::vector<std::string>& names) {
    std::vector<std::string> ids;
    for (const std::string& n : names) {
        const Rack* found = nullptr;
        for (const Rack& r : project.layout.racks)
            if (r.name == n || r.id == n) found = &r;
        if (!found) return "no rack named '" + n + "' in the project";
        ids.push_back(found->id);
    }
    return ids;
}

}  // namespace

int runExportCommand(int, char** argv, const std::vector<std::string>& args, const std::filesystem::path& exeDir) {
    std::vector<std::string> rest(args.begin() + 1, args.end());
    cli::CliArgs parsed(rest, {}, exportValuedOptions());
    if (!parsed.error().empty()) return fail(parsed.error() + "\n" + cli::usage());
    auto optionsOrError = parseExportOptions(parsed);
    if (auto* e = std::get_if<std::string>(&optionsOrError)) return fail(*e);
    const ExportOptions& options = std::get<ExportOptions>(optionsOrError);

    Catalog catalog;
    if (auto err = loadStandardCatalog(exeDir, options.catalogs, catalog)) {
        std::cerr << "podplanner: catalog error: " << err->message() << "\n";
        return cli::kExitBadInput;
    }
    auto project = cli::loadProjectArgument(parsed, catalog, {std::cout, std::cerr}, "export");
    if (!project) return cli::kExitBadInput;
    auto racksOrError = resolveRacks(*project, options.racks);
    if (auto* e = std::get_if<std::string>(&racksOrError)) return fail(*e);

    // Every output path is checked before the first byte is written.
    for (const auto& file : {options.pdf, options.bomCsv, options.cablesCsv})
        if (file)
            if (auto e = checkOutputFile(*file)) return fail(e->message());
    for (const auto& dir : {options.svgDir, options.pngDir})
        if (dir)
            if (auto e = checkOutputDirectory(*dir)) return fail(e->message());

    useOffscreenPlatformWithoutDisplay();
    int qtArgc = 1;
    char* qtArgv[] = {argv[0], nullptr};
    QGuiApplication app(qtArgc, qtArgv);

    ExportData data(*project, catalog, std::get<std::vector<std::string>>(racksOrError));
    PageLayout layout(options.paper, options.landscape);
    ExportDocument document(data, layout, options.sections);
    auto report = [](const std::string& what) { std::cout << "wrote " << what << "\n"; };

    if (options.pdf) {
        if (auto e = writePdf(document, data, *options.pdf)) return fail(e->message());
        report(options.pdf->string() + " (" + std::to_string(document.pageCount()) + " pages, " + layout.describe() + ")");
    }
    if (options.bomCsv) {
        if (auto e = writeFileAtomically(*options.bomCsv, QByteArray::fromStdString(bomToCsv(data.bom()))))
            return fail(e->message());
        report(options.bomCsv->string() + " (" + std::to_string(data.bom().size()) + " lines)");
    }
    if (options.cablesCsv) {
        if (auto e = writeFileAtomically(*options.cablesCsv,
                                         QByteArray::fromStdString(cableScheduleToCsv(data.schedule()))))
            return fail(e->message());
        report(options.cablesCsv->string() + " (" + std::to_string(data.schedule().size()) + " cables)");
    }
    std::vector<std::string> written;
    if (options.svgDir) {
        if (auto e = createOutputDirectory(*options.svgDir)) return fail(e->message());
        if (auto e = writeSvgSheets(document, data, *options.svgDir, written)) return fail(e->message());
    }
    if (options.pngDir) {
        if (auto e = createOutputDirectory(*options.pngDir)) return fail(e->message());
        if (auto e = writePngSheets(document, data, *options.pngDir, options.dpi, written)) return fail(e->message());
    }
    for (const auto& f : written) report(f);
    return cli::kExitOk;
}

}  // namespace pod
