#include "CompareTableModel.h"

namespace pod {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

int CompareTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant CompareTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const CompareRow& r = rows_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return q(r.label);
    case IndentRole: return r.indent;
    case ARole: return q(r.a);
    case BRole: return q(r.b);
    case DiffRole: return q(r.diff);
    case SignRole: return r.sign;
    case HeadingRole: return r.a.empty() && r.b.empty();
    case BetterRole: return q(std::string(betterKey(r.better)));
    case VerdictRole: return r.verdict();
    }
    return {};
}

QHash<int, QByteArray> CompareTableModel::roleNames() const {
    return {{LabelRole, "label"}, {IndentRole, "indent"}, {ARole, "valueA"}, {BRole, "valueB"},
            {DiffRole, "diff"},   {SignRole, "sign"},     {HeadingRole, "heading"}, {BetterRole, "better"},
            {VerdictRole, "verdict"}};
}

void CompareTableModel::setRows(std::vector<CompareRow> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
}

QVariantMap CompareTableModel::row(const QString& label) const {
    for (const auto& r : rows_)
        if (q(r.label) == label)
            return {{"label", q(r.label)}, {"a", q(r.a)}, {"b", q(r.b)}, {"diff", q(r.diff)}, {"sign", r.sign},
                    {"better", q(std::string(betterKey(r.better)))}, {"verdict", r.verdict()}};
    return {};
}

}  // namespace pod
