#include "CostText.h"

#include <iomanip>
#include <ostream>

#include "TextFormat.h"

namespace pod::cli {

namespace {

void row(std::ostream& out, const std::string& label, const std::string& value) {
    out << "  " << std::left << std::setw(20) << label << value << "\n";
}

std::string idOf(const CostLine& c) { return c.catalogId.empty() ? "(no medium reaches)" : c.catalogId; }

}  // namespace

void printCost(std::ostream& out, const CostReport& r) {
    const std::string& cur = r.currency;
    auto money = [&](double v) { return fmtMoney(v, cur); };
    const std::string years = std::to_string(r.options.years) + (r.options.years == 1 ? " year" : " years");
    out << "\nCost (price book " << r.priceBook << (cur.empty() ? "" : ", " + cur) << "):\n";
    row(out, "Capex", money(r.capex()) + (r.buildout > 0 ? " (equipment " + money(r.equipment) + " + build-out " + money(r.buildout) + ")" : "") +
                          (r.complete() ? "" : " (priced items only)"));
    if (r.complete()) {
        row(out, "Unpriced", "none");
    } else {
        std::string ids;
        for (const auto& id : r.unpriced) ids += (ids.empty() ? "" : ", ") + (id.empty() ? std::string("(no medium reaches)") : id);
        row(out, "Unpriced", std::to_string(r.unpriced.size()) + " BOM items without a price: " + ids);
    }
    row(out, "Energy", fmtGrouped(r.energyKwhPerYear, 0) + " kWh/year (" + fmtFixed(r.itKw(), 1) + " kW IT " +
                           std::string(energyBasisKey(r.options.energyBasis)) + " × PUE " + fmtFixed(r.pue, 2) + " × 8,760 h)");
    if (r.energyPerYear)
        row(out, "Energy cost", money(*r.energyPerYear) + " per year, " + money(*r.energyOverYears()) + " over " + years);
    else
        row(out, "Energy cost", "not priced (no --kwh-price)");
    if (r.options.maintenancePercent > 0)
        row(out, "Maintenance", money(r.maintenancePerYear()) + " per year (" + fmtGrouped(r.options.maintenancePercent, 2) + " % of capex)");
    if (auto t = r.tco()) row(out, "TCO over " + years, money(*t));
    auto per = [&](const std::string& label, std::optional<double> v) { row(out, label, v ? money(*v) : std::string("—")); };
    per("Capex per GPU", r.perGpu());
    per("Capex per PFLOPS", r.perPflops());
    out << "  " << std::string(20, ' ') << "(dense " << precisionLabel(r.options.precision) << ")\n";
    per("Capex per rack", r.perRack());
    if (auto t = r.tcoPerGpu()) row(out, "TCO per GPU", money(*t));
    out << "\n  " << std::left << std::setw(34) << "Catalog id" << std::right << std::setw(12) << "Qty" << std::setw(6) << "unit"
        << std::setw(16) << "unit price" << std::setw(18) << "extended" << "\n";
    for (const auto& c : r.lines) {
        out << "  " << std::left << std::setw(34) << idOf(c) << std::right << std::setw(12)
            << (c.perMetre ? fmtGrouped(c.quantity, 1) : fmtGrouped(c.quantity, 0)) << std::setw(6) << (c.perMetre ? "m" : "each")
            << std::setw(16) << (c.unitPrice ? fmtGrouped(*c.unitPrice, 2) : std::string("UNPRICED")) << std::setw(18)
            << (c.unitPrice ? fmtGrouped(c.extended(), 2) : std::string("—")) << "\n";
    }
}

}  // namespace pod::cli
