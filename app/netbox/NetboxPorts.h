#pragma once
// NetBox interfaces → catalog port groups for NetboxImporter.cpp: technology and speed from the
// interface type, fabric by the rules in app/netbox/README.md. Internal, header-only (see NetboxFields.h).
#include <algorithm>
#include <map>
#include <utility>

#include "NetboxFields.h"
#include "NetboxImporter.h"

namespace pod::netbox {

enum class Tech { Ethernet, Infiniband, FibreChannel };

inline std::optional<Tech> techOf(const std::string& type) {
    const std::string t = lower(type);
    if (t.rfind("infiniband-", 0) == 0) return Tech::Infiniband;
    if (t.find("gfc-") != std::string::npos) return Tech::FibreChannel;
    if (netboxInterfaceSpeedGbps(t)) return Tech::Ethernet;
    return std::nullopt;
}

// Fabric of one port group; the rules are documented in app/netbox/README.md.
inline std::string fabricFor(const std::string& kind, Tech tech, double speedGbps, bool mgmtOnly) {
    if (mgmtOnly) return "oob";
    if (tech == Tech::FibreChannel) return "storage";
    if (tech == Tech::Infiniband) return kind == "storage" ? "storage" : "compute";
    if (speedGbps <= 1.0) return "oob";
    if (kind == "storage") return "storage";
    return speedGbps >= 100 ? "compute" : "inband";
}

inline int fabricRank(const std::string& f) {
    static const std::map<std::string, int> rank = {{"compute", 0}, {"storage", 1}, {"inband", 2}, {"oob", 3}};
    auto it = rank.find(f);
    return it == rank.end() ? 9 : it->second;
}

struct Interface {
    std::string type;
    double speedGbps = 0;
    Tech tech = Tech::Ethernet;
    bool mgmtOnly = false;
};

// One entry of `interfaces`: a port, or nothing for a logical interface, one without a type (warned)
// or one of a type with no known speed (counted in `skippedTypes`).
inline std::optional<Interface> readInterface(const YAML::Node& it, std::size_t i, std::vector<std::string>& warnings,
                                       std::map<std::string, int>& skippedTypes) {
    if (!it.IsMap()) throw Fail{lineOf(it), itemField("interfaces", i, nullptr), "must be a mapping with name and type"};
    std::string name = present(it, "name") ? text(it["name"], itemField("interfaces", i, "name")) : "";
    if (!present(it, "type")) {
        warnings.push_back("interface " + (name.empty() ? itemField("interfaces", i, nullptr) : "\"" + name + "\"") +
                           " has no type: not counted");
        return std::nullopt;
    }
    Interface f;
    f.type = lower(text(it["type"], itemField("interfaces", i, "type")));
    if (present(it, "mgmt_only")) f.mgmtOnly = boolean(it["mgmt_only"], itemField("interfaces", i, "mgmt_only"));
    if (f.type == "virtual" || f.type == "bridge" || f.type == "lag") return std::nullopt;  // logical, not a port
    auto speed = netboxInterfaceSpeedGbps(f.type);
    auto tech = techOf(f.type);
    if (!speed || !tech) {
        ++skippedTypes[f.type];
        return std::nullopt;
    }
    f.speedGbps = *speed;
    f.tech = *tech;
    return f;
}

// Interfaces: speed and technology from the type; virtual ones are not ports.
inline std::vector<Interface> readInterfaces(const YAML::Node& root, std::vector<std::string>& warnings) {
    std::vector<Interface> interfaces;
    std::map<std::string, int> skippedTypes;
    const YAML::Node ifaces = list(root, "interfaces");
    for (std::size_t i = 0; i < ifaces.size(); ++i)
        if (auto f = readInterface(ifaces[i], i, warnings, skippedTypes)) interfaces.push_back(*f);
    if (!skippedTypes.empty()) {
        std::string list;
        int n = 0;
        for (const auto& [type, count] : skippedTypes) {
            list += (list.empty() ? "" : ", ") + type + " ×" + std::to_string(count);
            n += count;
        }
        warnings.push_back(std::to_string(n) + " interface(s) of a type with no known speed not counted (" + list + ")");
    }
    return interfaces;
}

// Port groups by (fabric, speed): fabrics in rank order, the fastest first within one.
using PortGroups = std::vector<std::pair<std::pair<std::string, double>, int>>;

inline PortGroups groupPorts(const std::string& kind, const std::vector<Interface>& interfaces) {
    std::map<std::pair<std::string, double>, int> groups;
    for (const auto& f : interfaces) ++groups[{fabricFor(kind, f.tech, f.speedGbps, f.mgmtOnly), f.speedGbps}];
    PortGroups ports(groups.begin(), groups.end());
    std::sort(ports.begin(), ports.end(), [](const auto& a, const auto& b) {
        if (fabricRank(a.first.first) != fabricRank(b.first.first))
            return fabricRank(a.first.first) < fabricRank(b.first.first);
        return a.first.second > b.first.second;
    });
    return ports;
}

}  // namespace pod::netbox
