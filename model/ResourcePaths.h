#pragma once
// Where shipped data lives: installed (`<exe>/../share/podplanner/…`) or, in a development build, the
// source tree. Environment variables override both.
#include <filesystem>

namespace pod {

// $PODPLANNER_CATALOG_DIR, else `<exe>/../share/podplanner/catalog`, else the source tree's catalog/.
// Empty path if none exists.
std::filesystem::path findShippedCatalogDir(const std::filesystem::path& executableDir);

// The bundled sample pod (resources/samples/sample-pod.podplan), installed or in the source tree.
std::filesystem::path findSampleProject(const std::filesystem::path& executableDir);

}  // namespace pod
