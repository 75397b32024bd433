#include "CostSummary.h"

#include "TextFormat.h"

namespace pod {

std::vector<std::pair<std::string, std::string>> costSummaryLines(const CostReport& r) {
    const std::string& cur = r.currency;
    const std::string years = std::to_string(r.options.years) + (r.options.years == 1 ? " year" : " years");
    std::vector<std::pair<std::string, std::string>> out;
    out.push_back({"Capex", fmtMoney(r.capex(), cur) + (r.complete() ? "" : " (priced items only)")});
    if (r.buildout > 0) out.push_back({"  build-out", fmtMoney(r.buildout, cur)});
    if (r.complete()) {
        out.push_back({"Unpriced", "none"});
    } else {
        std::string ids;
        for (const auto& id : r.unpriced) ids += (ids.empty() ? "" : ", ") + (id.empty() ? std::string("(no medium reaches)") : id);
        out.push_back({"Unpriced", std::to_string(r.unpriced.size()) + ": " + ids});
    }
    if (r.energyPerYear) {
        out.push_back({"Energy", fmtMoney(*r.energyPerYear, cur) + " per year (" + std::string(energyBasisKey(r.options.energyBasis)) + " draw)"});
        if (r.options.maintenancePercent > 0) out.push_back({"Maintenance", fmtMoney(r.maintenancePerYear(), cur) + " per year"});
        out.push_back({"TCO", fmtMoney(*r.tco(), cur) + " over " + years});
    } else {
        out.push_back({"Energy", "not priced (no kWh price)"});
    }
    if (auto v = r.perGpu()) out.push_back({"Per GPU", fmtMoney(*v, cur) + " capex"});
    if (auto v = r.perPflops()) out.push_back({"Per PFLOPS", fmtMoney(*v, cur) + " capex (" + std::string(precisionLabel(r.options.precision)) + ")"});
    if (auto v = r.perRack()) out.push_back({"Per rack", fmtMoney(*v, cur) + " capex"});
    return out;
}

}  // namespace pod
