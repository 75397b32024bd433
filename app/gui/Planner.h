#pragma once
// The one facade QML talks to: the open project, its catalog, totals and violations.
// main() creates it (with the loaded catalog) before the QML engine starts.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "Catalog.h"
#include "Project.h"
#include "RackListModel.h"
#include "Violation.h"

class QQmlEngine;
class QJSEngine;

namespace pod {

class Planner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString title READ title NOTIFY projectChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY projectChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(pod::RackListModel* racks READ racks CONSTANT)
    Q_PROPERTY(QVariantList totals READ totals NOTIFY projectChanged)
    Q_PROPERTY(QVariantList violations READ violations NOTIFY projectChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY projectChanged)
public:
    explicit Planner(Catalog catalog, QObject* parent = nullptr);

    // QML_SINGLETON factory: returns the instance main() registered.
    static Planner* create(QQmlEngine*, QJSEngine*);
    static void setInstance(Planner* planner);

    QString title() const;
    QString filePath() const { return filePath_; }
    QString lastError() const { return lastError_; }
    RackListModel* racks() { return &racks_; }
    QVariantList totals() const { return totals_; }
    QVariantList violations() const { return violations_; }
    QString statusText() const { return statusText_; }

    // Loads a project; on failure keeps the open one and sets lastError (file, JSON path, reason).
    Q_INVOKABLE bool openFile(const QString& path);

signals:
    void projectChanged();
    void lastErrorChanged();

private:
    void refresh();

    Catalog catalog_;
    Project project_;
    QString filePath_;
    QString lastError_;
    RackListModel racks_;
    QVariantList totals_;
    QVariantList violations_;
    QString statusText_;
};

}  // namespace pod
