#include "RackListModel.h"

#include <algorithm>
#include <unordered_map>
#include <string_view>
#include <unordered_set>

#include "Geometry.h"
#include "PowerBand.h"
#include "Rule.h"
#include "TextFormat.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

RackListModel::RackListModel(QObject* parent) : QAbstractListModel(parent) {}

int RackListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

int RackListModel::rowOf(const QString& rackId) const {
    if (!rowIndexValid_) {
        rowOfId_.clear();
        rowOfId_.reserve(rows_.size());
        for (int i = int(rows_.size()) - 1; i >= 0; --i) rowOfId_.insert(rows_[i].id, i);  // the first row of an id wins
        rowIndexValid_ = true;
    }
    return rowOfId_.value(rackId, -1);
}

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
    case DevicesRole: return devicesOf(r);
    case XRole: return r.x;
    case YRole: return r.y;
    case WidthRole: return r.width;
    case DepthRole: return r.depth;
    case RotationRole: return r.rotation;
    case RowRole: return r.row;
    case ErrorsRole: return r.errors;
    case WarningsRole: return r.warnings;
    case SelectedRole: return isSelected(index.row());
    case SummaryRole: return r.summary;
    }
    return {};
}

QHash<int, QByteArray> RackListModel::roleNames() const {
    return {{RackIdRole, "rackId"},   {NameRole, "name"},         {ModelNameRole, "modelName"}, {UHeightRole, "uHeight"},
            {PowerTextRole, "powerText"}, {PowerFractionRole, "powerFraction"}, {GpusRole, "gpus"}, {DevicesRole, "devices"},
            {XRole, "xMm"},           {YRole, "yMm"},             {WidthRole, "widthMm"},     {DepthRole, "depthMm"},
            {RotationRole, "rotation"}, {RowRole, "row"},         {ErrorsRole, "errors"},     {WarningsRole, "warnings"},
            {SelectedRole, "selected"}, {SummaryRole, "summary"}};
}

const RackTotals* RackListModel::totalsOf(std::size_t k) const {
    // The checker keeps per-rack totals in project rack order.
    const auto& perRack = document_->checker().totals().perRack;
    const Rack& rack = document_->project().layout.racks[k];
    return k < perRack.size() && perRack[k].rackId == rack.id ? &perRack[k] : nullptr;
}

RackListModel::Row RackListModel::build(std::size_t k) const {
    return build(document_->project().layout.racks[k], totalsOf(k));
}

RackListModel::Row RackListModel::build(const Rack& rack, const RackTotals* totals) const {
    const Catalog& catalog = document_->catalog();
    Row row;
    row.key = rack.id;
    row.id = q(rack.id);
    row.name = q(rack.name);
    row.row = q(rack.row);
    row.hall = q(rack.hall);
    row.rotation = rack.rotation;
    const RackModel* model = catalog.rack(rack.model);
    row.modelName = model ? q(model->vendor + " " + model->model) : q(rack.model);
    row.uHeight = model ? model->uHeight : 0;
    if (model) {
        geo::Box box = geo::rackFootprint(rack, *model);
        row.x = double(rack.position.x);
        row.y = double(rack.position.y);
        row.width = box.max_corner().x() - box.min_corner().x();
        row.depth = box.max_corner().y() - box.min_corner().y();
    }
    row.floor = floorRack(rack, model, totals, powerWarningFraction(document_->project().settings));
    if (totals) {
        const RackTotals& t = *totals;
        row.powerText = q(fmtKw(t.sum.maxW) + " / " + fmtKw(rack.powerBudgetW));
        row.powerFraction = rack.powerBudgetW > 0 ? t.sum.maxW / rack.powerBudgetW : 0.0;
        row.gpus = t.sum.gpus;
        const CoolingOption* c = catalog.cooling(rack.cooling);
        row.summary = q(fmtKw(t.sum.maxW) + " of " + fmtKw(rack.powerBudgetW) + " · " + (c ? c->model : rack.cooling) + " · " +
                        fmtGrouped(t.totalWeightKg(), 0) + " of " + fmtGrouped(model ? model->maxLoadKg : 0, 0) + " kg · " +
                        fmtU(t.uFree()) + " U free");
    }
    return row;
}

