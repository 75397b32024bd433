#pragma once
// The open project's cooling units as the planner's floor draws them (FloorScene.h FloorCoolingUnit: box,
// load band, pipes to the racks served), rebuilt after every edit; and the painting of those units,
// shared by the planner's floor and the comparison view's (FloorCanvas). QML reaches it as the
// CoolingFloor singleton; FloorCanvas reads the units straight from C++.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "FloorScene.h"

class QPainter;
class QQmlEngine;
class QJSEngine;

namespace pod {

class Document;

class CoolingFloor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY changed)  // units drawn
public:
    explicit CoolingFloor(const Document& document, QObject* parent = nullptr);
    static CoolingFloor* create(QQmlEngine* engine, QJSEngine*);

    const std::vector<FloorCoolingUnit>& units() const;  // rebuilt when read after a change
    int count() const { return int(units().size()); }

signals:
    void changed();

private:
    const Document& document_;
    mutable std::vector<FloorCoolingUnit> units_;
    mutable bool dirty_ = true;
};

// Pipes (liquid: solid, air: dashed), then each unit's box in its load band's fill with name, type and
// load % as far as they fit; `toPx` maps floor mm to pixels; `selected` is drawn outlined with heavier pipes.
void paintCoolingUnits(QPainter* painter, const std::vector<FloorCoolingUnit>& units, const QTransform& toPx, const QString& selected);

}  // namespace pod
