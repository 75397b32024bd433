#pragma once
// One rack being filled by the pod generator: devices placed U by U, A/B PDU pairs, and blanking
// panels closing the free U at the end. Internal to model/generator/.
#include <string>
#include <vector>

#include "Catalog.h"
#include "Project.h"
#include "Sizing.h"

namespace pod::gen {

// Devices of one rack, placed U by U; free U are closed with blanking panels at the end.
class RackFill {
public:
    RackFill(const Rack& rack, int uHeight) : rack_(rack), used_(std::size_t(uHeight) + 2, false) {}

    void add(const std::string& catalogId, const Equipment& e, std::string id, std::string name, double u, Face face,
             std::string feed = {});
    // PDUs for feeds A and B: A1, B1, A2, B2, …; 0U ones at u 0, rack-mounted ones from `bottomU` up,
    // except the pairs after the first `bottomPairs`, which go from `upperU` up. Returns the next free U.
    double addPdus(const PduPlan& p, double bottomU, int bottomPairs = 1 << 20, double upperU = 0);
    // Closes every run of free U with the tallest blanking panel that fits (`blanks`: tallest first).
    void fillBlanks(const std::vector<const Equipment*>& blanks);

    std::vector<Device> devices;

private:
    const Rack& rack_;
    std::vector<bool> used_;  // index = U (1-based)
};

// Blanking panels of whole rack units, tallest first (then by id).
std::vector<const Equipment*> blankModels(const Catalog& catalog);

}  // namespace pod::gen
