#pragma once
// Reading NetBox YAML fields for NetboxImporter.cpp: typed readers that throw Fail (file line, field,
// reason), number formatting, and the Findings an entry collects. Internal to the importer and
// header-only, so the importer stays one source file (tests/fuzz builds NetboxImporter.cpp alone).
#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pod::netbox {

// Thrown inside the importer only; importNetboxYaml turns it into a NetboxImportError.
struct Fail {
    int line = 0;
    std::string field;
    std::string reason;
};

inline std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

inline std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return lower(haystack).find(needle) != std::string::npos;
}

// 1-based line of a node, 0 when yaml-cpp does not know it.
inline int lineOf(const YAML::Node& n) {
    const auto mark = n.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

inline std::string typeName(const YAML::Node& n) {
    switch (n.Type()) {
        case YAML::NodeType::Sequence: return "list";
        case YAML::NodeType::Map: return "mapping";
        case YAML::NodeType::Null: return "null";
        case YAML::NodeType::Scalar: return "\"" + n.Scalar() + "\"";
        default: return "nothing";
    }
}

inline bool present(const YAML::Node& map, const char* key) {
    const YAML::Node v = map[key];
    return v && !v.IsNull();
}

// "12", "12.5", "9.53": at most `decimals` places, trailing zeros dropped.
inline std::string num(double v, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// Rounded to 1e-9 so unit conversion noise (…00000001) does not reach the file.
inline double round9(double v) { return std::round(v * 1e9) / 1e9; }

// A JSON number written as an integer when it is one ("u_height": 1, not 1.0).
inline nlohmann::ordered_json jnum(double v) {
    if (std::fabs(v) < 1e15 && v == std::floor(v)) return static_cast<long long>(v);
    return v;
}

inline std::string text(const YAML::Node& v, const std::string& field) {
    if (!v.IsScalar()) throw Fail{lineOf(v), field, "must be text, got a " + typeName(v)};
    return trim(v.Scalar());
}

inline std::string requiredText(const YAML::Node& root, const char* key) {
    const YAML::Node v = root[key];
    if (!v || v.IsNull()) throw Fail{v ? lineOf(v) : 0, key, "required field is missing"};
    std::string s = text(v, key);
    if (s.empty()) throw Fail{lineOf(v), key, "must not be empty"};
    return s;
}

inline double number(const YAML::Node& v, const std::string& field, double min, double max) {
    if (!v.IsScalar()) throw Fail{lineOf(v), field, "must be a number, got a " + typeName(v)};
    double d = 0;
    try {
        d = v.as<double>();
    } catch (const YAML::Exception&) {
        throw Fail{lineOf(v), field, "must be a number, got \"" + v.Scalar() + "\""};
    }
    if (!std::isfinite(d)) throw Fail{lineOf(v), field, "must be a finite number"};
    if (d < min || d > max)
        throw Fail{lineOf(v), field, "must be between " + num(min) + " and " + num(max) + ", got " + num(d, 6)};
    return d;
}

inline std::optional<double> optionalNumber(const YAML::Node& map, const char* key, const std::string& field,
                                     double min, double max) {
    if (!present(map, key)) return std::nullopt;
    return number(map[key], field, min, max);
}

inline bool boolean(const YAML::Node& v, const std::string& field) {
    if (!v.IsScalar()) throw Fail{lineOf(v), field, "must be true or false, got a " + typeName(v)};
    try {
        return v.as<bool>();
    } catch (const YAML::Exception&) {
        throw Fail{lineOf(v), field, "must be true or false, got \"" + v.Scalar() + "\""};
    }
}

// A list field, or an empty node when absent. Anything but a list is an error.
inline YAML::Node list(const YAML::Node& root, const char* key) {
    if (!present(root, key)) return YAML::Node(YAML::NodeType::Sequence);
    const YAML::Node v = root[key];
    if (!v.IsSequence()) throw Fail{lineOf(v), key, "must be a list, got a " + typeName(v)};
    return v;
}

inline std::string itemField(const char* listKey, std::size_t i, const char* key) {
    return std::string(listKey) + "[" + std::to_string(i) + "]" + (key ? std::string(".") + key : "");
}

inline bool passiveKind(const std::string& kind) { return kind == "patch_panel" || kind == "blank"; }

// What the entry says about itself, gathered as the fields are read: figures it could not verify,
// what the user must complete, sentences for its notes, and warnings for stdout.
struct Findings {
    std::vector<std::string> unverified, needs, noteParts;
    std::vector<std::string>& warnings;
};

}  // namespace pod::netbox
