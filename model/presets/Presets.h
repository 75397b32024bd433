#pragma once
// DGX SuperPOD presets: the scalable units (SUs) of NVIDIA's DGX SuperPOD reference architectures (RAs), as
// `podplanner generate --preset NAME --sus N` builds them, and the RAs' published compute-fabric tables
// (switches and cables per tier for a number of SUs) with the page each row was read from. The generator
// sizes the fabric itself; tests/model/tst_presets.cpp checks its counts against every published row.
#include <string>
#include <variant>
#include <vector>

#include "generator/PodGenerator.h"

namespace pod {

// One row of an RA's compute-fabric table. -1: the RA's table has no such column (no core tier published).
struct PublishedRow {
    int sus = 0, nodes = 0, gpus = 0;
    int leaves = 0, spines = 0, cores = -1;
    int nodeLeafCables = 0, leafSpineCables = 0, spineCoreCables = -1;
    const char* source = "";  // URL of the page the row was read from
    const char* table = "";   // the table's caption there
    // The generator reproduces the row; when false, `gap` says why not.
    bool reproduced = true;
    const char* gap = "";
};

struct Preset {
    std::string name;        // superpod-h100, …
    std::string title;       // "DGX SuperPOD H100 (InfiniBand NDR)"
    std::string nodeId;      // catalog gpu_node
    int suNodes = 0;         // node slots per SU (NVL72: racks per SU)
    int slotsToUfm = 0;      // node slots in the whole pod given to UFM connectivity (H100 RA: 1)
    int perRack = 0;         // nodes per GPU rack
    std::string fabric;      // ndr | xdr | roce
    bool fullUnits = false;  // leaves cabled for full SUs (GeneratorOptions::fullUnits)
    std::vector<ApplianceSpec> appliances;  // UFM appliances in the network racks
    int maxSus = 0;          // the most SUs the generator builds for this preset
    std::string source;      // the RA's page on the SU and its rack layout
    std::string layout;      // what the RA says of racks per SU, density and management, as the preset follows it
    std::vector<PublishedRow> rows;  // the RA's compute-fabric table; empty when none was found
};

const std::vector<Preset>& presets();
const Preset* findPreset(const std::string& name);

// Generator options for `sus` SUs of the preset, or why not (sus out of range).
std::variant<GeneratorOptions, std::string> presetOptions(const Preset& preset, int sus);

// The names, comma-separated ("superpod-h100, superpod-b200, …").
std::string presetNames();

}  // namespace pod
