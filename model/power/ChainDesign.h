#pragma once
// A power chain designed for a pod (generate --power N|N+1|2N [--ups-kw X]): what `generate` attaches so a
// generated pod carries its chain. Layout, per redundancy:
//   2N:  UTIL-A → UPS-A → one busway per row on side A (BW-<row>-A); UTIL-B → UPS-B → BW-<row>-B. Every rack's
//        feed A hangs from its row's A busway, B from B.
//   N+1: UTIL and GEN (transfer switch) → one UPS of n + 1 modules → BW-<row>-A and BW-<row>-B.
//   N:   as N+1 with n modules.
// Sizing, unless --ups-kw fixes a UPS system's capacity: every element carries its worst single-failure load
// (2N: a side or a busway carries its whole pod or row when the other side fails; N+1: n modules carry the pod
// when one is lost) at or below the project's power warning line (80 %), so the pod is clean under N-1 —
// except that N and N+1 have one UPS system, whose loss darkens the pod (power.n-minus-1 says so). UPS modules
// are kUpsModuleKw (a design choice, not a catalog figure); busways are 415 V three-phase at the first of
// kBuswayRatingsA that fits, derated by the project's setting (80 %); sources are sized like their UPS.
// Single-phase PDU feeds are spread over L1, L2, L3 in turn along each busway (feed_phase).
// Blocks: past what one UPS system of kMaxUpsModules modules carries at the warning line (1,200 kW of IT at
// 80 %), the busway runs are grouped in layout order into blocks, each with its own UPS system(s) on the side's
// utility: UPS-A1/UPS-B1 … (2N), UPS1 … (N, N+1); a single block keeps the names above. --ups-kw X is one block;
// a run larger than a block (a long row's busway, up to 2.3 MW) is a block of its own with the modules it needs.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod {

inline constexpr double kUpsModuleKw = 250;
// The most modules of one UPS system: the largest in the catalog, Schneider Galaxy VX 1,500 kW (6 × 250 kW).
inline constexpr int kMaxUpsModules = 6;
inline constexpr double kBuswayVoltageV = 415;
inline constexpr double kBuswayRatingsA[] = {160, 250, 400, 630, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000};

struct PowerDesign {
    std::string redundancy = "2N";  // N | N+1 | 2N
    std::optional<double> upsKw;    // each UPS system's capacity; unset = sized
};

struct ChainDesignResult {
    int nodes = 0;
    std::vector<std::string> notes;
};

// Replaces project.powerChain and every rack's feed_from / feed_phase. An error (text) when the design cannot
// be built: unknown redundancy, a rack without feeds A/B (2N), a row past the largest busway.
std::variant<ChainDesignResult, std::string> attachPowerChain(Project& project, const Catalog& catalog, const PowerDesign& design);

}  // namespace pod
