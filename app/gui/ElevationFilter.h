#pragma once
// Which racks the elevation strip draws: the selected racks (or the racks of selected devices), else the
// first racks of the project (of the hall shown, on a site); never more than `limit` (each rack is two faces of QML items: a whole
// hall of them is gigabytes). The strip's caption says what is left out.
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "RackListModel.h"

namespace pod {

class ElevationFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pod::RackListModel* racks READ racks WRITE setRacks NOTIFY changed)
    Q_PROPERTY(QStringList selectedRacks READ selectedRacks WRITE setSelectedRacks NOTIFY changed)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY changed)
    Q_PROPERTY(QString hall READ hall WRITE setHall NOTIFY changed)  // HallScope.hallId: without a selection, its racks
    Q_PROPERTY(int shown READ shown NOTIFY countsChanged)       // rows this model has
    Q_PROPERTY(int candidates READ candidates NOTIFY countsChanged)  // selected racks, or all racks if none
public:
    explicit ElevationFilter(QObject* parent = nullptr);

    RackListModel* racks() const { return racks_; }
    void setRacks(RackListModel* racks);
    QStringList selectedRacks() const { return selected_; }
    void setSelectedRacks(const QStringList& ids);
    int limit() const { return limit_; }
    void setLimit(int limit);
    QString hall() const { return hall_; }
    void setHall(const QString& hall);
    int shown() const { return rowCount(); }
    int candidates() const;

signals:
    void changed();
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QPointer<RackListModel> racks_;
    QStringList selected_;
    QSet<QString> accepted_;  // with a selection: its first `limit` racks; without, in a hall: the hall's first
    int limit_ = 16;
    QString hall_;
    int hallRacks_ = 0;  // racks in hall_
};

}  // namespace pod
