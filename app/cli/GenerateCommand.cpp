// podplanner generate: builds a whole pod from a node model, a node count and a density.
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <cmath>
#include <optional>
#include <fstream>
#include <ostream>
#include <variant>

#include "AtomicWrite.h"
#include "ChainDesign.h"
#include "Commands.h"
#include "PowerBand.h"
#include "Presets.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "Site.h"
#include "TextFormat.h"
#include "generator/PodGenerator.h"

namespace pod::cli {

namespace {

constexpr long long kMaxHalls = 64;

// Whole decimal number, or nothing.
std::optional<long long> parseInt(const std::string& s) {
    long long v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

std::optional<double> parseNumber(const std::string& s) {
    try {
        std::size_t used = 0;
        double v = std::stod(s, &used);
        if (used != s.size() || !std::isfinite(v)) return std::nullopt;
        return v;
    } catch (...) {
        return std::nullopt;
    }
}

// The options as GeneratorOptions, or what is wrong with them.
std::variant<GeneratorOptions, std::string> readOptions(const CliArgs& args) {
    if (!args.positional().empty()) return "unexpected argument \"" + args.positional().front() + "\"";
    GeneratorOptions o;
    auto text = [&](const char* name) { return args.value(name).value_or(""); };
    auto integer = [&](const char* name, int& out) -> std::string {
        auto v = args.value(name);
        if (!v) return "";
        auto n = parseInt(*v);
        if (!n || *n < -1000000 || *n > 1000000) return std::string(name) + " expects a whole number, got \"" + *v + "\"";
        out = int(*n);
        return "";
    };
    if (auto name = args.value("--preset")) {
        // A DGX SuperPOD preset (model/presets/Presets.h) sets the node, the count, the density and the fabric.
        for (const char* set : {"--node", "--nodes", "--per-rack", "--fabric"})
            if (args.value(set)) return std::string(set) + " cannot be used with --preset (the preset sets it)";
        const Preset* preset = findPreset(*name);
        if (!preset) return "--preset " + *name + ": no such preset (" + presetNames() + "; `podplanner generate --list-presets`)";
        if (!args.value("--sus")) return "--sus N is required with --preset";
        if (!args.value("--output")) return "-o FILE is required";
        int sus = 0;
        if (std::string e = integer("--sus", sus); !e.empty()) return e;
        auto made = presetOptions(*preset, sus);
        if (auto* e = std::get_if<std::string>(&made)) return *e;
        o = std::get<GeneratorOptions>(made);
    } else {
        if (args.value("--sus")) return "--sus needs --preset NAME";
        if (!args.value("--node")) return "--node ID is required";
        if (!args.value("--nodes")) return "--nodes N is required";
        if (!args.value("--per-rack")) return "--per-rack K is required";
        if (!args.value("--output")) return "-o FILE is required";
        o.nodeId = text("--node");
    }
    for (auto [name, field] : {std::pair{"--nodes", &o.nodes}, {"--per-rack", &o.perRack}, {"--storage-count", &o.storageCount}})
        if (std::string e = integer(name, *field); !e.empty()) return e;
    if (args.value("--storage-count") && o.storageCount < 1) return "--storage-count must be at least 1, got " + std::to_string(o.storageCount);
    if (auto r = args.value("--rack")) o.rackId = *r;
    o.coolingId = text("--cooling");
    if (auto b = args.value("--budget-kw")) {
        auto v = parseNumber(*b);
        if (!v) return "--budget-kw expects a number of kW, got \"" + *b + "\"";
        o.budgetKw = *v;
    }
    if (auto w = args.value("--warning-percent")) {
        auto v = parseNumber(*w);
        if (!v || *v < kMinPowerWarningPercent || *v > kMaxPowerWarningPercent)
            return "--warning-percent expects a number from 1 to 100 (the power warning line, % of a budget), got \"" + *w + "\"";
        o.warningPercent = *v;
    }
    o.storageId = text("--storage");
    if (auto f = args.value("--fabric")) o.fabric = *f;
    if (args.value("--fabric") && o.fabric.empty()) return "--fabric expects ndr, hdr, edr, xdr or roce";
    if (auto n = args.value("--name")) o.name = *n;
    return o;
}

void printSummary(std::ostream& out, const std::string& file, const GeneratedPod& pod, const Catalog& catalog) {
    const auto violations = RuleEngine::standard().checkAll(pod.project, catalog);
    out << "Wrote " << file << ": " << pod.project.meta.description << "\n";
    if (const std::size_t h = pod.project.halls.size())
        out << "  site: " << h << (h == 1 ? " hall" : " halls") << ", " << pod.project.layout.racks.size() << " racks, "
            << pod.project.layout.devices.size() << " devices; each hall as below\n";
    const Polygon& room = pod.project.halls.empty() ? pod.project.room.outline : pod.project.halls.front().outline;
    out << "  " << pod.rows << (pod.rows == 1 ? " row" : " rows") << ", " << (pod.project.halls.empty() ? "room " : "hall ")
        << fmtGrouped(double(room[2].x - room[0].x) / 1000.0, 1) << " × " << fmtGrouped(double(room[2].y - room[0].y) / 1000.0, 1)
        << " m; check: "
        << countSeverity(violations, Severity::Error) << " errors, " << countSeverity(violations, Severity::Warning)
        << " warnings, " << countSeverity(violations, Severity::Info) << " notes\n";
    if (pod.computeLeaves)
        out << "  compute fabric: " << pod.computeLeaves << " leaf, " << pod.computeSpines << " spine, " << pod.computeCores
            << " core; cables node–leaf " << pod.nodeLeafCables << ", leaf–spine " << pod.leafSpineCables << ", spine–core "
            << pod.spineCoreCables << "\n";
    for (const auto& note : pod.notes) out << "  note: " << note << "\n";
}

// The same summary as JSON: racks, each tier's switches and cables, the check's counts, the notes.
void printJsonSummary(std::ostream& out, const std::string& file, const GeneratedPod& pod, const Catalog& catalog) {
    const auto violations = RuleEngine::standard().checkAll(pod.project, catalog);
    Json j;
    j["file"] = file;
    j["description"] = pod.project.meta.description;
    j["halls"] = pod.project.halls.size();
    j["racks"] = {{"gpu", pod.gpuRacks}, {"network", pod.networkRacks}, {"storage", pod.storageRacks}, {"rows", pod.rows}};
    j["compute"] = {{"fabric", pod.fabric},          {"switch", pod.fabricSwitch},          {"leaves", pod.computeLeaves},
                    {"spines", pod.computeSpines},   {"cores", pod.computeCores},           {"node_leaf_cables", pod.nodeLeafCables},
                    {"leaf_spine_cables", pod.leafSpineCables}, {"spine_core_cables", pod.spineCoreCables}};
    j["inband_switches"] = pod.inbandSwitches;
    j["oob_switches"] = pod.oobSwitches;
    j["appliances"] = pod.appliances;
    j["cooling_units"] = pod.coolingUnits;
    j["check"] = {{"errors", countSeverity(violations, Severity::Error)},
                  {"warnings", countSeverity(violations, Severity::Warning)},
                  {"notes", countSeverity(violations, Severity::Info)}};
    j["notes"] = pod.notes;
    out << j.dump(2) << "\n";
}

// `generate --list-presets`: each preset, its SU and layout, and the RA rows it is checked against.
void listPresets(std::ostream& out) {
    for (const Preset& p : presets()) {
        out << p.name << ": " << p.title << "\n";
        out << "  " << p.layout << "\n";
        out << "  --sus 1 to " << p.maxSus << "; source: " << p.source << "\n";
        if (p.rows.empty()) out << "  published rows: none found (fabric sized by the generator, not checked against the RA)\n";
        for (const auto& r : p.rows) {
            out << "  " << r.sus << (r.sus == 1 ? " SU: " : " SUs: ") << r.nodes << " nodes, " << r.leaves << " leaf / " << r.spines
                << " spine" << (r.cores > 0 ? " / " + std::to_string(r.cores) + " core" : std::string()) << ", cables "
                << r.nodeLeafCables << " / " << r.leafSpineCables
                << (r.spineCoreCables > 0 ? " / " + std::to_string(r.spineCoreCables) : std::string())
                << (r.reproduced ? " — reproduced" : " — not reproduced: " + std::string(r.gap)) << "\n";
        }
    }
}

}  // namespace

int generateCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    auto bad = [&](const std::string& message) {
        io.err << "podplanner generate: " << message << "\n";
        return kExitBadInput;
    };
    if (args.flag("--list-presets")) {
        listPresets(io.out);
        return kExitOk;
    }
    auto options = readOptions(args);
    if (auto* e = std::get_if<std::string>(&options)) return bad(*e);
    GeneratorResult result = generatePod(std::get<GeneratorOptions>(options), catalog);
    if (auto* e = std::get_if<GeneratorError>(&result)) return bad(e->message);
    GeneratedPod& pod = std::get<GeneratedPod>(result);
    // The power chain behind the racks (model/power/ChainDesign.h): 2N unless --power says otherwise.
    const std::string power = args.value("--power").value_or("2N");
    if (power != "none") {
        PowerDesign design{power, std::nullopt};
        if (auto kw = args.value("--ups-kw")) {
            char* end = nullptr;
            const double v = std::strtod(kw->c_str(), &end);
            if (kw->empty() || *end != '\0' || !(v > 0) || !std::isfinite(v)) return bad("--ups-kw expects a positive number of kW, got \"" + *kw + "\"");
            design.upsKw = v;
        }
        auto attached = attachPowerChain(pod.project, catalog, design);
        if (auto* e = std::get_if<std::string>(&attached)) return bad(*e);
        for (auto& note : std::get<ChainDesignResult>(attached).notes) pod.notes.push_back(std::move(note));
    } else if (args.value("--ups-kw")) {
        return bad("--ups-kw needs a power chain (--power N, N+1 or 2N)");
    }
    int halls = 0;
    if (auto h = args.value("--halls")) {
        auto n = parseInt(*h);
        if (!n || *n < 1 || *n > kMaxHalls) return bad("--halls expects a whole number from 1 to " + std::to_string(kMaxHalls) + ", got \"" + *h + "\"");
        halls = int(*n);
        // The pod, its power chain and cooling repeated in H halls of one site (model/site/Site.h).
        pod.project = repeatInHalls(pod.project, halls);
        pod.project.meta.description += "; in " + std::to_string(halls) + (halls == 1 ? " hall" : " halls");
    }
    const std::string file = *args.value("--output");
    const std::string bytes = ProjectFile::serialize(pod.project);
    if (file == "-") {
        io.out << bytes;
        return kExitOk;
    }
    if (auto e = writeFileAtomically(file, bytes)) return bad(*e);
    if (args.flag("--json")) printJsonSummary(io.out, file, pod, catalog);
    else printSummary(io.out, file, pod, catalog);
    return kExitOk;
}

}  // namespace pod::cli
