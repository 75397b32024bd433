#include "ElevationFilter.h"

#include <algorithm>

namespace pod {

ElevationFilter::ElevationFilter(QObject* parent) : QAbstractListModel(parent) {
    auto recount = [this] { emit countsChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
}

void ElevationFilter::setRacks(RackListModel* racks) {
    if (racks_ == racks) return;
    if (racks_) disconnect(racks_, nullptr, this, nullptr);
    beginResetModel();
    racks_ = racks;
    rows_.clear();
    ids_.clear();
    endResetModel();
    if (racks) {
        // Without a selection the first `limit` rows show: rows added or removed shift which those are.
        connect(racks, &QAbstractItemModel::rowsInserted, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::rowsRemoved, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::rowsMoved, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::modelReset, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::layoutChanged, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::dataChanged, this, &ElevationFilter::sourceDataChanged);
    }
    refilter();
    emit changed();
}

void ElevationFilter::setSelectedRacks(const QStringList& ids) {
    if (ids == selected_) return;
    selected_ = ids;
    if (part_ != FirstRacks) refilter();  // the first racks do not follow the selection
    emit changed();
}

void ElevationFilter::setPart(Part part) {
    if (part == part_) return;
    part_ = part;
    refilter();
    emit changed();
}

void ElevationFilter::setLimit(int limit) {
    limit = std::max(1, limit);
    if (limit == limit_) return;
    limit_ = limit;
    refilter();
    emit changed();
}

void ElevationFilter::setParksWhenEmpty(bool parks) {
    if (parks == parks_) return;
    parks_ = parks;
    refilter();
    emit changed();
}

void ElevationFilter::setHall(const QString& hall) {
    if (hall == hall_) return;
    hall_ = hall;
    refilter();
    emit changed();
}

int ElevationFilter::candidates() const {
    if (useSelection()) return int(selected_.size());
    if (part_ == Selection) return 0;
    if (!hall_.isEmpty()) return hallRacks_;
    return racks_ ? racks_->rowCount() : 0;
}

std::vector<int> ElevationFilter::wantedRows() {
    std::vector<int> rows;
    hallRacks_ = 0;
    if (!racks_) return rows;
    const int n = racks_->rowCount();
    if (useSelection() || parking()) {
        const QStringList& wanted = parking() ? parked_ : selected_;
        // The selection's first `limit` racks, by the rack model's index (not a pass over every rack), in its order.
        for (qsizetype i = 0; i < wanted.size() && i < limit_; ++i)
            if (int r = racks_->rowOf(wanted[i]); r >= 0) rows.push_back(r);
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    } else if (part_ != Selection && !hall_.isEmpty()) {
        for (int i = 0; i < n; ++i)
            if (racks_->rowAt(i).hall == hall_ && ++hallRacks_ <= limit_) rows.push_back(i);
    } else if (part_ != Selection) {
        for (int i = 0; i < std::min(n, limit_); ++i) rows.push_back(i);
    }
    return rows;
}

void ElevationFilter::refilter() {
    std::vector<int> next = wantedRows();
    if (part_ == Both) {  // counted, not shown
        shownBoth_ = int(next.size());
        next.clear();
    }
    QStringList nextIds;
    for (int r : next) nextIds << racks_->rowAt(r).id;
    // From the old racks to the new, both in the rack model's order: remove what goes, then insert what comes, a row
    // at a time, so that a view keeps the delegates of the racks that stay. By id, not row: rows added or removed
    // before them shift the rows of racks that stay.
    const QSet<QString> keep(nextIds.begin(), nextIds.end());
    // A rack that goes where one comes (one selected rack for another) is rewritten in place: the view keeps the
    // delegate and refills it, which costs a fraction of destroying one rack's two faces and making another's.
    {
        const QSet<QString> had(ids_.begin(), ids_.end());
        for (qsizetype k = 0; k < std::min(ids_.size(), nextIds.size()); ++k)
            if (ids_[k] != nextIds[k] && !keep.contains(ids_[k]) && !had.contains(nextIds[k])) {
                ids_[k] = nextIds[k];
                rows_[std::size_t(k)] = next[std::size_t(k)];
                emit dataChanged(index(int(k)), index(int(k)));
            }
    }
    for (qsizetype i = ids_.size() - 1; i >= 0; --i)
        if (!keep.contains(ids_[i])) {
            beginRemoveRows({}, int(i), int(i));
            ids_.removeAt(i);
            rows_.erase(rows_.begin() + i);
            endRemoveRows();
        }
    for (qsizetype k = 0; k < nextIds.size(); ++k)
        if (k >= ids_.size() || ids_[k] != nextIds[k]) {
            beginInsertRows({}, int(k), int(k));
            ids_.insert(k, nextIds[k]);
            rows_.insert(rows_.begin() + k, next[std::size_t(k)]);
            endInsertRows();
        }
    if (ids_ != nextIds) {  // the racks that stay changed order: start again
        beginResetModel();
        ids_ = nextIds;
        rows_ = next;
        endResetModel();
    }
    rows_ = next;  // the rows of racks that stayed may have moved
    if (!parking()) parked_ = ids_;
    emit countsChanged();
}

void ElevationFilter::sourceDataChanged(const QModelIndex& first, const QModelIndex& last, const QList<int>& roles) {
    auto from = std::lower_bound(rows_.begin(), rows_.end(), first.row());
    auto to = std::upper_bound(rows_.begin(), rows_.end(), last.row());
    if (from == to) return;
    emit dataChanged(index(int(from - rows_.begin())), index(int(to - rows_.begin()) - 1), roles);
}

int ElevationFilter::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant ElevationFilter::data(const QModelIndex& index, int role) const {
    if (!racks_ || !index.isValid() || index.row() >= int(rows_.size())) return {};
    return racks_->data(racks_->index(rows_[std::size_t(index.row())]), role);
}

QHash<int, QByteArray> ElevationFilter::roleNames() const { return racks_ ? racks_->roleNames() : QHash<int, QByteArray>{}; }

}  // namespace pod
