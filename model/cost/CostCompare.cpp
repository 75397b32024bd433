#include "CostCompare.h"

#include <cmath>
#include <map>
#include <set>

#include "TextFormat.h"

namespace pod {

namespace {

int signOf(double v, int decimals) {
    if (fmtFixed(std::fabs(v), decimals) == fmtFixed(0.0, decimals)) return 0;
    return v > 0 ? 1 : -1;
}

// A money row; "—" on a side without the figure (then no difference either).
CompareRow moneyRow(std::string label, std::optional<double> a, std::optional<double> b, const std::string& currency, Better better,
                    int indent = 0) {
    const std::string u = currency.empty() ? "" : " " + currency;
    CompareRow r{std::move(label), indent, a ? fmtMoney(*a, currency) : "—", b ? fmtMoney(*b, currency) : "—", "", 0, better};
    if (a && b) {
        r.sign = signOf(*b - *a, 0);
        r.diff = fmtSigned(*b - *a, 0) + (r.sign ? u : "");
    }
    return r;
}

std::string idsText(const std::vector<std::string>& ids) {
    if (ids.empty()) return "none";
    std::string s = std::to_string(ids.size()) + ":";
    for (const auto& id : ids) s += " " + (id.empty() ? std::string("(no medium reaches)") : id);
    return s;
}

}  // namespace

std::vector<CompareRow> costCompareRows(const CostReport& a, const CostReport& b) {
    constexpr Better lower = Better::Lower, neutral = Better::Neutral;
    const std::string& cur = a.currency.empty() ? b.currency : a.currency;
    std::vector<CompareRow> rows;
    rows.push_back(moneyRow("Capex", a.capex(), b.capex(), cur, lower));  // priced items only: see "Unpriced items"
    // One line per catalog id, in A's order then B's extra ids.
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const auto* side : {&a, &b})
        for (const auto& c : side->lines)
            if (seen.insert(c.catalogId).second) ids.push_back(c.catalogId);
    auto lineOf = [](const CostReport& r, const std::string& id) -> const CostLine* {
        for (const auto& c : r.lines)
            if (c.catalogId == id) return &c;
        return nullptr;
    };
    for (const auto& id : ids) {
        const CostLine* la = lineOf(a, id);
        const CostLine* lb = lineOf(b, id);
        const bool priced = (la ? la->unitPrice.has_value() : true) && (lb ? lb->unitPrice.has_value() : true);
        const std::string label = id.empty() ? "cables no medium reaches" : id;
        if (!priced) {
            rows.push_back({label, 1, la ? (la->unitPrice ? fmtMoney(la->extended(), cur) : "unpriced") : "—",
                            lb ? (lb->unitPrice ? fmtMoney(lb->extended(), cur) : "unpriced") : "—", "", 0, neutral});
            continue;
        }
        rows.push_back(moneyRow(label, la ? la->extended() : 0.0, lb ? lb->extended() : 0.0, cur, lower, 1));
    }
    if (a.buildout > 0 || b.buildout > 0) rows.push_back(moneyRow("Build-out", a.buildout, b.buildout, cur, lower, 1));
    rows.push_back({"Unpriced items", 0, idsText(a.unpriced), idsText(b.unpriced), fmtSigned(double(b.unpriced.size()) - double(a.unpriced.size()), 0),
                    signOf(double(b.unpriced.size()) - double(a.unpriced.size()), 0), lower});
    rows.push_back(moneyRow("Energy per year", a.energyPerYear, b.energyPerYear, cur, lower));
    const int years = a.options.years;
    rows.push_back(moneyRow("Energy over " + std::to_string(years) + " years", a.energyOverYears(), b.energyOverYears(), cur, lower));
    if (a.options.maintenancePercent > 0 || b.options.maintenancePercent > 0)
        rows.push_back(moneyRow("Maintenance per year", a.maintenancePerYear(), b.maintenancePerYear(), cur, lower));
    rows.push_back(moneyRow("TCO over " + std::to_string(years) + " years", a.tco(), b.tco(), cur, lower));
    rows.push_back(moneyRow("Capex per GPU", a.perGpu(), b.perGpu(), cur, lower));
    rows.push_back(moneyRow("Capex per PFLOPS (" + std::string(precisionLabel(a.options.precision)) + ")", a.perPflops(), b.perPflops(), cur, lower));
    rows.push_back(moneyRow("Capex per rack", a.perRack(), b.perRack(), cur, neutral));
    return rows;
}

std::optional<std::filesystem::path> projectPriceBook(const Project& owner, const std::filesystem::path& ownerFile) {
    if (!owner.settings.priceBook || owner.settings.priceBook->empty()) return std::nullopt;
    std::filesystem::path book = *owner.settings.priceBook;
    if (book.is_relative() && !ownerFile.empty()) book = ownerFile.parent_path() / book;
    return book;
}

std::vector<CompareRow> projectCostRows(const Project& owner, const std::filesystem::path& ownerFile, const Project& a, const Project& b,
                                        const Catalog& catalog, const CostOptions& options) {
    const auto path = projectPriceBook(owner, ownerFile);
    if (!path) return {};
    const PriceBookResult loaded = loadPriceBook(*path);
    if (const auto* e = std::get_if<PriceBookError>(&loaded))
        return {CompareRow{"Cost: price book not read: " + e->message(), 0, "", "", "", 0}};
    const PriceBook& book = std::get<PriceBook>(loaded);
    std::vector<CompareRow> rows{CompareRow{"Cost (" + (book.currency().empty() ? std::string("no prices") : book.currency()) + ")", 0, "", "", "", 0}};
    for (auto& r : costCompareRows(computeCost(a, catalog, book, options), computeCost(b, catalog, book, options))) rows.push_back(std::move(r));
    return rows;
}

}  // namespace pod
