#include "ViolationListModel.h"

#include <QStringList>
#include <algorithm>

namespace pod {

int ViolationListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant ViolationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Violation& v = rows_[std::size_t(index.row())];
    switch (role) {
    case RuleRole: return QString::fromStdString(v.ruleId);
    case SeverityRole: return QString::fromUtf8(severityKey(v.severity).data());
    case Qt::DisplayRole:
    case MessageRole: return QString::fromStdString(v.message);
    case ItemsRole: {
        QStringList items;
        for (const auto& id : v.items) items << QString::fromStdString(id);
        return items;
    }
    }
    return {};
}

QHash<int, QByteArray> ViolationListModel::roleNames() const {
    return {{RuleRole, "rule"}, {SeverityRole, "severity"}, {MessageRole, "message"}, {ItemsRole, "items"}};
}

bool ViolationListModel::update(const std::vector<Violation>& found) {
    std::vector<const Violation*> ordered;
    ordered.reserve(found.size());
    for (const auto& v : found) ordered.push_back(&v);
    std::stable_sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return int(a->severity) < int(b->severity); });
    // Rows equal at both ends stay; only the differing middle is removed and inserted (an edit usually
    // adds or drops one or two findings among thousands).
    const std::size_t n = ordered.size(), m = rows_.size();
    std::size_t pre = 0, suf = 0;
    while (pre < n && pre < m && *ordered[pre] == rows_[pre]) ++pre;
    if (pre == n && pre == m) return false;
    while (suf < n - pre && suf < m - pre && *ordered[n - 1 - suf] == rows_[m - 1 - suf]) ++suf;
    if (m - suf > pre) {
        beginRemoveRows({}, int(pre), int(m - suf - 1));
        rows_.erase(rows_.begin() + std::ptrdiff_t(pre), rows_.begin() + std::ptrdiff_t(m - suf));
        endRemoveRows();
    }
    if (n - suf > pre) {
        beginInsertRows({}, int(pre), int(n - suf - 1));
        std::vector<Violation> middle;
        for (std::size_t i = pre; i < n - suf; ++i) middle.push_back(*ordered[i]);
        rows_.insert(rows_.begin() + std::ptrdiff_t(pre), std::make_move_iterator(middle.begin()),
                     std::make_move_iterator(middle.end()));
        endInsertRows();
    }
    if (n != m) emit countChanged();
    return true;
}

}  // namespace pod
