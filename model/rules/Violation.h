#pragma once
// A broken limit, as data: which rule, which kind of finding (its code), how bad, a message with limit and
// actual value, and the ids of the items involved (never pointers), plus where on the floor to show it.
#include <optional>
#include <string>
#include <vector>

#include "Project.h"

namespace pod {

enum class Severity { Error, Warning, Info };
std::string_view severityKey(Severity s);

struct Violation {
    std::string ruleId;
    Severity severity = Severity::Error;
    std::string message;
    std::vector<std::string> items;
    std::optional<Point> where;
    // The kind of finding (a FindingCode of the rule): the rule's id for its main finding, its own code for
    // any other kind. Severity overrides apply per code. Last, so brace-initialised violations still compile.
    std::string code;
    // The code severity overrides and reports go by: `code`, or the rule id for a violation made without one.
    const std::string& codeOrRule() const { return code.empty() ? ruleId : code; }
    bool operator==(const Violation&) const = default;
};

}  // namespace pod
