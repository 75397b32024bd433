#include "Edits.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

#include "Geometry.h"
#include "Placement.h"
#include "PowerChain.h"
#include "ProjectDefaults.h"
#include "TextFormat.h"

namespace pod::edit {

namespace {

std::optional<std::size_t> rackIndex(const Project& p, const std::string& id) {
    for (std::size_t i = 0; i < p.layout.racks.size(); ++i)
        if (p.layout.racks[i].id == id) return i;
    return std::nullopt;
}

std::optional<std::size_t> deviceIndex(const Project& p, const std::string& id) {
    for (std::size_t i = 0; i < p.layout.devices.size(); ++i)
        if (p.layout.devices[i].id == id) return i;
    return std::nullopt;
}

Proposal refuse(std::string why) {
    Proposal r;
    r.error = std::move(why);
    return r;
}

Proposal noRack(const std::string& id) { return refuse("no rack \"" + id + "\""); }

// In a site with halls, the hall whose outline holds `at`; else `fallback` (a rack dropped between halls
// keeps its hall, and the rack-in-hall rule says so).
std::string hallAt(const Project& p, Point at, const std::string& fallback) {
    for (const auto& h : p.halls)
        if (geo::bg::within(geo::BPoint(double(at.x), double(at.y)), geo::toPolygon(h.outline))) return h.id;
    return fallback;
}
Proposal noDevice(const std::string& id) { return refuse("no device \"" + id + "\""); }

// One rack changed from `before` to `after` (nothing when they are equal).
Proposal rackChange(std::size_t index, const Rack& before, const Rack& after, std::string text) {
    Proposal r;
    r.text = std::move(text);
    if (after.id != before.id || after.name != before.name || after.model != before.model || !(after.position == before.position) ||
        after.rotation != before.rotation || after.row != before.row || after.hall != before.hall || after.frontAisle != before.frontAisle ||
        after.cooling != before.cooling || after.powerBudgetW != before.powerBudgetW || after.feeds != before.feeds ||
        after.feedFrom != before.feedFrom || after.feedPhase != before.feedPhase || after.extra != before.extra)
        r.change.racks.push_back({index, before, after});
    return r;
}

// The name a rack joining `row` gets: the row name and its next number ("A11" after ten racks) when free.
std::string nextNameInRow(const Project& p, const std::string& row, std::string fallback) {
    if (row.empty()) return fallback;
    int inRow = 0;
    std::set<std::string> names;
    for (const auto& other : p.layout.racks) {
        names.insert(other.name);
        if (other.row == row) ++inRow;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", inRow + 1);
    return names.count(row + buf) ? fallback : row + buf;
}

// The fabric role of a switch in the network plan ("leaf switch of fabric compute"), or "".
std::string fabricRole(const Project& p, const std::string& deviceId) {
    for (const auto& f : p.layout.network.fabrics)
        for (const auto* list : {&f.leaves, &f.spines, &f.cores})
            if (std::find(list->begin(), list->end(), deviceId) != list->end())
                return std::string(list == &f.leaves ? "leaf" : list == &f.spines ? "spine" : "core") + " switch of fabric " + f.id;
    return {};
}

}  // namespace

Proposal addDevice(const Project& p, const Catalog& c, const std::string& catalogId, const std::string& rackId, double u, Face face) {
    if (const Equipment* e = c.equipment(catalogId); e && e->coolingUnit && e->coolingUnit->floorStanding())
        return refuse(e->model + " stands on the floor, not in a rack: add it to the project's cooling units");
    if (std::string problem = placementProblem(p, c, catalogId, rackId, u, face); !problem.empty()) return refuse(problem);
    const Equipment* e = c.equipment(catalogId);
    Device d;
    d.id = uniqueId(p, "dev-");
    d.catalogId = catalogId;
    d.rack = rackId;
    d.u = e->uHeight == 0 ? 0 : u;
    d.face = face;
    d.name = e->model;
    Proposal r;
    r.text = "Add " + e->model;
    r.newId = d.id;
    r.change.devices.push_back({p.layout.devices.size(), std::nullopt, d});
    return r;
}

Proposal moveDevice(const Project& p, const Catalog& c, const std::string& deviceId, const std::string& rackId, double u, Face face) {
    auto i = deviceIndex(p, deviceId);
    if (!i) return noDevice(deviceId);
    const Device& before = p.layout.devices[*i];
    if (std::string problem = placementProblem(p, c, before.catalogId, rackId, u, face, deviceId); !problem.empty()) return refuse(problem);
    Device after = before;
    after.rack = rackId;
    after.u = before.u == 0 ? 0 : u;
    after.face = face;
    Proposal r;
    r.text = "Move " + deviceLabel(before);
    if (after.rack != before.rack || after.u != before.u || after.face != before.face) r.change.devices.push_back({*i, before, after});
    return r;
}

Proposal setDeviceFace(const Project& p, const Catalog& c, const std::string& deviceId, Face face) {
    auto i = deviceIndex(p, deviceId);
    if (!i) return noDevice(deviceId);
    const Device& d = p.layout.devices[*i];
    return moveDevice(p, c, deviceId, d.rack, d.u, face);
}

Proposal rename(const Project& p, const std::string& id, const std::string& name) {
    Proposal r;
    r.text = "Rename to " + name;
    if (auto i = rackIndex(p, id)) {
        Rack after = p.layout.racks[*i];
        after.name = name;
        return rackChange(*i, p.layout.racks[*i], after, r.text);
    }
    auto d = deviceIndex(p, id);
    if (!d) return refuse("nothing named \"" + id + "\"");
    Device after = p.layout.devices[*d];
    if (after.name == name) return r;
    after.name = name;
    r.change.devices.push_back({*d, p.layout.devices[*d], after});
    return r;
}

Proposal remove(const Project& p, const std::vector<std::string>& ids) {
    std::set<std::string> racks, devices;
    for (const auto& id : ids) {
        if (rackIndex(p, id)) racks.insert(id);
        else if (deviceIndex(p, id)) devices.insert(id);
    }
    Proposal r;
    for (std::size_t i = 0; i < p.layout.devices.size(); ++i) {
        const Device& d = p.layout.devices[i];
        if (devices.count(d.id) || racks.count(d.rack)) r.change.devices.push_back({i, d, std::nullopt});
    }
    for (std::size_t i = 0; i < p.layout.racks.size(); ++i)
        if (racks.count(p.layout.racks[i].id)) r.change.racks.push_back({i, p.layout.racks[i], std::nullopt});
    if (r.change.empty()) return refuse("nothing selected to delete");
    // Cooling units that list a deleted rack stop listing it; a unit left serving no rack goes too.
    for (std::size_t i = 0; i < p.layout.coolingUnits.size(); ++i) {
        const CoolingUnit& unit = p.layout.coolingUnits[i];
        CoolingUnit after = unit;
        std::erase_if(after.serveRacks, [&](const std::string& id) { return racks.count(id) > 0; });
        if (after.serveRacks.size() == unit.serveRacks.size()) continue;
        if (after.serveRacks.empty()) r.change.coolingUnits.push_back({i, unit, std::nullopt});
        else r.change.coolingUnits.push_back({i, unit, after});
    }
    // Switches leaving the layout would leave the network plan too: that is not a layout edit, so refuse.
    for (const auto& ch : r.change.devices)
        if (std::string role = fabricRole(p, ch.before->id); !role.empty())
            return refuse(deviceLabel(*ch.before) + " is a " + role + "; remove it from the network plan first");
    const std::size_t n = r.change.racks.size() + r.change.devices.size();
    r.text = "Delete " + std::to_string(n) + (n == 1 ? " item" : " items");
    return r;
}

Proposal moveRack(const Project& p, const std::string& rackId, Point position) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    Rack after = p.layout.racks[*i];
    after.position = position;
    after.hall = hallAt(p, position, after.hall);
    return rackChange(*i, p.layout.racks[*i], after, "Move rack " + after.name);
}

Proposal rotateRack(const Project& p, const std::string& rackId) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    Rack after = p.layout.racks[*i];
    after.rotation = (after.rotation + 90) % 360;
    return rackChange(*i, p.layout.racks[*i], after, "Rotate rack " + after.name);
}

