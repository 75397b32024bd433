#pragma once
// Shared plumbing for rule files: a base that holds id/title/description/scope, and message helpers.
#include <string>

#include "../TextFormat.h"
#include "Rule.h"

namespace pod::rules {

class BasicRule : public Rule {
public:
    BasicRule(std::string id, std::string title, std::string description, RuleScope scope)
        : id_(std::move(id)), title_(std::move(title)), description_(std::move(description)), scope_(scope) {}
    std::string_view id() const override { return id_; }
    std::string_view title() const override { return title_; }
    std::string_view description() const override { return description_; }
    RuleScope scope() const override { return scope_; }
    unsigned inputs() const override { return inputs_; }
    BasicRule& reads(unsigned inputs) {
        inputs_ = inputs;
        return *this;
    }

protected:
    Violation make(Severity severity, std::string message, std::vector<std::string> items,
                   std::optional<Point> where) const {
        return {id_, severity, std::move(message), std::move(items), where};
    }

private:
    std::string id_, title_, description_;
    RuleScope scope_;
    unsigned inputs_ = kAllInputs;
};

inline std::string pct(double fraction) { return fmtFixed(fraction * 100.0, 0) + " %"; }

}  // namespace pod::rules
