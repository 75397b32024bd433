#include "ProjectMigration.h"

#include "JsonRead.h"
#include "Project.h"

namespace pod {

namespace {

void migrateLayout0To1(Json& layout, const std::string& base) {
    if (layout.contains("racks") && layout["racks"].is_array()) {
        std::size_t i = 0;
        for (auto& r : layout["racks"]) {
            const std::string path = base + "/racks/" + std::to_string(i++);
            if (!r.is_object()) continue;
            if (r.contains("x_mm") || r.contains("y_mm")) {
                if (!r.contains("x_mm") || !r.contains("y_mm"))
                    throw JsonPathError(path, "draft rack position needs both x_mm and y_mm");
                r["position"] = Json::array({r["x_mm"], r["y_mm"]});
                r.erase("x_mm");
                r.erase("y_mm");
            }
            if (r.contains("power_budget_kw")) {
                if (!r["power_budget_kw"].is_number()) throw JsonPathError(path + "/power_budget_kw", "must be a number");
                r["power_budget_w"] = json::numberJson(r["power_budget_kw"].get<double>() * 1000.0);
                r.erase("power_budget_kw");
            }
        }
    }
    if (layout.contains("devices") && layout["devices"].is_array()) {
        for (auto& d : layout["devices"]) {
            if (!d.is_object() || !d.contains("position_u")) continue;
            d["u"] = d["position_u"];
            d.erase("position_u");
        }
    }
}

}  // namespace

void migrateProject(Json& doc, long long from) {
    if (from < 1) {
        migrateLayout0To1(doc, "");
        if (doc.contains("scenarios") && doc["scenarios"].is_array()) {
            std::size_t i = 0;
            for (auto& s : doc["scenarios"]) {
                if (s.is_object()) migrateLayout0To1(s, "/scenarios/" + std::to_string(i));
                ++i;
            }
        }
        doc["version"] = 1;
    }
    // Future steps: if (from < 2) { … doc["version"] = 2; }
    doc["version"] = kProjectFormatVersion;
}

}  // namespace pod
