#pragma once
// NetBox devicetype-library YAML → catalog entries (catalog/README.md). Pure std + yaml-cpp +
// nlohmann_json + the model's catalog loader (used to prove every entry loads); no Qt. The rules for
// turning NetBox's fields into catalog figures are in app/netbox/README.md.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pod {

class Catalog;

struct NetboxImportOptions {
    // Catalog kind for every imported device type (gpu_node, cpu_node, switch, storage, patch_panel,
    // blank, cdu); empty = guess from the slug, model, module bays, interfaces and power outlets.
    std::string kind;
    // The loaded catalog: its accelerators are what a GPU server's module bays, interfaces or comments are
    // matched against (README "GPU servers"), and converted entries are proven to load against it.
    // Null: no accelerator is recognised.
    const Catalog* catalog = nullptr;
};

// Why a file could not be imported: the file as given, the 1-based YAML line (0 = unknown), the
// NetBox field ("" for a YAML syntax error) and the reason.
struct NetboxImportError {
    std::string file;
    int line = 0;
    std::string field;
    std::string reason;
    std::string message() const;  // "file: line 5: field "u_height": must be a number, got "one""
};

struct NetboxImportResult {
    // Catalog entries (one per device type) in the catalog JSON format; empty on error. Ordered
    // JSON so the written file reads id, kind, vendor, model … in that order.
    std::vector<nlohmann::ordered_json> entries;
    std::vector<std::string> warnings;  // PSU rating, needs completion, mapped airflow, skipped interfaces …
    std::string summary;                // "netbox-acme-sw48 switch (guessed): Acme SW-48, 1U, 9.53 kg, 460 W max, …"
    std::optional<NetboxImportError> error;
    bool ok() const { return !error; }
};

// Kinds accepted by NetboxImportOptions::kind (the --kind option).
const std::vector<std::string>& netboxImportKinds();

// Converts one devicetype-library file. `fileName` names the file in errors and in the entry's
// source reference (its last path component). Never throws.
NetboxImportResult importNetboxYaml(const std::string& yamlText, const std::string& fileName,
                                    const NetboxImportOptions& options = {});

// The catalog id for a NetBox slug: "netbox-" + the slug lowercased, every character outside
// [a-z0-9._-] replaced by '-', runs of '-' collapsed, leading/trailing '-' dropped.
std::string netboxCatalogId(const std::string& slug);

// Interface speed in Gb/s from a NetBox interface type ("100gbase-x-qsfp28" → 100,
// "infiniband-ndr" → 400, "32gfc-sfp28" → 32), or nothing for virtual/wireless/unknown types.
std::optional<double> netboxInterfaceSpeedGbps(const std::string& type);

}  // namespace pod
