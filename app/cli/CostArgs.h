#pragma once
// The cost options shared by `totals`, `compare` and `export`: --prices FILE, --kwh-price X, --years N,
// --energy-basis typical|max, --maintenance-percent P, --buildout-per-kw X, --cost-precision KEY.
// Parsed and checked (the price book read) before anything else is computed.
#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <variant>

#include "CliArgs.h"
#include "Cost.h"
#include "PriceBook.h"

namespace pod::cli {

struct CostArgs {
    PriceBook book;
    CostOptions options;
};

// The valued options above, to add to a command row's `valued` set.
const std::set<std::string>& costValuedOptions();

// One failure: a price book error (file, line, column) or an argument error (file empty).
struct CostArgsError {
    std::string file;
    int line = 0, column = 0;
    std::string reason;
    std::string message() const;
};

// No --prices and no other cost option: no cost (nullopt). A cost option without --prices, a bad number
// or an unreadable/invalid price book: an error.
std::variant<std::optional<CostArgs>, CostArgsError> parseCostArgs(const CliArgs& args);

// Prints "podplanner COMMAND: <message>" to err and, when `json`, {"error": {file, path, line, column,
// reason}} to out. Returns kExitBadInput.
int reportCostArgsError(const CostArgsError& e, const char* command, bool json, std::ostream& out, std::ostream& err);

}  // namespace pod::cli
