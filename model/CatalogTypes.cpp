#include "CatalogTypes.h"

#include <algorithm>

namespace pod {

std::string_view kindKey(EquipmentKind k) {
    switch (k) {
    case EquipmentKind::GpuNode: return "gpu_node";
    case EquipmentKind::CpuNode: return "cpu_node";
    case EquipmentKind::Switch: return "switch";
    case EquipmentKind::Storage: return "storage";
    case EquipmentKind::Pdu: return "pdu";
    case EquipmentKind::PatchPanel: return "patch_panel";
    case EquipmentKind::Blank: return "blank";
    case EquipmentKind::Cdu: return "cdu";
    }
    return "";
}

std::string_view coolingUnitTypeKey(CoolingUnitType t) {
    switch (t) {
    case CoolingUnitType::CduInRack: return "cdu-in-rack";
    case CoolingUnitType::CduInRow: return "cdu-in-row";
    case CoolingUnitType::CduFacility: return "cdu-facility";
    case CoolingUnitType::Rdhx: return "rdhx";
    case CoolingUnitType::Crah: return "crah";
    }
    return "";
}

std::string_view coolingMediumKey(CoolingMedium m) { return m == CoolingMedium::Air ? "air" : "liquid"; }

std::string_view fabricKey(Fabric f) {
    switch (f) {
    case Fabric::Compute: return "compute";
    case Fabric::Storage: return "storage";
    case Fabric::Inband: return "inband";
    case Fabric::Oob: return "oob";
    }
    return "";
}

std::string_view airflowKey(Airflow a) {
    switch (a) {
    case Airflow::FrontToRear: return "front_to_rear";
    case Airflow::RearToFront: return "rear_to_front";
    case Airflow::SideToRear: return "side_to_rear";
    case Airflow::Passive: return "passive";
    case Airflow::Mixed: return "mixed";
    }
    return "";
}

std::string_view coolingTypeKey(CoolingType c) {
    switch (c) {
    case CoolingType::Air: return "air";
    case CoolingType::Liquid: return "liquid";
    case CoolingType::Hybrid: return "hybrid";
    }
    return "";
}

bool Provenance::isUnverified(const std::string& field) const {
    return std::find(unverified.begin(), unverified.end(), field) != unverified.end();
}

double StorageSpec::effectiveUsableTb() const {
    if (usableTb) return *usableTb;
    if (drives && driveTb && raidData && raidParity && *raidData + *raidParity > 0) {
        int spares = spareDrives.value_or(0);
        double data = double(*raidData) / double(*raidData + *raidParity);
        return std::max(0, *drives - spares) * *driveTb * data;
    }
    return rawTb;
}

std::optional<double> CableMedium::maxReachM(double speedGbps) const {
    // Exact figure, else the figure of the slowest listed speed above it: a link reaches at least as far
    // at a lower rate, so that is the conservative answer. Nothing for speeds above every listed one.
    const Reach* best = nullptr;
    for (const auto& r : reach) {
        if (r.speedGbps == speedGbps) return r.maxM;
        if (r.speedGbps > speedGbps && (!best || r.speedGbps < best->speedGbps)) best = &r;
    }
    if (best) return best->maxM;
    return std::nullopt;
}

}  // namespace pod
