#include "ProjectDefaults.h"

namespace pod::defaults {

Project emptyProject() {
    Project p;
    p.meta.name = "Untitled pod";
    p.room.name = "Room";
    p.room.outline = {{0, 0}, {12000, 0}, {12000, 8000}, {0, 8000}};
    p.room.powerCapacityW = 500000;
    p.room.coolingCapacityW = 500000;
    p.room.floorLoadKgM2 = 1200;
    p.room.pue = 1.3;
    return p;
}

std::vector<std::string> newRackFeeds() { return {"A", "B"}; }

std::string newRackCooling(const Catalog& catalog) {
    const auto& options = catalog.coolingOptions();
    if (options.count("cooling-contained-air")) return "cooling-contained-air";
    return options.empty() ? std::string() : options.begin()->first;
}

bool budgetInRange(double watts) { return watts >= 0 && watts <= kMaxRackBudgetW; }

}  // namespace pod::defaults
