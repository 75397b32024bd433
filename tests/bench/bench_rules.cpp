// Benchmark (ctest -L bench): full rule check and incremental re-check after one device move on a
// generated 2,048-rack hall of 16,384 8-GPU nodes. Prints a table of measured times.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "CatalogLoader.h"
#include "HallGenerator.h"
#include "IncrementalChecker.h"
#include "ProjectFile.h"

using Clock = std::chrono::steady_clock;
static double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

int main() {
    pod::Catalog catalog;
    if (auto e = pod::loadStandardCatalog({}, {}, catalog)) {
        std::fprintf(stderr, "%s\n", e->message().c_str());
        return 2;
    }
    pod::Project hall = pod::bench::generateHall({}, catalog);
    pod::RuleEngine engine = pod::RuleEngine::standard();

    auto t0 = Clock::now();
    std::string text = pod::ProjectFile::serialize(hall);
    auto t1 = Clock::now();
    auto loaded = pod::ProjectFile::parse(text, "hall", catalog);
    auto t2 = Clock::now();
    if (std::holds_alternative<pod::LoadError>(loaded)) return 2;
    std::vector<pod::Violation> full;
    double fullMs = 1e18;
    for (int i = 0; i < 3; ++i) {
        auto a = Clock::now();
        full = engine.checkAll(hall, catalog);
        fullMs = std::min(fullMs, ms(Clock::now() - a));
    }
    auto t3 = Clock::now();
    pod::ProjectTotals totals = pod::computeTotals(hall, catalog);
    auto t4 = Clock::now();

    pod::IncrementalChecker inc(engine, catalog);
    inc.reset(hall);
    std::mt19937 rng(7);
    std::vector<double> moves;
    for (int i = 0; i < 10; ++i) {
        auto& d = hall.layout.devices[rng() % hall.layout.devices.size()];
        std::string from = d.rack;
        d.rack = hall.layout.racks[rng() % 2048].id;
        auto a = Clock::now();
        inc.update(hall, {{from, d.rack}, false, false, false});
        moves.push_back(ms(Clock::now() - a));
    }
    std::sort(moves.begin(), moves.end());
    std::printf("%-44s %12s\n", "hall", "measured");
    std::printf("%-44s %12zu\n", "racks", hall.layout.racks.size());
    std::printf("%-44s %12zu\n", "devices", hall.layout.devices.size());
    std::printf("%-44s %12d\n", "GPUs", totals.sum.gpus);
    std::printf("%-44s %10.1f ms\n", "save (serialize)", ms(t1 - t0));
    std::printf("%-44s %10.1f ms\n", "load (parse + validate)", ms(t2 - t1));
    std::printf("%-44s %10.1f ms\n", "full rule check (best of 3)", fullMs);
    std::printf("%-44s %10.1f ms\n", "totals", ms(t4 - t3));
    std::printf("%-44s %10.1f ms\n", "incremental device move, median", moves[moves.size() / 2]);
    std::printf("%-44s %10.1f ms\n", "incremental device move, max of 10", moves.back());
    std::printf("%-44s %12zu\n", "violations (full)", full.size());
    pod::CheckContext ctx(hall, catalog);
    for (const auto& rule : engine.rules()) {
        std::vector<pod::Violation> out;
        auto a = Clock::now();
        rule->check(ctx, out);
        std::printf("  rule %-39s %10.2f ms\n", std::string(rule->id()).c_str(), ms(Clock::now() - a));
    }
    return 0;
}
