#pragma once
// Output paths: checked before anything is written (so one bad path leaves nothing half done), and
// files written whole through QSaveFile (a temporary file renamed over the target on success only).
#include <filesystem>
#include <optional>
#include <string>

#include <QByteArray>

namespace pod {

struct OutputError {
    std::string path;
    std::string reason;
    std::string message() const { return "cannot write " + path + ": " + reason; }
};

// A file the user named: its directory must exist and be writable; it must not be a directory.
std::optional<OutputError> checkOutputFile(const std::filesystem::path& file);
// A directory for a set of files: it must exist and be writable, or its parent must (it is created).
std::optional<OutputError> checkOutputDirectory(const std::filesystem::path& dir);
std::optional<OutputError> createOutputDirectory(const std::filesystem::path& dir);
// Writes `bytes` as the whole content of `file`, atomically.
std::optional<OutputError> writeFileAtomically(const std::filesystem::path& file, const QByteArray& bytes);

// Rack name → a safe file name part: letters, digits, '.', '-' and '_' kept, everything else '_'.
std::string safeFileStem(const std::string& name);

}  // namespace pod
