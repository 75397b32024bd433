#pragma once
// File → New pod…: the choices the dialog offers (GPU nodes, racks, cooling options and fabrics from
// the catalog) and the pod generator (model/generator) run on them; the result opens as a new, unsaved
// document, exactly what `podplanner generate` would write.
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "generator/PodGenerator.h"

class QQmlEngine;
class QJSEngine;

namespace pod {

class Planner;

class NewPodController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList nodeModels READ nodeModels CONSTANT)     // [{id, label}]
    Q_PROPERTY(QVariantList rackModels READ rackModels CONSTANT)     // [{id, label}]
    Q_PROPERTY(QVariantList coolingOptions READ coolingOptions CONSTANT)  // [{id, label}], "" = cheapest per rack
    Q_PROPERTY(QVariantList fabrics READ fabrics CONSTANT)           // [{id, label}], "" = by node port speed
    Q_PROPERTY(QString defaultNode READ defaultNode CONSTANT)
    // What an automatic budget means: "automatic: load ≤ 80 %, in 5 kW steps" (model/generator/Sizing.h).
    Q_PROPERTY(QString automaticBudgetText READ automaticBudgetText CONSTANT)
    Q_PROPERTY(QString defaultRack READ defaultRack CONSTANT)
public:
    explicit NewPodController(Planner* planner, QObject* parent = nullptr);
    static NewPodController* create(QQmlEngine*, QJSEngine*);

    QVariantList nodeModels() const;
    QVariantList rackModels() const;
    QVariantList coolingOptions() const;
    QVariantList fabrics() const;
    QString defaultNode() const;
    QString automaticBudgetText() const;
    QString defaultRack() const;

    // options: node, nodes, perRack, rack, cooling, budgetKw (0 or absent = automatic), fabric.
    // preview: what would be generated (one line) or "Cannot generate: <reason>".
    Q_INVOKABLE QString preview(const QVariantMap& options) const;
    // Generates and opens the pod as a new unsaved document; "" or the reason.
    Q_INVOKABLE QString generate(const QVariantMap& options);

private:
    GeneratorOptions toOptions(const QVariantMap& options) const;
    Planner* planner_;
};

}  // namespace pod
