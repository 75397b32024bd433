#pragma once
// File → Export…: the drawing set as PDF (on a worker thread, with progress and Cancel), the bill of
// materials and cable schedule as CSV, and SVG sheets. Renders through the same ExportDocument as
// `podplanner export`, from a copy of the project taken when the export starts, so editing while a
// long export runs is safe. Paths may be local paths or file:// URLs.
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class QQmlEngine;
class QJSEngine;
class QThread;

namespace pod {

class Planner;

class Exporter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int pagesDone READ pagesDone NOTIFY progressChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY progressChanged)
    Q_PROPERTY(QStringList papers READ papers CONSTANT)
    Q_PROPERTY(QStringList sections READ sections CONSTANT)
public:
    explicit Exporter(Planner& planner, QObject* parent = nullptr);
    ~Exporter() override;
    static Exporter* create(QQmlEngine*, QJSEngine*);

    bool busy() const { return worker_ != nullptr; }
    int pagesDone() const { return done_; }
    int pageCount() const { return total_; }
    QStringList papers() const;
    QStringList sections() const;

    // Starts a PDF export; "" when started (finished() follows), else why not (nothing written).
    // `sections`: any of sections(); empty = all. `selectedOnly`: only the selected racks' elevations.
    Q_INVOKABLE QString exportPdf(const QString& path, const QString& paper, bool landscape, const QStringList& sections,
                                  bool selectedOnly);
    Q_INVOKABLE void cancel();
    // Synchronous: "" or the reason nothing was written. `what`: "bom" or "cables".
    Q_INVOKABLE QString exportCsv(const QString& path, const QString& what);
    // One SVG per rack elevation plus floor.svg into `dir`; "" or why not.
    Q_INVOKABLE QString exportSvg(const QString& dir);
    // Blocks until a running export ends (tests, quitting).
    Q_INVOKABLE void waitForFinished();

signals:
    void busyChanged();
    void progressChanged();
    // ok = written; message says what was written or why not.
    void finished(bool ok, const QString& message);

private:
    struct Job;
    void onProgress(int done, int total);
    void onWorkerDone(bool ok, const QString& message);

    Planner& planner_;
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    int done_ = 0;
    int total_ = 0;
};

}  // namespace pod
