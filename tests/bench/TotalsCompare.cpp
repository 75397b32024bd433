#include "TotalsCompare.h"

namespace pod::bench {

namespace {

template <class T>
bool differ(const std::string& name, const T& a, const T& b, std::string& out) {
    if (a == b) return false;
    out = name;
    if constexpr (std::is_arithmetic_v<T>) out += ": " + std::to_string(a) + " vs " + std::to_string(b);
    return true;
}

bool differ(const std::string& at, const Aggregate& a, const Aggregate& b, std::string& out) {
    return differ(at + ".devicesByKind", a.devicesByKind, b.devicesByKind, out) || differ(at + ".devices", a.devices, b.devices, out) ||
           differ(at + ".gpus", a.gpus, b.gpus, out) || differ(at + ".gpuMemoryGb", a.gpuMemoryGb, b.gpuMemoryGb, out) ||
           differ(at + ".flops", a.flops.tflops, b.flops.tflops, out) || differ(at + ".maxW", a.maxW, b.maxW, out) ||
           differ(at + ".typicalW", a.typicalW, b.typicalW, out) || differ(at + ".typicalFromMax", a.typicalFromMax, b.typicalFromMax, out) ||
           differ(at + ".deviceWeightKg", a.deviceWeightKg, b.deviceWeightKg, out) ||
           differ(at + ".storageRawTb", a.storageRawTb, b.storageRawTb, out) ||
           differ(at + ".storageUsableTb", a.storageUsableTb, b.storageUsableTb, out);
}

}  // namespace

std::string totalsDifference(const ProjectTotals& a, const ProjectTotals& b) {
    std::string out;
    if (differ("sum", a.sum, b.sum, out) || differ("racks", a.racks, b.racks, out) || differ("uCapacity", a.uCapacity, b.uCapacity, out) ||
        differ("uUsed", a.uUsed, b.uUsed, out) || differ("rackWeightKg", a.rackWeightKg, b.rackWeightKg, out) ||
        differ("footprintM2", a.footprintM2, b.footprintM2, out) || differ("roomAreaM2", a.roomAreaM2, b.roomAreaM2, out) ||
        differ("pue", a.pue, b.pue, out) || differ("perRack.size", a.perRack.size(), b.perRack.size(), out) ||
        differ("perRow.size", a.perRow.size(), b.perRow.size(), out))
        return out;
    for (std::size_t i = 0; i < a.perRack.size(); ++i) {
        const RackTotals& x = a.perRack[i];
        const RackTotals& y = b.perRack[i];
        const std::string at = "perRack[" + std::to_string(i) + "]";
        if (differ(at + ".rackId", x.rackId, y.rackId, out) || differ(at + ".sum", x.sum, y.sum, out) ||
            differ(at + ".rackWeightKg", x.rackWeightKg, y.rackWeightKg, out) || differ(at + ".uCapacity", x.uCapacity, y.uCapacity, out) ||
            differ(at + ".uUsed", x.uUsed, y.uUsed, out) || differ(at + ".footprintM2", x.footprintM2, y.footprintM2, out) ||
            differ(at + ".powerBudgetW", x.powerBudgetW, y.powerBudgetW, out))
            return out;
    }
    for (auto ia = a.perRow.begin(), ib = b.perRow.begin(); ia != a.perRow.end(); ++ia, ++ib)
        if (differ("perRow key", ia->first, ib->first, out) || differ("perRow[" + ia->first + "]", ia->second, ib->second, out)) return out;
    return out;
}

}  // namespace pod::bench
