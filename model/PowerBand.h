#pragma once
// How loaded a rack (or the room) is against its power budget: the one place that draws the line. The
// power rules, totals, generator sizing, the planner's colours, bars and legends, the PDF and the compare
// view all ask here, so a rack at exactly the warning line is the same colour everywhere and the rule
// agrees: up to and including the line is fine; above it a warning; above the whole budget an error.
#include <optional>
#include <string>

namespace pod {

struct ProjectSettings;

inline constexpr double kDefaultPowerWarningPercent = 80;
inline constexpr double kMinPowerWarningPercent = 1;
inline constexpr double kMaxPowerWarningPercent = 100;

enum class LoadBand { None, Ok, Warning, Over };

// The project's warning line as a share of the budget (settings.power_warning_percent / 100; 0.8 unset).
double powerWarningFraction(const ProjectSettings& settings);
double powerWarningFraction(std::optional<double> warningPercent);

// None: nothing drawn or no budget (fraction ≤ 0); Ok: ≤ the line; Warning: above it, up to the budget;
// Over: above the budget.
LoadBand loadBand(double fraction, double warningFraction);

// "80 %", "72.5 %": the line as legends and messages print it.
std::string warningLineText(double warningFraction);

}  // namespace pod
