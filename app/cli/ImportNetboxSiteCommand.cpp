// podplanner import-netbox-site --racks racks.csv --devices devices.csv [--cables cables.csv] -o FILE.podplan
// Starts a plan from NetBox's CSV exports of one site (model/netbox/NetboxSiteImport.h). Unmatched devices
// are reported on stderr, one line each, and kept (placeholders or "netbox_unplaced"). Exit 0 written,
// 2 bad input (file, line, column, reason) — FILE is then not touched.
#include <filesystem>
#include <fstream>
#include <ostream>
#include <unistd.h>

#include "AtomicWrite.h"
#include "CatalogLoader.h"
#include "Commands.h"
#include "NetboxSiteImport.h"
#include "ProjectFile.h"

namespace pod::cli {

namespace {

constexpr const char* kCmd = "podplanner import-netbox-site";

// One file option read whole; prints why not and returns false.
bool readOption(const CliArgs& args, const char* option, bool required, std::string& text, std::string& file, Streams io) {
    const auto values = args.values(option);
    if (values.empty() && !required) return true;
    if (values.size() != 1) {
        io.err << kCmd << ": give " << option << " FILE once\n";
        return false;
    }
    file = values.front();
    if (auto err = readTextFile(file, text)) {
        io.err << kCmd << ": " << *err << "\n";
        return false;
    }
    return true;
}

}  // namespace

int importNetboxSiteCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    if (!args.positional().empty()) {
        io.err << kCmd << ": unexpected argument " << args.positional().front() << "\n";
        return kExitBadInput;
    }
    const auto outputs = args.values("--output");
    if (outputs.size() != 1) {
        io.err << kCmd << ": give the output project once with -o FILE.podplan\n";
        return kExitBadInput;
    }
    netbox::SiteImportInput in;
    std::string cables;
    if (!readOption(args, "--racks", true, in.racksCsv, in.racksFile, io) ||
        !readOption(args, "--devices", true, in.devicesCsv, in.devicesFile, io) ||
        !readOption(args, "--cables", false, cables, in.cablesFile, io))
        return kExitBadInput;
    if (!in.cablesFile.empty()) in.cablesCsv = cables;

    netbox::SiteImportResult r = netbox::importNetboxSite(in, catalog);
    if (r.error) {
        io.err << kCmd << ": " << r.error->message() << "\n";
        return kExitBadInput;
    }
    const std::string text = ProjectFile::serialize(*r.project);
    const std::filesystem::path output = outputs.front();
    auto check = ProjectFile::parse(text, output.string(), catalog);  // the file must load as the planner reads it
    if (auto* e = std::get_if<LoadError>(&check)) {
        io.err << kCmd << ": internal error, the imported project does not load: " << e->message() << "\n";
        return kExitBadInput;
    }
    if (auto err = writeFileAtomically(output, text)) {
        io.err << kCmd << ": " << *err << "\n";
        return kExitBadInput;
    }
    for (const auto& u : r.unmatched) io.err << kCmd << ": unmatched: " << u << "\n";
    for (const auto& n : r.notes) io.out << "note: " << n << "\n";
    io.out << "wrote " << output.string() << ": " << r.racks << " racks, " << r.devices << " devices matched to the catalog, "
           << r.placeholders << " placeholders, " << r.unplaced << " unplaced, " << r.cables << " cables rebuilt as "
           << r.project->layout.network.fabrics.size() << " fabrics\n";
    return kExitOk;
}

}  // namespace pod::cli
