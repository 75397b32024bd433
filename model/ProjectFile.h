#pragma once
// Reading and writing *.podplan files. Loading validates everything against the catalog and either
// returns a whole project or one LoadError (file, JSON path, reason); never a half-loaded project.
#include <filesystem>
#include <string>
#include <variant>

#include "Catalog.h"
#include "LoadError.h"
#include "Project.h"

namespace pod {

using ProjectResult = std::variant<Project, LoadError>;

class ProjectFile {
public:
    // How parse reads: Fast (simdjson, devices without a Json tree, when the file is of this version; otherwise, or
    // when simdjson refuses the text, Reference) or Reference only (nlohmann's tree, whose messages people see).
    // Both read every file alike (tests/model/tst_reader_paths); Reference exists to prove it.
    enum class Reading { Fast, Reference };
    static ProjectResult parse(const std::string& text, const std::string& fileName, const Catalog& catalog,
                               Reading reading = Reading::Fast);
    static ProjectResult load(const std::filesystem::path& file, const Catalog& catalog);
    // Deterministic: the same project always serialises to the same bytes (keys sorted, 2-space indent).
    static std::string serialize(const Project& project);
    static Json toJson(const Project& project);
};

}  // namespace pod
