#pragma once
// `podplanner export` options, parsed and checked before anything is loaded or written.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "CliArgs.h"
#include "PageLayout.h"
#include "PagePlan.h"

namespace pod {

struct ExportOptions {
    std::optional<std::filesystem::path> pdf, svgDir, pngDir, bomCsv, cablesCsv;
    std::optional<std::filesystem::path> netboxDir;  // --netbox DIR: NetBox bulk-import CSVs + device-type YAML
    PaperSpec paper = *paperByName("a4");
    bool landscape = true;
    std::vector<std::string> racks;  // names or ids; empty: all
    std::set<ExportSection> sections = allSections();  // cooling, power: only when the project has cooling units, a power chain
    bool sectionsGiven = false;                         // --sections was given
    int dpi = 150;
    std::vector<std::filesystem::path> catalogs;

    bool anyOutput() const { return pdf || svgDir || pngDir || bomCsv || cablesCsv || netboxDir; }
};

// Options every `export` invocation accepts (valued: each takes the next word).
const std::set<std::string>& exportValuedOptions();

// The options, or one line saying what is wrong.
std::variant<ExportOptions, std::string> parseExportOptions(const cli::CliArgs& args);

}  // namespace pod
