#pragma once
// The racks of the scope shown (HallScope): every rack for the site (and without halls), else one hall's,
// as the totals panel's kW-per-rack list shows them. Rows follow RackListModel's edits; a rack moved into
// another hall leaves or joins.
#include <QSortFilterProxyModel>

namespace pod {

class RackListModel;

class HallRackFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit HallRackFilter(RackListModel& racks, QObject* parent = nullptr);
    void setHall(const QString& hall);  // "" every rack

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const RackListModel& racks_;
    QString hall_;
};

}  // namespace pod
