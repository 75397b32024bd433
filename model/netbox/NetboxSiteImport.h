#pragma once
// NetBox CSV exports of a site's racks, devices and (optionally) cables → a new project (README
// "Start a plan from a NetBox site"). Racks get a catalog rack model and a floor position; devices are
// matched to the catalog by slug or model; what does not match is kept as a placeholder (blank panels of its
// U height, tagged "netbox_placeholder") or, when it has no rack U, listed in the project's
// "netbox_unplaced"; nothing is dropped. Cables rebuild the network plan (leaves and spines per fabric) so
// the derived cabling matches. Pure std, no Qt.
#include <optional>
#include <string>
#include <vector>

#include "Catalog.h"
#include "NetboxCsv.h"
#include "Project.h"

namespace pod::netbox {

struct SiteImportInput {
    std::string racksCsv, racksFile;
    std::string devicesCsv, devicesFile;
    std::optional<std::string> cablesCsv;
    std::string cablesFile;
};

struct SiteImportResult {
    std::optional<Project> project;
    std::optional<CsvError> error;
    std::vector<std::string> unmatched;  // "devices.csv: line 7: \"X\" (Acme Foo, 2U) matches no catalog entry: placeholder"
    std::vector<std::string> notes;      // rack models assumed, cables not rebuilt …
    int racks = 0, devices = 0, placeholders = 0, unplaced = 0, cables = 0;
};

SiteImportResult importNetboxSite(const SiteImportInput& input, const Catalog& catalog);

}  // namespace pod::netbox
