#include "NetboxCsv.h"

#include "CsvExport.h"

#include <cctype>

namespace pod::netbox {

std::string csvLine(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + pod::csvField(fields[i]);  // CsvExport.h
    return line + "\n";
}

namespace {

std::string lowerTrim(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t");
    std::size_t e = s.find_last_not_of(" \t");
    std::string t = b == std::string::npos ? "" : s.substr(b, e - b + 1);
    for (auto& c : t) c = char(std::tolower(static_cast<unsigned char>(c)));
    return t;
}

}  // namespace

std::optional<int> CsvTable::column(std::initializer_list<const char*> names) const {
    for (const char* n : names)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (lowerTrim(header[i]) == n) return int(i);
    return std::nullopt;
}

std::string CsvError::message() const {
    std::string m = (file.empty() ? std::string("<input>") : file) + ": line " + std::to_string(line);
    if (column > 0) m += ", column " + std::to_string(column);
    return m + ": " + reason;
}

std::variant<CsvTable, CsvError> parseCsv(const std::string& textIn, const std::string& file) {
    std::string_view text = textIn;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<std::vector<CsvCell>> records;
    std::vector<CsvCell> record;
    CsvCell cell{"", 1, 1};
    int line = 1;
    bool quoted = false, wasQuoted = false, any = false;
    auto endField = [&] {
        record.push_back(cell);
        cell = CsvCell{"", line, int(record.size()) + 1};
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        bool blank = record.size() == 1 && record[0].text.empty() && !any;
        if (!blank) records.push_back(record);
        record.clear();
        cell = CsvCell{"", line, 1};
        any = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell.text += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                cell.text += c;
            }
            continue;
        }
        if (c == '"') {
            if (!cell.text.empty() || wasQuoted)
                return CsvError{file, line, cell.column, "a quote inside an unquoted field (write it as \"\" inside quotes)"};
            quoted = wasQuoted = any = true;
        } else if (c == ',') {
            any = true;
            endField();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n') {
            ++line;
            endRecord();
        } else {
            if (wasQuoted) return CsvError{file, line, cell.column, "text after a closing quote"};
            cell.text += c;
            any = true;
        }
    }
    if (quoted) return CsvError{file, cell.line, cell.column, "a quoted field is never closed"};
    if (any || !record.empty()) endRecord();
    if (records.empty()) return CsvError{file, 1, 0, "the file is empty: expected a header row"};
    CsvTable t;
    t.file = file;
    for (const auto& h : records.front()) t.header.push_back(h.text);
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != t.header.size())
            return CsvError{file, records[r].front().line, 0,
                            std::to_string(records[r].size()) + " fields, the header has " + std::to_string(t.header.size())};
        t.rows.push_back(records[r]);
    }
    return t;
}

}  // namespace pod::netbox
