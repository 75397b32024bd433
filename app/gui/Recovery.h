#pragma once
// Autosave and crash recovery. While the open project has unsaved changes, its file text is written
// every `interval` (default 30 s, QSettings "autosave/seconds", env PODPLANNER_AUTOSAVE_SECONDS) to a
// recovery file of this process in the recovery folder (QStandardPaths app data + "/recovery", or
// env PODPLANNER_RECOVERY_DIR). Saving, discarding (new/open) and a normal exit delete it. On start,
// recovery files left by processes that no longer run (a crash, a kill, a power cut) are offered:
// restore opens the autosaved project as unsaved work under its original file name; discard deletes it.
#include <QDateTime>
#include <optional>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace pod {

class Planner;

class Recovery : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString description READ description NOTIFY availableChanged)
    Q_PROPERTY(int intervalSeconds READ intervalSeconds CONSTANT)
public:
    explicit Recovery(Planner& planner, QObject* parent = nullptr);
    ~Recovery() override;  // a normal exit: this session's recovery file goes
    static Recovery* create(QQmlEngine*, QJSEngine*);

    static QString folder();
    QString sessionFile() const { return sessionFile_; }
    int intervalSeconds() const { return interval_; }

    // A recovery file from a session that ended without saving or discarding, if any (newest first).
    bool available() const { return !pending_.isEmpty(); }
    QString description() const;  // "Unsaved changes to sample-pod.podplan, autosaved 2026-11-23 16:40:12"
    Q_INVOKABLE QString restore();  // "" or why not; the recovery file is removed once restored
    Q_INVOKABLE void discard();     // deletes the offered recovery file
    Q_INVOKABLE void rescan();      // looks for left-over files again

    // Writes the recovery file now if the project has unsaved changes (the timer calls this).
    Q_INVOKABLE bool autosaveNow();

signals:
    void availableChanged();
    void autosaved(const QString& file);

private:
    struct Entry {
        QString file;
        QString originalPath;
        QString projectName;
        QDateTime savedAt;
        qint64 pid = 0;
    };
    void onDocumentChanged();
    void removeSessionFile();
    static bool processRuns(qint64 pid);
    static std::optional<Entry> readEntry(const QString& file);

    Planner& planner_;
    QTimer timer_;
    int interval_ = 30;
    QString sessionFile_;
    QList<Entry> pending_;
};

}  // namespace pod
