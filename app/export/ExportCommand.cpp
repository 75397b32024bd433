#include "ExportCommand.h"

#include <QGuiApplication>

#include <map>
#include <ostream>

#include "Cli.h"
#include "CliArgs.h"
#include "CostArgs.h"
#include "CostCsv.h"
#include "CsvExport.h"
#include "ExportData.h"
#include "ExportDocument.h"
#include "ExportOptions.h"
#include "LoadProject.h"
#include "NetboxCsvExport.h"
#include "OutputFiles.h"
#include "PdfExporter.h"
#include "SvgPngExporter.h"

namespace pod {

namespace {

constexpr const char* kPrefix = "podplanner export: ";

int fail(cli::Streams io, const std::string& message) {
    io.err << kPrefix << message << "\n";
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

// Every output path is checked before the first byte is written.
std::optional<std::string> checkOutputPaths(const ExportOptions& options) {
    for (const auto& file : {options.pdf, options.bomCsv, options.cablesCsv})
        if (file)
            if (auto e = checkOutputFile(*file)) return e->message();
    for (const auto& dir : {options.svgDir, options.pngDir})
        if (dir)
            if (auto e = checkOutputDirectory(*dir)) return e->message();
    return std::nullopt;
}

// The PDF and the two tables, each reported as it is written.
std::optional<std::string> writeDocuments(const ExportOptions& options, const ExportDocument& document,
                                          const ExportData& data, const PageLayout& layout, std::ostream& out,
                                          const std::optional<CostReport>& cost) {
    auto report = [&](const std::string& what) { out << "wrote " << what << "\n"; };
    if (options.pdf) {
        if (auto e = writePdf(document, data, *options.pdf)) return e->message();
        report(options.pdf->string() + " (" + std::to_string(document.pageCount()) + " pages, " + layout.describe() + ")");
    }
    if (options.bomCsv) {
        const std::string csv = cost ? pricedBomToCsv(data.bom(), *cost) : bomToCsv(data.bom());  // prices only with --prices
        if (auto e = writeFileAtomically(*options.bomCsv, QByteArray::fromStdString(csv)))
            return e->message();
        report(options.bomCsv->string() + " (" + std::to_string(data.bom().size()) + " lines)");
    }
    if (options.cablesCsv) {
        if (auto e = writeFileAtomically(*options.cablesCsv, QByteArray::fromStdString(cableScheduleToCsv(data.schedule()))))
            return e->message();
        report(options.cablesCsv->string() + " (" + std::to_string(data.schedule().size()) + " cables)");
    }
    return std::nullopt;
}

// The SVG and PNG sheets, reported together once all are written.
std::optional<std::string> writeImages(const ExportOptions& options, const ExportDocument& document, const ExportData& data,
                                       std::ostream& out) {
    std::vector<std::string> written;
    if (options.svgDir) {
        if (auto e = createOutputDirectory(*options.svgDir)) return e->message();
        if (auto e = writeSvgSheets(document, data, *options.svgDir, written)) return e->message();
    }
    if (options.pngDir) {
        if (auto e = createOutputDirectory(*options.pngDir)) return e->message();
        if (auto e = writePngSheets(document, data, *options.pngDir, options.dpi, written)) return e->message();
    }
    for (const auto& f : written) out << "wrote " << f << "\n";
    return std::nullopt;
}

// --netbox DIR: NetBox's bulk-import files (model/netbox/NetboxCsvExport.h), in import order; needs no Qt GUI.
std::optional<std::string> writeNetbox(const std::filesystem::path& dir, const Project& project, const Catalog& catalog,
                                       std::ostream& out) {
    const netbox::NetboxExport nb = netbox::exportNetbox(project, catalog);
    if (auto e = createOutputDirectory(dir)) return e->message();
    for (const auto& f : nb.files) {
        const std::filesystem::path file = dir / f.path;
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) return "cannot write " + file.parent_path().string() + ": " + ec.message();
        if (auto e = writeFileAtomically(file, QByteArray::fromStdString(f.text))) return e->message();
    }
    for (const auto& w : nb.warnings) out << "netbox: warning: " << w << "\n";
    out << "wrote " << dir.string() << " (NetBox import: " << nb.deviceTypes << " device types, " << nb.racks << " racks, "
        << nb.devices << " devices, " << nb.cables << " cables, " << nb.powerFeeds << " power feeds)\n";
    return std::nullopt;
}

// The handler: options, project and paths are checked first; the QGuiApplication exists only while
// the files are drawn and written.
int exportProject(const cli::CliArgs& parsed, const Catalog& catalog, cli::Streams io, char* argv0) {
    auto optionsOrError = parseExportOptions(parsed);
    if (auto* e = std::get_if<std::string>(&optionsOrError)) return fail(io, *e);
    const ExportOptions& options = std::get<ExportOptions>(optionsOrError);
    auto costArgs = cli::parseCostArgs(parsed);
    if (auto* e = std::get_if<cli::CostArgsError>(&costArgs)) return fail(io, e->message());
    auto project = cli::loadProjectArgument(parsed, catalog, io, "export");
    if (!project) return cli::kExitBadInput;
    auto racksOrError = resolveRacks(*project, options.racks);
    if (auto* e = std::get_if<std::string>(&racksOrError)) return fail(io, *e);
    if (auto e = checkOutputPaths(options)) return fail(io, *e);
    if (options.netboxDir) {
        if (auto e = checkOutputDirectory(*options.netboxDir)) return fail(io, e->message());
        if (auto e = writeNetbox(*options.netboxDir, *project, catalog, io.out)) return fail(io, *e);
        if (!options.pdf && !options.svgDir && !options.pngDir && !options.bomCsv && !options.cablesCsv) return cli::kExitOk;
    }

    useOffscreenPlatformWithoutDisplay();
    int qtArgc = 1;
    char* qtArgv[] = {argv0, nullptr};
    QGuiApplication app(qtArgc, qtArgv);

    ExportData data(*project, catalog, std::get<std::vector<std::string>>(racksOrError));
    std::optional<CostReport> cost;
    if (const auto& c = std::get<std::optional<cli::CostArgs>>(costArgs)) cost = computeCost(*project, catalog, c->book, c->options);
    data.setCost(cost);
    PageLayout layout(options.paper, options.landscape);
    ExportDocument document(data, layout, options.sections);
    if (auto clash = sameFileTwice(options, imageSheets(data))) return fail(io, *clash);
    // Asked for by name, the cooling schedule of a project without cooling units has nothing to list.
    if (options.pdf && options.sectionsGiven && options.sections.count(ExportSection::Cooling) &&
        document.coolingRows() == 0) {
        if (document.pageCount() == 0) return fail(io, "the project has no cooling units: no cooling sheet to write");
        io.err << kPrefix << "note: the project has no cooling units; the PDF has no cooling sheet\n";
    }
    // Likewise the power sheets of a project without a power chain.
    if (options.pdf && options.sectionsGiven && options.sections.count(ExportSection::Power) &&
        data.project().powerChain.empty()) {
        if (document.pageCount() == 0) return fail(io, "the project has no power chain: no power sheets to write");
        io.err << kPrefix << "note: the project has no power chain; the PDF has no power sheets\n";
    }
    if (auto e = writeDocuments(options, document, data, layout, io.out, cost)) return fail(io, *e);
    if (auto e = writeImages(options, document, data, io.out)) return fail(io, *e);
    return cli::kExitOk;
}

}  // namespace

cli::Command exportCommand(char* argv0) {
    return {"export", {}, exportValuedOptions(), true,
            [argv0](const cli::CliArgs& args, const Catalog& catalog, cli::Streams io) {
                return exportProject(args, catalog, io, argv0);
            },
            "       podplanner export FILE [--pdf OUT.pdf] [--svg DIR] [--png DIR [--dpi N]] [--bom OUT.csv]\n"
            "                 [--cables OUT.csv] [--netbox DIR] [--paper a4|a3|letter|tabloid] [--orientation landscape|portrait]\n"
            "                 [--racks NAME,…] [--sections cover,floor,racks,bom,cables,cooling,power]\n"
            "                 [--prices FILE …cost options as for totals]\n"
            "                                             drawing set and tables (with --prices: cost on the cover,\n"
            "                                             unit and extended prices in the BOM); exit 0 written, 2 bad\n"
            "                                             input/path\n"};
}

}  // namespace pod
