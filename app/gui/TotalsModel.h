#pragma once
// The totals panel and status line of the open document: rows of {label, value} formatted from the
// incremental checker's totals and cable sums, and "N errors, N warnings, N notes". The rows are the
// scope's (HallScope): the whole project, or one hall's racks summed from the checker's per-rack totals.
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <string>

#include "Cabling.h"

namespace pod {

class Document;
class HallScope;

class TotalsModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Planner.totals is the totals")
    Q_PROPERTY(QVariantList rows READ rows NOTIFY rowsChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY checked)
public:
    TotalsModel(const Document& document, const HallScope& scope, QObject* parent = nullptr);
    QVariantList rows() const { return rows_; }
    QString statusText() const { return statusText_; }
    // After every check and scope change: re-formats; rowsChanged only when a shown figure changed.
    void rebuild();

signals:
    void rowsChanged();
    void checked();

private:
    void updateRows();
    void countHallCables();

    const Document& document_;
    const HallScope& scope_;
    // A hall's cables, counted over every cable of the site (2 million on a campus: too slow for every edit):
    // at once when the hall is chosen, after edits once they pause (cableRecount_); until then the last count.
    std::string cablesHall_;  // the hall hallCables_ counts ("" none)
    std::map<std::string, MediumTotal> hallCables_;
    QTimer cableRecount_;
    QVariantList rows_;
    QString statusText_;
};

}  // namespace pod
