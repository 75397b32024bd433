#include "RackListModel.h"

#include <unordered_map>

#include "Rule.h"
#include "TextFormat.h"

namespace pod {

RackListModel::RackListModel(QObject* parent) : QAbstractListModel(parent) {}

int RackListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant RackListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case RackIdRole: return r.id;
    case ModelNameRole: return r.modelName;
    case UHeightRole: return r.uHeight;
    case PowerTextRole: return r.powerText;
    case PowerFractionRole: return r.powerFraction;
    case GpusRole: return r.gpus;
    case DevicesRole: return r.devices;
    }
    return {};
}

QHash<int, QByteArray> RackListModel::roleNames() const {
    return {{RackIdRole, "rackId"},     {NameRole, "name"},   {ModelNameRole, "modelName"},
            {UHeightRole, "uHeight"},   {PowerTextRole, "powerText"}, {PowerFractionRole, "powerFraction"},
            {GpusRole, "gpus"},         {DevicesRole, "devices"}};
}

void RackListModel::reset(const Project& project, const Catalog& catalog, const ProjectTotals& totals) {
    beginResetModel();
    rows_.clear();
    std::unordered_map<std::string, const RackTotals*> rackTotals;
    for (const auto& t : totals.perRack) rackTotals[t.rackId] = &t;
    std::unordered_map<std::string, QVariantList> devices;
    for (const auto& d : project.layout.devices) {
        const Equipment* e = catalog.equipment(d.catalogId);
        if (!e) continue;
        devices[d.rack].append(QVariantMap{{"id", QString::fromStdString(d.id)},
                                           {"name", QString::fromStdString(deviceLabel(d))},
                                           {"kind", QString::fromUtf8(kindKey(e->kind).data())},
                                           {"model", QString::fromStdString(e->vendor + " " + e->model)},
                                           {"u", d.u},
                                           {"height", e->uHeight},
                                           {"face", QString(d.face == Face::Rear ? "rear" : "front")},
                                           {"fullDepth", e->fullDepth}});
    }
    for (const auto& rack : project.layout.racks) {
        Row row;
        row.id = QString::fromStdString(rack.id);
        row.name = QString::fromStdString(rack.name);
        const RackModel* model = catalog.rack(rack.model);
        row.modelName = model ? QString::fromStdString(model->vendor + " " + model->model) : row.id;
        row.uHeight = model ? model->uHeight : 0;
        if (const RackTotals* t = rackTotals[rack.id]) {
            row.powerText = QString::fromStdString(fmtKw(t->sum.maxW) + " / " + fmtKw(rack.powerBudgetW));
            row.powerFraction = rack.powerBudgetW > 0 ? t->sum.maxW / rack.powerBudgetW : 0.0;
            row.gpus = t->sum.gpus;
        }
        row.devices = devices[rack.id];
        rows_.append(row);
    }
    endResetModel();
}

}  // namespace pod
