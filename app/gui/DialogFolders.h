#pragma once
// Where file dialogs start: the open project's folder; without a saved project, the last folder the
// user chose in any file dialog (QSettings "dialogs/lastFolder"); else the home folder. Never the
// directory the program happened to be started from.
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace pod {

class Planner;

class DialogFolders : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QUrl folder READ folder NOTIFY folderChanged)
public:
    explicit DialogFolders(Planner* planner, QObject* parent = nullptr);
    static DialogFolders* create(QQmlEngine*, QJSEngine*);

    QUrl folder() const;
    // Remembers the folder of a chosen file (or a chosen folder itself) for the next dialog.
    Q_INVOKABLE void remember(const QUrl& chosen);

signals:
    void folderChanged();

private:
    Planner* planner_;
};

}  // namespace pod
