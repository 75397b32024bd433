#pragma once
// The comparison table for QML: one row per line of model/Compare's compareRows(), already formatted
// (label, A, B, B − A, the sign of the difference, which way the quantity is better and whether B is
// better or worse for colouring). Replaced whole per comparison.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "Compare.h"

namespace pod {

class CompareTableModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CompareController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { LabelRole = Qt::UserRole + 1, IndentRole, ARole, BRole, DiffRole, SignRole, HeadingRole, BetterRole, VerdictRole };

    explicit CompareTableModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<CompareRow> rows);
    const std::vector<CompareRow>& rows() const { return rows_; }
    // The row whose label is `label` as {label, a, b, diff, sign, better, verdict}; empty when there is none
    // (tests, QML). better: "lower" | "higher" | "" (no direction); verdict: +1 B better, −1 B worse, 0.
    Q_INVOKABLE QVariantMap row(const QString& label) const;

signals:
    void countChanged();

private:
    std::vector<CompareRow> rows_;
};

}  // namespace pod
