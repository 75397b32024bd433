#pragma once
// The bill of materials CSV with prices (`export --bom OUT.csv --prices FILE`): the columns of
// bomToCsv (model/CsvExport.h) plus unit_price and extended_price, and one row per priced cooling line
// (kind "cooling": rack cooling options and cooling units). Cable media are priced per metre
// (unit_price per m, extended = price × total_length_m). A line without a price has "unpriced" in
// unit_price and an empty extended_price: never a silent zero.
#include <string>
#include <vector>

#include "Bom.h"
#include "Cost.h"

namespace pod {

// Header: catalog_id,kind,vendor,model,count,unit_max_kw,total_max_kw,total_length_m,unit_price,extended_price
std::string pricedBomToCsv(const std::vector<BomLine>& bom, const CostReport& cost);

}  // namespace pod
