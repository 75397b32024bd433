#pragma once
// `podplanner export FILE --pdf OUT …`: renders the project with the shared QPainter renderer.
// Needs a QGuiApplication (fonts, QPdfWriter), which its handler creates: only for export, never for
// the window, and before any QML engine exists.
#include "Cli.h"

namespace pod {

// The `export` row of the command table (cli::CommandTable; main() adds it after "totals"). `argv0`
// names the program to the QGuiApplication the handler creates; it must outlive the table.
cli::Command exportCommand(char* argv0);

}  // namespace pod
