#include <ostream>

#include "Commands.h"
#include "LoadProject.h"
#include "RuleEngine.h"

namespace pod::cli {

namespace {
// Every kind of finding the engine's rules can report, in rule order: the keys settings.severity_overrides
// takes.
Json codeList(const RuleEngine& engine) {
    Json codes = Json::array();
    for (const auto& rule : engine.rules())
        for (const FindingCode& c : rule->codes())
            codes.push_back({{"code", c.code}, {"rule", rule->id()}, {"severity", severityKey(c.severity)}, {"description", c.description}});
    return codes;
}
}  // namespace

int checkCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    auto project = loadProjectArgument(args, catalog, io, "check");
    if (!project) return kExitBadInput;
    RuleEngine engine = RuleEngine::standard();
    std::vector<Violation> violations = engine.checkAll(*project, catalog);
    int errors = countSeverity(violations, Severity::Error);
    int warnings = countSeverity(violations, Severity::Warning);
    int infos = countSeverity(violations, Severity::Info);
    if (args.flag("--json")) {
        Json j;
        j["file"] = args.positional().front();
        j["rules_checked"] = engine.rules().size();
        j["errors"] = errors;
        j["warnings"] = warnings;
        j["infos"] = infos;
        Json list = Json::array();
        for (const auto& v : violations) {
            Json vj = {{"rule", v.ruleId}, {"code", v.codeOrRule()}, {"severity", severityKey(v.severity)},
                       {"message", v.message}, {"items", v.items}};
            if (v.where) vj["where_mm"] = Json::array({v.where->x, v.where->y});
            list.push_back(vj);
        }
        j["violations"] = list;
        j["codes"] = codeList(engine);
        io.out << j.dump(2) << "\n";
    } else {
        io.out << args.positional().front() << ": " << engine.rules().size() << " rules checked: " << errors
               << " errors, " << warnings << " warnings, " << infos << " notes\n";
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
            if (countSeverity(violations, s) == 0) continue;
            io.out << (s == Severity::Error ? "Errors" : s == Severity::Warning ? "Warnings" : "Notes") << ":\n";
            for (const auto& v : violations)
                if (v.severity == s) io.out << "  [" << v.codeOrRule() << "] " << v.message << "\n";
        }
    }
    return errors > 0 ? kExitViolations : kExitOk;
}

}  // namespace pod::cli
