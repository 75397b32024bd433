#pragma once
// The totals panel and status line of the open document: rows of {label, value} formatted from the
// incremental checker's totals and cable sums, and "N errors, N warnings, N notes".
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pod {

class Document;

class TotalsModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Planner.totals is the totals")
    Q_PROPERTY(QVariantList rows READ rows NOTIFY rowsChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY checked)
public:
    explicit TotalsModel(const Document& document, QObject* parent = nullptr);
    QVariantList rows() const { return rows_; }
    QString statusText() const { return statusText_; }
    // After every check: re-formats; rowsChanged only when a shown figure changed.
    void rebuild();

signals:
    void rowsChanged();
    void checked();

private:
    const Document& document_;
    QVariantList rows_;
    QString statusText_;
};

}  // namespace pod
