#pragma once
// Reads catalog JSON files (format in catalog/README.md) into a Catalog, checking types, units, sanity
// ranges, duplicate ids and dangling references. A file either loads whole or not at all.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "Catalog.h"
#include "LoadError.h"

namespace pod {

struct CatalogLoadOptions {
    // Files after the first may replace earlier ids (user catalogs); a duplicate inside one
    // file, or among the shipped files, is always an error.
    bool allowOverride = false;
};

class CatalogLoader {
public:
    // Parses one file's text into `out` (which may already hold earlier files' entries, used for
    // duplicate and reference checks). On error `out` is unchanged.
    static std::optional<LoadError> loadText(const std::string& text, const std::string& fileName, Catalog& out,
                                             const CatalogLoadOptions& options = {});
    static std::optional<LoadError> loadFile(const std::filesystem::path& file, Catalog& out,
                                             const CatalogLoadOptions& options = {});
    // Every *.json in `dir`, by file name, no overrides allowed among them.
    static std::optional<LoadError> loadDirectory(const std::filesystem::path& dir, Catalog& out);
};

// Loads the shipped catalog plus user catalog files (each may override ids).
std::optional<LoadError> loadStandardCatalog(const std::filesystem::path& executableDir,
                                             const std::vector<std::filesystem::path>& userFiles, Catalog& out);

// Reads a whole file, refusing ones over `maxBytes`. Returns the error text on failure.
std::optional<std::string> readTextFile(const std::filesystem::path& file, std::string& text,
                                        std::uintmax_t maxBytes = 256ull << 20);

}  // namespace pod
