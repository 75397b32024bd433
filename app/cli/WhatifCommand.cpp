#include <ostream>
#include <sstream>

#include "Commands.h"
#include "LoadProject.h"
#include "TextFormat.h"
#include "WhatIf.h"

namespace pod::cli {

namespace {

std::vector<std::string> splitIds(const std::string& list) {
    std::vector<std::string> ids;
    std::stringstream in(list);
    for (std::string id; std::getline(in, id, ',');) ids.push_back(id);
    return ids;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string s;
    for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
    return s;
}

std::string percent(double load, double capacity) { return capacity > 0 ? fmtFixed(load / capacity * 100, 1) + " %" : "no capacity"; }

void printText(const WhatIfResult& r, const std::string& failed, std::ostream& out) {
    out << "What if " << failed << " fail" << (failed.find(',') == std::string::npos ? "s" : "") << ":\n";
    out << "  Dark racks: " << (r.outcome.darkRacks.empty() ? "none" : std::to_string(r.outcome.darkRacks.size()) + " (" + joined(r.outcome.darkRacks) + ")") << "\n";
    if (r.outcome.overloads.empty()) out << "  Overloaded power nodes: none\n";
    for (const auto& o : r.outcome.overloads)
        out << "  Overloaded: " << o.node << " " << fmtKw(o.loadW) << " of " << fmtKw(o.capacityW) << " (" << percent(o.loadW, o.capacityW)
            << "), carrying " << o.racks.size() << " rack(s): " << joined(o.racks) << "\n";
    for (const auto& c : r.coolingOverloads)
        out << "  Cooling unit over capacity: " << c.unit << " " << fmtKw(c.loadW) << " of " << fmtKw(c.capacityW) << " ("
            << percent(c.loadW, c.capacityW) << ")\n";
    if (!r.racksWithoutLiquidCooling.empty())
        out << "  Racks without a live CDU: " << joined(r.racksWithoutLiquidCooling) << "\n";
    if (!r.power.nodes.empty()) out << "  Power chain after the failure:\n";
    for (const auto& n : r.power.nodes) {
        out << "    " << n.node->id << " (" << powerNodeKindKey(n.node->kind) << "): ";
        if (!n.alive) {
            out << "DEAD\n";
            continue;
        }
        out << fmtKw(n.loadW) << " of " << fmtKw(n.capacityW) << " (" << percent(n.loadW, n.capacityW) << ")"
            << (n.loadW > n.capacityW ? "  OVER" : "") << (n.carriedBy.empty() ? "" : ", from " + n.carriedBy) << "\n";
    }
    if (!r.coolingUnits.empty()) out << "  Cooling units after the failure:\n";
    for (const auto& c : r.coolingUnits)
        out << "    " << c.unit << ": " << fmtKw(c.loadW) << " of " << fmtKw(c.capacityW) << " (" << percent(c.loadW, c.capacityW) << ")"
            << (c.loadW > c.capacityW ? "  OVER" : "") << "\n";
    out << (r.carried() ? "Carried: every rack powered and every node within capacity.\n"
                        : "NOT carried.\n");
}

}  // namespace

int whatifCommand(const CliArgs& args, const Catalog& catalog, Streams io) {
    const bool json = args.flag("--json");
    auto fail = args.value("--fail");
    if (!fail || fail->empty()) {
        io.err << "podplanner whatif: give --fail ID[,ID…] (power nodes, UPS#module, RACK/FEED or cooling units)\n";
        return kExitBadInput;
    }
    auto project = loadProjectArgument(args, catalog, io, "whatif");
    if (!project) return kExitBadInput;
    auto parsed = parseFailures(*project, splitIds(*fail));
    if (auto* err = std::get_if<std::string>(&parsed)) {
        io.err << "podplanner whatif: " << args.positional().front() << ": --fail " << *err << "\n";
        if (json) io.out << Json{{"error", *err}}.dump(2) << "\n";
        return kExitBadInput;
    }
    const WhatIfResult r = whatIf(*project, catalog, std::get<PowerFailure>(parsed), *fail);
    if (json) {
        Json j = whatIfToJson(r);
        j["file"] = args.positional().front();
        io.out << j.dump(2) << "\n";
    } else {
        printText(r, *fail, io.out);
    }
    return r.carried() ? kExitOk : kExitViolations;
}

}  // namespace pod::cli
