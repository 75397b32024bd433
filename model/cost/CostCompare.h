#pragma once
// The cost rows of the scenario comparison (model/Compare.h CompareRow): capex and its lines, build-out,
// energy, maintenance, TCO and the per-unit figures of two pods priced with the same book, with B − A and
// the direction that is better (less money is better; cost per rack has no direction: fewer, denser
// racks cost more each and that is the choice being compared).
#include <filesystem>
#include <vector>

#include "Compare.h"
#include "Cost.h"

namespace pod {

std::vector<CompareRow> costCompareRows(const CostReport& a, const CostReport& b);

// The price book `owner` names in settings.price_book, resolved against the folder of `ownerFile` (the
// project's file; "" when unsaved: the path as written). None when the project names no book.
std::optional<std::filesystem::path> projectPriceBook(const Project& owner, const std::filesystem::path& ownerFile);

// The compare view's cost rows when the open project (`owner`) names a price book: a heading
// "Cost (CUR)" and costCompareRows for A and B priced with that book; a book that cannot be read gives a
// single heading saying why (file, line, reason). No book: no rows.
std::vector<CompareRow> projectCostRows(const Project& owner, const std::filesystem::path& ownerFile, const Project& a, const Project& b,
                                        const Catalog& catalog, const CostOptions& options = {});

}  // namespace pod
