#pragma once
// A broken limit, as data: which rule, how bad, a message with limit and actual value, and the ids of
// the items involved (never pointers), plus where on the floor to show it.
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
    bool operator==(const Violation&) const = default;
};

}  // namespace pod
