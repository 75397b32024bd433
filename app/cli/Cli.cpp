#include "Cli.h"

#include <algorithm>
#include <ostream>
#include <sstream>

#include "CatalogLoader.h"
#include "CliArgs.h"
#include "Commands.h"
#include "CostArgs.h"

#ifndef PODPLANNER_VERSION
#define PODPLANNER_VERSION "0.0.0"
#endif

namespace pod::cli {

namespace {

constexpr const char* kUsageHeader =
    "Usage: podplanner [FILE]                     open the planner window on FILE (default: the sample pod)\n";
constexpr const char* kUsageFooter =
    "       podplanner --version | --help\n"
    "Options for every subcommand:\n"
    "       --catalog FILE                        load an extra catalog file (may override ids)\n"
    "Environment: PODPLANNER_CATALOG_DIR overrides the shipped catalog folder.\n";

// `valued` plus the cost options (--prices FILE, --kwh-price X, …: CostArgs.h).
std::set<std::string> withCostOptions(std::set<std::string> valued) {
    valued.insert(costValuedOptions().begin(), costValuedOptions().end());
    return valued;
}

constexpr const char* kCostUsage =
    "                 [--prices FILE [--kwh-price X] [--years N] [--energy-basis typical|max]\n"
    "                  [--maintenance-percent P] [--buildout-per-kw X] [--cost-precision fp8|fp16|…]]\n"
    "                                             cost and TCO from a price book (CSV: catalog_id,unit_price,\n"
    "                                             currency,source,date; cable media per metre)\n";

bool isHelp(const std::string& word) { return word == "--help" || word == "-h" || word == "help"; }

std::vector<std::string> words(const std::string& name) {
    std::istringstream in(name);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// CliArgs reads only "--" words as options: "-o" is spelled "--output" for every command that has it.
std::vector<std::string> argumentsOf(const Command& command, const std::vector<std::string>& args) {
    std::vector<std::string> rest(args.begin() + std::ptrdiff_t(words(command.name).size()), args.end());
    if (command.valued.count("--output"))
        for (auto& word : rest)
            if (word == "-o") word = "--output";
    return rest;
}

// The table's Qt-free rows, in usage order. check, totals, catalog, generate and compare have always
// accepted (and ignored where meaningless) --json and --kind; the rows keep that.
std::vector<Command> headlessRows() {
    return {
        {"check", {"--json"}, {"--kind"}, true, checkCommand,
         "       podplanner check FILE [--json]        check every rule; exit 0 clean, 1 errors, 2 bad input\n"},
        {"totals", {"--json"}, withCostOptions({"--kind"}), true, totalsCommand,
         std::string("       podplanner totals FILE [--json]       print totals per rack and for the project\n") + kCostUsage},
        {"whatif", {"--json"}, {"--fail"}, true, whatifCommand,
         "       podplanner whatif FILE --fail ID[,ID…] [--json]\n"
         "                                             the power and cooling chains after those failures (power\n"
         "                                             nodes, UPS#module, RACK/FEED, cooling units): dark racks,\n"
         "                                             overloaded nodes; exit 0 carried, 1 not, 2 bad input\n"},
        {"catalog", {"--json"}, {"--kind"}, true, catalogCommand,
         "       podplanner catalog list [--kind K] [--json]\n"
         "                                             list catalog entries (K: gpu_node, switch, rack, …)\n"},
        // Loads the catalog: a GPU server's accelerator is matched against the catalog's accelerators.
        {"catalog import-netbox", {}, {"--output", "--kind"}, true, importNetboxCommand,
         "       podplanner catalog import-netbox FILE.yaml… -o OUT.json [--kind K]\n"
         "                                             convert NetBox devicetype-library files into a user\n"
         "                                             catalog file (K: gpu_node, cpu_node, switch, storage, …;\n"
         "                                             default: guessed); exit 0 written, 2 bad input\n"},
        {"import-netbox-site", {}, {"--output", "--racks", "--devices", "--cables"}, true, importNetboxSiteCommand,
         "       podplanner import-netbox-site --racks R.csv --devices D.csv [--cables C.csv] -o FILE.podplan\n"
         "                                             start a plan from NetBox CSV exports of a site; unmatched\n"
         "                                             devices reported and kept; exit 0 written, 2 bad input\n"},
        {"generate", {"--json", "--list-presets"},
         {"--kind", "--output", "--node", "--nodes", "--per-rack", "--rack", "--cooling", "--budget-kw", "--warning-percent",
          "--storage", "--storage-count", "--fabric", "--name", "--preset", "--sus", "--power", "--ups-kw", "--halls"},
         true, generateCommand,
         "       podplanner generate --node ID --nodes N --per-rack K -o FILE [--rack ID] [--cooling ID]\n"
         "                 [--budget-kw X] [--warning-percent P] [--storage ID [--storage-count S]] [--fabric ndr|hdr|edr|xdr|roce]\n"
         "                 [--name NAME] [--power N|N+1|2N|none] [--ups-kw X] [--halls H] [--json]\n"
         "                                             build a whole pod (GPU, network, storage racks, room,\n"
         "                                             network plan); exit 0 written, 2 bad arguments\n"
         "                 or: generate --preset NAME --sus N -o FILE [--halls H] [--json]\n"
         "                                             a DGX SuperPOD reference architecture of N scalable units\n"
         "                 --halls H                   the pod, its power chain and cooling in H halls of one site\n"
         "                 or: generate --list-presets the presets, their SUs and the published rows they match\n"},
        {"compare", {"--json"}, withCostOptions({"--kind"}), true, compareCommand,
         std::string("       podplanner compare A B [--json]       two pods side by side with B − A; A and B are FILE or\n"
                     "                                             FILE#scenario; exit 0, 2 bad input\n") + kCostUsage},
    };
}

}  // namespace

CommandTable::CommandTable() : rows_(headlessRows()) {}

void CommandTable::insertAfter(const std::string& previous, Command row) {
    auto it = std::find_if(rows_.begin(), rows_.end(), [&](const Command& c) { return c.name == previous; });
    rows_.insert(it == rows_.end() ? it : it + 1, std::move(row));
}

const Command* CommandTable::find(const std::vector<std::string>& args) const {
    const Command* best = nullptr;
    std::size_t bestWords = 0;
    for (const Command& c : rows_) {
        const auto name = words(c.name);
        if (name.size() > args.size() || name.size() <= bestWords) continue;
        if (std::equal(name.begin(), name.end(), args.begin())) {
            best = &c;
            bestWords = name.size();
        }
    }
    return best;
}

bool CommandTable::isHeadless(const std::vector<std::string>& args) const {
    if (args.empty()) return false;
    return isHelp(args.front()) || args.front() == "--version" || find(args);
}

std::string CommandTable::usage() const {
    std::string text = kUsageHeader;
    for (const Command& c : rows_) text += c.usage;
    return text + kUsageFooter;
}

int CommandTable::run(const std::vector<std::string>& args, Streams io, const std::filesystem::path& executableDir) const {
    if (args.empty()) {
        io.err << usage();
        return kExitBadInput;
    }
    if (isHelp(args.front())) {
        io.out << usage();
        return kExitOk;
    }
    if (args.front() == "--version") {
        io.out << "podplanner " << PODPLANNER_VERSION << "\n";
        return kExitOk;
    }
    const Command* command = find(args);
    if (!command) {
        io.err << usage();
        return kExitBadInput;
    }
    std::set<std::string> valued = command->valued;
    valued.insert("--catalog");
    CliArgs parsed(argumentsOf(*command, args), command->flags, valued);
    if (!parsed.error().empty()) {
        io.err << "podplanner " << command->name << ": " << parsed.error() << "\n" << usage();
        return kExitBadInput;
    }
    Catalog catalog;
    if (command->needsCatalog) {
        std::vector<std::filesystem::path> userCatalogs;
        for (const auto& f : parsed.values("--catalog")) userCatalogs.emplace_back(f);
        if (auto err = loadStandardCatalog(executableDir, userCatalogs, catalog)) {
            io.err << "podplanner: catalog error: " << err->message() << "\n";
            return kExitBadInput;
        }
    }
    return command->handler(parsed, catalog, io);
}

}  // namespace pod::cli
