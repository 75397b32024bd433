#pragma once
// Every edit of a project's active layout, as a pure function: given the project as it is, an edit
// either is refused (`error` says why, for a person) or yields the LayoutChange that performs it, the
// text of its undo step, and the id of what it created. Nothing here changes the project: the GUI's
// Document pushes the change onto its undo stack (app/gui/Document.h); tests apply it directly
// (LayoutChange::apply forward, then backward for undo). Scenario edits are in Scenarios.h.
#include <string>
#include <vector>

#include "Catalog.h"
#include "LayoutChange.h"
#include "Project.h"

namespace pod::edit {

struct Proposal {
    std::string error;   // "" unless refused
    std::string text;    // undo text: "Add DGX H100", "Move rack A01"
    LayoutChange change;  // empty when refused or when the edit changes nothing
    std::string newId;   // the rack or device an add/duplicate created
    bool refused() const { return !error.empty(); }
};

Proposal addDevice(const Project& p, const Catalog& c, const std::string& catalogId, const std::string& rackId, double u, Face face);
Proposal moveDevice(const Project& p, const Catalog& c, const std::string& deviceId, const std::string& rackId, double u, Face face);
Proposal setDeviceFace(const Project& p, const Catalog& c, const std::string& deviceId, Face face);
// A rack or a device.
Proposal rename(const Project& p, const std::string& id, const std::string& name);
// Racks (with their devices) and devices; a fabric's leaf or spine switch is refused (it is in the network plan).
Proposal remove(const Project& p, const std::vector<std::string>& ids);

Proposal moveRack(const Project& p, const std::string& rackId, Point position);
Proposal rotateRack(const Project& p, const std::string& rackId);  // 90° clockwise
// A copy beside the rack (east, or south for a sideways rack) with copies of its devices.
Proposal duplicateRack(const Project& p, const Catalog& c, const std::string& rackId);
// A new rack with the defaults of ProjectDefaults.h; `like`: a rack whose row it joins (row, rotation,
// aisle, cooling, budget, feeds; named next in the row, "A11" after A01…A10, when that name is free).
Proposal addRack(const Project& p, const Catalog& c, const std::string& modelId, Point position, const Rack* like = nullptr);
Proposal setRackCooling(const Project& p, const Catalog& c, const std::string& rackId, const std::string& coolingId);
Proposal setRackBudget(const Project& p, const std::string& rackId, double watts);
Proposal setRackFeeds(const Project& p, const std::string& rackId, const std::vector<std::string>& feeds);
// Where one of a rack's feeds hangs in the power chain (model/power/PowerChain.h): the node (a UPS or
// distribution node; "" unmaps the feed) and the phase its single-phase PDUs use ("L1" … "L3-L1"; "" for
// three-phase, balanced over L1–L3). Refused: no such rack or feed, an unknown node, a source, another phase.
Proposal setRackFeed(const Project& p, const std::string& rackId, const std::string& feed, const std::string& nodeId,
                     const std::string& phase);

}  // namespace pod::edit
