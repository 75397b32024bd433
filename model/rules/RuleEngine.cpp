#include "RuleEngine.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iterator>
#include <thread>

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

unsigned RuleEngine::workersFor(const Project& project) {
    const bool big = project.layout.devices.size() >= kParallelFromDevices;
    return big ? std::min(2u, std::max(1u, std::thread::hardware_concurrency())) : 1u;
}

std::vector<Violation> RuleEngine::checkAll(const Project& project, const Catalog& catalog) const {
    return checkAll(project, catalog, workersFor(project));
}

std::vector<Violation> RuleEngine::checkAll(const Project& project, const Catalog& catalog, unsigned workers) const {
    CheckContext context(project, catalog);
    std::vector<Violation> out;
    // Two workers (the machines Pod Planner runs on have two cores or more): one derives the cabling, the other the
    // power flow (0.5 s each on a campus), then both take rules in order. Each rule's findings go to a slot of their
    // own, joined in rule order: the same list as one by one.
    // The rules that read the cabling are taken last: taken early, they would hold a worker waiting for it.
    std::vector<std::vector<Violation>> parts(rules_.size());
    std::vector<std::size_t> order;
    for (bool cabling : {false, true})
        for (std::size_t r = 0; r < rules_.size(); ++r)
            if (rules_[r]->readsCabling() == cabling) order.push_back(r);
    runOnWorkers(
        rules_.size(), workers,
        [&](int worker) {
            if (worker == 0) context.cabling();
            else if (!project.powerChain.empty()) context.powerFlow();
        },
        [&](std::size_t i) { rules_[order[i]]->check(context, parts[order[i]]); });
    for (auto& part : parts) std::move(part.begin(), part.end(), std::back_inserter(out));
    applySeverityOverrides(project, out);
    return out;
}

void runOnWorkers(std::size_t n, unsigned workers, const std::function<void(int)>& warm, const std::function<void(std::size_t)>& task) {
    if (workers < 2) {
        for (std::size_t i = 0; i < n; ++i) task(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failed[2];
    auto work = [&](int worker) {
        try {
            warm(worker);
            for (std::size_t i; (i = next++) < n;) task(i);
        } catch (...) {
            failed[worker] = std::current_exception();
            next = n;
        }
    };
    std::thread second(work, 1);
    work(0);
    second.join();
    for (auto& f : failed)
        if (f) std::rethrow_exception(f);
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