QVariantList RackListModel::devicesOf(const Row& row) const {
    QVariantList out;
    const CheckContext* context = document_ ? document_->checker().context() : nullptr;
    if (!context) return out;
    const Catalog& catalog = document_->catalog();
    for (const Device* dp : context->devicesIn(row.key)) {  // project order
        const Device& d = *dp;
        const Equipment* e = catalog.equipment(d.catalogId);
        if (!e) continue;
        out.append(QVariantMap{{"id", q(d.id)},
                               {"name", q(deviceLabel(d))},
                               {"kind", q(std::string(kindKey(e->kind)))},
                               {"model", q(e->vendor + " " + e->model)},
                               {"u", d.u},
                               {"height", e->uHeight},
                               {"face", QString(d.face == Face::Rear ? "rear" : "front")},
                               {"fullDepth", e->fullDepth},
                               {"kw", q(fmtKw(e->maxW))}});
    }
    return out;
}

void RackListModel::refreshViolationCounts() {
    // Per rack row, not per item id: a hall has ~16,000 findings naming racks and devices; a map keyed
    // by every id (string copies, tree compares) was 9 % of an edit.
    std::unordered_map<std::string_view, int> rowOfKey;
    rowOfKey.reserve(std::size_t(rows_.size()));
    for (int i = 0; i < rows_.size(); ++i) rowOfKey.emplace(rows_[i].key, i);
    std::vector<std::pair<int, int>> counts(std::size_t(rows_.size()));
    for (const auto& v : document_->checker().violations()) {
        if (v.severity == Severity::Info) continue;
        for (const auto& id : v.items) {
            auto it = rowOfKey.find(id);
            if (it == rowOfKey.end()) continue;
            auto& c = counts[std::size_t(it->second)];
            ++(v.severity == Severity::Error ? c.first : c.second);
        }
    }
    for (int i = 0; i < rows_.size(); ++i) {
        auto [e, w] = counts[std::size_t(i)];
        if (rows_[i].errors == e && rows_[i].warnings == w) continue;
        rows_[i].errors = e;
        rows_[i].warnings = w;
        emit dataChanged(index(i), index(i), {ErrorsRole, WarningsRole});
    }
}

void RackListModel::resetAll() {
    beginResetModel();
    rows_.clear();
    rowIndexValid_ = false;
    if (document_) {
        const auto& racks = document_->project().layout.racks;
        rows_.reserve(qsizetype(racks.size()));
        for (std::size_t k = 0; k < racks.size(); ++k) rows_.append(build(racks[k], totalsOf(k)));
    }
    endResetModel();
    if (document_) refreshViolationCounts();
}

void RackListModel::applyChange(const LayoutChange& change, bool, bool violationsChanged) {
    const auto& racks = document_->project().layout.racks;
    auto inOrder = [&] {
        if (std::size_t(rows_.size()) != racks.size()) return false;
        for (std::size_t i = 0; i < racks.size(); ++i)
            if (rows_[qsizetype(i)].key != racks[i].id) return false;
        return true;
    };
    // Most edits keep the rack list as it is; only rack additions and removals pay for the set below.
    if (!inOrder()) {
        std::unordered_set<std::string> present;
        for (const auto& r : racks) present.insert(r.id);
        // Rows removed: ids no longer in the project.
        for (int i = int(rows_.size()) - 1; i >= 0; --i) {
            if (present.count(rows_[i].key)) continue;
            beginRemoveRows({}, i, i);
            rows_.removeAt(i);
            rowIndexValid_ = false;
            endRemoveRows();
        }
        // Rows inserted, in project order.
        for (int i = 0; i < int(racks.size()); ++i) {
            if (i < rows_.size() && rows_[i].key == racks[std::size_t(i)].id) continue;
            beginInsertRows({}, i, i);
            rows_.insert(i, build(std::size_t(i)));
            rowIndexValid_ = false;
            endInsertRows();
        }
    }
    // Rows touched: every rack the change named, and racks of moved devices.
    for (const auto& id : change.edit(true).racks) {
        int i = rowOf(q(id));
        if (i < 0) continue;
        Row fresh = build(std::size_t(i));
        fresh.errors = rows_[i].errors;
        fresh.warnings = rows_[i].warnings;
        rows_[i] = fresh;
        emit dataChanged(index(i), index(i));
    }
    if (violationsChanged) refreshViolationCounts();
}

void RackListModel::setSelection(const QSet<QString>& selection) {
    QSet<QString> changed = (selection_ - selection) + (selection - selection_);
    selection_ = selection;
    std::vector<int> rows;  // the racks among the changed ids (devices are in the selection too), in row order
    for (const QString& id : changed)
        if (int i = rowOf(id); i >= 0) rows.push_back(i);
    std::sort(rows.begin(), rows.end());
    for (int i : rows) emit dataChanged(index(i), index(i), {SelectedRole});
}

}  // namespace pod
