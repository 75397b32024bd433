#include "ExportOptions.h"

#include <charconv>

#include "CostArgs.h"

namespace pod {

namespace {

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t comma = s.find(',', start);
        std::string item = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

}  // namespace

const std::set<std::string>& exportValuedOptions() {
    static const std::set<std::string> options = {"--pdf",   "--paper", "--orientation", "--racks",  "--sections",
                                                  "--svg",   "--png",   "--dpi",         "--bom",    "--cables", "--netbox",
                                                  "--catalog"};
    static const std::set<std::string> withCost = [] {
        std::set<std::string> all = options;
        all.insert(cli::costValuedOptions().begin(), cli::costValuedOptions().end());  // --prices FILE, --kwh-price X, …
        return all;
    }();
    return withCost;
}

std::variant<ExportOptions, std::string> parseExportOptions(const cli::CliArgs& args) {
    ExportOptions o;
    if (auto v = args.value("--pdf")) o.pdf = *v;
    if (auto v = args.value("--svg")) o.svgDir = *v;
    if (auto v = args.value("--png")) o.pngDir = *v;
    if (auto v = args.value("--bom")) o.bomCsv = *v;
    if (auto v = args.value("--cables")) o.cablesCsv = *v;
    if (auto v = args.value("--netbox")) o.netboxDir = *v;
    if (auto v = args.value("--paper")) {
        auto paper = paperByName(*v);
        if (!paper) return "unknown paper '" + *v + "' (a3, a4, letter, tabloid)";
        o.paper = *paper;
    }
    if (auto v = args.value("--orientation")) {
        if (*v != "portrait" && *v != "landscape") return "unknown orientation '" + *v + "' (portrait, landscape)";
        o.landscape = *v == "landscape";
    }
    if (auto v = args.value("--racks")) {
        o.racks = splitList(*v);
        if (o.racks.empty()) return "--racks needs at least one rack name";
    }
    if (auto v = args.value("--sections")) {
        o.sections.clear();
        o.sectionsGiven = true;
        for (const std::string& name : splitList(*v)) {
            auto s = sectionByName(name);
            if (!s) return "unknown section '" + name + "' (cover, floor, racks, bom, cables, cooling, power)";
            o.sections.insert(*s);
        }
        if (o.sections.empty()) return "--sections needs at least one section";
    }
    if (auto v = args.value("--dpi")) {
        int dpi = 0;
        auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), dpi);
        if (ec != std::errc() || end != v->data() + v->size() || dpi < 30 || dpi > 600)
            return "--dpi must be a whole number from 30 to 600, got '" + *v + "'";
        o.dpi = dpi;
    }
    for (const auto& c : args.values("--catalog")) o.catalogs.emplace_back(c);
    if (!o.anyOutput()) return "nothing to export: give at least one of --pdf, --svg, --png, --bom, --cables, --netbox";
    return o;
}

}  // namespace pod
