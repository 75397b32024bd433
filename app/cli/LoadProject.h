#pragma once
// Loads the FILE argument of a subcommand, reporting a bad file the one way every command does.
#include <optional>

#include "Catalog.h"
#include "Cli.h"
#include "CliArgs.h"
#include "Project.h"

namespace pod::cli {

// On failure prints "podplanner: FILE: /path: reason" to stderr (and, with --json, an
// {"error": …} object to stdout) and returns nothing; the caller exits with kExitBadInput.
std::optional<Project> loadProjectArgument(const CliArgs& args, const Catalog& catalog, Streams io,
                                           const char* command);

}  // namespace pod::cli
