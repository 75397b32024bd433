#pragma once
// Bill of materials: catalog items by count with unit and total draw, plus cables by medium.
#include <string>
#include <vector>

#include "Cabling.h"
#include "Catalog.h"
#include "Project.h"

namespace pod {

struct BomLine {
    std::string catalogId;
    std::string kind;
    std::string vendor;
    std::string model;
    int count = 0;
    double unitMaxW = 0;
    double totalMaxW = 0;
    std::int64_t totalLengthMm = 0;  // cables only
};

// Racks, then devices, then cables; each group by catalog id. Cables no medium reaches are listed
// under catalogId "" so the count adds up.
std::vector<BomLine> billOfMaterials(const Project& project, const Catalog& catalog, const Cabling& cabling);

// Stable JSON (README.md, "JSON output").
Json bomToJson(const std::vector<BomLine>& bom);
Json cablingToJson(const Cabling& cabling);

}  // namespace pod
