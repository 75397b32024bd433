#pragma once
// A pod project: the room, racks, devices and network of the active layout, plus named scenarios.
// Everything refers to everything else by string id (never by pointer), as in the file.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "PowerChain.h"

namespace pod {

using Json = nlohmann::json;

struct Point {
    std::int64_t x = 0;  // mm
    std::int64_t y = 0;  // mm, grows "down" the drawing (south)
    bool operator==(const Point&) const = default;
};
using Polygon = std::vector<Point>;

struct KeepOut {
    std::string id;
    std::string name;
    std::string kind;  // column | crah | cdu | other
    Polygon outline;
    Json extra = Json::object();
};

struct Room {
    std::string name;
    Polygon outline;
    std::vector<KeepOut> keepouts;
    double powerCapacityW = 0;    // IT power the room can feed
    double coolingCapacityW = 0;  // heat the room can remove
    double floorLoadKgM2 = 0;     // floor rating
    double pue = 1.0;
    std::int64_t minAisleMm = 1200;
    Json extra = Json::object();
};

// A hall of a site (issue 18): a room of its own, its outline in site coordinates (mm) inside the room
// outline, which is then the site's. Racks name their hall in "hall"; a project with no halls is one room.
struct Hall {
    std::string id;
    std::string name;
    Polygon outline;
    double powerCapacityW = 0;    // IT power the hall can feed (0 = not given: the site's figure applies)
    double coolingCapacityW = 0;  // heat the hall can remove (0 = not given)
    Json extra = Json::object();
};

enum class Face { Front, Rear };
enum class AisleSide { Cold, Hot };

struct Rack {
    std::string id;
    std::string name;
    std::string model;    // catalog rack id
    Point position;       // centre of the footprint, mm
    int rotation = 0;     // degrees: 0 = front faces north (−y), 90 east, 180 south, 270 west
    std::string row;
    std::string hall;  // "hall": the hall (Project::halls) the rack stands in; "" in a project without halls
    AisleSide frontAisle = AisleSide::Cold;
    std::string cooling;  // catalog cooling id
    double powerBudgetW = 0;
    std::vector<std::string> feeds;  // e.g. {"A", "B"}
    // "feed_from": the power chain node each feed hangs from (model/power/PowerChain.h), by feed name.
    std::map<std::string, std::string> feedFrom;
    // "feed_phase": which phase(s) a feed's single-phase PDUs use: "L1", "L2", "L3" (line–neutral) or
    // "L1-L2", "L2-L3", "L3-L1" (line–line). Unset: three-phase PDUs balance the feed over L1–L3, a
    // single-phase feed is on L1.
    std::map<std::string, std::string> feedPhase;
    Json extra = Json::object();
};

struct Device {
    std::string id;
    std::string catalogId;
    std::string rack;
    double u = 1;  // bottom U (1-based, multiple of 0.5); 0 for side-mounted 0U equipment
    Face face = Face::Front;
    std::string name;
    std::string feed;  // PDUs: the rack feed they are on ("A", "B", …)
    Json extra = Json::object();
};

struct FabricPlan {
    std::string id;
    std::string kind;  // compute | storage | inband | oob
    std::vector<std::string> leaves;  // device ids
    std::vector<std::string> spines;  // device ids
    // Third tier (optional "cores"; absent in older files): spines in groups, one group per leaf group (the
    // leaves a node's ports span, a scalable unit), each group's uplinks spread over every core switch.
    std::vector<std::string> cores;  // device ids
    // Optional "leaf_uplinks": uplinks cabled from every leaf to the spines (a fabric built for full scalable
    // units, as DGX SuperPOD RAs cable it); 0 (absent) = as many as the leaf's downlinks.
    int leafUplinks = 0;
    // Optional "rail_planes" (three tiers only): each rail is a fabric plane of its own (rail-only, as large
    // rail-optimised clusters are built past what one three-tier Clos of these switches connects). The leaves
    // of rail r (leaf r of every group) form P = ⌈groups / (spine ports / 2)⌉ pods of ⌈groups / P⌉ leaves (the
    // last the rest); the spines split evenly into one plane per rail and each plane's evenly into its pods;
    // the cores split evenly into one plane per rail. A leaf's uplinks go round-robin over its pod's spines, a
    // spine's over its plane's cores.
    bool railPlanes = false;
    Json extra = Json::object();
};

struct Network {
    std::vector<FabricPlan> fabrics;
    Json extra = Json::object();
};

// A CDU, rear door or CRAH in the project: a catalog entry with a cooling_unit figure and the racks it
// serves, listed by rack id or by row (every rack of those rows, as the layout stands).
struct CoolingUnit {
    std::string id;
    std::string name;
    std::string catalogId;
    std::vector<std::string> serveRacks;  // "serves": { "racks": [...] }
    std::vector<std::string> serveRows;   // "serves": { "rows": [...] } (one of the two is used)
    std::optional<Point> position;        // floor position, mm (optional)
    Json extra = Json::object();
};

// Racks, devices, cooling units and network: the part that differs between scenarios.
struct Layout {
    std::vector<Rack> racks;
    std::vector<Device> devices;
    Network network;
    std::vector<CoolingUnit> coolingUnits;
};

struct Scenario {
    std::string name;
    Layout layout;
    Json extra = Json::object();
};

struct ProjectMeta {
    std::string name;
    std::string revision;
    std::string author;
    std::string date;
    std::string description;
    Json extra = Json::object();
};

struct ProjectSettings {
    std::int64_t cableSlackMm = 2000;    // added to every cable run
    std::int64_t trayHeightMm = 600;     // cable tray height above the rack top
    // "power_warning_percent": the power rules' warning line (model/PowerBand.h); unset = 80 %, not written.
    std::optional<double> powerWarningPercent;
    // "coolant_delta_t_k" / "air_delta_t_f": the temperature rise flows are computed at (model/Cooling.h);
    // unset = 10 K and 20 °F, not written.
    std::optional<double> coolantDeltaTK;
    std::optional<double> airDeltaTF;
    // "power_derating_percent": continuous-load derating of distribution nodes (default 80, not written);
    // "phase_imbalance_percent": the phase-imbalance rule's limit (default 10, not written).
    std::optional<double> powerDeratingPercent;
    std::optional<double> phaseImbalancePercent;
    // "price_book": the user's price book (model/cost/PriceBook.h), as a path relative to the project file's
    // folder (absolute when given so); unset = no cost figures, not written.
    std::optional<std::string> priceBook;
    std::map<std::string, std::string> severityOverrides;  // finding code (check --json "codes") → error | warning | info | off
    Json extra = Json::object();
};

struct Project {
    ProjectMeta meta;
    ProjectSettings settings;
    Room room;
    std::vector<Hall> halls;   // "halls": the site's halls (empty: the room is the only hall)
    std::string scenarioName;  // name of the active layout
    Layout layout;             // the active layout
    std::vector<Scenario> scenarios;  // other named layouts
    PowerChain powerChain;            // shared by every layout; racks' feed_from name its nodes
    Json extra = Json::object();

    const Rack* rack(const std::string& id) const;
    const Device* device(const std::string& id) const;
    const CoolingUnit* coolingUnit(const std::string& id) const;
    const Hall* hall(const std::string& id) const;
};

inline constexpr int kProjectFormatVersion = 1;

}  // namespace pod
