#pragma once
// Moves older *.podplan documents forward to the current version, one step at a time, before they are
// validated. Version 0 is the pre-release draft format: rack positions as x_mm/y_mm, budgets in kW,
// device U as position_u.
#include <nlohmann/json.hpp>

namespace pod {

// Rewrites `doc` (version `from`) into the current version's shape; sets "version" accordingly.
// Unknown fields are left alone. Throws JsonPathError for a draft too broken to migrate.
void migrateProject(nlohmann::json& doc, long long from);

}  // namespace pod
