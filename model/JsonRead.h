#pragma once
// Path-tracking readers for nlohmann::json: every failure names the JSON path (RFC 6901 pointer)
// and the reason, so a loader can report "file: /racks/3/u: must be ≥ 1, got 0".
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace pod {

using Json = nlohmann::json;

// Thrown inside loaders only; loaders catch it and return a LoadError. Never crosses into app/.
class JsonPathError : public std::runtime_error {
public:
    JsonPathError(std::string path, std::string reason)
        : std::runtime_error(path + ": " + reason), path_(std::move(path)), reason_(std::move(reason)) {}
    const std::string& path() const { return path_; }
    const std::string& reason() const { return reason_; }

private:
    std::string path_;
    std::string reason_;
};

namespace json {

// Parses a whole document. A hostile file nested thousands deep must not exhaust the stack, so
// nesting past `maxDepth` levels of arrays/objects is refused; so is a document of more than
// `maxValues` values (the root plus every array element and object member), counted in a scan
// before parsing so millions of tiny values are refused before their tree exhausts memory:
// 1,000,000 devices of ~10 values each still fit.
// Throws JsonPathError with path "" and the reason ("not valid JSON: …",
// "nested deeper than 64 levels", "more than 30000000 values in one document").
inline constexpr int kMaxNesting = 64;
inline constexpr std::size_t kMaxValues = 30'000'000;
Json parseDocument(const std::string& text, int maxDepth = kMaxNesting, std::size_t maxValues = kMaxValues);
// Bytes a text's buffer should have to spare after its end for json::SplitDocument to parse it in place.
inline constexpr std::size_t kJsonPadding = 64;
// parseDocument's refusals before any parsing (nesting, value count), for other parsers of the same files.
void checkShape(std::string_view text, int maxDepth = kMaxNesting, std::size_t maxValues = kMaxValues);

std::string child(const std::string& path, const std::string& key);
std::string child(const std::string& path, std::size_t index);
std::string describe(const Json& value);  // short rendering of a bad value for messages

const Json& object(const Json& parent, const std::string& key, const std::string& path);
const Json& array(const Json& parent, const std::string& key, const std::string& path);
const Json* optionalArray(const Json& parent, const std::string& key, const std::string& path);
const Json* optionalObject(const Json& parent, const std::string& key, const std::string& path);
void expectObject(const Json& value, const std::string& path);

std::string string(const Json& parent, const std::string& key, const std::string& path);
std::optional<std::string> optionalString(const Json& parent, const std::string& key, const std::string& path);
// An id: 1–128 printable characters, no control characters, no leading/trailing space.
std::string id(const Json& parent, const std::string& key, const std::string& path);
// Why `s` is not an id (id()'s reason), or null when it is one.
const char* idProblem(std::string_view s);
// The longest string string() accepts.
inline constexpr std::size_t kMaxStringBytes = 4096;

double number(const Json& parent, const std::string& key, const std::string& path, double min, double max);
std::optional<double> optionalNumber(const Json& parent, const std::string& key, const std::string& path,
                                     double min, double max);
double numberValue(const Json& value, const std::string& path, double min, double max);
std::int64_t integer(const Json& parent, const std::string& key, const std::string& path, std::int64_t min,
                     std::int64_t max);
std::int64_t integerValue(const Json& value, const std::string& path, std::int64_t min, std::int64_t max);
bool boolean(const Json& parent, const std::string& key, const std::string& path, bool fallback);

// One of `allowed`; the error lists them.
std::string oneOf(const Json& parent, const std::string& key, const std::string& path,
                  const std::vector<std::string>& allowed);

// Everything in `object` except `known` keys: unknown fields survive a load/save round trip.
Json unknownFields(const Json& object, const std::vector<std::string>& known);

// Writes whole-valued doubles as integers so files read the way people write them.
Json numberJson(double value);

}  // namespace json
}  // namespace pod
