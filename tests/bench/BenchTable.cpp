#include "BenchTable.h"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pod::bench {

std::string fmtMs(double ms) {
    char buf[64];
    std::snprintf(buf, sizeof buf, ms < 10 ? "%.3f ms" : "%.1f ms", ms);
    return buf;
}

void TargetTable::time(const std::string& what, double measuredMs, double limitMs) {
    rows_.push_back({what, "<= " + fmtMs(limitMs), fmtMs(measuredMs), measuredMs <= limitMs, false});
}

void TargetTable::info(const std::string& what, const std::string& measured) {
    rows_.push_back({what, "-", measured, true, true});
}

int TargetTable::print(const std::string& title) const {
    std::size_t w = 6;
    for (const auto& r : rows_) w = std::max(w, r.what.size());
    std::printf("\n%s\n", title.c_str());
    std::printf("%-*s | %-12s | %-14s | ok\n", int(w), "target", "limit", "measured");
    std::printf("%s\n", std::string(w + 40, '-').c_str());
    int missed = 0;
    for (const auto& r : rows_) {
        const char* ok = r.informational ? "-" : r.ok ? "yes" : "NO";
        missed += !r.informational && !r.ok;
        std::printf("%-*s | %-12s | %-14s | %s\n", int(w), r.what.c_str(), r.target.c_str(), r.measured.c_str(), ok);
    }
    std::printf("%d target(s) missed\n", missed);
    std::fflush(stdout);
    return missed;
}

double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;  // Linux reports KiB
}

double percentile(std::vector<double>& values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

}  // namespace pod::bench
