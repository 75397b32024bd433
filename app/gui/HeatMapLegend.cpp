#include "HeatMapLegend.h"

#include "FloorScene.h"

namespace pod {

namespace {
QString kw(double v) { return QString::number(v, 'g', 4); }
}  // namespace

QVariantList HeatMapLegend::densitySteps() {
    QVariantList out;
    const auto& steps = heatDensitySteps();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QString label;
        if (i == 0) label = tr("no heat");
        else if (i == 1) label = tr("< %1").arg(kw(steps[2].fromKwPerM2));
        else if (i + 1 < steps.size()) label = tr("%1–%2").arg(kw(steps[i].fromKwPerM2), kw(steps[i + 1].fromKwPerM2));
        else label = tr("≥ %1 kW/m²").arg(kw(steps[i].fromKwPerM2));
        out << QVariantMap{{"fill", steps[i].fill}, {"label", label}};
    }
    return out;
}

QColor HeatMapLegend::liquid() { return liquidHeatColour(); }
QColor HeatMapLegend::air() { return airHeatColour(); }
QColor HeatMapLegend::liquidPipe() { return coolingPipeColour(CoolingMedium::Liquid); }
QColor HeatMapLegend::airPipe() { return coolingPipeColour(CoolingMedium::Air); }

}  // namespace pod
