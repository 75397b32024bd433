#pragma once
// One way every subcommand writes its output file: beside the target and renamed over it, so a failed write
// never leaves half a file (and an existing file stays as it was).
#include <optional>
#include <string>

namespace pod::cli {

// Nothing on success; else "cannot write FILE: reason".
std::optional<std::string> writeFileAtomically(const std::string& file, const std::string& bytes);

}  // namespace pod::cli
