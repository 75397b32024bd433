#include "CliArgs.h"

namespace pod::cli {

CliArgs::CliArgs(const std::vector<std::string>& args, const std::set<std::string>& flags,
                 const std::set<std::string>& valued) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            positional_.push_back(a);
        } else if (flags.count(a)) {
            flags_.insert(a);
        } else if (valued.count(a)) {
            if (i + 1 >= args.size()) {
                error_ = a + " needs a value";
                return;
            }
            values_.emplace(a, args[++i]);
        } else {
            error_ = "unknown option " + a;
            return;
        }
    }
}

std::optional<std::string> CliArgs::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> CliArgs::values(const std::string& name) const {
    std::vector<std::string> out;
    auto [lo, hi] = values_.equal_range(name);
    for (auto it = lo; it != hi; ++it) out.push_back(it->second);
    return out;
}

}  // namespace pod::cli
