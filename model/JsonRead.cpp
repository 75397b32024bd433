#include "JsonRead.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>

namespace pod::json {

namespace {
std::string escapePointer(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string fmt(double v) {
    std::ostringstream os;
    os.precision(15);
    os << v;
    return os.str();
}

std::string range(double min, double max) {
    if (max >= 9e18) return "≥ " + fmt(min);  // unbounded above (double max or INT64_MAX)
    return "in [" + fmt(min) + ", " + fmt(max) + "]";
}

const Json& member(const Json& parent, const std::string& key, const std::string& path) {
    expectObject(parent, path);
    auto it = parent.find(key);
    if (it == parent.end()) throw JsonPathError(child(path, key), "missing required field");
    return *it;
}
}  // namespace

// One pass over the text before parsing: nesting depth and the number of values (1 for the root,
// plus one per element or member: commas + non-empty containers), outside strings. Cheap (O(n), no
// allocation), so the parser itself runs without a callback: nlohmann's callback parser rescans the
// parent array after every object it closes, O(n²) — minutes for a file of 100,000 devices.
void checkShape(std::string_view text, int maxDepth, std::size_t maxValues) {
    int depth = 0;
    std::size_t values = 1;
    bool justOpened = false;
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        const char c = *p++;
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (justOpened) {
            justOpened = false;
            if (c != ']' && c != '}') ++values;  // a container's first element
        }
        switch (c) {
        case '"':
            // To the closing quote with memchr (char by char, this scan was 5 % of a campus load): a quote after an
            // odd run of backslashes is escaped.
            for (;;) {
                const char* q = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)));
                if (!q) {
                    p = end;
                    break;
                }
                const char* b = q;
                while (b > p && b[-1] == '\\') --b;
                p = q + 1;
                if ((q - b) % 2 == 0) break;
            }
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                throw JsonPathError("", "nested deeper than " + std::to_string(maxDepth) + " levels");
            justOpened = true;
            break;
        case ']':
        case '}':
            if (depth > 0) --depth;
            break;
        case ',': ++values; break;
        default: break;
        }
        if (values > maxValues)
            throw JsonPathError("", "more than " + std::to_string(maxValues) + " values in one document");
    }
}

