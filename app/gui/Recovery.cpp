#include "Recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include "Planner.h"
#include "PlannerApp.h"
#include "ProjectFile.h"

namespace pod {

namespace {
constexpr const char* kFormat = "podplanner-recovery";
constexpr const char* kSuffix = ".podplan-recovery";
}  // namespace

Recovery::Recovery(Planner& planner, QObject* parent) : QObject(parent), planner_(planner) {
    bool ok = false;
    int fromEnv = qEnvironmentVariableIntValue("PODPLANNER_AUTOSAVE_SECONDS", &ok);
    interval_ = ok && fromEnv > 0 ? fromEnv : std::max(1, QSettings().value("autosave/seconds", 30).toInt());
    sessionFile_ = QDir(folder()).filePath(QStringLiteral("session-%1%2").arg(QCoreApplication::applicationPid()).arg(kSuffix));
    timer_.setSingleShot(true);
    timer_.setInterval(interval_ * 1000);
    connect(&timer_, &QTimer::timeout, this, [this] { autosaveNow(); });
    Document* doc = planner_.document();
    connect(doc, &Document::layoutChanged, this, &Recovery::onDocumentChanged);
    connect(doc, &Document::projectReset, this, &Recovery::onDocumentChanged);
    connect(doc, &Document::modifiedChanged, this, &Recovery::onDocumentChanged);
    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, &Recovery::onDocumentChanged);
    rescan();
}

Recovery::~Recovery() {
    removeSessionFile();
}

Recovery* Recovery::create(QQmlEngine* engine, QJSEngine*) { return cppOwned(&PlannerApp::of(engine).recovery()); }

QString Recovery::folder() {
    QString dir = qEnvironmentVariable("PODPLANNER_RECOVERY_DIR");
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    return dir;
}

void Recovery::onDocumentChanged() {
    if (!planner_.document()->isModified()) {  // saved, discarded or undone back to the saved state
        timer_.stop();
        removeSessionFile();
        return;
    }
    if (!timer_.isActive()) timer_.start();  // 30 s after the first unsaved change, then again after the next
}

bool Recovery::autosaveNow() {
    const Document* doc = planner_.document();
    if (!doc->isModified()) return false;
    QJsonObject o;
    o["format"] = kFormat;
    o["version"] = 1;
    o["pid"] = QCoreApplication::applicationPid();
    o["original_path"] = doc->filePath();
    o["project_name"] = QString::fromStdString(doc->project().meta.name);
    o["saved_at"] = QDateTime::currentDateTime().toString(Qt::ISODate);
    o["project"] = QString::fromStdString(ProjectFile::serialize(doc->project()));
    QDir().mkpath(folder());
    QSaveFile out(sessionFile_);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !out.commit()) {
        qWarning("autosave: cannot write %s: %s", qPrintable(sessionFile_), qPrintable(out.errorString()));
        return false;
    }
    emit autosaved(sessionFile_);
    return true;
}

void Recovery::removeSessionFile() {
    if (QFile::exists(sessionFile_)) QFile::remove(sessionFile_);
}

bool Recovery::processRuns(qint64 pid) {
    if (pid <= 0) return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

std::optional<Recovery::Entry> Recovery::readEntry(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) return std::nullopt;
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    if (o["format"].toString() != kFormat || !o["project"].isString()) return std::nullopt;
    Entry e;
    e.file = file;
    e.originalPath = o["original_path"].toString();
    e.projectName = o["project_name"].toString();
    e.savedAt = QDateTime::fromString(o["saved_at"].toString(), Qt::ISODate);
    e.pid = o["pid"].toInteger();
    return e;
}

void Recovery::rescan() {
    pending_.clear();
    const QDir dir(folder());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        if (info.absoluteFilePath() == QFileInfo(sessionFile_).absoluteFilePath()) continue;
        auto entry = readEntry(info.absoluteFilePath());
        if (!entry || processRuns(entry->pid)) continue;  // another planner is still working on it
        pending_.append(*entry);
    }
    std::sort(pending_.begin(), pending_.end(), [](const Entry& a, const Entry& b) { return a.savedAt > b.savedAt; });
    emit availableChanged();
}

QString Recovery::description() const {
    if (pending_.isEmpty()) return {};
    const Entry& e = pending_.front();
    QString what = e.originalPath.isEmpty() ? tr("the untitled project \"%1\"").arg(e.projectName)
                                            : QFileInfo(e.originalPath).fileName();
    return tr("Pod Planner did not close normally. Unsaved changes to %1 were autosaved at %2.")
        .arg(what, QLocale().toString(e.savedAt, QLocale::ShortFormat));
}

QString Recovery::restore() {
    if (pending_.isEmpty()) return tr("Nothing to restore.");
    const Entry e = pending_.front();
    QFile in(e.file);
    if (!in.open(QIODevice::ReadOnly)) return tr("Cannot read %1: %2").arg(e.file, in.errorString());
    const QString text = QJsonDocument::fromJson(in.readAll()).object()["project"].toString();
    ProjectResult result = ProjectFile::parse(text.toStdString(), e.file.toStdString(), planner_.catalog());
    if (auto* err = std::get_if<LoadError>(&result)) return QString::fromStdString(err->message());
    planner_.document()->resetUnsaved(std::get<Project>(std::move(result)), e.originalPath);
    in.close();
    QFile::remove(e.file);
    pending_.removeFirst();
    emit availableChanged();
    autosaveNow();  // the restored work is this session's now: keep it safe from the next crash too
    return {};
}

void Recovery::discard() {
    if (pending_.isEmpty()) return;
    QFile::remove(pending_.takeFirst().file);
    emit availableChanged();
}

}  // namespace pod
