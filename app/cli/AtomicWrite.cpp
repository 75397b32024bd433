#include "AtomicWrite.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace pod::cli {

std::optional<std::string> writeFileAtomically(const std::string& file, const std::string& bytes) {
    const std::string temp = file + ".part";
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + file + ": " + std::strerror(errno);
    out << bytes;
    out.close();
    std::error_code ec;
    if (!out) {
        const std::string reason = std::strerror(errno);
        std::filesystem::remove(temp, ec);
        return "cannot write " + file + ": " + reason;
    }
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return "cannot write " + file + ": " + ec.message();
    }
    return std::nullopt;
}

}  // namespace pod::cli
