#pragma once
// Headless subcommands (check, totals, catalog …). Pure std + model: no Qt, no display, no QML engine.
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace pod::cli {

struct Streams {
    std::ostream& out;
    std::ostream& err;
};

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitViolations = 1;  // check found errors
inline constexpr int kExitBadInput = 2;    // unreadable/invalid input, bad arguments

// True when `args` (without argv[0]) names a headless subcommand or option.
bool isHeadless(const std::vector<std::string>& args);

// Runs a headless subcommand and returns its exit code.
int run(const std::vector<std::string>& args, Streams io, const std::filesystem::path& executableDir);

std::string usage();

}  // namespace pod::cli
