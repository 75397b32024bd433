#pragma once
// `podplanner export FILE --pdf OUT …`: renders the project with the shared QPainter renderer.
// Needs a QGuiApplication (fonts, QPdfWriter); main() calls this before any QML engine exists.
#include <filesystem>
#include <string>
#include <vector>

namespace pod {

// `args` excludes argv[0] and starts with "export". Returns the process exit code.
int runExportCommand(int argc, char** argv, const std::vector<std::string>& args, const std::filesystem::path& exeDir);

}  // namespace pod
