#include "PowerBand.h"

#include <cmath>

#include "Project.h"
#include "TextFormat.h"

namespace pod {

double powerWarningFraction(std::optional<double> warningPercent) {
    return warningPercent.value_or(kDefaultPowerWarningPercent) / 100.0;
}

double powerWarningFraction(const ProjectSettings& settings) { return powerWarningFraction(settings.powerWarningPercent); }

LoadBand loadBand(double fraction, double warningFraction) {
    if (!(fraction > 0)) return LoadBand::None;
    if (fraction > 1.0) return LoadBand::Over;
    if (fraction > warningFraction) return LoadBand::Warning;
    return LoadBand::Ok;
}

std::string warningLineText(double warningFraction) {
    const double percent = warningFraction * 100;
    const bool whole = std::fabs(percent - std::round(percent)) < 1e-9;
    return (whole ? fmtFixed(percent, 0) : fmtFixed(percent, 1)) + " %";
}

}  // namespace pod
