// Benchmark (ctest -L bench, or scripts/bench.sh): issue 18's scale targets on what `podplanner generate` builds —
// the 131,072-GPU hall (16,384 DGX H100, 4 per rack, PDUs, three-tier rail-plane fabric, 2N chain) and the
// 1,048,576-GPU campus (that hall in 8 halls of one site).
//   - load + full check ≤ 2 s on the campus, as a whole `podplanner check FILE` child process (wall clock; the
//     child's peak RSS from wait4), and the same row for the hall;
//   - a structure edit (a DGX node removed or added back, cabling re-derived) ≤ 5 ms in the model:
//     IncrementalChecker::update on the hall, median and p99, compared with a full check every 10 edits.
// Options: --halls H (default 8), --edits N (default 60), --runs N (check runs per file, default 3), --keep DIR.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "MemoryTuning.h"
#include "BenchTable.h"
#include "HallGenerator.h"
#include "CatalogLoader.h"
#include "IncrementalChecker.h"
#include "ProjectFile.h"
#include "Site.h"
#include "TotalsCompare.h"
#include "edit/Edits.h"

extern char** environ;

using namespace pod;
using namespace pod::bench;

namespace {

struct ChildRun {
    double wallMs = 0;
    double peakRssMb = 0;
    int exitCode = -1;
};

// `podplanner check FILE` as its own process (stdout and stderr to /dev/null): wall clock from spawn to exit and the
// child's peak RSS from wait4.
ChildRun runCheck(const std::string& file) {
    ChildRun run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::string exe = PODPLANNER_EXE, cmd = "check";
    char* args[] = {exe.data(), cmd.data(), const_cast<char*>(file.c_str()), nullptr};
    pid_t pid = 0;
    const auto t0 = Clock::now();
    if (posix_spawn(&pid, exe.c_str(), &actions, nullptr, args, environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wallMs = ms(Clock::now() - t0);
    posix_spawn_file_actions_destroy(&actions);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// Linux keeps a process's peak RSS across exec, and a spawned child starts from its parent's pages: spawned from
// this process, holding the hall, every check would report at least this process's RSS. So the checks are spawned
// by a helper forked before anything is built (a few MB); it reads a file name per line and answers with a run.
struct Spawner {
    int toHelper = -1, fromHelper = -1;
    pid_t pid = -1;
    Spawner() {
        int down[2], up[2];
        if (pipe(down) != 0 || pipe(up) != 0) return;
        pid = fork();
        if (pid == 0) {
            close(down[1]);
            close(up[0]);
            char name[4096];
            std::size_t used = 0;
            char c;
            while (read(down[0], &c, 1) == 1) {
                if (c != '\n') {
                    if (used + 1 < sizeof name) name[used++] = c;
                    continue;
                }
                name[used] = '\0';
                used = 0;
                const ChildRun run = runCheck(name);
                if (write(up[1], &run, sizeof run) != ssize_t(sizeof run)) break;
            }
            _exit(0);
        }
        close(down[0]);
        close(up[1]);
        toHelper = down[1];
        fromHelper = up[0];
    }
    ~Spawner() {
        if (toHelper >= 0) close(toHelper);
        if (fromHelper >= 0) close(fromHelper);
        if (pid > 0) waitpid(pid, nullptr, 0);
    }
    ChildRun run(const std::string& file) {
        ChildRun r;
        const std::string line = file + "\n";
        if (pid <= 0 || write(toHelper, line.data(), line.size()) != ssize_t(line.size())) return r;
        if (read(fromHelper, &r, sizeof r) != ssize_t(sizeof r)) return ChildRun{};
        return r;
    }
};

std::string mb(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f MB", v);
    return buf;
}

std::size_t cableCount(const Project& p, const Catalog& catalog) {
    std::size_t n = 0;
    for (const auto& f : deriveCablingForRules(p, catalog).fabrics) n += std::size_t(f.nodeLinks + f.uplinks + f.coreLinks);
    return n;
}

bool sameViolations(const std::vector<Violation>& inc, const std::vector<Violation>& full, std::string& why) {
    if (inc == full) return true;
    std::size_t i = 0;
    while (i < inc.size() && i < full.size() && inc[i] == full[i]) ++i;
    why = "violations differ at #" + std::to_string(i) + " (incremental " + std::to_string(inc.size()) + ", full " +
          std::to_string(full.size()) + ")";
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    keepFreedMemoryForReuse();  // as the planner does (app/main.cpp)
    int halls = 8, editCount = 60, runs = 3;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--halls")) halls = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--edits")) editCount = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--keep")) keep = argv[i + 1];
    }
    Spawner spawner;  // before anything is built (see Spawner)
    Catalog catalog;
    if (auto e = loadStandardCatalog({}, {}, catalog)) {
        std::fprintf(stderr, "%s\n", e->message().c_str());
        return 2;
    }
    // As `podplanner generate --node nvidia-dgx-h100 --nodes 16384 --per-rack 4 [--halls H]` builds them.
    std::optional<Project> generatedHall = generateProductHall(catalog);
    if (!generatedHall) return 2;
    Project hall = std::move(*generatedHall);
    const auto dir = keep.empty() ? std::filesystem::temp_directory_path() / ("bench-campus-" + std::to_string(getpid()))
                                  : std::filesystem::path(keep);
    std::filesystem::create_directories(dir);
    const std::string hallFile = (dir / "hall.podplan").string(), campusFile = (dir / "campus.podplan").string();
    TargetTable table;
    auto write = [&](const Project& p, const std::string& file, const char* what) {
        const std::string text = ProjectFile::serialize(p);
        std::ofstream(file, std::ios::binary) << text;
        std::printf("%s: %.1f MB, %zu racks, %zu devices, %zu cables\n", what, double(text.size()) / 1e6, p.layout.racks.size(),
                    p.layout.devices.size(), cableCount(p, catalog));
    };
    write(hall, hallFile, "hall");
    {
        Project campus = repeatInHalls(hall, halls);
        campus.meta.description += "; in " + std::to_string(halls) + (halls == 1 ? " hall" : " halls");
        write(campus, campusFile, "campus");
    }

    // `podplanner check FILE`, the whole process: read, parse, validate, derive, every rule, print.
    bool failed = false;
    auto timeCheck = [&](const std::string& file, const std::string& what, double limitMs) {
        std::vector<double> wall;
        double rss = 0;
        int code = -1;
        for (int r = 0; r < runs; ++r) {
            const ChildRun run = spawner.run(file);
            wall.push_back(run.wallMs);
            rss = std::max(rss, run.peakRssMb);
            code = run.exitCode;
        }
        if (code != 0 && code != 1) {  // 1: the check found errors; 2: the file did not load
            std::fprintf(stderr, "podplanner check %s exited with %d\n", file.c_str(), code);
            failed = true;
        }
        const std::string row = what + " load + full check (podplanner check, median of " + std::to_string(runs) + ")";
        if (limitMs > 0) table.time(row, percentile(wall, 50), limitMs);
        else table.info("  " + row, fmtMs(percentile(wall, 50)));
        table.info("  " + what + " check, fastest", fmtMs(wall.front()));
        table.info("  " + what + " check, peak RSS of the process", mb(rss));
        table.info("  " + what + " check, exit code", std::to_string(code));
    };
    timeCheck(campusFile, "campus", 2000);
    timeCheck(hallFile, "hall", 0);  // no target of its own: context for the campus row
    if (keep.empty()) std::filesystem::remove_all(dir);

    // Structure edits on the hall: a DGX node removed, then added back where it was (the racks are full), each
    // followed by IncrementalChecker::update; every 10 edits the kept results must equal a full check.
    const RuleEngine engine = RuleEngine::standard();
    IncrementalChecker inc(engine, catalog);
    auto r0 = Clock::now();
    inc.reset(hall);
    const double resetMs = ms(Clock::now() - r0);
    std::vector<std::size_t> nodes;
    for (std::size_t i = 0; i < hall.layout.devices.size(); ++i)
        if (hall.layout.devices[i].catalogId == kProductHallNode) nodes.push_back(i);
    std::mt19937 rng(18);
    std::vector<double> edits;
    int comparisons = 0;
    Device removed;
    for (int i = 1; i <= editCount && !nodes.empty(); ++i) {
        edit::Proposal proposal;
        if (i % 2) {
            removed = hall.layout.devices[nodes[rng() % nodes.size()]];
            proposal = edit::remove(hall, {removed.id});
        } else {
            proposal = edit::addDevice(hall, catalog, removed.catalogId, removed.rack, removed.u, removed.face);
        }
        if (proposal.refused() || proposal.change.empty()) {
            std::fprintf(stderr, "edit %d refused: %s\n", i, proposal.error.c_str());
            return 1;
        }
        proposal.change.apply(hall.layout, true);
        const Edit e = proposal.change.edit(true);
        auto a = Clock::now();
        inc.update(hall, e);
        edits.push_back(ms(Clock::now() - a));
        if (i % 10 == 0 || i == editCount) {
            std::string why;
            if (!sameViolations(inc.violations(), engine.checkAll(hall, catalog), why) ||
                !(why = totalsDifference(inc.totals(), computeTotals(hall, catalog))).empty() ||
                (inc.cablesByMedium() != cablesByMedium(deriveCabling(hall, catalog)) && !(why = "cables by medium").empty())) {
                std::fprintf(stderr, "incremental != full after %d structure edits: %s\n", i, why.c_str());
                return 1;
            }
            ++comparisons;
        }
        // The node list holds indices: an add appends, a remove shifts; rebuild it (not timed).
        nodes.clear();
        for (std::size_t k = 0; k < hall.layout.devices.size(); ++k)
            if (hall.layout.devices[k].catalogId == kProductHallNode) nodes.push_back(k);
    }
    const std::vector<double> timed = edits;
    table.time("hall structure edit (node removed/added), median", percentile(edits, 50), 5);
    table.time("hall structure edit (node removed/added), p99", percentile(edits, 99), 5);
    table.info("  structure edits timed", std::to_string(timed.size()));
    table.info("  incremental == full checks passed", std::to_string(comparisons));
    table.info("  planner open: IncrementalChecker::reset on the hall", fmtMs(resetMs));
    table.info("  peak RSS (this process)", mb(peakRssMb()));
    table.print("Campus benchmark (issue 18)");
    return failed ? 1 : 0;  // missed targets are in the table (the machine is shared); a wrong result fails
}
