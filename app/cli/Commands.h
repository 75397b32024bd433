#pragma once
// One function per subcommand; Cli.cpp dispatches to them.
#include <filesystem>

#include "Catalog.h"
#include "Cli.h"
#include "CliArgs.h"

namespace pod::cli {

int checkCommand(const CliArgs& args, const Catalog& catalog, Streams io);
int totalsCommand(const CliArgs& args, const Catalog& catalog, Streams io);
int catalogCommand(const CliArgs& args, const Catalog& catalog, Streams io);

}  // namespace pod::cli
