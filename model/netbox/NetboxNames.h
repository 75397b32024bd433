#pragma once
// The names Pod Planner gives things in NetBox, shared by the export and import-netbox-site so a round
// trip finds what it wrote: interface names ("compute-3": the 3rd port of the compute fabric on that
// device type, the port number deriveCabling uses), interface and cable types, slugs, roles.
#include <optional>
#include <string>
#include <utility>

#include "CatalogTypes.h"

namespace pod::netbox {

// "compute-3"; fabric kinds are compute, storage, inband, oob.
std::string interfaceName(const std::string& fabricKind, int port);
// "compute-3" → {"compute", 3}; nothing for a name not of that form.
std::optional<std::pair<std::string, int>> parseInterfaceName(const std::string& name);

// NetBox interface type for a port speed (dcim/choices.py InterfaceTypeChoices): 1 → 1000base-t,
// 100 → 100gbase-x-qsfp28, 400 → 400gbase-x-osfp …; "other" when NetBox has no type of that speed.
std::string interfaceType(double speedGbps);

// NetBox cable type (CableTypeChoices) for a catalog medium: dac → dac-passive, acc → dac-active, aoc → aoc,
// multimode → mmf, singlemode → smf; "" when unknown.
std::string cableType(const std::string& medium);

// NetBox slug: lower case, runs of characters outside [a-z0-9_-] → "-", trimmed.
std::string slugify(const std::string& text);

// Device role per catalog kind ("GPU node", "Leaf/spine switch" …) and its colour (6 hex digits).
std::string roleName(EquipmentKind kind);
std::string roleColor(EquipmentKind kind);

// NetBox airflow for a catalog airflow ("front-to-rear").
std::string airflowName(Airflow airflow);

// The description an exported device and rack carry, so the import restores the plan's ids and models.
inline constexpr const char* kDeviceIdPrefix = "Pod Planner device ";
inline constexpr const char* kRackModelPrefix = "Pod Planner rack model ";

}  // namespace pod::netbox
