#pragma once
// Named scenarios of a project: the active layout (Project::layout, named Project::scenarioName) and
// the others (Project::scenarios). Duplicating copies the active layout under a new name; switching
// swaps the active layout with a stored one, so nothing is ever lost.
#include <optional>
#include <string>
#include <vector>

#include "Project.h"

namespace pod {

// The name an unnamed active layout gets when it has to be stored as a scenario ("Base", "Base 2", …).
std::string defaultScenarioName(const Project& project);

// Every scenario name, the active one first, then the stored ones in order. An unnamed active
// layout is listed as "".
std::vector<std::string> scenarioNames(const Project& project);

// The layout called `name` (the active one or a stored one); nullptr when there is none.
const Layout* findScenario(const Project& project, const std::string& name);

// "" when `name` can name a new scenario, else why not (empty, surrounding spaces, taken).
std::string scenarioNameProblem(const Project& project, const std::string& name);

// Copies the active layout into a new stored scenario called `name`; the active layout stays
// active. An unnamed active layout is named defaultScenarioName() first. Returns "" or the problem.
std::string duplicateActiveScenario(Project& project, const std::string& name);

// Makes scenario `name` active: its layout and the active one trade places (the previously active
// layout takes the stored scenario's position in the list, named defaultScenarioName() when it had
// no name). Switching to the active scenario does nothing. Returns "" or the problem.
std::string switchScenario(Project& project, const std::string& name);

// A copy of `project` with scenario `name` active, or nothing when there is no such scenario.
std::optional<Project> withActiveScenario(const Project& project, const std::string& name);

}  // namespace pod
