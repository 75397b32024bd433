// podplanner catalog import-netbox FILE.yaml… -o OUT.json [--kind K]
// Converts NetBox devicetype-library files into one user catalog file. All or nothing: any bad input
// file, duplicate id or write failure leaves OUT.json untouched (written to a temp file, then renamed).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <unistd.h>

#include "AtomicWrite.h"
#include "CatalogLoader.h"
#include "Commands.h"
#include "NetboxImporter.h"

namespace pod::cli {

namespace {

constexpr const char* kCmd = "podplanner catalog import-netbox";

// --kind K, when given, must be one NetBox can be imported as; prints why not and returns false.
bool readKind(const CliArgs& args, Streams io, NetboxImportOptions& options) {
    auto kind = args.value("--kind");
    if (!kind) return true;
    const auto& kinds = netboxImportKinds();
    if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) {
        std::string list;
        for (const auto& k : kinds) list += (list.empty() ? "" : ", ") + k;
        io.err << kCmd << ": --kind " << *kind << " cannot be imported from NetBox (use one of " << list << ")\n";
        return false;
    }
    options.kind = *kind;
    return true;
}

// Every file converted, in the order given, and every failure (unreadable file, bad entry, id twice).
struct Conversion {
    std::vector<std::pair<std::string, NetboxImportResult>> results;
    std::vector<std::string> errors;
};

Conversion convertFiles(const std::vector<std::string>& files, const NetboxImportOptions& options) {
    Conversion c;
    std::map<std::string, std::string> idFile;
    for (const auto& file : files) {
        std::string text;
        if (auto err = readTextFile(file, text, 16ull << 20)) {
            c.errors.push_back(file + ": " + *err);
            continue;
        }
        NetboxImportResult r = importNetboxYaml(text, file, options);
        if (r.error) {
            c.errors.push_back(r.error->message());
            continue;
        }
        for (const auto& e : r.entries) {
            const std::string id = e["id"].get<std::string>();
            auto [it, fresh] = idFile.emplace(id, file);
            if (!fresh) c.errors.push_back(file + ": id \"" + id + "\" is also imported from " + it->second + " (same slug)");
        }
        c.results.emplace_back(file, std::move(r));
    }
    return c;
}

// One catalog file holding every converted entry.
nlohmann::ordered_json catalogDocument(const Conversion& c) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    doc["format"] = "podplanner-catalog";
    doc["version"] = 1;
    doc["entries"] = nlohmann::ordered_json::array();
    for (const auto& [file, r] : c.results)
        for (const auto& e : r.entries) doc["entries"].push_back(e);
    return doc;
}

// Proves the file loads exactly as the planner will read it, then writes it; failures join `errors`.
void checkAndWrite(const std::filesystem::path& output, const std::string& text, const Catalog& loaded,
                   std::vector<std::string>& errors) {
    if (errors.empty()) {
        Catalog check = loaded;  // accelerator refs resolve against the catalog the file will be loaded with
        if (auto err = CatalogLoader::loadText(text, output.string(), check, CatalogLoadOptions{true}))
            errors.push_back("internal error, the converted catalog does not load: " + err->message());
    }
    if (errors.empty()) {
        if (auto err = writeFileAtomically(output.string(), text)) errors.push_back(*err);
    }
}

void reportWritten(Streams io, const Conversion& c, std::size_t entries, const std::filesystem::path& output) {
    for (const auto& [file, r] : c.results) {
        io.out << file << ": " << r.summary << "\n";
        for (const auto& w : r.warnings) io.out << "  warning: " << w << "\n";
    }
    io.out << "wrote " << entries << (entries == 1 ? " entry" : " entries") << " to " << output.string()
           << " (load it with --catalog " << output.string() << ")\n";
}

}  // namespace

int importNetboxCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    const std::vector<std::string>& files = args.positional();  // the words after "catalog import-netbox"
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
    options.catalog = &catalog;
    if (!readKind(args, io, options)) return kExitBadInput;

    // Convert every file first; report every failure, write nothing if there is one.
    Conversion conversion = convertFiles(files, options);
    const nlohmann::ordered_json doc = catalogDocument(conversion);
    const std::string text = doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    checkAndWrite(output, text, catalog, conversion.errors);
    if (!conversion.errors.empty()) {
        for (const auto& e : conversion.errors) io.err << kCmd << ": " << e << "\n";
        io.err << kCmd << ": nothing written to " << output.string() << "\n";
        return kExitBadInput;
    }
    reportWritten(io, conversion, doc["entries"].size(), output);
    return kExitOk;
}

}  // namespace pod::cli
