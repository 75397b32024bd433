#include "Cost.h"

#include <cmath>
#include <map>
#include <set>

#include "Bom.h"
#include "Cabling.h"
#include "JsonRead.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod {

std::string_view energyBasisKey(EnergyBasis basis) { return basis == EnergyBasis::Max ? "max" : "typical"; }

std::optional<EnergyBasis> energyBasisFromKey(std::string_view key) {
    if (key == "typical") return EnergyBasis::Typical;
    if (key == "max") return EnergyBasis::Max;
    return std::nullopt;
}

std::optional<double> CostReport::energyOverYears() const {
    if (!energyPerYear) return std::nullopt;
    return *energyPerYear * options.years;
}

std::optional<double> CostReport::tco() const {
    if (!energyPerYear) return std::nullopt;
    return capex() + options.years * (*energyPerYear + maintenancePerYear());
}

std::optional<double> CostReport::perGpu() const { return gpus > 0 ? std::optional<double>(capex() / gpus) : std::nullopt; }
std::optional<double> CostReport::perRack() const { return racks > 0 ? std::optional<double>(capex() / racks) : std::nullopt; }
std::optional<double> CostReport::perPflops() const {
    return pflops && *pflops > 0 ? std::optional<double>(capex() / *pflops) : std::nullopt;
}
std::optional<double> CostReport::tcoPerGpu() const {
    auto t = tco();
    return t && gpus > 0 ? std::optional<double>(*t / gpus) : std::nullopt;
}

namespace {

// The cooling lines: each rack's cooling option, then each cooling unit, counted per catalog id.
std::vector<CostLine> coolingLines(const Project& project, const Catalog& catalog) {
    std::map<std::string, int> count;
    std::vector<std::string> order;
    auto add = [&](const std::string& id) {
        if (id.empty()) return;
        if (count[id]++ == 0) order.push_back(id);
    };
    for (const auto& r : project.layout.racks) add(r.cooling);
    for (const auto& u : project.layout.coolingUnits) add(u.catalogId);
    std::vector<CostLine> out;
    for (const auto& id : order) {
        std::string name = id;
        if (const CoolingOption* c = catalog.cooling(id)) name = c->vendor + " " + c->model;
        else if (const Equipment* e = catalog.equipment(id)) name = e->vendor + " " + e->model;
        out.push_back({id, "cooling", name, count[id], double(count[id]), false, std::nullopt});
    }
    return out;
}

Json money(double v) { return json::numberJson(std::round(v * 100.0) / 100.0); }
Json money(const std::optional<double>& v) { return v ? money(*v) : Json(nullptr); }
Json round3(double v) { return json::numberJson(std::round(v * 1000.0) / 1000.0); }

}  // namespace

CostReport computeCost(const Project& project, const Catalog& catalog, const PriceBook& book, const CostOptions& options) {
    CostReport r;
    r.currency = book.currency();
    r.priceBook = book.file();
    r.options = options;
    const Cabling cabling = deriveCabling(project, catalog);
    for (const BomLine& l : billOfMaterials(project, catalog, cabling)) {
        CostLine c;
        c.catalogId = l.catalogId;
        c.kind = l.kind;
        c.name = (l.vendor.empty() ? "" : l.vendor + " ") + l.model;
        c.count = l.count;
        c.perMetre = l.kind == "cable_media";
        c.quantity = c.perMetre ? double(l.totalLengthMm) / 1000.0 : double(l.count);
        r.lines.push_back(std::move(c));
    }
    for (auto& c : coolingLines(project, catalog)) r.lines.push_back(std::move(c));
    for (auto& c : r.lines) {
        const PriceEntry* p = c.catalogId.empty() ? nullptr : book.find(c.catalogId);
        if (p) {
            c.unitPrice = p->unitPrice;
            r.equipment += c.extended();
        } else {
            r.unpriced.push_back(c.catalogId);
        }
    }
    const ProjectTotals t = computeTotals(project, catalog);
    r.itKwMax = t.sum.maxW / 1000.0;
    r.itKwTypical = t.sum.typicalW / 1000.0;
    r.pue = project.room.pue;
    r.gpus = t.sum.gpus;
    r.racks = t.racks;
    if (auto tf = t.sum.flops.get(options.precision)) r.pflops = *tf / 1000.0;
    r.buildout = r.itKwMax * options.buildoutPerKw;
    r.energyKwhPerYear = r.itKw() * r.pue * kHoursPerYear;
    if (options.kwhPrice) r.energyPerYear = r.energyKwhPerYear * *options.kwhPrice;
    return r;
}

