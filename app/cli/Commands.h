#pragma once
// One function per subcommand (a CommandHandler); Cli.cpp's table lists them.
#include <filesystem>

#include "Catalog.h"
#include "Cli.h"
#include "CliArgs.h"

namespace pod::cli {

int checkCommand(const CliArgs& args, const Catalog& catalog, Streams io);
int totalsCommand(const CliArgs& args, const Catalog& catalog, Streams io);
int catalogCommand(const CliArgs& args, const Catalog& catalog, Streams io);
// catalog import-netbox FILE.yaml… -o OUT.json [--kind K]: needs no loaded catalog (gets an empty one).
int importNetboxCommand(const CliArgs& args, const Catalog& catalog, Streams io);
// import-netbox-site --racks CSV --devices CSV [--cables CSV] -o FILE.podplan: a plan from NetBox exports.
int importNetboxSiteCommand(const CliArgs& args, const Catalog& catalog, Streams io);
// generate --node ID --nodes N --per-rack K … -o FILE: writes a whole pod.
int generateCommand(const CliArgs& args, const Catalog& catalog, Streams io);
// compare A B [--json]: A and B are FILE or FILE#scenario.
int compareCommand(const CliArgs& args, const Catalog& catalog, Streams io);

// whatif FILE --fail ID[,ID…] [--json]: the power and cooling chains after those failures.
int whatifCommand(const CliArgs& args, const Catalog& catalog, Streams io);

}  // namespace pod::cli
