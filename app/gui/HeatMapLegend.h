#pragma once
// The floor's heat-map colours for QML legends (FloorScene.h heatDensitySteps, liquidHeatColour,
// airHeatColour, coolingPipeColour): the legend swatches are the colours FloorCanvas paints racks with,
// and the step labels come from the step table, so the scale cannot drift from the picture.
#include <QColor>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pod {

class HeatMapLegend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{fill, label}] lowest first: "no heat", "< 10", "10–25", …, "≥ 200 kW/m²".
    Q_PROPERTY(QVariantList densitySteps READ densitySteps CONSTANT)
    Q_PROPERTY(QColor liquid READ liquid CONSTANT)
    Q_PROPERTY(QColor air READ air CONSTANT)
    Q_PROPERTY(QColor liquidPipe READ liquidPipe CONSTANT)
    Q_PROPERTY(QColor airPipe READ airPipe CONSTANT)
public:
    using QObject::QObject;

    static QVariantList densitySteps();
    static QColor liquid();
    static QColor air();
    static QColor liquidPipe();
    static QColor airPipe();
};

}  // namespace pod
