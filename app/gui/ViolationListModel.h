#pragma once
// The rule engine's findings for QML, errors first, then warnings, then notes (within a severity the
// engine's order). A ListView asks only for the rows it shows; an edit that leaves the findings as they
// were changes nothing here (a hall carries thousands of notes and warnings: re-sending them as one
// QVariantList to JavaScript on every edit cost ~100 ms).
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "Violation.h"

namespace pod {

class ViolationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Violations come from the Planner")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { RuleRole = Qt::UserRole + 1, SeverityRole, MessageRole, ItemsRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(rows_.size()); }

    // Takes the checker's findings: removes and inserts the rows between the unchanged first and last ones.
    // Returns whether anything changed.
    bool update(const std::vector<Violation>& found);

signals:
    void countChanged();

private:
    std::vector<Violation> rows_;  // in display order
};

}  // namespace pod
