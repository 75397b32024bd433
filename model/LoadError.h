#pragma once
// One load failure: the file, the JSON path inside it, and the reason. Loaders return it instead of
// throwing, so a bad file never half-loads and no exception reaches the GUI.
#include <string>

namespace pod {

struct LoadError {
    std::string file;
    std::string path;  // RFC 6901 pointer, "" for the whole document
    std::string reason;
    std::string message() const {
        std::string m = file.empty() ? std::string("<input>") : file;
        m += ": ";
        if (!path.empty()) m += path + ": ";
        return m + reason;
    }
};

}  // namespace pod
