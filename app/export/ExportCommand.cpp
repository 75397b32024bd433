#include "ExportCommand.h"

#include <iostream>

namespace pod {

int runExportCommand(int, char**, const std::vector<std::string>&, const std::filesystem::path&) {
    std::cerr << "podplanner export: not built yet\n";
    return 2;
}

}  // namespace pod