Proposal duplicateRack(const Project& p, const Catalog& c, const std::string& rackId) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    const Rack& source = p.layout.racks[*i];
    const RackModel* model = c.rack(source.model);
    Rack copy = source;
    copy.id = uniqueId(p, "rack-");
    copy.name = source.name + " copy";
    const bool sideways = source.rotation == 90 || source.rotation == 270;
    const std::int64_t step = model ? (sideways ? model->depthMm : model->widthMm) : 800;
    copy.position.x += sideways ? 0 : step;
    copy.position.y += sideways ? step : 0;
    Proposal r;
    r.text = "Duplicate rack " + source.name;
    r.newId = copy.id;
    r.change.racks.push_back({p.layout.racks.size(), std::nullopt, copy});
    Project scratch;  // ids must be unique against the devices being added too
    scratch.layout = p.layout;
    scratch.layout.racks.push_back(copy);
    std::size_t at = p.layout.devices.size();
    for (const auto& d : p.layout.devices) {
        if (d.rack != source.id) continue;
        Device dc = d;
        dc.id = uniqueId(scratch, "dev-");
        dc.rack = copy.id;
        scratch.layout.devices.push_back(dc);
        r.change.devices.push_back({at++, std::nullopt, dc});
    }
    return r;
}

Proposal addRack(const Project& p, const Catalog& c, const std::string& modelId, Point position, const Rack* like) {
    if (!c.rack(modelId)) return refuse("\"" + modelId + "\" is not a rack model");
    Rack r;
    r.id = uniqueId(p, "rack-");
    r.name = "R" + std::to_string(p.layout.racks.size() + 1);
    r.model = modelId;
    r.position = position;
    r.cooling = defaults::newRackCooling(c);
    r.powerBudgetW = defaults::kNewRackBudgetW;
    r.feeds = defaults::newRackFeeds();
    r.hall = hallAt(p, position, like ? like->hall : p.halls.empty() ? std::string() : p.halls.front().id);
    if (like) {
        r.row = like->row;
        r.rotation = like->rotation;
        r.frontAisle = like->frontAisle;
        r.cooling = like->cooling;
        r.powerBudgetW = like->powerBudgetW;
        r.feeds = like->feeds;
        r.name = nextNameInRow(p, r.row, r.name);
    }
    Proposal out;
    out.text = "Add rack " + r.name;
    out.newId = r.id;
    out.change.racks.push_back({p.layout.racks.size(), std::nullopt, r});
    return out;
}

