#pragma once
// The house style of every exported sheet: type sizes, line weights, the grey ink and the restrained
// colour palette for device kinds, rack power utilisation and violation severities.
#include <string>
#include <string_view>
#include <vector>

#include <QColor>
#include <QString>

#include "Sheet.h"
#include "Violation.h"

namespace pod::style {

// Type sizes in points.
inline constexpr double kTitlePt = 20;
inline constexpr double kHeadingPt = 12;
inline constexpr double kSubheadingPt = 9.5;
inline constexpr double kBodyPt = 8;
inline constexpr double kTablePt = 7.5;
inline constexpr double kSmallPt = 6.5;
inline constexpr double kTinyPt = 5.5;
inline constexpr double kMinPt = 4.5;  // nothing smaller is printed

// Line weights in mm.
inline constexpr double kHeavyLine = 0.5;
inline constexpr double kMediumLine = 0.3;
inline constexpr double kThinLine = 0.18;
inline constexpr double kHairline = 0.1;

QColor ink();        // text and outlines
QColor grey();       // secondary text
QColor lightGrey();  // rules, grid
QColor paleGrey();   // table header and zebra fills

TextStyle text(double pt, bool bold = false);
TextStyle secondary(double pt, bool bold = false);

// Device kinds ("gpu_node", "switch", …): fill colour and label, in legend order.
QColor kindFill(std::string_view kind);
QString kindLabel(std::string_view kind);
const std::vector<std::string>& legendKinds();

// Rack power utilisation (max draw / budget) against the project's warning line (model/PowerBand.h), in
// the floor's band colours (FloorScene.h bandColours): up to the line, above it, over the budget; legend order.
struct UtilisationBand {
    QString label;
    QColor fill;
};
std::vector<UtilisationBand> utilisationBands(double warningFraction);
QColor utilisationFill(double ratio, double warningFraction);  // ratio < 0: no budget
QColor noBudgetFill();  // also a rack that draws nothing (LoadBand::None)

QColor severityColor(Severity severity);
QString severityLabel(Severity severity);

}  // namespace pod::style
