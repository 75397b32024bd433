#include "ResourcePaths.h"

#include <cstdlib>

#ifndef PODPLANNER_SOURCE_DIR
#define PODPLANNER_SOURCE_DIR ""
#endif

namespace pod {

namespace {
std::filesystem::path firstExisting(std::initializer_list<std::filesystem::path> candidates, bool directory) {
    std::error_code ec;
    for (const auto& c : candidates) {
        if (c.empty()) continue;
        if (directory ? std::filesystem::is_directory(c, ec) : std::filesystem::is_regular_file(c, ec))
            return c.lexically_normal();
    }
    return {};
}
const std::filesystem::path kSource = PODPLANNER_SOURCE_DIR;
}  // namespace

std::filesystem::path findShippedCatalogDir(const std::filesystem::path& exeDir) {
    if (const char* env = std::getenv("PODPLANNER_CATALOG_DIR"); env && *env) return env;
    return firstExisting({exeDir / "../share/podplanner/catalog", kSource.empty() ? kSource : kSource / "catalog"}, true);
}

std::filesystem::path findSampleProject(const std::filesystem::path& exeDir) {
    return firstExisting({exeDir / "../share/podplanner/samples/sample-pod.podplan",
                          kSource.empty() ? kSource : kSource / "resources/samples/sample-pod.podplan"},
                         false);
}

}  // namespace pod
