#pragma once
// A price book the user owns: one unit price per catalog id, all in one currency, read from a CSV file
// (RFC 4180) whose header is exactly
//
//     catalog_id,unit_price,currency,source,date
//
// Fields may be quoted ("a, b" and "" for a quote inside); CRLF or LF line ends; blank lines are skipped;
// a UTF-8 byte order mark before the header is ignored. Every row names a catalog id once; unit_price is
// a plain decimal number ≥ 0 (no currency sign, no thousands separator); every row has the same currency
// (the book's); source and date are free text for the user's own record.
//
// Per-metre convention: a row whose catalog_id is a cable_media id (cable-dac, cable-aoc, …) is the price
// of one METRE of that medium; the cost model multiplies it by the total length of the cables of that
// medium (slack included). Every other row is the price of one item (a rack, a device, a rack's cooling
// option, a cooling unit).
//
// No price ships with Pod Planner as truth; tests/fixtures/cost/ holds an illustrative example book.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>

namespace pod {

struct PriceEntry {
    std::string catalogId;
    double unitPrice = 0;
    std::string source;
    std::string date;
    int line = 0;  // 1-based line of the row in its file
};

// One reason a price book was refused: file, 1-based line and column (0 when the whole file is meant).
struct PriceBookError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string reason;
    // "prices.csv: line 4, column 2 (unit_price): not a number: \"12,50\""
    std::string message() const;
};

class PriceBook {
public:
    const std::string& currency() const { return currency_; }  // "" for a book without rows
    const std::string& file() const { return file_; }
    const PriceEntry* find(const std::string& catalogId) const;
    const std::map<std::string, PriceEntry>& entries() const { return entries_; }
    std::size_t size() const { return entries_.size(); }

private:
    friend std::variant<PriceBook, PriceBookError> parsePriceBook(std::string_view text, const std::string& file);
    std::string currency_;
    std::string file_;
    std::map<std::string, PriceEntry> entries_;
};

using PriceBookResult = std::variant<PriceBook, PriceBookError>;

// Files over this size are refused before they are read.
inline constexpr std::uintmax_t kMaxPriceBookBytes = 64u * 1024u * 1024u;

PriceBookResult parsePriceBook(std::string_view text, const std::string& file);
PriceBookResult loadPriceBook(const std::filesystem::path& path);

}  // namespace pod
