#pragma once
// Shared plumbing for rule files: a base that holds id/title/description/scope and the rule's finding
// codes, and message helpers. A rule file declares each kind of finding as a constexpr FindingCode, lists
// them in the constructor and reports with make(code, …): the severity comes from the code.
#include <cassert>
#include <initializer_list>
#include <string>
#include <vector>

#include "../TextFormat.h"
#include "Rule.h"

namespace pod::rules {

class BasicRule : public Rule {
public:
    BasicRule(std::string id, std::string title, std::string description, RuleScope scope,
              std::initializer_list<FindingCode> codes)
        : id_(std::move(id)), title_(std::move(title)), description_(std::move(description)), scope_(scope), codes_(codes) {}
    std::string_view id() const override { return id_; }
    std::string_view title() const override { return title_; }
    std::string_view description() const override { return description_; }
    std::span<const FindingCode> codes() const override { return codes_; }
    RuleScope scope() const override { return scope_; }
    unsigned inputs() const override { return inputs_; }
    BasicRule& reads(unsigned inputs) {
        inputs_ = inputs;
        return *this;
    }
    bool readsCabling() const override { return readsCabling_; }
    BasicRule& readsTheCabling() {
        readsCabling_ = true;
        return *this;
    }

protected:
    // A finding of kind `code` (one of codes()), at the code's severity.
    Violation make(const FindingCode& code, std::string message, std::vector<std::string> items,
                   std::optional<Point> where) const {
        assert(declares(code.code));
        return {id_, code.severity, std::move(message), std::move(items), where, std::string(code.code)};
    }

private:
    bool declares(std::string_view code) const {
        for (const auto& c : codes_)
            if (c.code == code) return true;
        return false;
    }
    std::string id_, title_, description_;
    RuleScope scope_;
    std::vector<FindingCode> codes_;
    unsigned inputs_ = kAllInputs;
    bool readsCabling_ = false;
};

inline std::string pct(double fraction) { return fmtFixed(fraction * 100.0, 0) + " %"; }

}  // namespace pod::rules
