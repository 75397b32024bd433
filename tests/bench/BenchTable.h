#pragma once
// The table every benchmark prints: one row per target, "target | measured | ok", plus peak RSS.
#include <chrono>
#include <string>
#include <vector>

namespace pod::bench {

using Clock = std::chrono::steady_clock;
inline double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct TargetRow {
    std::string what;      // "full rule check"
    std::string target;    // "≤ 100 ms"
    std::string measured;  // "73.2 ms"
    bool ok = true;
    bool informational = false;  // no target: printed with "-" in the ok column
};

class TargetTable {
public:
    // A time against a limit in milliseconds.
    void time(const std::string& what, double measuredMs, double limitMs);
    // A number with no target (context for the reader).
    void info(const std::string& what, const std::string& measured);
    void add(TargetRow row) { rows_.push_back(std::move(row)); }
    // Prints the table to stdout; returns the number of missed targets.
    int print(const std::string& title) const;

private:
    std::vector<TargetRow> rows_;
};

std::string fmtMs(double ms);
double peakRssMb();  // getrusage(RUSAGE_SELF).ru_maxrss
// Nearest-rank percentile of `values` (sorted in place), p in [0, 100].
double percentile(std::vector<double>& values, double p);

}  // namespace pod::bench
