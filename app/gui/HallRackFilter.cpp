#include "HallRackFilter.h"

#include "RackListModel.h"

namespace pod {

HallRackFilter::HallRackFilter(RackListModel& racks, QObject* parent) : QSortFilterProxyModel(parent), racks_(racks) {
    setSourceModel(&racks);
}

void HallRackFilter::setHall(const QString& hall) {
    if (hall == hall_) return;
    hall_ = hall;
    invalidateFilter();
}

bool HallRackFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    return hall_.isEmpty() || racks_.rowAt(sourceRow).hall == hall_;
}

}  // namespace pod