Proposal setRackCooling(const Project& p, const Catalog& c, const std::string& rackId, const std::string& coolingId) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    if (!c.cooling(coolingId)) return refuse("\"" + coolingId + "\" is not a cooling option");
    Rack after = p.layout.racks[*i];
    after.cooling = coolingId;
    return rackChange(*i, p.layout.racks[*i], after, "Change cooling of " + after.name);
}

Proposal setRackBudget(const Project& p, const std::string& rackId, double watts) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    if (!defaults::budgetInRange(watts)) return refuse("a power budget is between 0 and " + fmtGrouped(defaults::kMaxRackBudgetW / 1000) + " kW");
    Rack after = p.layout.racks[*i];
    after.powerBudgetW = watts;
    return rackChange(*i, p.layout.racks[*i], after, "Change power budget of " + after.name);
}

Proposal setRackFeeds(const Project& p, const std::string& rackId, const std::vector<std::string>& feeds) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    Rack after = p.layout.racks[*i];
    after.feeds = feeds;
    // A feed taken off the rack takes its place in the power chain with it (the file refuses a stray one).
    for (auto* map : {&after.feedFrom, &after.feedPhase})
        std::erase_if(*map, [&](const auto& entry) { return std::find(feeds.begin(), feeds.end(), entry.first) == feeds.end(); });
    return rackChange(*i, p.layout.racks[*i], after, "Change feeds of " + after.name);
}

Proposal setRackFeed(const Project& p, const std::string& rackId, const std::string& feed, const std::string& nodeId,
                     const std::string& phase) {
    auto i = rackIndex(p, rackId);
    if (!i) return noRack(rackId);
    const Rack& before = p.layout.racks[*i];
    if (std::find(before.feeds.begin(), before.feeds.end(), feed) == before.feeds.end())
        return refuse("rack " + before.name + " has no feed \"" + feed + "\"");
    if (!nodeId.empty()) {
        const PowerNode* n = p.powerChain.node(nodeId);
        if (!n) return refuse("no power chain node \"" + nodeId + "\"");
        if (isSource(n->kind))
            return refuse(nodeId + " is a " + powerNodeKindKey(n->kind) + "; a rack feed hangs from a UPS or distribution node");
    }
    static const std::set<std::string> kPhases{"L1", "L2", "L3", "L1-L2", "L2-L3", "L3-L1"};
    if (!phase.empty() && !kPhases.count(phase))
        return refuse("phase \"" + phase + "\" is not L1, L2, L3, L1-L2, L2-L3, L3-L1 or three-phase");
    Rack after = before;
    if (nodeId.empty()) after.feedFrom.erase(feed);
    else after.feedFrom[feed] = nodeId;
    if (phase.empty()) after.feedPhase.erase(feed);
    else after.feedPhase[feed] = phase;
    return rackChange(*i, before, after, "Change feed " + feed + " of " + before.name);
}

}  // namespace pod::edit
