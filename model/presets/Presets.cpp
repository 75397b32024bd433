#include "Presets.h"

namespace pod {

namespace {

// The RA pages the rows were read from (search tool, corpus "pages", December 2026).
constexpr const char* kH100Rows =
    "/work/shared/domain/FACILITY.md 'Fabric at SuperPOD scale', quoting the DGX SuperPOD H100 RA "
    "(https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-h100/latest/dgx-superpod-architecture.html, "
    "not returned by the search tool itself)";
constexpr const char* kH100Table = "Larger SuperPOD component counts (Table 3 of RA-11333-001), as quoted in FACILITY.md";
constexpr const char* kB200Page =
    "https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-b200/latest/dgx-superpod-architecture.html";
constexpr const char* kB200Table = "component counts table under 'DGX SuperPOD Architecture' (its caption reference is broken: ':numref:')";
constexpr const char* kB300Page =
    "https://docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300/latest/dgx-superpod-architecture.html";
constexpr const char* kB300Table = "Table 3 Larger DGX SuperPOD component counts";
constexpr const char* kB300XdrPage =
    "https://docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300-xdr/latest/dgx-superpod-architecture.html";
constexpr const char* kB300XdrTable = "Table 3 Example Compute Fabric Components for DGX SuperPOD Counts";
constexpr const char* kGb200Page =
    "https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/dgx-superpod-architecture.html";

constexpr const char* kBreakout =
    "past 4 SUs the RA's two tiers need 128-port switches (each SN5600 800G port split into 2 x 400G, the twin-plane design); "
    "the catalog's SN5600 has 64 x 800G and breakout is not modelled, so the generator adds a core tier instead";

std::vector<Preset> makePresets() {
    std::vector<Preset> out;
    {
        Preset p;
        p.name = "superpod-h100";
        p.title = "DGX SuperPOD H100 (InfiniBand NDR, QM9700)";
        p.nodeId = "nvidia-dgx-h100";
        p.suNodes = 32;
        p.slotsToUfm = 1;
        p.perRack = 4;
        p.fabric = "ndr";
        p.fullUnits = true;
        p.appliances = {{"nvidia-ufm-appliance-3.1", 4, "ufm", "UFM"}};
        p.maxSus = 64;
        p.source = "https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-h100/latest/dgx-superpod-architecture.html";
        p.layout = "SU = 32 node slots in 8 racks of 4 DGX H100 (~41 kW each); one slot of the pod goes to UFM (31, 63, 95, 127 nodes); "
                   "4 UFM appliances (RA Table 7) in the network racks, their 4 links in that slot; leaves cabled for full SUs";
        //                sus nodes gpus leaf spine core  n-l   l-s  s-c
        p.rows = {{1, 31, 248, 8, 4, -1, 252, 256, -1, kH100Rows, kH100Table},
                  {2, 63, 504, 16, 8, -1, 508, 512, -1, kH100Rows, kH100Table},
                  {3, 95, 760, 24, 16, -1, 764, 768, -1, kH100Rows, kH100Table},
                  {4, 127, 1016, 32, 16, -1, 1020, 1024, -1, kH100Rows, kH100Table}};
        out.push_back(std::move(p));
    }
    {
        Preset p;
        p.name = "superpod-b200";
        p.title = "DGX SuperPOD B200 (InfiniBand NDR, QM9700)";
        p.nodeId = "nvidia-dgx-b200";
        p.suNodes = 32;
        p.perRack = 2;
        p.fabric = "ndr";
        p.maxSus = 64;
        p.source = kB200Page;
        p.layout = "SU = 32 DGX B200; 2 per rack (the RA: 'power consumption per rack exceeds 25 kW', 2 x 14.3 kW), 16 racks per SU; "
                   "past 8 SUs a core tier, one spine group per SU";
        p.rows = {{2, 64, 512, 16, 8, -1, 512, 512, -1, kB200Page, kB200Table},
                  {4, 128, 1024, 32, 16, -1, 1024, 1024, -1, kB200Page, kB200Table},
                  {8, 256, 2048, 64, 32, -1, 2048, 2048, -1, kB200Page, kB200Table},
                  {16, 512, 4096, 128, 128, 64, 4096, 4096, 4096, kB200Page, kB200Table},
                  {32, 1024, 8192, 256, 256, 128, 8192, 8192, 8192, kB200Page, kB200Table},
                  {64, 2048, 16384, 512, 512, 256, 16384, 16384, 16384, kB200Page, kB200Table}};
        out.push_back(std::move(p));
    }
    {
        Preset p;
        p.name = "superpod-b300-xdr";
        p.title = "DGX SuperPOD B300 (InfiniBand XDR, Quantum-X800 Q3400)";
        p.nodeId = "nvidia-dgx-b300";
        p.suNodes = 72;
        p.perRack = 4;
        p.fabric = "xdr";
        p.maxSus = 18;
        p.source = kB300XdrPage;
        p.layout = "SU = 72 DGX B300 in 18 racks of 4 (the RA: ~56 kW per rack, standard racks with PDUs)";
        // 18 SUs: the RA prints 9,216 GPUs for 1,296 nodes (1,296 x 8 = 10,368, the cable counts' figure).
        p.rows = {{1, 72, 576, 8, 4, -1, 576, 576, -1, kB300XdrPage, kB300XdrTable},
                  {2, 144, 1152, 16, 8, -1, 1152, 1152, -1, kB300XdrPage, kB300XdrTable},
                  {4, 288, 2304, 32, 18, -1, 2304, 2304, -1, kB300XdrPage, kB300XdrTable},
                  {8, 576, 4608, 64, 36, -1, 4608, 4608, -1, kB300XdrPage, kB300XdrTable},
                  {18, 1296, 9216, 144, 72, -1, 10368, 10368, -1, kB300XdrPage, kB300XdrTable}};
        out.push_back(std::move(p));
    }
    {
        Preset p;
        p.name = "superpod-b300";
        p.title = "DGX SuperPOD B300 (Spectrum-X Ethernet, SN5600)";
        p.nodeId = "nvidia-dgx-b300";
        p.suNodes = 64;
        p.perRack = 4;
        p.fabric = "roce";
        p.maxSus = 16;
        p.source = kB300Page;
        p.layout = "SU = 64 DGX B300 in 16 racks of 4 (the RA: > 50 kW per rack, MGX racks on DC busbar; planned here in EIA racks "
                   "with PDUs, which the RA allows for legacy data centres)";
        p.rows = {{1, 64, 512, 16, 8, -1, 512, 512, -1, kB300Page, kB300Table},
                  {2, 128, 1024, 32, 16, -1, 1024, 1024, -1, kB300Page, kB300Table},
                  {4, 256, 2048, 64, 32, -1, 2048, 2048, -1, kB300Page, kB300Table},
                  {8, 512, 4096, 128, 64, -1, 4096, 4096, -1, kB300Page, kB300Table, false, kBreakout},
                  {16, 1024, 8192, 256, 128, -1, 8192, 8192, -1, kB300Page, kB300Table, false, kBreakout}};
        out.push_back(std::move(p));
    }
    {
        Preset p;
        p.name = "superpod-gb200";
        p.title = "DGX SuperPOD GB200 (NVL72 racks, InfiniBand NDR, QM9700)";
        p.nodeId = "nvidia-gb200-nvl72";
        p.suNodes = 8;
        p.perRack = 1;
        p.fabric = "ndr";
        p.maxSus = 2;
        p.source = kGb200Page;
        p.layout = "SU = 8 DGX GB200 NVL72 racks (the RA: 1.2 MW per SU) with in-row CDUs; the RA's compute-fabric counts were not found, "
                   "so the fabric is the generator's own rail-optimised sizing (no published row to check)";
        out.push_back(std::move(p));
    }
    {
        Preset p;
        p.name = "superpod-gb300";
        p.title = "DGX SuperPOD GB300 (NVL72 racks, InfiniBand)";
        p.nodeId = "nvidia-gb300-nvl72";
        p.suNodes = 8;
        p.perRack = 1;
        p.fabric = "ndr";
        p.maxSus = 2;
        p.source = "no GB300 SuperPOD RA page found with the search tool; SU of 8 NVL72 racks as for GB200";
        p.layout = "SU = 8 GB300 NVL72 racks with in-row CDUs; no published compute-fabric table found (no row to check); the fabric "
                   "is what `generate` builds for this node today (QM9700 NDR leaves and spines, as for GB200), not the XDR fabric of a "
                   "GB300 SuperPOD";
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace

const std::vector<Preset>& presets() {
    static const std::vector<Preset> all = makePresets();
    return all;
}

const Preset* findPreset(const std::string& name) {
    for (const auto& p : presets())
        if (p.name == name) return &p;
    return nullptr;
}

std::string presetNames() {
    std::string s;
    for (const auto& p : presets()) s += (s.empty() ? "" : ", ") + p.name;
    return s;
}

std::variant<GeneratorOptions, std::string> presetOptions(const Preset& preset, int sus) {
    if (sus < 1 || sus > preset.maxSus)
        return "--sus " + std::to_string(sus) + ": " + preset.name + " builds 1 to " + std::to_string(preset.maxSus) + " scalable units";
    GeneratorOptions o;
    o.nodeId = preset.nodeId;
    o.nodes = sus * preset.suNodes - preset.slotsToUfm;
    o.perRack = preset.perRack;
    o.fabric = preset.fabric;
    o.fullUnits = preset.fullUnits;
    o.appliances = preset.appliances;
    o.name = preset.title + ", " + std::to_string(sus) + (sus == 1 ? " SU" : " SUs");
    return o;
}

}  // namespace pod
