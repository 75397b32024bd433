#pragma once
// A floor that is looked at, not edited: a project's FloorScene (the same racks, shapes and colours the
// PDF draws) and the rack to outline. The comparison view's two sides each hand one to a FloorCanvas in
// place of a RackListModel.
#include <QObject>
#include <QRectF>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "FloorScene.h"

namespace pod {

class FloorSnapshot : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Floor snapshots come from the CompareController")
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY changed)      // room and racks, mm
    Q_PROPERTY(int rackCount READ rackCount NOTIFY changed)
    Q_PROPERTY(QString outlined READ outlined NOTIFY changed)  // the rack drawn outlined ("" none)
public:
    using QObject::QObject;

    void set(FloorScene scene, const QString& outlinedRack);
    void clear() { set({}, {}); }
    const FloorScene& scene() const { return scene_; }
    QRectF bounds() const { return bounds_; }
    int rackCount() const { return int(scene_.racks.size()); }
    QString outlined() const { return outlined_; }

signals:
    void changed();

private:
    FloorScene scene_;
    QRectF bounds_;
    QString outlined_;
};

}  // namespace pod
