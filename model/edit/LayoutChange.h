#pragma once
// One edit of the active layout as before/after records: a rack, device or cooling unit that appears only in
// `after` is inserted, only in `before` removed, in both changed. Indices keep the file order, so
// undo restores the JSON byte for byte.
#include <optional>
#include <string>
#include <vector>

#include "IncrementalChecker.h"
#include "Project.h"

namespace pod {

template <class T>
struct ItemChange {
    std::size_t index = 0;  // position in the list before (removal/change) or after (insertion)
    std::optional<T> before;
    std::optional<T> after;
};

struct LayoutChange {
    std::vector<ItemChange<Rack>> racks;
    std::vector<ItemChange<Device>> devices;
    std::vector<ItemChange<CoolingUnit>> coolingUnits;  // e.g. a deleted rack leaves the units that served it

    bool empty() const { return racks.empty() && devices.empty() && coolingUnits.empty(); }
    void apply(Layout& layout, bool forward) const;
    // What the incremental checker must re-check after this change.
    Edit edit(bool forward) const;
    // Folds a later change of the same items into this one (for a drag merged into one undo step).
    bool absorb(const LayoutChange& later);
};

}  // namespace pod
