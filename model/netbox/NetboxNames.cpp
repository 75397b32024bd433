#include "NetboxNames.h"

#include <cctype>
#include <map>

namespace pod::netbox {

std::string interfaceName(const std::string& fabricKind, int port) { return fabricKind + "-" + std::to_string(port); }

std::optional<std::pair<std::string, int>> parseInterfaceName(const std::string& name) {
    std::size_t dash = name.rfind('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= name.size() || name.size() - dash > 7) return std::nullopt;
    int port = 0;
    for (std::size_t i = dash + 1; i < name.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(name[i]))) return std::nullopt;
        port = port * 10 + (name[i] - '0');
    }
    std::string kind = name.substr(0, dash);
    if (kind != "compute" && kind != "storage" && kind != "inband" && kind != "oob") return std::nullopt;
    if (port < 1) return std::nullopt;
    return std::pair{kind, port};
}

std::string interfaceType(double speedGbps) {
    // Read from NetBox dcim/choices.py InterfaceTypeChoices (netbox-community/netbox).
    static const std::map<double, const char*> types = {
        {0.1, "100base-tx"},          {1, "1000base-t"},           {10, "10gbase-x-sfpp"},      {25, "25gbase-x-sfp28"},
        {40, "40gbase-x-qsfpp"},      {50, "50gbase-x-sfp56"},     {100, "100gbase-x-qsfp28"},  {200, "200gbase-x-qsfp56"},
        {400, "400gbase-x-osfp"},     {800, "800gbase-x-osfp"}};
    auto it = types.find(speedGbps);
    return it == types.end() ? "other" : it->second;
}

std::string cableType(const std::string& medium) {
    static const std::map<std::string, std::string> types = {
        {"dac", "dac-passive"}, {"acc", "dac-active"}, {"aoc", "aoc"}, {"multimode", "mmf"}, {"singlemode", "smf"}};
    auto it = types.find(medium);
    return it == types.end() ? "" : it->second;
}

std::string slugify(const std::string& text) {
    std::string s;
    for (unsigned char c : text) {
        char l = char(std::tolower(c));
        bool ok = std::isalnum(static_cast<unsigned char>(l)) || l == '_' || l == '-';
        if (c >= 0x80) ok = false;
        if (!ok) l = '-';
        if (l == '-' && (s.empty() || s.back() == '-')) continue;
        s += l;
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s;
}

std::string roleName(EquipmentKind kind) {
    switch (kind) {
        case EquipmentKind::GpuNode: return "GPU node";
        case EquipmentKind::CpuNode: return "CPU node";
        case EquipmentKind::Switch: return "Switch";
        case EquipmentKind::Storage: return "Storage";
        case EquipmentKind::Pdu: return "PDU";
        case EquipmentKind::PatchPanel: return "Patch panel";
        case EquipmentKind::Blank: return "Blank panel";
        case EquipmentKind::Cdu: return "CDU";
    }
    return "Device";
}

std::string roleColor(EquipmentKind kind) {
    switch (kind) {
        case EquipmentKind::GpuNode: return "4caf50";
        case EquipmentKind::CpuNode: return "2196f3";
        case EquipmentKind::Switch: return "ff9800";
        case EquipmentKind::Storage: return "9c27b0";
        case EquipmentKind::Pdu: return "f44336";
        case EquipmentKind::PatchPanel: return "607d8b";
        case EquipmentKind::Blank: return "9e9e9e";
        case EquipmentKind::Cdu: return "00bcd4";
    }
    return "9e9e9e";
}

std::string airflowName(Airflow airflow) {
    switch (airflow) {
        case Airflow::FrontToRear: return "front-to-rear";
        case Airflow::RearToFront: return "rear-to-front";
        case Airflow::SideToRear: return "side-to-rear";
        case Airflow::Passive: return "passive";
        case Airflow::Mixed: return "mixed";
    }
    return "";
}

}  // namespace pod::netbox
