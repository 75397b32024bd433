#pragma once
// The floor's band colours (FloorScene.h bandColours, one table) for QML: Theme.loadColour, the legends
// and the bars colour by these, as FloorCanvas and the PDF paint racks with them. Bands are
// model/PowerBand.h LoadBand as ints (Planner.loadBand): 0 none, 1 up to the line, 2 above it, 3 over budget.
#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace pod {

class LoadColours : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QColor none READ none CONSTANT)
    Q_PROPERTY(QColor ok READ ok CONSTANT)
    Q_PROPERTY(QColor warning READ warning CONSTANT)
    Q_PROPERTY(QColor over READ over CONSTANT)
public:
    using QObject::QObject;

    Q_INVOKABLE QColor colour(int band) const;  // the band's own colour (legend text, bars)
    Q_INVOKABLE QColor fill(int band) const;    // a rack footprint of the band, as the floor paints it
    QColor none() const { return colour(0); }
    QColor ok() const { return colour(1); }
    QColor warning() const { return colour(2); }
    QColor over() const { return colour(3); }
};

}  // namespace pod
