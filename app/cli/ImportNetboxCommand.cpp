// podplanner catalog import-netbox FILE.yaml… -o OUT.json [--kind K]
// Converts NetBox devicetype-library files into one user catalog file. All or nothing: any bad input
// file, duplicate id or write failure leaves OUT.json untouched (written to a temp file, then renamed).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <unistd.h>

#include "CatalogLoader.h"
#include "Commands.h"
#include "NetboxImporter.h"

namespace pod::cli {

namespace {

constexpr const char* kCmd = "podplanner catalog import-netbox";

// Writes `text` to a temp file beside `target`, then renames it over `target`.
std::optional<std::string> writeAtomically(const std::filesystem::path& target, const std::string& text) {
    namespace fs = std::filesystem;
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path temp = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot create " + temp.string();
        out << text;
        out.flush();
        if (!out) {
            out.close();
            std::error_code ec;
            fs::remove(temp, ec);
            return "cannot write " + temp.string();
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignore;
        fs::remove(temp, ignore);
        return "cannot replace " + target.string() + ": " + ec.message();
    }
    return std::nullopt;
}

}  // namespace

int importNetboxCommand(const CliArgs& args, Streams io) {
    const auto& pos = args.positional();  // "import-netbox", FILE…
    std::vector<std::string> files(pos.size() > 1 ? pos.begin() + 1 : pos.end(), pos.end());
    if (files.empty()) {
        io.err << kCmd << ": give at least one NetBox device-type YAML file\n";
        return kExitBadInput;
    }
    const auto outputs = args.values("--output");
    if (outputs.size() != 1) {
        io.err << kCmd << ": give the output catalog file once with -o FILE\n";
        return kExitBadInput;
    }
    const std::filesystem::path output = outputs.front();
    NetboxImportOptions options;
    if (auto kind = args.value("--kind")) {
        const auto& kinds = netboxImportKinds();
        if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) {
            std::string list;
            for (const auto& k : kinds) list += (list.empty() ? "" : ", ") + k;
            io.err << kCmd << ": --kind " << *kind << " cannot be imported from NetBox (use one of " << list << ")\n";
            return kExitBadInput;
        }
        options.kind = *kind;
    }

    // Convert every file first; report every failure, write nothing if there is one.
    std::vector<std::string> errors;
    std::vector<std::pair<std::string, NetboxImportResult>> results;
    std::map<std::string, std::string> idFile;
    for (const auto& file : files) {
        std::string text;
        if (auto err = readTextFile(file, text, 16ull << 20)) {
            errors.push_back(file + ": " + *err);
            continue;
        }
        NetboxImportResult r = importNetboxYaml(text, file, options);
        if (r.error) {
            errors.push_back(r.error->message());
            continue;
        }
        for (const auto& e : r.entries) {
            const std::string id = e["id"].get<std::string>();
            auto [it, fresh] = idFile.emplace(id, file);
            if (!fresh) errors.push_back(file + ": id \"" + id + "\" is also imported from " + it->second + " (same slug)");
        }
        results.emplace_back(file, std::move(r));
    }

    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    doc["format"] = "podplanner-catalog";
    doc["version"] = 1;
    doc["entries"] = nlohmann::ordered_json::array();
    for (const auto& [file, r] : results)
        for (const auto& e : r.entries) doc["entries"].push_back(e);
    const std::string text = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (errors.empty()) {
        Catalog check;  // the file must load exactly as the planner will read it
        if (auto err = CatalogLoader::loadText(text, output.string(), check))
            errors.push_back("internal error, the converted catalog does not load: " + err->message());
    }
    if (errors.empty()) {
        if (auto err = writeAtomically(output, text)) errors.push_back(*err);
    }
    if (!errors.empty()) {
        for (const auto& e : errors) io.err << kCmd << ": " << e << "\n";
        io.err << kCmd << ": nothing written to " << output.string() << "\n";
        return kExitBadInput;
    }

    for (const auto& [file, r] : results) {
        io.out << file << ": " << r.summary << "\n";
        for (const auto& w : r.warnings) io.out << "  warning: " << w << "\n";
    }
    io.out << "wrote " << doc["entries"].size() << (doc["entries"].size() == 1 ? " entry" : " entries") << " to "
           << output.string() << " (load it with --catalog " << output.string() << ")\n";
    return kExitOk;
}

}  // namespace pod::cli
