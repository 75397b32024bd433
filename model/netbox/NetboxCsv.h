#pragma once
// CSV as NetBox's bulk import reads it and its exports write it (RFC 4180: comma separated, fields with a
// comma, quote or line break in double quotes, "" for a quote). Writing and reading, with the line and
// column of every field so a bad value can be reported where it is. Pure std, no Qt.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pod::netbox {

// One line: the fields joined by commas (each quoted only when it must be: pod::csvField, CsvExport.h), ended
// by "\n".
std::string csvLine(const std::vector<std::string>& fields);

struct CsvCell {
    std::string text;
    int line = 0;    // 1-based line of the file where the field starts
    int column = 0;  // 1-based field number
};

// A header row and the data rows below it. Columns are looked up by any of several names (NetBox's field
// name and the label its table exports use: "u_height" or "Height (U)"), case-insensitively.
struct CsvTable {
    std::string file;
    std::vector<std::string> header;        // as written
    std::vector<std::vector<CsvCell>> rows;  // each as long as the header
    std::optional<int> column(std::initializer_list<const char*> names) const;  // 0-based index
};

struct CsvError {
    std::string file;
    int line = 0;
    int column = 0;  // 0 = the whole line
    std::string reason;
    std::string message() const;  // "racks.csv: line 3, column 2: reason"
};

// Parses `text` (a UTF-8 BOM is skipped, blank lines are ignored). A row with more or fewer fields than the
// header, an unterminated quote or an empty header is an error.
std::variant<CsvTable, CsvError> parseCsv(const std::string& text, const std::string& file);

}  // namespace pod::netbox
