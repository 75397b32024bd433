#include "LoadProject.h"

#include <ostream>

#include "ProjectFile.h"

namespace pod::cli {

std::optional<Project> loadProjectArgument(const CliArgs& args, const Catalog& catalog, Streams io,
                                           const char* command) {
    if (args.positional().size() != 1) {
        io.err << "podplanner " << command << ": expected exactly one FILE, got " << args.positional().size() << "\n";
        return std::nullopt;
    }
    ProjectResult result = ProjectFile::load(args.positional().front(), catalog);
    if (auto* error = std::get_if<LoadError>(&result)) {
        io.err << "podplanner: " << error->message() << "\n";
        if (args.flag("--json")) {
            Json j;
            j["error"] = {{"file", error->file}, {"path", error->path}, {"reason", error->reason}};
            io.out << j.dump(2) << "\n";
        }
        return std::nullopt;
    }
    return std::get<Project>(std::move(result));
}

}  // namespace pod::cli