Json parseDocument(const std::string& text, int maxDepth, std::size_t maxValues) {
    checkShape(text, maxDepth, maxValues);
    try {
        return Json::parse(text);
    } catch (const Json::exception& e) {
        std::string what = e.what();  // "[json.exception.parse_error.101] parse error at …"
        auto bracket = what.find("] ");
        throw JsonPathError("", "not valid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
    }
}

std::string child(const std::string& path, const std::string& key) { return path + "/" + escapePointer(key); }
std::string child(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

std::string describe(const Json& value) {
    std::string s = value.dump();
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return std::string(value.type_name()) + " " + s;
}

void expectObject(const Json& value, const std::string& path) {
    if (!value.is_object()) throw JsonPathError(path, "must be an object, got " + describe(value));
}

const Json& object(const Json& parent, const std::string& key, const std::string& path) {
    const Json& v = member(parent, key, path);
    expectObject(v, child(path, key));
    return v;
}

const Json& array(const Json& parent, const std::string& key, const std::string& path) {
    const Json& v = member(parent, key, path);
    if (!v.is_array()) throw JsonPathError(child(path, key), "must be an array, got " + describe(v));
    return v;
}

const Json* optionalArray(const Json& parent, const std::string& key, const std::string& path) {
    expectObject(parent, path);
    if (!parent.contains(key)) return nullptr;
    return &array(parent, key, path);
}

const Json* optionalObject(const Json& parent, const std::string& key, const std::string& path) {
    expectObject(parent, path);
    if (!parent.contains(key)) return nullptr;
    return &object(parent, key, path);
}

std::string string(const Json& parent, const std::string& key, const std::string& path) {
    const Json& v = member(parent, key, path);
    if (!v.is_string()) throw JsonPathError(child(path, key), "must be a string, got " + describe(v));
    auto s = v.get<std::string>();
    if (s.size() > kMaxStringBytes)
        throw JsonPathError(child(path, key), "string longer than " + std::to_string(kMaxStringBytes) + " bytes");
    return s;
}

std::optional<std::string> optionalString(const Json& parent, const std::string& key, const std::string& path) {
    expectObject(parent, path);
    if (!parent.contains(key)) return std::nullopt;
    return string(parent, key, path);
}

const char* idProblem(std::string_view s) {
    if (s.empty()) return "id must not be empty";
    if (s.size() > 128) return "id longer than 128 characters";
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                  static_cast<unsigned char>(s[i + 1]) <= 0x9F;  // U+0080–U+009F in UTF-8
        if (c < 0x20 || c == 0x7f || c1) return "id contains a control character";
    }
    if (s.front() == ' ' || s.back() == ' ') return "id has leading or trailing spaces";
    return nullptr;
}

std::string id(const Json& parent, const std::string& key, const std::string& path) {
    std::string s = string(parent, key, path);
    if (const char* problem = idProblem(s)) throw JsonPathError(child(path, key), problem);
    return s;
}

double numberValue(const Json& v, const std::string& path, double min, double max) {
    if (!v.is_number()) throw JsonPathError(path, "must be a number, got " + describe(v));
    double d = v.get<double>();
    if (!std::isfinite(d)) throw JsonPathError(path, "must be a finite number");
    if (d < min || d > max) throw JsonPathError(path, "must be " + range(min, max) + ", got " + fmt(d));
    return d;
}

double number(const Json& parent, const std::string& key, const std::string& path, double min, double max) {
    return numberValue(member(parent, key, path), child(path, key), min, max);
}

std::optional<double> optionalNumber(const Json& parent, const std::string& key, const std::string& path,
                                     double min, double max) {
    expectObject(parent, path);
    if (!parent.contains(key)) return std::nullopt;
    return number(parent, key, path, min, max);
}

std::int64_t integerValue(const Json& v, const std::string& path, std::int64_t min, std::int64_t max) {
    if (!v.is_number_integer()) {
        if (v.is_number_float()) {
            double d = v.get<double>();
            if (std::isfinite(d) && d == std::floor(d)) {
                if (d < double(min) || d > double(max))
                    throw JsonPathError(path, "must be an integer " + range(double(min), double(max)) + ", got " + fmt(d));
                return static_cast<std::int64_t>(d);
            }
        }
        throw JsonPathError(path, "must be an integer, got " + describe(v));
    }
    std::int64_t i = v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX)
                         ? INT64_MAX
                         : v.get<std::int64_t>();
    if (i < min || i > max)
        throw JsonPathError(path, "must be an integer " + range(double(min), double(max)) + ", got " + std::to_string(i));
    return i;
}

std::int64_t integer(const Json& parent, const std::string& key, const std::string& path, std::int64_t min,
                     std::int64_t max) {
    return integerValue(member(parent, key, path), child(path, key), min, max);
}

bool boolean(const Json& parent, const std::string& key, const std::string& path, bool fallback) {
    expectObject(parent, path);
    auto it = parent.find(key);
    if (it == parent.end()) return fallback;
    if (!it->is_boolean()) throw JsonPathError(child(path, key), "must be true or false, got " + describe(*it));
    return it->get<bool>();
}

std::string oneOf(const Json& parent, const std::string& key, const std::string& path,
                  const std::vector<std::string>& allowed) {
    std::string s = string(parent, key, path);
    for (const auto& a : allowed)
        if (a == s) return s;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw JsonPathError(child(path, key), "must be one of " + list + ", got \"" + s + "\"");
}

Json unknownFields(const Json& object, const std::vector<std::string>& known) {
    Json extra = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const auto& k : known) isKnown = isKnown || k == it.key();
        if (!isKnown) extra[it.key()] = it.value();
    }
    return extra;
}

Json numberJson(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9e15)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

}  // namespace pod::json
