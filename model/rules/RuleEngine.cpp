#include "RuleEngine.h"

#include "DeviceInRackRule.h"
#include "DeviceOverlapRule.h"

namespace pod {

RuleEngine RuleEngine::standard() {
    RuleEngine engine;
    engine.add(std::make_unique<DeviceInRackRule>());
    engine.add(std::make_unique<DeviceOverlapRule>());
    return engine;
}

std::vector<Violation> RuleEngine::checkAll(const Project& project, const Catalog& catalog) const {
    CheckContext context(project, catalog);
    std::vector<Violation> out;
    for (const auto& rule : rules_) rule->check(context, out);
    return out;
}

int countSeverity(const std::vector<Violation>& violations, Severity severity) {
    int n = 0;
    for (const auto& v : violations) n += v.severity == severity;
    return n;
}

}  // namespace pod
