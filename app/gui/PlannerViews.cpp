// What the Planner shows of the room: outline, keep-outs, bounds, cooling options, the power warning line.
#include <algorithm>
#include "Planner.h"

#include "Geometry.h"
#include "PowerBand.h"
#include "ProjectDefaults.h"
#include "Rule.h"
#include "TextFormat.h"
#include "Totals.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

QVariantList Planner::roomOutline() const {
    QVariantList points;
    for (const auto& pt : document_.project().room.outline) points << QPointF(double(pt.x), double(pt.y));
    return points;
}

QVariantList Planner::keepouts() const {
    QVariantList list;
    for (const auto& k : document_.project().room.keepouts) {
        QVariantList points;
        for (const auto& pt : k.outline) points << QPointF(double(pt.x), double(pt.y));
        list << QVariantMap{{"id", q(k.id)}, {"name", q(k.name.empty() ? k.id : k.name)}, {"kind", q(k.kind)}, {"points", points}};
    }
    return list;
}

double Planner::powerWarningFraction() const { return pod::powerWarningFraction(document_.project().settings); }
int Planner::loadBand(double fraction) const { return int(pod::loadBand(fraction, powerWarningFraction())); }
QString Planner::powerWarningText() const { return QString::fromStdString(warningLineText(powerWarningFraction())); }

QRectF Planner::roomBounds() const {
    const auto& outline = document_.project().room.outline;
    if (outline.empty()) return {};
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    for (const auto& pt : outline) {
        x0 = std::min(x0, double(pt.x));
        y0 = std::min(y0, double(pt.y));
        x1 = std::max(x1, double(pt.x));
        y1 = std::max(y1, double(pt.y));
    }
    return QRectF(x0, y0, x1 - x0, y1 - y0);
}

double Planner::maxRackBudgetKw() const { return defaults::kMaxRackBudgetW / 1000.0; }

QVariantList Planner::coolingOptions() const {
    QVariantList list;
    for (const auto& [id, c] : catalog_.coolingOptions())
        list << QVariantMap{{"id", q(id)}, {"name", q(c.model + " (" + fmtGrouped(c.airKw, 0) + " kW air" +
                                                      (c.liquidKw > 0 ? ", " + fmtGrouped(c.liquidKw, 0) + " kW liquid" : "") + ")")}};
    return list;
}

}  // namespace pod
