#pragma once
// An open-addressing hash index from ids to positions in a sequence it does not own (a layout's racks or devices).
// A slot holds the position and a hash tag, never the key: a lookup compares against keyAt(position), the sequence's
// current id, so the index cannot dangle when the sequence's strings move or change (a changed id is simply not
// found). Built for half a million devices: one flat array, no allocation per id, where std::unordered_map<std::string>
// copied every id and took 0.3–0.4 s to fill on a campus.
//   keyAt(i) → const std::string* (null when i is past the sequence's end).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pod {

class IdIndex {
public:
    static constexpr std::size_t npos = SIZE_MAX;

    // Empties the index and sizes it for `expected` ids.
    void reset(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected + expected / 2) capacity *= 2;
        slots_.assign(capacity, Slot{});
        mask_ = capacity - 1;
        size_ = 0;
        tombstones_ = 0;
    }
    std::size_t size() const { return size_; }

    template <class KeyAt>
    std::size_t find(std::string_view key, const KeyAt& keyAt) const {
        if (slots_.empty()) return npos;
        const std::uint64_t h = hash(key);
        for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
            const Slot& slot = slots_[s];
            if (slot.position == kEmpty) return npos;
            if (slot.tag == tag(h)) {
                const std::string* k = keyAt(std::size_t(slot.position));
                if (k && *k == key) return slot.position;
            }
        }
    }

    // Files `position` under `key`. When the key is there already, returns the position filed before and, with
    // `replace`, files the new one in its place (last wins); otherwise returns npos.
    template <class KeyAt>
    std::size_t insert(std::string_view key, std::size_t position, const KeyAt& keyAt, bool replace) {
        if ((size_ + tombstones_ + 1) * 3 > slots_.size() * 2) grow(keyAt);
        const std::uint64_t h = hash(key);
        for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
            Slot& slot = slots_[s];
            if (slot.position == kEmpty) {
                slot = Slot{tag(h), std::uint32_t(position)};
                ++size_;
                return npos;
            }
            if (slot.tag == tag(h)) {
                const std::string* k = keyAt(std::size_t(slot.position));
                if (k && *k == key) {
                    const std::size_t before = slot.position;
                    if (replace) slot.position = std::uint32_t(position);
                    return before;
                }
            }
        }
    }

    // After the sequence lost and gained items: position p is now newOf[p], or gone (npos). Gone slots become
    // tombstones (a lookup probes past them, a grow drops them); no key is hashed again.
    void remap(const std::vector<std::size_t>& newOf) {
        for (Slot& slot : slots_) {
            if (slot.position == kEmpty || slot.position == kTombstone) continue;
            const std::size_t to = slot.position < newOf.size() ? newOf[slot.position] : npos;
            if (to == npos) {
                slot.position = kTombstone;
                --size_;
                ++tombstones_;
            } else {
                slot.position = std::uint32_t(to);
            }
        }
    }

private:
    static constexpr std::uint32_t kEmpty = UINT32_MAX;
    static constexpr std::uint32_t kTombstone = UINT32_MAX - 1;  // past any sequence's end: keyAt gives null
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t position = kEmpty;
    };
    static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
    static std::uint32_t tag(std::uint64_t h) { return std::uint32_t(h >> 32); }

    template <class KeyAt>
    void grow(const KeyAt& keyAt) {
        std::vector<Slot> old = std::move(slots_);
        reset(old.size());  // capacity × 2 (old.size() × 1.5 rounded up to a power of two)
        for (const Slot& slot : old)
            if (slot.position != kEmpty && slot.position != kTombstone)
                if (const std::string* k = keyAt(std::size_t(slot.position))) insert(*k, slot.position, keyAt, false);
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
    std::size_t tombstones_ = 0;
};

}  // namespace pod
