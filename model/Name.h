#pragma once
// A string kept once in a NamePool and referred to by pointer: a Cable names its fabric, tier, devices, racks and
// medium with seven of these, 8 bytes each, where seven std::strings took 224 bytes plus heap (the campus's
// 3,686,400 cables were 944 MB of the planner's 3.8 GB). A Name reads like a const std::string.
#include <compare>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_set>

namespace pod {

class Name {
public:
    Name() : s_(&blank()) {}
    // `s` must outlive the Name: a NamePool's entry or a static string.
    explicit Name(const std::string& s) : s_(&s) {}

    const std::string& str() const { return *s_; }
    operator const std::string&() const { return *s_; }
    bool empty() const { return s_->empty(); }
    std::size_t size() const { return s_->size(); }
    const char* c_str() const { return s_->c_str(); }
    std::size_t rfind(const std::string& s, std::size_t pos = std::string::npos) const { return s_->rfind(s, pos); }
    // The same entry: equal without comparing characters (names of one pool are unique).
    bool sameEntry(const Name& o) const { return s_ == o.s_; }

    friend bool operator==(const Name& a, const Name& b) { return a.s_ == b.s_ || *a.s_ == *b.s_; }
    friend bool operator==(const Name& a, const std::string& b) { return *a.s_ == b; }
    friend bool operator==(const Name& a, const char* b) { return *a.s_ == b; }
    friend std::strong_ordering operator<=>(const Name& a, const Name& b) { return *a.s_ <=> *b.s_; }
    friend std::strong_ordering operator<=>(const Name& a, const std::string& b) { return *a.s_ <=> b; }
    friend std::string operator+(const Name& a, const std::string& b) { return *a.s_ + b; }
    friend std::string operator+(const std::string& a, const Name& b) { return a + *b.s_; }
    friend std::string operator+(const Name& a, const char* b) { return *a.s_ + b; }
    friend std::string operator+(const char* a, const Name& b) { return a + *b.s_; }
    friend std::ostream& operator<<(std::ostream& o, const Name& n) { return o << *n.s_; }

private:
    static const std::string& blank() {
        static const std::string s;
        return s;
    }
    const std::string* s_;
};

// Where Names live: each distinct string once, at a fixed address (the set's nodes never move). Interning is for
// one thread at a time; reading Names needs no lock, as the strings themselves never change.
class NamePool {
public:
    Name intern(const std::string& s) {
        auto it = strings_.find(s);
        return Name(it != strings_.end() ? *it : *strings_.insert(s).first);
    }
    std::size_t size() const { return strings_.size(); }

private:
    std::unordered_set<std::string> strings_;
};

}  // namespace pod

template <>
struct std::hash<pod::Name> {
    std::size_t operator()(const pod::Name& n) const noexcept { return std::hash<std::string>()(n.str()); }
};
