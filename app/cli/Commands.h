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
// catalog import-netbox FILE.yaml… -o OUT.json [--kind K]: needs no loaded catalog.
int importNetboxCommand(const CliArgs& args, Streams io);
// generate --node ID --nodes N --per-rack K … -o FILE: writes a whole pod.
int generateCommand(const CliArgs& args, const Catalog& catalog, Streams io);
// compare A B [--json]: A and B are FILE or FILE#scenario.
int compareCommand(const CliArgs& args, const Catalog& catalog, Streams io);

}  // namespace pod::cli
