#pragma once
// What a new project and a new rack start with, and the range a rack's power budget may take. One place
// for the GUI (File → New, a rack dropped from the palette), the edit verbs and the file reader.
#include <string>
#include <vector>

#include "Catalog.h"
#include "Project.h"

namespace pod::defaults {

// A small empty room to start a new project in: 12 m × 8 m, 500 kW of power and of cooling,
// 1,200 kg/m² floor, PUE 1.3.
Project emptyProject();

// A rack added by hand: 15 kW budget, feeds A and B, contained-air cooling when the catalog has it
// (else the catalog's first cooling option).
constexpr double kNewRackBudgetW = 15000;
std::vector<std::string> newRackFeeds();
std::string newRackCooling(const Catalog& catalog);

// A rack's power budget lies in [0, kMaxRackBudgetW] (100,000 kW: far above any rack, below absurd input).
constexpr double kMaxRackBudgetW = 1e8;
bool budgetInRange(double watts);

}  // namespace pod::defaults
