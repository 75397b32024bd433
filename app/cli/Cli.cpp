#include "Cli.h"

#include <ostream>

#include "CatalogLoader.h"
#include "CliArgs.h"
#include "Commands.h"

#ifndef PODPLANNER_VERSION
#define PODPLANNER_VERSION "0.0.0"
#endif

namespace pod::cli {

namespace {
const std::set<std::string> kSubcommands = {"check", "totals", "catalog", "help", "generate", "compare"};
}

std::string usage() {
    return "Usage: podplanner [FILE]                     open the planner window on FILE (default: the sample pod)\n"
           "       podplanner check FILE [--json]        check every rule; exit 0 clean, 1 errors, 2 bad input\n"
           "       podplanner totals FILE [--json]       print totals per rack and for the project\n"
           "       podplanner export FILE [--pdf OUT.pdf] [--svg DIR] [--png DIR [--dpi N]] [--bom OUT.csv]\n"
           "                 [--cables OUT.csv] [--paper a4|a3|letter|tabloid] [--orientation landscape|portrait]\n"
           "                 [--racks NAME,…] [--sections cover,floor,racks,bom,cables]\n"
           "                                             drawing set and tables; exit 0 written, 2 bad input/path\n"
           "       podplanner catalog list [--kind K] [--json]\n"
           "                                             list catalog entries (K: gpu_node, switch, rack, …)\n"
           "       podplanner catalog import-netbox FILE.yaml… -o OUT.json [--kind K]\n"
           "                                             convert NetBox devicetype-library files into a user\n"
           "                                             catalog file (K: gpu_node, cpu_node, switch, storage, …;\n"
           "                                             default: guessed); exit 0 written, 2 bad input\n"
           "       podplanner generate --node ID --nodes N --per-rack K -o FILE [--rack ID] [--cooling ID]\n"
           "                 [--budget-kw X] [--warning-percent P] [--storage ID [--storage-count S]] [--fabric ndr|hdr|edr|roce]\n"
           "                 [--name NAME]                build a whole pod (GPU, network, storage racks, room,\n"
           "                                             network plan); exit 0 written, 2 bad arguments\n"
           "       podplanner compare A B [--json]       two pods side by side with B − A; A and B are FILE or\n"
           "                                             FILE#scenario; exit 0, 2 bad input\n"
           "       podplanner --version | --help\n"
           "Options for every subcommand:\n"
           "       --catalog FILE                        load an extra catalog file (may override ids)\n"
           "Environment: PODPLANNER_CATALOG_DIR overrides the shipped catalog folder.\n";
}

bool isHeadless(const std::vector<std::string>& args) {
    if (args.empty()) return false;
    const std::string& first = args.front();
    return kSubcommands.count(first) || first == "--help" || first == "-h" || first == "--version";
}

int run(const std::vector<std::string>& args, Streams io, const std::filesystem::path& executableDir) {
    if (args.empty()) {
        io.err << usage();
        return kExitBadInput;
    }
    const std::string& command = args.front();
    if (command == "--help" || command == "-h" || command == "help") {
        io.out << usage();
        return kExitOk;
    }
    if (command == "--version") {
        io.out << "podplanner " << PODPLANNER_VERSION << "\n";
        return kExitOk;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "catalog" && !rest.empty() && rest.front() == "import-netbox") {
        // Runs before the catalog loads: converting files needs none. CliArgs reads only "--" words
        // as options, so "-o" is spelled "--output" for it.
        for (auto& word : rest)
            if (word == "-o") word = "--output";
        CliArgs parsed(rest, {}, {"--output", "--kind", "--catalog"});
        if (!parsed.error().empty()) {
            io.err << "podplanner catalog import-netbox: " << parsed.error() << "\n" << usage();
            return kExitBadInput;
        }
        return importNetboxCommand(parsed, io);
    }
    std::set<std::string> valued = {"--catalog", "--kind"};
    if (command == "generate") {  // CliArgs reads only "--" words as options: "-o" is "--output"
        for (auto& word : rest)
            if (word == "-o") word = "--output";
        valued.insert({"--output", "--node", "--nodes", "--per-rack", "--rack", "--cooling", "--budget-kw", "--warning-percent", "--storage",
                       "--storage-count", "--fabric", "--name"});
    }
    CliArgs parsed(rest, {"--json"}, valued);
    if (!parsed.error().empty()) {
        io.err << "podplanner " << command << ": " << parsed.error() << "\n" << usage();
        return kExitBadInput;
    }
    std::vector<std::filesystem::path> userCatalogs;
    for (const auto& f : parsed.values("--catalog")) userCatalogs.emplace_back(f);
    Catalog catalog;
    if (auto err = loadStandardCatalog(executableDir, userCatalogs, catalog)) {
        io.err << "podplanner: catalog error: " << err->message() << "\n";
        return kExitBadInput;
    }
    if (command == "check") return checkCommand(parsed, catalog, io);
    if (command == "totals") return totalsCommand(parsed, catalog, io);
    if (command == "catalog") return catalogCommand(parsed, catalog, io);
    if (command == "generate") return generateCommand(parsed, catalog, io);
    if (command == "compare") return compareCommand(parsed, catalog, io);
    io.err << usage();
    return kExitBadInput;
}

}  // namespace pod::cli
