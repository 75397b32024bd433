#pragma once
// Which racks the elevation strip draws: the selected racks (or the racks of selected devices), else the
// first racks of the project (of the hall shown, on a site); never more than `limit` (each rack is two faces of QML items: a whole
// hall of them is gigabytes). The strip's caption says what is left out. `part` splits that in two for the strip,
// which keeps the first racks' elevations alive (hidden) while a selection shows: FirstRacks ignores the selection,
// Selection accepts nothing without one; Both (the default) is what the strip shows, for its caption: it only counts
// (shown, candidates) and has no rows, as no view draws it.
// A list of at most `limit` rows of the rack model, kept in its order and changed row by row (views keep the delegates
// of racks that stay): a QSortFilterProxyModel asked every one of the campus's 36,864 racks again on each click.
#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "RackListModel.h"

namespace pod {

class ElevationFilter : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pod::RackListModel* racks READ racks WRITE setRacks NOTIFY changed)
    Q_PROPERTY(QStringList selectedRacks READ selectedRacks WRITE setSelectedRacks NOTIFY changed)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY changed)
    Q_PROPERTY(QString hall READ hall WRITE setHall NOTIFY changed)  // HallScope.hallId: without a selection, its racks
    Q_PROPERTY(Part part READ part WRITE setPart NOTIFY changed)
    Q_PROPERTY(int shown READ shown NOTIFY countsChanged)            // racks the strip shows (this model's rows, but for Both)
    Q_PROPERTY(int candidates READ candidates NOTIFY countsChanged)  // selected racks, or all racks if none
    // Selection: with nothing selected, keep the last selected racks' rows (`parked` says so) instead of none, so that
    // the next selection rewrites a delegate in place instead of making one (a rack's two faces: ~14 ms on a hall).
    Q_PROPERTY(bool parksWhenEmpty READ parksWhenEmpty WRITE setParksWhenEmpty NOTIFY changed)
    Q_PROPERTY(bool parked READ parked NOTIFY countsChanged)
public:
    enum Part { Both, FirstRacks, Selection };
    Q_ENUM(Part)
    explicit ElevationFilter(QObject* parent = nullptr);

    RackListModel* racks() const { return racks_; }
    void setRacks(RackListModel* racks);
    QStringList selectedRacks() const { return selected_; }
    void setSelectedRacks(const QStringList& ids);
    int limit() const { return limit_; }
    void setLimit(int limit);
    QString hall() const { return hall_; }
    void setHall(const QString& hall);
    Part part() const { return part_; }
    void setPart(Part part);
    int shown() const { return part_ == Both ? shownBoth_ : rowCount(); }
    int candidates() const;
    bool parksWhenEmpty() const { return parks_; }
    void setParksWhenEmpty(bool parks);
    bool parked() const { return parking() && !rows_.empty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();
    void countsChanged();

private:
    void refilter();
    std::vector<int> wantedRows();  // ascending rows of the rack model; counts hallRacks_
    void sourceDataChanged(const QModelIndex& first, const QModelIndex& last, const QList<int>& roles);
    bool useSelection() const { return part_ != FirstRacks && !selected_.isEmpty(); }
    bool parking() const { return part_ == Selection && parks_ && selected_.isEmpty(); }

    QPointer<RackListModel> racks_;
    QStringList selected_;
    int limit_ = 16;
    Part part_ = Both;
    QString hall_;
    int hallRacks_ = 0;  // racks in hall_
    int shownBoth_ = 0;  // Both: what FirstRacks and Selection together show
    std::vector<int> rows_;  // rows of the rack model shown, ascending
    QStringList ids_;        // their racks' ids
    bool parks_ = false;
    QStringList parked_;     // the racks shown when the selection was last not empty (parksWhenEmpty)
};

}  // namespace pod
