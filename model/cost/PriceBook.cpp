#include "PriceBook.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

namespace pod {

namespace {

constexpr const char* kColumns[] = {"catalog_id", "unit_price", "currency", "source", "date"};
constexpr int kColumnCount = 5;
constexpr std::size_t kMaxFieldBytes = 4096;

struct Record {
    int line = 0;  // where the record starts
    std::vector<std::string> fields;
};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

std::string shownText(const std::string& s) { return "\"" + (s.size() > 40 ? s.substr(0, 40) + "…" : s) + "\""; }

// RFC 4180 records. Blank lines are skipped; a quoted field may hold commas, quotes ("") and line ends.
std::variant<std::vector<Record>, PriceBookError> splitRecords(std::string_view text, const std::string& file) {
    std::vector<Record> records;
    std::size_t i = 0;
    int line = 1;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < text.size()) {
        Record rec;
        rec.line = line;
        // A blank line (only a line end): skip it.
        if (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            i += text[i] == '\r' ? 2 : 1;
            ++line;
            continue;
        }
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            const int column = int(rec.fields.size()) + 1;
            if (i < text.size() && text[i] == '"') {
                const int startLine = line;
                ++i;
                for (;;) {
                    if (i >= text.size())
                        return PriceBookError{file, startLine, column, "a quoted field is never closed"};
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n') ++line;
                    field += c;
                    ++i;
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\n' && !(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') &&
                    text[i] != '\r')
                    return PriceBookError{file, line, column, "text after the closing quote of a quoted field"};
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"') return PriceBookError{file, line, column, "a quote inside an unquoted field (quote the whole field)"};
                    field += text[i++];
                }
            }
            if (field.size() > kMaxFieldBytes)
                return PriceBookError{file, line, column, "field longer than " + std::to_string(kMaxFieldBytes) + " bytes"};
            rec.fields.push_back(field);
            if (i >= text.size()) {
                endOfRecord = true;
            } else if (text[i] == ',') {
                ++i;
            } else if (text[i] == '\r') {
                i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
                ++line;
                endOfRecord = true;
            } else {  // '\n'
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        records.push_back(std::move(rec));
    }
    return records;
}

// A plain decimal number: digits, an optional point and fraction, an optional exponent; nothing else.
std::optional<double> parseNumber(const std::string& s) {
    if (s.empty()) return std::nullopt;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return std::nullopt;
    double v = 0;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string columnLabel(int column) {
    return column >= 1 && column <= kColumnCount ? std::string(kColumns[column - 1]) : std::string();
}

}  // namespace

std::string PriceBookError::message() const {
    std::string m = file.empty() ? std::string("<input>") : file;
    m += ": ";
    if (line > 0) {
        m += "line " + std::to_string(line);
        if (column > 0) {
            m += ", column " + std::to_string(column);
            if (!columnLabel(column).empty()) m += " (" + columnLabel(column) + ")";
        }
        m += ": ";
    }
    return m + reason;
}

const PriceEntry* PriceBook::find(const std::string& catalogId) const {
    auto it = entries_.find(catalogId);
    return it == entries_.end() ? nullptr : &it->second;
}

PriceBookResult parsePriceBook(std::string_view text, const std::string& file) {
    auto split = splitRecords(text, file);
    if (auto* e = std::get_if<PriceBookError>(&split)) return *e;
    const auto& records = std::get<std::vector<Record>>(split);
    const std::string header = "catalog_id,unit_price,currency,source,date";
    if (records.empty()) return PriceBookError{file, 1, 0, "empty file: the first line must be the header " + header};
    {
        const Record& h = records.front();
        std::string got;
        for (std::size_t k = 0; k < h.fields.size(); ++k) got += (k ? "," : "") + trim(h.fields[k]);
        if (got != header) return PriceBookError{file, h.line, 0, "the header must be exactly " + header + ", got " + shownText(got)};
    }
    PriceBook book;
    book.file_ = file;
    int currencyLine = 0;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record& rec = records[r];
        if (int(rec.fields.size()) != kColumnCount)
            return PriceBookError{file, rec.line, int(std::min(rec.fields.size(), std::size_t(kColumnCount))) + 1,
                                  "expected 5 fields (" + header + "), got " + std::to_string(rec.fields.size())};
        PriceEntry e;
        e.line = rec.line;
        e.catalogId = trim(rec.fields[0]);
        if (e.catalogId.empty()) return PriceBookError{file, rec.line, 1, "empty catalog id"};
        if (e.catalogId.size() > 128) return PriceBookError{file, rec.line, 1, "catalog id longer than 128 characters"};
        for (unsigned char c : e.catalogId)
            if (c < 0x20 || c == 0x7F) return PriceBookError{file, rec.line, 1, "control character in the catalog id"};
        const std::string priceText = trim(rec.fields[1]);
        auto price = parseNumber(priceText);
        if (!price) return PriceBookError{file, rec.line, 2, "not a plain number (digits and a point, no currency sign or separators): " + shownText(priceText)};
        if (*price < 0) return PriceBookError{file, rec.line, 2, "negative price " + priceText};
        e.unitPrice = *price;
        const std::string currency = trim(rec.fields[2]);
        if (currency.empty()) return PriceBookError{file, rec.line, 3, "empty currency"};
        if (currencyLine == 0) {
            book.currency_ = currency;
            currencyLine = rec.line;
        } else if (currency != book.currency_) {
            return PriceBookError{file, rec.line, 3,
                                  "currency " + shownText(currency) + " differs from " + shownText(book.currency_) + " (line " +
                                      std::to_string(currencyLine) + "); a price book has one currency"};
        }
        e.source = trim(rec.fields[3]);
        e.date = trim(rec.fields[4]);
        if (const PriceEntry* first = book.find(e.catalogId))
            return PriceBookError{file, rec.line, 1,
                                  "duplicate catalog id " + shownText(e.catalogId) + " (first priced on line " + std::to_string(first->line) + ")"};
        book.entries_.emplace(e.catalogId, e);
    }
    return book;
}

PriceBookResult loadPriceBook(const std::filesystem::path& path) {
    const std::string file = path.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return PriceBookError{file, 0, 0, "no such file"};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return PriceBookError{file, 0, 0, "cannot read: " + ec.message()};
    if (size > kMaxPriceBookBytes)
        return PriceBookError{file, 0, 0, "file larger than " + std::to_string(kMaxPriceBookBytes / (1024 * 1024)) + " MiB"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return PriceBookError{file, 0, 0, "cannot open"};
    std::ostringstream text;
    text << in.rdbuf();
    return parsePriceBook(text.str(), file);
}

}  // namespace pod
