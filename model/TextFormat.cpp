#include "TextFormat.h"

#include <cmath>
#include <cstdio>

namespace pod {

std::string fmtFixed(double value, int decimals) {
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0.0;  // never print "-0.0"
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string fmtU(double u) {
    return std::fmod(u, 1.0) == 0 ? std::to_string(static_cast<long long>(u)) : fmtFixed(u, 1);
}

std::string fmtGrouped(double value, int decimals) {
    std::string s = fmtFixed(std::fabs(value), decimals);
    std::size_t dot = s.find('.');
    std::string whole = s.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : s.substr(dot);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
        out += whole[i];
    }
    bool negative = value < 0 && fmtFixed(value, decimals) != fmtFixed(0.0, decimals);
    return (negative ? "-" : "") + out + frac;
}

std::string fmtSpeed(double gbps) {
    if (gbps < 1.0) return fmtGrouped(gbps * 1000.0) + " Mb/s";
    return fmtGrouped(gbps, std::fmod(gbps, 1.0) == 0 ? 0 : 1) + " Gb/s";
}

std::string fmtKw(double watts) { return fmtGrouped(watts / 1000.0, 1) + " kW"; }

std::string fmtTflops(double tflops) {
    if (tflops >= 1000.0) return fmtGrouped(tflops / 1000.0, 1) + " PFLOPS";
    return fmtGrouped(tflops, 1) + " TFLOPS";
}

}  // namespace pod

namespace pod {

std::string fmtThroughput(Precision precision, double tera) {
    std::string s = fmtTflops(tera);
    if (precision == Precision::Int8) s.replace(s.find("FLOPS"), 5, "OPS");
    return s;
}

}  // namespace pod
