#pragma once
// The command line: every subcommand is one row of one table (Command), and one dispatcher runs them.
// Pure std + model: no Qt, no display, no QML engine. A row that needs Qt (export) is made in app/ and
// added to the table by main().
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace pod {
class Catalog;
}

namespace pod::cli {

class CliArgs;

struct Streams {
    std::ostream& out;
    std::ostream& err;
};

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitViolations = 1;  // check found errors
inline constexpr int kExitBadInput = 2;    // unreadable/invalid input, bad arguments

// A subcommand's handler: its arguments after the command words, the catalog (empty unless the row
// needs it) and the output streams. Returns the process exit code.
using CommandHandler = std::function<int(const CliArgs& args, const Catalog& catalog, Streams io)>;

// One subcommand: one row of the table.
struct Command {
    std::string name;              // "check", or two words: "catalog import-netbox" (the longest match wins)
    std::set<std::string> flags;   // options without a value
    std::set<std::string> valued;  // options taking the next word; --catalog is added for every command
    bool needsCatalog = true;      // load the shipped catalog and every --catalog file before the handler
    CommandHandler handler;
    std::string usage;  // its lines of the usage text
};

// Every subcommand, in the order the usage text lists them. The dispatcher handles, once for every row:
// --help/-h/help and --version, "-o" as "--output" (for rows that have --output), option errors, and the
// catalog.
class CommandTable {
public:
    CommandTable();  // the Qt-free rows: check, totals, catalog list, catalog import-netbox, generate, compare
    // Adds `row` after the row named `previous` (at the end when there is none).
    void insertAfter(const std::string& previous, Command row);
    const std::vector<Command>& rows() const { return rows_; }

    // True when `args` (without argv[0]) names a subcommand, help or the version, i.e. not the window.
    bool isHeadless(const std::vector<std::string>& args) const;
    // Runs the subcommand `args` names and returns its exit code.
    int run(const std::vector<std::string>& args, Streams io, const std::filesystem::path& executableDir) const;
    std::string usage() const;

private:
    const Command* find(const std::vector<std::string>& args) const;
    std::vector<Command> rows_;
};

}  // namespace pod::cli