std::string fmtMoney(double value, const std::string& currency, int decimals) {
    return fmtGrouped(value, decimals) + (currency.empty() ? "" : " " + currency);
}

Json costToJson(const CostReport& r) {
    Json j;
    j["currency"] = r.currency;
    j["price_book"] = r.priceBook;
    j["capex"] = money(r.capex());
    j["capex_complete"] = r.complete();
    j["equipment"] = money(r.equipment);
    j["buildout_per_kw"] = money(r.options.buildoutPerKw);
    j["buildout"] = money(r.buildout);
    j["energy_basis"] = std::string(energyBasisKey(r.options.energyBasis));
    j["it_kw"] = round3(r.itKw());
    j["pue"] = round3(r.pue);
    j["energy_kwh_per_year"] = round3(r.energyKwhPerYear);
    j["kwh_price"] = r.options.kwhPrice ? Json(*r.options.kwhPrice) : Json(nullptr);
    j["energy_per_year"] = money(r.energyPerYear);
    j["years"] = r.options.years;
    j["energy_over_years"] = money(r.energyOverYears());
    j["maintenance_percent"] = r.options.maintenancePercent;
    j["maintenance_per_year"] = money(r.maintenancePerYear());
    j["tco"] = money(r.tco());
    j["per_gpu"] = money(r.perGpu());
    j["per_rack"] = money(r.perRack());
    j["per_pflops"] = money(r.perPflops());
    j["per_pflops_precision"] = std::string(precisionKey(r.options.precision));
    j["tco_per_gpu"] = money(r.tcoPerGpu());
    j["unpriced"] = r.unpriced;
    Json lines = Json::array();
    for (const auto& c : r.lines)
        lines.push_back({{"id", c.catalogId}, {"kind", c.kind}, {"name", c.name}, {"count", c.count}, {"quantity", round3(c.quantity)},
                         {"unit", c.perMetre ? "m" : "each"}, {"unit_price", c.unitPrice ? Json(*c.unitPrice) : Json(nullptr)},
                         {"extended", c.unitPrice ? money(c.extended()) : Json(nullptr)}});
    j["lines"] = lines;
    return j;
}

Json costDiffJson(const CostReport& a, const CostReport& b) {
    const Json ja = costToJson(a), jb = costToJson(b);
    Json d;
    for (const char* key : {"capex", "equipment", "buildout", "it_kw", "energy_kwh_per_year", "energy_per_year", "energy_over_years",
                            "maintenance_per_year", "tco", "per_gpu", "per_rack", "per_pflops", "tco_per_gpu"}) {
        if (ja[key].is_number() && jb[key].is_number())
            d[key] = round3(jb[key].get<double>() - ja[key].get<double>());
        else
            d[key] = nullptr;
    }
    d["unpriced"] = int(b.unpriced.size()) - int(a.unpriced.size());
    std::map<std::string, std::pair<const CostLine*, const CostLine*>> byId;
    for (const auto& c : a.lines) byId[c.catalogId].first = &c;
    for (const auto& c : b.lines) byId[c.catalogId].second = &c;
    Json lines = Json::object();
    for (const auto& [id, pair] : byId) {
        const auto [la, lb] = pair;
        const double qa = la ? la->quantity : 0, qb = lb ? lb->quantity : 0;
        const bool priced = (!la || la->unitPrice) && (!lb || lb->unitPrice);
        lines[id.empty() ? "none" : id] = {{"quantity", round3(qb - qa)},
                                           {"extended", priced ? money((lb ? lb->extended() : 0) - (la ? la->extended() : 0)) : Json(nullptr)}};
    }
    d["lines"] = lines;
    return d;
}

}  // namespace pod
