#include "Sizing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace pod {

int coolingMethodRank(const std::string& method) {
    static const std::array<const char*, 6> order = {"room_air", "contained_air", "rdhx_passive",
                                                     "rdhx_active", "direct_liquid", "immersion"};
    for (std::size_t i = 0; i < order.size(); ++i)
        if (method == order[i]) return int(i);
    return int(order.size());
}

const CoolingOption* cheapestCooling(const Catalog& catalog, double airW, double liquidW) {
    const CoolingOption* best = nullptr;
    auto key = [](const CoolingOption& c) { return std::tuple(coolingMethodRank(c.method), c.airKw, c.id); };
    for (const auto& [id, c] : catalog.coolingOptions()) {
        if (airW > c.airKw * 1000.0) continue;
        if (liquidW > 0 && (!c.liquidCapable() || liquidW > c.liquidKw * 1000.0)) continue;
        if (!best || key(c) < key(*best)) best = &c;
    }
    return best;
}

PduPlan planPdus(const Catalog& catalog, double loadW) {
    PduPlan zeroU, mounted;
    for (const auto& [id, e] : catalog.equipmentEntries()) {
        if (e.kind != EquipmentKind::Pdu || !e.pdu || e.pdu->capacityW <= 0) continue;
        const double cap = e.pdu->capacityW;
        if (e.uHeight == 0) {
            if (cap < loadW) continue;  // side channels: one per feed
            if (!zeroU.pdu || cap < zeroU.pdu->pdu->capacityW) zeroU = {&e, 1};
            continue;
        }
        int n = std::max(1, int(std::ceil(loadW / cap - 1e-9)));
        auto key = [](const PduPlan& p) { return std::tuple(p.perFeed, p.pdu->uHeight, p.pdu->pdu->capacityW, p.pdu->id); };
        PduPlan candidate{&e, n};
        if (!mounted.pdu || key(candidate) < key(mounted)) mounted = candidate;
    }
    return zeroU.pdu ? zeroU : mounted;
}

double roundedBudgetW(double loadW, double warningFraction) {
    const double steps = std::ceil(loadW / warningFraction / kBudgetStepW - 1e-9);
    return std::max(kBudgetStepW, steps * kBudgetStepW);
}

int fabricPorts(const Equipment& e, Fabric fabric) {
    int n = 0;
    for (const auto& g : e.ports)
        if (g.fabric == fabric) n += g.count;
    return n;
}

double fabricSpeed(const Equipment& e, Fabric fabric) {
    double s = 0;
    for (const auto& g : e.ports)
        if (g.fabric == fabric) s = std::max(s, g.speedGbps);
    return s;
}

int accessPorts(const Equipment& sw, Fabric fabric) {
    double slowest = 0;
    bool any = false;
    for (const auto& g : sw.ports)
        if (g.fabric == fabric && (!any || g.speedGbps < slowest)) {
            slowest = g.speedGbps;
            any = true;
        }
    int n = 0;
    for (const auto& g : sw.ports)
        if (g.fabric == fabric && g.speedGbps == slowest) n += g.count;
    return n;
}

}  // namespace pod
