#include "DialogFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <QSettings>

#include "Planner.h"
#include "PlannerApp.h"

namespace pod {

namespace {
const char* kLastFolderKey = "dialogs/lastFolder";
}

DialogFolders::DialogFolders(Planner* planner, QObject* parent) : QObject(parent), planner_(planner) {
    connect(planner_, &Planner::titleChanged, this, &DialogFolders::folderChanged);  // file path changes
}

DialogFolders* DialogFolders::create(QQmlEngine* engine, QJSEngine*) { return cppOwned(&PlannerApp::of(engine).dialogFolders()); }

QUrl DialogFolders::folder() const {
    const QString project = planner_->filePath();
    if (!project.isEmpty()) {
        const QFileInfo info(project);
        if (info.dir().exists()) return QUrl::fromLocalFile(info.absolutePath());
    }
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QDir(last).exists()) return QUrl::fromLocalFile(last);
    return QUrl::fromLocalFile(QDir::homePath());
}

void DialogFolders::remember(const QUrl& chosen) {
    const QString path = chosen.isLocalFile() ? chosen.toLocalFile() : chosen.toString();
    if (path.isEmpty()) return;
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (QSettings().value(kLastFolderKey).toString() == folder) return;
    QSettings().setValue(kLastFolderKey, folder);
    emit folderChanged();
}

}  // namespace pod
