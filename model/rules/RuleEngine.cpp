#include "RuleEngine.h"

#include <algorithm>

#include "StandardRules.h"

namespace pod {

RuleEngine RuleEngine::standard() {
    RuleEngine e;
#define POD_ADD_RULE(name) e.add(rules::name());
    POD_STANDARD_RULES(POD_ADD_RULE)
#undef POD_ADD_RULE
    return e;
}

const Rule* RuleEngine::rule(std::string_view id) const {
    for (const auto& r : rules_)
        if (r->id() == id) return r.get();
    return nullptr;
}

std::vector<Violation> RuleEngine::checkAll(const Project& project, const Catalog& catalog) const {
    CheckContext context(project, catalog);
    std::vector<Violation> out;
    for (const auto& rule : rules_) rule->check(context, out);
    applySeverityOverrides(project, out);
    return out;
}

int countSeverity(const std::vector<Violation>& violations, Severity severity) {
    int n = 0;
    for (const auto& v : violations) n += v.severity == severity;
    return n;
}

void applySeverityOverrides(const Project& project, std::vector<Violation>& violations) {
    const auto& overrides = project.settings.severityOverrides;
    if (overrides.empty()) return;
    std::vector<Violation> kept;
    kept.reserve(violations.size());
    for (auto& v : violations) {
        auto it = overrides.find(v.codeOrRule());
        if (it == overrides.end()) {
            kept.push_back(std::move(v));
            continue;
        }
        if (it->second == "off") continue;
        v.severity = it->second == "error" ? Severity::Error : it->second == "warning" ? Severity::Warning : Severity::Info;
        kept.push_back(std::move(v));
    }
    violations = std::move(kept);
}

}  // namespace pod
