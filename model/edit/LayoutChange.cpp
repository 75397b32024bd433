#include "LayoutChange.h"

#include <algorithm>
#include <functional>
#include <set>

namespace pod {

namespace {

template <class T>
void applyList(std::vector<T>& list, const std::vector<ItemChange<T>>& changes, bool forward) {
    auto from = [&](const ItemChange<T>& c) -> const std::optional<T>& { return forward ? c.before : c.after; };
    auto to = [&](const ItemChange<T>& c) -> const std::optional<T>& { return forward ? c.after : c.before; };
    // Removals, last index first, so earlier indices stay valid.
    std::vector<const ItemChange<T>*> removals, insertions;
    for (const auto& c : changes) {
        if (from(c) && !to(c)) removals.push_back(&c);
        if (!from(c) && to(c)) insertions.push_back(&c);
        if (from(c) && to(c)) {
            auto it = std::find_if(list.begin(), list.end(), [&](const T& t) { return t.id == from(c)->id; });
            if (it != list.end()) *it = *to(c);
        }
    }
    std::sort(removals.begin(), removals.end(), [](auto* a, auto* b) { return a->index > b->index; });
    for (auto* c : removals) {
        auto it = std::find_if(list.begin(), list.end(), [&](const T& t) { return t.id == from(*c)->id; });
        if (it != list.end()) list.erase(it);
    }
    std::sort(insertions.begin(), insertions.end(), [](auto* a, auto* b) { return a->index < b->index; });
    for (auto* c : insertions) list.insert(list.begin() + std::ptrdiff_t(std::min(c->index, list.size())), *to(*c));
}

bool sameGeometry(const Rack& a, const Rack& b) {
    return a.position == b.position && a.rotation == b.rotation && a.model == b.model && a.name == b.name && a.hall == b.hall;
}

}  // namespace

void LayoutChange::apply(Layout& layout, bool forward) const {
    // Forward: racks before devices (a device may go into a new rack); backward: the reverse.
    // Cooling units name racks: after the racks forward, before them backward.
    if (forward) {
        applyList(layout.racks, racks, true);
        applyList(layout.devices, devices, true);
        applyList(layout.coolingUnits, coolingUnits, true);
    } else {
        applyList(layout.coolingUnits, coolingUnits, false);
        applyList(layout.devices, devices, false);
        applyList(layout.racks, racks, false);
    }
}

Edit LayoutChange::edit(bool forward) const {
    Edit e;
    e.geometry = false;
    e.structure = false;
    std::set<std::string> touched;
    for (const auto& c : racks) {
        const Rack& any = c.before ? *c.before : *c.after;
        touched.insert(any.id);
        if (!c.before || !c.after || !sameGeometry(*c.before, *c.after)) e.geometry = true;
        if (c.before && c.after && c.before->hall != c.after->hall) e.structure = true;  // its nodes join another hall's fabrics
    }
    for (const auto& c : devices) {
        if (c.before) touched.insert(c.before->rack);
        if (c.after) touched.insert(c.after->rack);
        if (!c.before || !c.after || c.before->catalogId != c.after->catalogId) e.structure = true;
    }
    if (e.geometry && std::any_of(racks.begin(), racks.end(), [](const auto& c) { return !c.before || !c.after; }))
        e.structure = true;  // racks added or removed: re-derive the network too
    // Where devices went and came, as apply() removes (descending) and inserts (ascending) them.
    e.shifts = true;
    for (const auto& c : devices) {
        const auto& from = forward ? c.before : c.after;
        const auto& to = forward ? c.after : c.before;
        if (from && !to) e.devicesRemoved.push_back(c.index);
        if (!from && to) e.devicesInserted.push_back(c.index);
    }
    std::sort(e.devicesRemoved.begin(), e.devicesRemoved.end(), std::greater<>());
    std::sort(e.devicesInserted.begin(), e.devicesInserted.end());
    e.racks.assign(touched.begin(), touched.end());
    if (!coolingUnits.empty()) e.room = true;  // which unit serves which rack changed: check everything
    return e;
}

bool LayoutChange::absorb(const LayoutChange& later) {
    auto sameItems = [](const auto& a, const auto& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!a[i].before || !a[i].after || !b[i].before || !b[i].after) return false;
            if (a[i].after->id != b[i].before->id) return false;
        }
        return true;
    };
    if (!sameItems(racks, later.racks) || !sameItems(devices, later.devices) || !coolingUnits.empty() || !later.coolingUnits.empty())
        return false;
    for (std::size_t i = 0; i < racks.size(); ++i) racks[i].after = later.racks[i].after;
    for (std::size_t i = 0; i < devices.size(); ++i) devices[i].after = later.devices[i].after;
    return true;
}

}  // namespace pod
