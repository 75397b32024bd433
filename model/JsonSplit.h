#pragma once
// A fast way into large documents. simdjson parses the text (0.2 s for the 119 MB campus file, whose nlohmann
// tree takes 1.7 s to build and 0.6 s to free), then
//   - every top-level member except the named bulk arrays becomes ordinary nlohmann Json (rooms, chains, fabrics:
//     small), so readers keep JsonRead's path-tracking helpers;
//   - each bulk array (a layout's racks and devices) is visited element by element: an element becomes a small
//     Json just before its reader sees it and is dropped after, so no tree of the whole file is ever built.
// parse() returns nothing when simdjson refuses the text or json::checkShape would: the caller then parses with
// json::parseDocument, whose messages (line, column, reason) are the ones people see. Same values either way:
// integers ≥ 0 are unsigned and negative ones signed, as nlohmann reads them; a repeated key keeps its last value.
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>

#include "JsonRead.h"

namespace pod::json {

// An element of a bulk array that is an object of strings, numbers, booleans and nulls only (a device): its members
// as views into the parsed text, for a reader's fast path. Numbers as nlohmann reads them.
struct FlatValue {
    enum class Kind { String, Unsigned, Signed, Double, Bool, Null } kind = Kind::Null;
    std::string_view text;  // String
    double number = 0;      // Unsigned, Signed, Double (as a double, as Json::get<double>)
    bool boolean = false;
    bool isNumber() const { return kind == Kind::Unsigned || kind == Kind::Signed || kind == Kind::Double; }
};

struct FlatRecord {
    static constexpr int kMaxMembers = 16;
    std::pair<std::string_view, FlatValue> members[kMaxMembers];
    int size = 0;
    // The member's value (the last one when a key repeats, as nlohmann keeps it), or null.
    const FlatValue* find(std::string_view key) const {
        for (int i = size - 1; i >= 0; --i)
            if (members[i].first == key) return &members[i].second;
        return nullptr;
    }
};

class SplitDocument {
public:
    // In place when `text` has kJsonPadding bytes of capacity to spare (readTextFile leaves them), else on a copy.
    static std::optional<SplitDocument> parse(const std::string& text, std::initializer_list<std::string_view> bulkKeys);
    SplitDocument(SplitDocument&&) noexcept;
    SplitDocument& operator=(SplitDocument&&) noexcept;
    ~SplitDocument();

    // The document without its bulk arrays (a bulk key whose value is not an array stays here).
    Json& rest() { return rest_; }
    // Whether `key` was taken out as a bulk array; its element count; each element in order.
    bool hasBulk(std::string_view key) const;
    std::size_t bulkSize(std::string_view key) const;
    // visit(index, element as Json) for each element, with a fast path when `flat` is given: flat(index, record) for
    // each element that is a flat object of at most FlatRecord::kMaxMembers members; when it returns false (or the
    // element is not flat), visit reads it the ordinary way (and reports what is wrong with it).
    // Elements [begin, end) only: two threads may each take a range of one array.
    void forEachBulk(std::string_view key, const std::function<bool(std::size_t, const FlatRecord&)>& flat,
                     const std::function<void(std::size_t, const Json&)>& visit, std::size_t begin = 0,
                     std::size_t end = SIZE_MAX) const;

private:
    struct Impl;
    SplitDocument();
    std::unique_ptr<Impl> impl_;
    Json rest_;
};

}  // namespace pod::json
