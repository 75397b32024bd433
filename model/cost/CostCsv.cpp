#include "CostCsv.h"

#include <sstream>

#include "CsvExport.h"

namespace pod {

namespace {

// Exact for cents, no exponent, no grouping: "1234.5" → "1234.50".
std::string price(double v) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(2);
    s << v;
    return s.str();
}

const CostLine* lineOf(const CostReport& cost, const std::string& id, bool cable) {
    for (const auto& c : cost.lines)
        if (c.catalogId == id && (c.kind == "cable_media") == cable && c.kind != "cooling") return &c;
    return nullptr;
}

}  // namespace

std::string pricedBomToCsv(const std::vector<BomLine>& bom, const CostReport& cost) {
    // The BOM's own CSV, each record extended by two fields.
    std::istringstream plain(bomToCsv(bom));
    std::string out;
    std::string record;
    std::size_t row = 0;
    for (std::string line; std::getline(plain, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (row == 0) {
            out += line + ",unit_price,extended_price\r\n";
        } else {
            const BomLine& l = bom[row - 1];
            const CostLine* c = lineOf(cost, l.catalogId, l.kind == "cable_media");
            const bool priced = c && c->unitPrice;
            out += line + "," + (priced ? price(*c->unitPrice) : std::string("unpriced")) + "," + (priced ? price(c->extended()) : "") + "\r\n";
        }
        ++row;
    }
    for (const auto& c : cost.lines) {
        if (c.kind != "cooling") continue;
        out += csvRecord({c.catalogId, c.kind, "", c.name, std::to_string(c.count), "", "", "",
                          c.unitPrice ? price(*c.unitPrice) : std::string("unpriced"), c.unitPrice ? price(c.extended()) : ""});
    }
    return out;
}

}  // namespace pod
