// podplanner compare A B [--json]: two pods (or two scenarios of one file) side by side, with B − A.
#include <filesystem>
#include <ostream>

#include "Commands.h"
#include "Compare.h"
#include "CostArgs.h"
#include "CostCompare.h"
#include "ProjectFile.h"
#include "Scenarios.h"

namespace pod::cli {

namespace {

struct Side {
    std::string argument, file, scenario;
    bool scenarioGiven = false;
};

// "FILE" or "FILE#scenario name" (a path that exists as written is always a plain file).
Side splitArgument(const std::string& arg) {
    Side s{arg, arg, "", false};
    std::error_code ec;
    auto hash = arg.rfind('#');
    if (hash != std::string::npos && !std::filesystem::exists(arg, ec)) {
        s.file = arg.substr(0, hash);
        s.scenario = arg.substr(hash + 1);
        s.scenarioGiven = true;
    }
    return s;
}

std::string quotedNames(const Project& p) {
    std::string s;
    for (const auto& n : scenarioNames(p)) s += (s.empty() ? "" : ", ") + ("\"" + n + "\"");
    return s;
}

// Display width of UTF-8 text: code points, not bytes.
std::size_t width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string padRight(const std::string& s, std::size_t w) { return s + std::string(w > width(s) ? w - width(s) : 0, ' '); }
std::string padLeft(const std::string& s, std::size_t w) { return std::string(w > width(s) ? w - width(s) : 0, ' ') + s; }

}  // namespace

int compareCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    const bool json = args.flag("--json");
    auto bad = [&](const std::string& file, const std::string& path, const std::string& reason) {
        io.err << "podplanner compare: " << (file.empty() ? "" : file + ": ") << (path.empty() ? "" : path + ": ") << reason << "\n";
        if (json) {
            Json j;
            j["error"] = {{"file", file}, {"path", path}, {"reason", reason}};
            io.out << j.dump(2) << "\n";
        }
        return kExitBadInput;
    };
    if (args.positional().size() != 2)
        return bad("", "", "expected two files A B (FILE or FILE#scenario), got " + std::to_string(args.positional().size()));
    auto costArgs = parseCostArgs(args);
    if (auto* e = std::get_if<CostArgsError>(&costArgs)) return reportCostArgsError(*e, "compare", json, io.out, io.err);
    const auto& cost = std::get<std::optional<CostArgs>>(costArgs);
    std::vector<Side> sides;
    std::vector<PodSummary> summaries;
    std::vector<CostReport> costs;  // with --prices: one per side
    for (const auto& arg : args.positional()) {
        Side side = splitArgument(arg);
        ProjectResult loaded = ProjectFile::load(side.file, catalog);
        if (auto* e = std::get_if<LoadError>(&loaded)) {
            io.err << "podplanner: " << e->message() << "\n";
            if (json) {
                Json j;
                j["error"] = {{"file", e->file}, {"path", e->path}, {"reason", e->reason}};
                io.out << j.dump(2) << "\n";
            }
            return kExitBadInput;
        }
        Project project = std::get<Project>(std::move(loaded));
        if (side.scenarioGiven) {
            auto chosen = withActiveScenario(project, side.scenario);
            if (!chosen) return bad(side.file, "", "no scenario named \"" + side.scenario + "\" (the file has " + quotedNames(project) + ")");
            project = std::move(*chosen);
        }
        side.scenario = project.scenarioName;
        summaries.push_back(summarize(project, catalog));
        if (cost) costs.push_back(computeCost(project, catalog, cost->book, cost->options));
        sides.push_back(side);
    }
    const PodSummary& a = summaries[0];
    const PodSummary& b = summaries[1];
    if (json) {
        Json j = compareToJson(a, b);
        j["a"]["file"] = sides[0].file;
        j["b"]["file"] = sides[1].file;
        j["rows"] = compareRowsToJson(compareRows(a, b));  // the table, each row with its direction ("better")
        if (cost) {
            j["cost"] = {{"a", costToJson(costs[0])}, {"b", costToJson(costs[1])}, {"diff", costDiffJson(costs[0], costs[1])}};
            // The cost rows follow, marked "section": "cost" (a line's label is its catalog id, which
            // the cooling and switch breakdowns above may use too).
            for (auto& row : compareRowsToJson(costCompareRows(costs[0], costs[1]))) {
                row["section"] = "cost";
                j["rows"].push_back(std::move(row));
            }
        }
        io.out << j.dump(2) << "\n";
        return kExitOk;
    }
    std::vector<CompareRow> rows = compareRows(a, b);
    rows.insert(rows.begin(), CompareRow{"File", 0, sides[0].file, sides[1].file, "", 0});
    if (cost) {
        rows.push_back(CompareRow{"Cost (" + (costs[0].currency.empty() ? std::string("no currency") : costs[0].currency) + ")", 0, "", "", "", 0});
        for (auto& r : costCompareRows(costs[0], costs[1])) rows.push_back(std::move(r));
    }
    std::size_t wl = 0, wa = 1, wb = 1, wd = width("B − A");
    for (const auto& r : rows) {
        wl = std::max(wl, width(r.label) + 2 * std::size_t(r.indent));
        if (r.label == "File" || r.label == "Project") continue;  // long texts: not aligned to
        wa = std::max(wa, width(r.a));
        wb = std::max(wb, width(r.b));
        wd = std::max(wd, width(r.diff));
    }
    std::ostream& out = io.out;
    out << padRight("", wl) << "   " << padLeft("A", wa) << "   " << padLeft("B", wb) << "   " << padLeft("B − A", wd) << "\n";
    for (const auto& r : rows) {
        std::string label = std::string(2 * std::size_t(r.indent), ' ') + r.label;
        if (r.label == "File" || r.label == "Project" || r.label == "Scenario") {
            out << padRight(label, wl) << "   A: " << r.a << "\n" << padRight("", wl) << "   B: " << r.b << "\n";
            continue;
        }
        out << padRight(label, wl) << "   " << padLeft(r.a, wa) << "   " << padLeft(r.b, wb) << "   " << padLeft(r.diff, wd) << "\n";
    }
    return kExitOk;
}

}  // namespace pod::cli
