#include "ElevationFilter.h"

namespace pod {

ElevationFilter::ElevationFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    auto recount = [this] { emit countsChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
}

void ElevationFilter::setRacks(RackListModel* racks) {
    if (racks_ == racks) return;
    racks_ = racks;
    setSourceModel(racks);
    if (racks) {
        // Without a selection the first `limit` rows show: rows added or removed shift which those are.
        connect(racks, &QAbstractItemModel::rowsInserted, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::rowsRemoved, this, &ElevationFilter::refilter);
        connect(racks, &QAbstractItemModel::modelReset, this, &ElevationFilter::refilter);
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

void ElevationFilter::refilter() {
    accepted_.clear();
    hallRacks_ = 0;
    if (useSelection())
        for (qsizetype i = 0; i < selected_.size() && i < limit_; ++i) accepted_.insert(selected_[i]);
    else if (part_ != Selection && !hall_.isEmpty() && racks_)
        for (int i = 0; i < racks_->rowCount(); ++i)
            if (racks_->rowAt(i).hall == hall_ && ++hallRacks_ <= limit_) accepted_.insert(racks_->rowAt(i).id);
    invalidateFilter();
    emit countsChanged();
}

bool ElevationFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!racks_ || sourceRow >= racks_->rowCount()) return false;
    if (!useSelection() && part_ == Selection) return false;
    if (!useSelection() && hall_.isEmpty()) return sourceRow < limit_;
    return accepted_.contains(racks_->rowAt(sourceRow).id);
}

}  // namespace pod
