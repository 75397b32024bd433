#include "OutputFiles.h"

#include <QSaveFile>
#include <QString>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace pod {

namespace fs = std::filesystem;

namespace {

std::optional<OutputError> checkWritableDirectory(const fs::path& dir, const std::string& path) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) return OutputError{path, "directory " + dir.string() + " does not exist"};
    if (!fs::is_directory(dir, ec)) return OutputError{path, dir.string() + " is not a directory"};
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
        return OutputError{path, "directory " + dir.string() + " is not writable (" + std::strerror(errno) + ")"};
    return std::nullopt;
}

fs::path parentOf(const fs::path& p) {
    fs::path parent = p.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

}  // namespace

std::optional<OutputError> checkOutputFile(const fs::path& file) {
    std::error_code ec;
    const std::string path = file.string();
    if (file.empty() || file.filename().empty()) return OutputError{path, "not a file name"};
    if (fs::is_directory(file, ec)) return OutputError{path, "is a directory"};
    if (auto e = checkWritableDirectory(parentOf(file), path)) return e;
    if (fs::exists(file, ec) && ::access(file.c_str(), W_OK) != 0)
        return OutputError{path, std::string("file is not writable (") + std::strerror(errno) + ")"};
    return std::nullopt;
}

std::optional<OutputError> checkOutputDirectory(const fs::path& dir) {
    std::error_code ec;
    const std::string path = dir.string();
    if (dir.empty()) return OutputError{path, "empty directory name"};
    if (fs::exists(dir, ec)) return checkWritableDirectory(dir, path);
    fs::path d = dir;
    if (!d.has_filename()) d = d.parent_path();  // "out/svg/" → "out/svg"
    return checkWritableDirectory(parentOf(d), path);
}

std::optional<OutputError> createOutputDirectory(const fs::path& dir) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return std::nullopt;
    if (!fs::create_directory(dir, ec) && !fs::is_directory(dir))
        return OutputError{dir.string(), "cannot create directory (" + ec.message() + ")"};
    return std::nullopt;
}

std::optional<OutputError> writeFileAtomically(const fs::path& file, const QByteArray& bytes) {
    QSaveFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly)) return OutputError{file.string(), out.errorString().toStdString()};
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return OutputError{file.string(), out.errorString().toStdString()};
    }
    if (!out.commit()) return OutputError{file.string(), out.errorString().toStdString()};
    return std::nullopt;
}

std::string safeFileStem(const std::string& name) {
    std::string out;
    for (unsigned char c : name) out += (std::isalnum(c) || c == '.' || c == '-' || c == '_') ? char(c) : '_';
    return out.empty() ? std::string("_") : out;
}

}  // namespace pod
