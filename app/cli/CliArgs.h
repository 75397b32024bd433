#pragma once
// A small argument list reader: positional words, --flags and --option VALUE pairs.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pod::cli {

class CliArgs {
public:
    // `valued` options take the next word as their value; `flags` take none. Anything else
    // starting with "--" is an error reported by error().
    CliArgs(const std::vector<std::string>& args, const std::set<std::string>& flags,
            const std::set<std::string>& valued);
    const std::vector<std::string>& positional() const { return positional_; }
    bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    const std::string& error() const { return error_; }

private:
    std::vector<std::string> positional_;
    std::set<std::string> flags_;
    std::multimap<std::string, std::string> values_;
    std::string error_;
};

}  // namespace pod::cli
