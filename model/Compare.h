#pragma once
// Scenario comparison: the figures a planner weighs between two layouts of a pod (racks by role,
// floor area, kW per rack and the cooling it needs, power, weight, FLOPS, storage, cables by medium,
// blanking panels, switches, rule violations), side by side with the difference B − A.
#include <map>
#include <string>
#include <vector>

#include "Cabling.h"
#include "Catalog.h"
#include "Precision.h"
#include "Project.h"

namespace pod {

// A rack's role, from what it holds: any GPU node → gpu; else any storage → storage; else any
// switch → network; else other (PDUs, blanks, patch panels only, or empty).
enum class RackRole { Gpu, Network, Storage, Other };
std::string_view rackRoleKey(RackRole role);
RackRole classifyRack(const std::vector<const Device*>& devices, const Catalog& catalog);

struct PodSummary {
    std::string project;   // project name
    std::string scenario;  // active scenario name
    int racks = 0;
    std::map<std::string, int> racksByRole;     // gpu, network, storage, other (all four present)
    double rackFootprintM2 = 0;
    double roomAreaM2 = 0;
    double rackMaxW = 0;                        // the most any one rack draws
    double rackMeanW = 0;                       // IT max draw / racks
    std::map<std::string, int> coolingNeeded;   // cheapest cooling id covering each rack → racks ("" none does)
    double itMaxW = 0;
    double facilityW = 0;                       // IT max × PUE
    double weightKg = 0;                        // racks + devices
    int gpus = 0;
    double gpuMemoryGb = 0;
    Throughput flops;                           // dense TFLOPS (INT8: TOPS)
    double storageRawTb = 0, storageUsableTb = 0;
    MediumTotal cables;                         // all cables
    std::map<std::string, MediumTotal> cablesByMedium;  // medium id ("" = none reaches)
    int blanks = 0;
    double blankU = 0;
    int switches = 0;
    std::map<std::string, int> switchesByModel;  // catalog id → count
    std::map<std::string, int> switchesByRole;   // "<fabric id> leaf|spine" or "unassigned" → count
    int errors = 0, warnings = 0, infos = 0;     // RuleEngine::standard() violations
};

PodSummary summarize(const Project& project, const Catalog& catalog);

// Which way a compared quantity is better: fewer racks, less floor, power, weight and cabling (Lower);
// more GPUs, memory, FLOPS and storage (Higher); no direction (Neutral) for design choices such as kW per
// rack, counts by kind (cooling, switch models, cable media) and labels.
enum class Better { Neutral, Lower, Higher };
// "lower" | "higher" | "" (neutral).
std::string_view betterKey(Better better);

// One line of the side-by-side table, already formatted ("40.8 kW", "+8", "−6.4 kW").
struct CompareRow {
    std::string label;
    int indent = 0;  // 1: a breakdown line under the row above
    std::string a, b, diff;
    int sign = 0;    // of B − A: −1, 0, +1 (0 for header-only rows)
    Better better = Better::Neutral;
    // Is B better than A here? +1 better, −1 worse, 0 the same or a quantity without a direction. The one
    // place that decides it: the GUI colours, the legend and `compare --json` all ask this.
    int verdict() const { return better == Better::Lower ? -sign : better == Better::Higher ? sign : 0; }
};
std::vector<CompareRow> compareRows(const PodSummary& a, const PodSummary& b);

// The rows as `compare --json` prints them: [{label, indent, a, b, diff, sign, better: "lower" | "higher"
// | null, verdict: "better" | "worse" | "same" | null}].
Json compareRowsToJson(const std::vector<CompareRow>& rows);

// Stable JSON of one summary (README.md, "compare --json").
Json summaryToJson(const PodSummary& summary);
// {"a": summary, "b": summary, "diff": B − A} where diff has the numeric keys of a summary (maps as
// the union of both sides' keys, a missing key counting as 0), values rounded to 3 decimals.
Json compareToJson(const PodSummary& a, const PodSummary& b);

// "+8", "−6.4", "0": a signed difference with a true minus sign (U+2212).
std::string fmtSigned(double value, int decimals);

}  // namespace pod
