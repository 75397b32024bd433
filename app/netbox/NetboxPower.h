#pragma once
// NetBox power ports → the catalog's max_w and typical_w for NetboxImporter.cpp, with the warnings and
// "needs completion" items a partial or PSU-rated figure earns. Internal, header-only (see NetboxFields.h).
#include <algorithm>

#include "NetboxFields.h"

namespace pod::netbox {

struct PowerPort {
    std::optional<double> maximumDraw, allocatedDraw;
};

inline std::vector<PowerPort> readPowerPorts(const YAML::Node& powerPortsNode) {
    std::vector<PowerPort> powerPorts;
    for (std::size_t i = 0; i < powerPortsNode.size(); ++i) {
        const YAML::Node p = powerPortsNode[i];
        if (!p.IsMap()) throw Fail{lineOf(p), itemField("power-ports", i, nullptr), "must be a mapping"};
        PowerPort pp;
        pp.maximumDraw = optionalNumber(p, "maximum_draw", itemField("power-ports", i, "maximum_draw"), 0, 1e6);
        pp.allocatedDraw = optionalNumber(p, "allocated_draw", itemField("power-ports", i, "allocated_draw"), 0, 1e6);
        if (pp.maximumDraw && *pp.maximumDraw <= 0) pp.maximumDraw.reset();
        if (pp.allocatedDraw && *pp.allocatedDraw <= 0) pp.allocatedDraw.reset();
        powerPorts.push_back(pp);
    }
    return powerPorts;
}

struct Power {
    double maxW = 0;
    std::optional<double> typicalW;
    bool missing = false;  // no maximum_draw where one was expected
};

// max_w: the sum of the ports' maximum_draw, or one port's when every port lists the same (a PSU rating).
inline void readMaxPower(const std::vector<PowerPort>& powerPorts, const std::string& kind, Power& power, Findings& f) {
    std::vector<double> maxima;
    for (const auto& p : powerPorts)
        if (p.maximumDraw) maxima.push_back(*p.maximumDraw);
    double& maxW = power.maxW;
    if (maxima.empty()) {
        power.missing = !passiveKind(kind) || !powerPorts.empty();
        if (power.missing) {
            f.unverified.push_back("power.max_w");
            f.needs.push_back(powerPorts.empty() ? "power (NetBox lists no power ports)"
                                                 : "power (no maximum_draw on the power ports)");
        }
    } else if (maxima.size() >= 2 && maxima.size() == powerPorts.size() &&
               std::all_of(maxima.begin(), maxima.end(), [&](double v) { return v == maxima.front(); })) {
        maxW = maxima.front();
        f.unverified.push_back("power.max_w");
        f.warnings.push_back("maximum_draw looks like a PSU rating: " + std::to_string(maxima.size()) +
                             " power ports each list " + num(maxW) + " W; max_w set to one port's " + num(maxW) +
                             " W, not the sum " + num(maxW * double(maxima.size())) + " W (power.max_w unverified)");
        f.noteParts.push_back("every power port lists maximum_draw " + num(maxW) +
                              " W, which looks like a PSU rating (redundant PSUs): max_w is one port's figure, "
                              "unverified; confirm the system draw with the vendor");
        f.needs.push_back("system power (maximum_draw is per PSU)");
    } else {
        for (double v : maxima) maxW += v;
        if (maxima.size() < powerPorts.size()) {
            f.unverified.push_back("power.max_w");
            f.warnings.push_back("only " + std::to_string(maxima.size()) + " of " + std::to_string(powerPorts.size()) +
                                 " power ports give maximum_draw: max_w " + num(maxW) + " W is their sum (unverified)");
        }
    }
}

// typical_w: the sum of allocated_draw, left out when it has no max_w to stay under.
inline void readTypicalPower(const std::vector<PowerPort>& powerPorts, const std::string& kind, Power& power, Findings& f) {
    std::vector<double> allocated;
    for (const auto& p : powerPorts)
        if (p.allocatedDraw) allocated.push_back(*p.allocatedDraw);
    const double maxW = power.maxW;
    if (!allocated.empty()) {
        double sum = 0;
        for (double v : allocated) sum += v;
        if (maxW <= 0 || sum > maxW) {
            f.warnings.push_back("allocated_draw sum " + num(sum) + " W " +
                                 (maxW <= 0 ? std::string("without a maximum_draw") : "exceeds max_w " + num(maxW) + " W") +
                                 ": typical_w left out");
            f.needs.push_back("typical power");
        } else {
            power.typicalW = sum;
            if (allocated.size() < powerPorts.size()) {
                f.unverified.push_back("power.typical_w");
                f.warnings.push_back("only " + std::to_string(allocated.size()) + " of " +
                                     std::to_string(powerPorts.size()) + " power ports give allocated_draw: typical_w " +
                                     num(sum) + " W is their sum (unverified)");
            }
        }
    } else if (!passiveKind(kind)) {
        f.needs.push_back("typical power");
    }
}

inline Power readPower(const YAML::Node& powerPortsNode, const std::string& kind, Findings& f) {
    const std::vector<PowerPort> powerPorts = readPowerPorts(powerPortsNode);
    Power power;
    readMaxPower(powerPorts, kind, power, f);
    readTypicalPower(powerPorts, kind, power, f);
    return power;
}

}  // namespace pod::netbox
