#pragma once
// Number formatting shared by messages, the command line and the GUI, so every view prints a figure
// the same way.
#include <string>

#include "Precision.h"

namespace pod {

std::string fmtU(double u);                        // "12" or "12.5"
std::string fmtFixed(double value, int decimals);  // "40.80"
std::string fmtGrouped(double value, int decimals = 0);  // "326,400" / "1,978.9"
std::string fmtSpeed(double gbps);                   // "400 Gb/s", "100 Mb/s"
std::string fmtKw(double watts);                    // "40.8 kW"
std::string fmtTflops(double tflops);               // "253.4 PFLOPS" / "989.4 TFLOPS"
// Throughput of one precision: FLOPS, or OPS for integer precisions ("506.6 POPS").
std::string fmtThroughput(Precision precision, double tera);

}  // namespace pod
