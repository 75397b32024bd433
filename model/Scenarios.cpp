#include "Scenarios.h"

#include <algorithm>
#include <utility>

namespace pod {

namespace {

Scenario* stored(Project& p, const std::string& name) {
    for (auto& s : p.scenarios)
        if (s.name == name) return &s;
    return nullptr;
}

bool taken(const Project& p, const std::string& name) {
    if (name == p.scenarioName) return true;
    return std::any_of(p.scenarios.begin(), p.scenarios.end(), [&](const Scenario& s) { return s.name == name; });
}

std::string unknown(const std::string& name) { return "no scenario named \"" + name + "\""; }

}  // namespace

std::string defaultScenarioName(const Project& project) {
    std::string name = "Base";
    for (int n = 2; taken(project, name); ++n) name = "Base " + std::to_string(n);
    return name;
}

std::vector<std::string> scenarioNames(const Project& project) {
    std::vector<std::string> names{project.scenarioName};
    for (const auto& s : project.scenarios) names.push_back(s.name);
    return names;
}

const Layout* findScenario(const Project& project, const std::string& name) {
    if (name == project.scenarioName) return &project.layout;
    for (const auto& s : project.scenarios)
        if (s.name == name) return &s.layout;
    return nullptr;
}

std::string scenarioNameProblem(const Project& project, const std::string& name) {
    if (name.empty()) return "a scenario needs a name";
    if (name.front() == ' ' || name.back() == ' ') return "a scenario name must not start or end with a space";
    if (taken(project, name)) return "a scenario named \"" + name + "\" already exists";
    return "";
}

std::string duplicateActiveScenario(Project& project, const std::string& name) {
    if (project.scenarioName.empty()) project.scenarioName = defaultScenarioName(project);
    if (std::string problem = scenarioNameProblem(project, name); !problem.empty()) return problem;
    project.scenarios.push_back({name, project.layout, Json::object()});
    return "";
}

std::string switchScenario(Project& project, const std::string& name) {
    if (name == project.scenarioName) return "";
    Scenario* target = stored(project, name);
    if (!target) return unknown(name);
    std::string previous = project.scenarioName.empty() ? defaultScenarioName(project) : project.scenarioName;
    std::swap(project.layout, target->layout);
    project.scenarioName = target->name;
    target->name = previous;
    return "";
}

std::optional<Project> withActiveScenario(const Project& project, const std::string& name) {
    Project copy = project;
    if (!switchScenario(copy, name).empty()) return std::nullopt;
    return copy;
}

}  // namespace pod
