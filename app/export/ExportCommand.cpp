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

// Qt's notice that it picked a runtime directory itself is noise on a command line; everything else passes.
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) return;
    if (g_previousHandler) g_previousHandler(type, context, message);
}

// With no display, Qt would refuse to start: render offscreen (fonts and painting need no screen).
void useOffscreenPlatformWithoutDisplay() {
    g_previousHandler = qInstallMessageHandler(quietHandler);
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

// Every file this export would write, as given. Two outputs landing on one file (--pdf x --bom x, or
// --pdf DIR/floor.svg with --svg DIR) would silently overwrite a file the user asked for: refused.
std::optional<std::string> sameFileTwice(const ExportOptions& options, const std::vector<ImageSheet>& sheets) {
    std::vector<std::pair<std::filesystem::path, std::string>> planned;  // file, the option that names it
    if (options.pdf) planned.push_back({*options.pdf, "--pdf"});
    if (options.bomCsv) planned.push_back({*options.bomCsv, "--bom"});
    if (options.cablesCsv) planned.push_back({*options.cablesCsv, "--cables"});
    for (const ImageSheet& s : sheets) {
        if (options.svgDir) planned.push_back({*options.svgDir / (s.stem + ".svg"), "--svg"});
        if (options.pngDir) planned.push_back({*options.pngDir / (s.stem + ".png"), "--png"});
    }
    std::map<std::filesystem::path, std::string> seen;
    for (const auto& [file, option] : planned) {
        std::error_code ec;
        std::filesystem::path key = std::filesystem::weakly_canonical(std::filesystem::absolute(file, ec), ec);
        if (ec) key = std::filesystem::absolute(file).lexically_normal();
        auto [it, fresh] = seen.emplace(key, option);
        if (!fresh)
            return "cannot write " + file.string() + ": " + it->second + " and " + option +
                   " would both write this file; give them different names";
    }
    return std::nullopt;
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
    if (auto clash = sameFileTwice(options, imageSheets(data))) return fail(*clash);
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
