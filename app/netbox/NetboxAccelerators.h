#pragma once
// GPU servers and PDUs in NetBox device types, for NetboxImporter.cpp: which accelerator the catalog knows
// is named by the module bays, inventory items, interfaces or comments, and how many; and what a PDU's
// power port says about its phases, voltage and current. Internal, header-only (see NetboxFields.h).
// The rules are in app/netbox/README.md ("GPU servers", "PDUs").
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "Catalog.h"
#include "NetboxFields.h"

namespace pod::netbox {

// One accelerator of the catalog and the word that names it in free text ("MI300X", "A100", "H100").
struct AcceleratorName {
    std::string id;
    std::string token;                // upper case
    std::vector<std::string> detail;  // the model's other words, lower case ("sxm5", "80gb", "pcie")
};

inline std::string upper(std::string s) {
    for (auto& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

inline std::vector<std::string> splitWords(const std::string& s) {
    std::vector<std::string> words;
    std::string w;
    for (char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            w += c;
        } else if (!w.empty()) {
            words.push_back(w);
            w.clear();
        }
    }
    if (!w.empty()) words.push_back(w);
    return words;
}

// The naming word of each catalog accelerator: the first word of its model holding both a letter and a
// digit ("Instinct MI300X" → MI300X, "A100 SXM4 80GB" → A100, "B200 (HGX B200, per GPU)" → B200).
inline std::vector<AcceleratorName> acceleratorNames(const Catalog& catalog) {
    std::vector<AcceleratorName> names;
    for (const auto& [id, a] : catalog.accelerators()) {
        AcceleratorName n{id, "", {}};
        for (const auto& w : splitWords(a.model)) {
            bool letter = false, digit = false;
            for (char c : w) (std::isdigit(static_cast<unsigned char>(c)) ? digit : letter) = true;
            if (n.token.empty() && letter && digit) n.token = upper(w);
            else n.detail.push_back(lower(w));
        }
        if (!n.token.empty()) names.push_back(n);
    }
    return names;
}

// Where `token` occurs in `text` as a whole word (letters and digits on neither side), case-insensitive.
inline std::vector<std::size_t> wordHits(const std::string& text, const std::string& token) {
    std::vector<std::size_t> hits;
    const std::string t = upper(text);
    for (std::size_t at = t.find(token); at != std::string::npos; at = t.find(token, at + 1)) {
        const bool before = at > 0 && std::isalnum(static_cast<unsigned char>(t[at - 1]));
        const std::size_t end = at + token.size();
        const bool after = end < t.size() && std::isalnum(static_cast<unsigned char>(t[end]));
        if (!before && !after) hits.push_back(at);
    }
    return hits;
}

// A count written just before a hit: "8 NVIDIA A100", "8x AMD Instinct MI300X", "8 × H100" (a number,
// optionally followed by x/×, then at most two words before the token). 0 when there is none.
inline int countBefore(const std::string& text, std::size_t at) {
    std::vector<std::string> words;
    std::string w;
    for (std::size_t i = 0; i < at; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c) || c >= 0x80) {
            w += char(c);
        } else if (!w.empty()) {
            words.push_back(w);
            w.clear();
        }
    }
    if (!w.empty()) words.push_back(w);
    for (std::size_t back = 1; back <= 3 && back <= words.size(); ++back) {
        std::string cand = words[words.size() - back];
        if (cand.size() > 1 && (cand.back() == 'x' || cand.back() == 'X')) cand.pop_back();
        const std::string times = "\xC3\x97";  // × as UTF-8 (its own word)
        if (cand == times && back + 1 <= words.size()) cand = words[words.size() - back - 1];
        if (!cand.empty() && cand.size() <= 3 && std::all_of(cand.begin(), cand.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            return std::stoi(cand);
    }
    return 0;
}

struct AcceleratorFinding {
    std::string ref;
    int count = 0;
    std::string evidence;  // "8 module bays", "8 interfaces", "comments ("8 NVIDIA A100")"
};

// The accelerator a text names best: the longest token found (MI325X before a hypothetical MI3), then the
// catalog entry whose other model words appear most ("H100 PCIe" → the PCIe card, else the SXM board).
inline const AcceleratorName* namedIn(const std::string& text, const std::vector<AcceleratorName>& names) {
    const AcceleratorName* best = nullptr;
    int bestScore = -1;
    for (const auto& n : names) {
        if (wordHits(text, n.token).empty()) continue;
        int score = int(n.token.size()) * 100;
        for (const auto& d : n.detail)
            if (!wordHits(text, upper(d)).empty()) score += 1;
        if (lower(text).find("pcie") == std::string::npos)
            for (const auto& d : n.detail)
                if (d == "pcie") score -= 1;  // a board (SXM/OAM) unless the text says PCIe
        if (score > bestScore) {
            best = &n;
            bestScore = score;
        }
    }
    return best;
}

inline std::string itemText(const YAML::Node& item) {
    std::string s;
    for (const char* key : {"name", "label", "description", "part_id", "position"})
        if (item.IsMap() && present(item, key) && item[key].IsScalar()) s += " " + item[key].Scalar();
    return s;
}

// Counts the items of one list that name the same accelerator; the accelerator most of them name wins.
inline std::optional<AcceleratorFinding> countInList(const YAML::Node& root, const char* key, const char* what,
                                                     const std::vector<AcceleratorName>& names) {
    if (!present(root, key) || !root[key].IsSequence()) return std::nullopt;
    std::map<std::string, int> counts;
    for (const auto& item : root[key])
        if (const AcceleratorName* n = namedIn(itemText(item), names)) ++counts[n->id];
    std::optional<AcceleratorFinding> best;
    for (const auto& [id, count] : counts)
        if (!best || count > best->count) best = AcceleratorFinding{id, count, std::to_string(count) + " " + what};
    return best;
}

// GPU evidence in order of trust: module bays, inventory items, interfaces (each item naming the
// accelerator counts one), then the comments or model with a count written before the name. The Supermicro
// AS-8125GS-TNMR2 lists 8 MI300X module bays and interfaces "for MI325X": the module bays win.
inline std::optional<AcceleratorFinding> findAccelerator(const YAML::Node& root, const std::string& model,
                                                         const std::vector<AcceleratorName>& names) {
    if (names.empty()) return std::nullopt;
    for (auto [key, what] : {std::pair{"module-bays", "module bays"}, std::pair{"inventory-items", "inventory items"},
                             std::pair{"interfaces", "interfaces"}})
        if (auto f = countInList(root, key, what, names)) return f;
    std::string comments = present(root, "comments") && root["comments"].IsScalar() ? root["comments"].Scalar() : "";
    for (const std::string* text : std::initializer_list<const std::string*>{&comments, &model}) {
        const AcceleratorName* n = namedIn(*text, names);
        if (!n) continue;
        for (std::size_t at : wordHits(*text, n->token))
            if (int c = countBefore(*text, at); c > 0) {
                std::string quote = text->substr(at >= 24 ? at - 24 : 0, (at >= 24 ? 24 : at) + n->token.size());
                for (auto& ch : quote)
                    if (ch == '\n' || ch == '\r') ch = ' ';
                return AcceleratorFinding{n->id, c, (text == &comments ? "comments (\"…" : "model (\"…") + trim(quote) + "\")"};
            }
    }
    return std::nullopt;
}

// What a PDU's inlet says: phases, line-to-line (3-phase) or line (1-phase) voltage, rated current, and
// whether North American continuous-load rules derate it to 80 %.
struct PduInlet {
    int phases = 1;
    double voltageV = 0;
    double currentA = 0;
    bool derate80 = false;
};

// NetBox power-port types of common PDU inlets (dcim/choices.py PowerPortTypeChoices). NEMA L6 is 208 V
// single-phase, L21/L15 208 V three-phase; IEC 60309 gives phases but not the current (read from the
// comments then); CS8365C is a 50 A 208 V single-phase plug.
inline std::optional<PduInlet> inletOf(const std::string& type) {
    const std::string t = lower(type);
    auto amps = [&](const std::string& prefix) -> double {
        std::size_t i = prefix.size();
        double v = 0;
        while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) v = v * 10 + (t[i++] - '0');
        return v;
    };
    if (t.rfind("nema-l6-", 0) == 0) return PduInlet{1, 208, amps("nema-l6-"), true};
    if (t.rfind("nema-l21-", 0) == 0) return PduInlet{3, 208, amps("nema-l21-"), true};
    if (t.rfind("nema-l15-", 0) == 0) return PduInlet{3, 208, amps("nema-l15-"), true};
    if (t.rfind("nema-l5-", 0) == 0) return PduInlet{1, 120, amps("nema-l5-"), true};
    if (t == "cs8365c") return PduInlet{1, 208, 50, true};
    if (t == "iec-60309-3p-n-e-6h" || t == "iec-60309-3p-e-6h") return PduInlet{3, 400, 0, false};
    if (t == "iec-60309-p-n-e-6h") return PduInlet{1, 230, 0, false};
    return std::nullopt;
}

// "30A" / "32 A" in free text: the first current written there, 0 when none.
inline double ampsIn(const std::string& text) {
    const std::vector<std::string> words = splitWords(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string w = words[i];
        if (w.size() >= 2 && (w.back() == 'A') && std::isdigit(static_cast<unsigned char>(w[0]))) {
            w.pop_back();
            if (std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
                return std::stod(w);
        }
        if (words[i] == "A" && i > 0 && std::all_of(words[i - 1].begin(), words[i - 1].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            return std::stod(words[i - 1]);
    }
    return 0;
}

// The catalog pdu object: capacity = V × A (× √3 for three phases) × 0.8 where NEC derating applies.
inline double pduCapacityW(const PduInlet& in) {
    double w = in.voltageV * in.currentA * (in.phases == 3 ? std::sqrt(3.0) : 1.0);
    return std::round(w * (in.derate80 ? 0.8 : 1.0));
}

}  // namespace pod::netbox
