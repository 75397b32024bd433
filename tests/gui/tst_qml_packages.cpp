// Every QML module the planner loads comes from a Debian package that scripts/deps.sh installs.
// The real Main.qml is loaded offscreen with QML_IMPORT_TRACE (set by ctest), every dialog and popup it
// can open is opened and closed again (Qt's own non-native FileDialog imports Qt.labs.folderlistmodel
// only when it is first opened), every qmldir the engine read is mapped to its package with dpkg -S,
// and each package must be in `scripts/deps.sh --list`. A package installed by hand on this machine
// but missing from the list fails here, as it would crash a fresh machine.
#include <QtTest>

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QtQml/qqmlextensionplugin.h>

#include "CatalogLoader.h"
#include "Planner.h"
#include "PlannerApp.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    g_messages << msg;
    if (type != QtDebugMsg && g_previous) g_previous(type, ctx, msg);
}

bool isA(const QObject* o, const char* className) {
    for (const QMetaObject* m = o->metaObject(); m; m = m->superClass())
        if (qstrcmp(m->className(), className) == 0) return true;
    return false;
}

// The popups (closed ones hold no window) that contain `o`, outermost first: opened before `o` is.
QList<QObject*> enclosingPopups(QObject* o) {
    QList<QObject*> out;
    QQuickItem* item = qobject_cast<QQuickItem*>(o);
    for (QObject* p = o->parent(); p; p = p->parent()) {
        if (!item) item = qobject_cast<QQuickItem*>(p);
        if (isA(p, "QQuickPopup") && !out.contains(p)) out.prepend(p);
    }
    for (QQuickItem* i = item; i; i = i->parentItem())  // a popup's item is the QObject child of its popup
        if (QObject* p = i->parent(); p && isA(p, "QQuickPopup") && !out.contains(p)) out.prepend(p);
    return out;
}

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode) *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}
}  // namespace

class TestQmlPackages : public QObject {
    Q_OBJECT
private slots:
    void traceIsOn() {
        QVERIFY2(qEnvironmentVariableIsSet("QML_IMPORT_TRACE"), "ctest sets QML_IMPORT_TRACE=1 for this test");
    }

    void everyLoadedModuleIsInDeps() {
        pod::Catalog catalog;
        auto err = pod::loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        pod::PlannerApp app(std::move(catalog));
        pod::Planner& planner = app.planner();
        QVERIFY(planner.openFile(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan"));

        QQuickStyle::setStyle("Fusion");  // as main.cpp
        g_previous = qInstallMessageHandler(collect);
        QQmlApplicationEngine engine;
        app.attach(engine);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/PodPlanner/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Every dialog (Qt Quick Dialogs: FileDialog, FolderDialog, MessageDialog) and every popup
        // (the planner's own Dialogs, menus, the compare view) the window holds, opened one by one.
        QStringList opened;
        const auto objects = window->findChildren<QObject*>();
        for (QObject* o : objects) {
            const bool dialog = isA(o, "QQuickAbstractDialog");
            const bool popup = isA(o, "QQuickPopup") && !isA(o, "QQuickToolTip");
            if (!dialog && !popup) continue;
            const QMetaObject* cpp = o->metaObject();  // the C++ type under QML types (PlannerFileDialog → QQuickFileDialog)
            while (cpp->superClass() && QByteArray(cpp->className()).contains("_QML")) cpp = cpp->superClass();
            const QString name = QString::fromLatin1(cpp->className()) + " "
                                 + (o->property("title").toString().isEmpty() ? o->objectName() : o->property("title").toString());
            const QList<QObject*> outer = enclosingPopups(o);
            for (QObject* p : outer) QMetaObject::invokeMethod(p, "open");
            QVERIFY2(QMetaObject::invokeMethod(o, "open"), qPrintable("cannot open " + name));
            QTest::qWait(50);
            QVERIFY2(o->property("visible").toBool(), qPrintable(name + " did not open"));
            QMetaObject::invokeMethod(o, dialog ? "reject" : "close");
            for (auto it = outer.rbegin(); it != outer.rend(); ++it) QMetaObject::invokeMethod(*it, "close");
            QTest::qWait(20);
            opened << name;
        }
        qInstallMessageHandler(g_previous);
        // The menus' file dialogs: Open, Save As, CSV, SVG folder, the PDF file inside the export dialog,
        // the compare view's file; MessageDialog for discarding changes.
        const int fileDialogs = opened.filter(QRegularExpression("^QQuick(File|Folder)Dialog")).size();
        QVERIFY2(fileDialogs >= 6, qPrintable(opened.join('\n')));
        QVERIFY2(!opened.filter(QRegularExpression("^QQuickMessageDialog")).isEmpty(), qPrintable(opened.join('\n')));

        const QStringList notInstalled = g_messages.filter("is not installed");
        QVERIFY2(notInstalled.isEmpty(), qPrintable(notInstalled.join('\n')));
        const QStringList failed = g_messages.filter("Failed to load");
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join('\n')));

        // Import trace lines name each qmldir read from disk ("… loaded /usr/lib/…/qmldir" and the like).
        QSet<QString> qmldirs;
        static const QRegularExpression path(QStringLiteral("(/[^\\s\"')]+/qmldir)"));
        for (const QString& m : g_messages)
            for (auto it = path.globalMatch(m); it.hasNext();) qmldirs.insert(it.next().captured(1));
        QVERIFY2(!qmldirs.isEmpty(), "QML_IMPORT_TRACE printed no qmldir path");
        bool sawFolderListModel = false;
        for (const QString& q : qmldirs) sawFolderListModel = sawFolderListModel || q.contains("folderlistmodel");
        QVERIFY2(sawFolderListModel, "Qt's FileDialog implementation did not load Qt.labs.folderlistmodel: was a file dialog opened?");

        int rc = 0;
        const QStringList deps = run("bash", {PODPLANNER_SOURCE_DIR "/scripts/deps.sh", "--list"}, &rc)
                                     .split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
        QCOMPARE(rc, 0);
        QVERIFY(deps.contains("qt6-declarative-dev"));
        QStringList missing;
        QStringList seen;
        for (const QString& qmldir : qmldirs) {
            if (!qmldir.startsWith("/usr/")) continue;  // our own module is in the binary (qrc:/)
            const QString owner = run("dpkg", {"-S", QFileInfo(qmldir).canonicalFilePath()}, &rc).section(':', 0, 0).trimmed();
            QVERIFY2(rc == 0 && !owner.isEmpty(), qPrintable("no Debian package owns " + qmldir));
            seen << owner + "  " + qmldir;
            if (!deps.contains(owner)) missing << owner + " (for " + qmldir + ")";
        }
        seen.sort();
        qInfo().noquote() << "QML modules loaded, by package:\n" + seen.join('\n');
        QVERIFY2(missing.isEmpty(), qPrintable("not in scripts/deps.sh: " + missing.join(", ")));
    }
};

QTEST_MAIN(TestQmlPackages)
#include "tst_qml_packages.moc"
