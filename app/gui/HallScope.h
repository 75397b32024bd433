#pragma once
// Which part of a site (Project::halls) the floor and the totals show: the whole site or one hall. View
// state, not an edit: never on the undo stack or in the file; it stays through edits and undo and goes back
// to the site when another project is opened (Document::projectReplaced). For the site overview it labels
// every hall with its racks, GPUs and IT power, summed after each edit from the checker's per-rack totals.
// A project without halls has one scope, the room: no switcher is shown.
#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <string>

#include "HallRackFilter.h"

namespace pod {

class Document;
class RackListModel;

class HallScope : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Planner.halls is the hall scope")
    Q_PROPERTY(bool hasHalls READ hasHalls NOTIFY hallsChanged)
    Q_PROPERTY(QStringList names READ names NOTIFY hallsChanged)  // "Site", then each hall's name in project order
    Q_PROPERTY(int index READ index WRITE setIndex NOTIFY scopeChanged)  // into names: 0 the site, k hall k
    Q_PROPERTY(QString hallId READ hallId NOTIFY scopeChanged)  // "" for the site (and without halls)
    Q_PROPERTY(QString name READ name NOTIFY scopeChanged)      // "Site" or the hall's name; "" without halls
    // What the floor draws as the room and fits to: the hall's outline, else the room's (site) outline.
    Q_PROPERTY(QVariantList outline READ outline NOTIFY scopeChanged)  // [QPointF] mm
    Q_PROPERTY(QVariantList keepouts READ keepouts NOTIFY scopeChanged)  // [{id, name, kind, points}] inside it
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY scopeChanged)  // mm
    // Every hall for the site overview: [{id, name, detail: "18 racks · 512 GPUs · 695.9 kW IT max", points}].
    Q_PROPERTY(QVariantList overview READ overview NOTIFY overviewChanged)
    // The racks shown: RackListModel's rows of the hall, or all of them.
    Q_PROPERTY(QAbstractItemModel* racks READ racks CONSTANT)
public:
    HallScope(const Document& document, RackListModel& racks, QObject* parent = nullptr);

    bool hasHalls() const;
    QStringList names() const;
    int index() const;
    void setIndex(int index);
    QString hallId() const { return QString::fromStdString(hallId_); }
    const std::string& hallKey() const { return hallId_; }
    QString name() const;
    QVariantList outline() const;
    QVariantList keepouts() const;
    QRectF bounds() const;
    QVariantList overview() const { return overview_; }
    QAbstractItemModel* racks() { return &racks_; }

    // Ctrl+PgDown / Ctrl+PgUp: the next or previous scope, wrapping from the last hall to the site.
    Q_INVOKABLE void next() { step(1); }
    Q_INVOKABLE void previous() { step(-1); }
    // The scope index of the hall whose outline holds (x, y) mm, or -1.
    Q_INVOKABLE int hallAt(double xMm, double yMm) const;
    // The scope index of a rack's hall, or -1 (no such rack, or it stands in no hall).
    Q_INVOKABLE int indexOfRack(const QString& rackId) const;

    // The project was replaced: back to the site (quietly: the projectReset that follows calls refresh()).
    void forgetHall() { hallId_.clear(); }
    // After projectReset: the halls may have changed; a hall that is gone leaves the site shown.
    void refresh();
    // After an edit: the overview's labels.
    void updateOverview();

signals:
    void hallsChanged();
    void scopeChanged();
    void overviewChanged();

private:
    void step(int delta);
    void setHall(std::string id);

    const Document& document_;
    HallRackFilter racks_;
    std::string hallId_;
    QVariantList overview_;
};

}  // namespace pod
