// Every file dialog the File menu opens, opened and cancelled in the real window with a real pointer
// and keys: the planner is still running afterwards and the project untouched. (Qt's own FileDialog
// crashed the planner when Qt.labs.folderlistmodel was missing: tests/gui/tst_qml_packages checks the
// packages, this checks the window.) Also: dialogs start in the project's folder, and a file that cannot
// be opened is explained in a dialog while the open project stays.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "RealWindow.h"
#include "Screen.h"

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestX11Dialogs : public QObject {
    Q_OBJECT
    RealWindow w;
    QTemporaryDir home;
    QString project;
    QString titleAtStart;

private slots:
    void initTestCase() {
        const QString error = w.startDisplay();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(home.isValid());
        // The project sits in a folder of its own with a space in its name: the dialogs must start there.
        QVERIFY(QDir(home.path()).mkpath("my pods"));
        project = home.path() + "/my pods/pod.podplan";
        QVERIFY(QFile::copy(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan", project));
        // A recent-files list holding a broken file (the project opened at start goes before it).
        QVERIFY(QDir(home.path()).mkpath("config/podplanner"));
        // The sample with its first device at U99 of a 48U rack.
        QJsonObject broken = QJsonDocument::fromJson(readAll(project)).object();
        QJsonArray devices = broken["devices"].toArray();
        QJsonObject first = devices[0].toObject();
        first["u"] = 99;
        devices[0] = first;
        broken["devices"] = devices;
        QFile bad(home.path() + "/my pods/broken.podplan");
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(broken).toJson());
        bad.close();
        QFile settings(home.path() + "/config/podplanner/Pod Planner.conf");
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(("[General]\nrecentFiles=" + bad.fileName() + "\n").toUtf8());
        settings.close();
        const QString started = w.startPlanner(project, home.path());
        QVERIFY2(started.isEmpty(), qPrintable(started));
        titleAtStart = w.windowTitle();
        QVERIFY2(titleAtStart.endsWith("Pod Planner") && !titleAtStart.startsWith("*"), qPrintable(titleAtStart));
    }

    void fileDialogs_data() {
        QTest::addColumn<QPoint>("item");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("cancelWithPointer");
        QTest::newRow("File → Open…") << screen::openItem << "Open pod project" << true;
        QTest::newRow("File → Save As…") << screen::saveAsItem << "Save pod project" << false;
        QTest::newRow("File → Export bill of materials") << screen::exportBomItem << "Export bill of materials" << false;
        QTest::newRow("File → Price book") << screen::priceBookItem << "Price book (catalog_id,unit_price,currency,source,date)" << false;
        QTest::newRow("File → Export cable schedule") << screen::exportCablesItem << "Export cable schedule" << false;
        QTest::newRow("File → Export SVG sheets") << screen::exportSvgItem << "Export SVG sheets into folder" << false;
    }
    void fileDialogs() {
        QFETCH(QPoint, item);
        QFETCH(QString, title);
        QFETCH(bool, cancelWithPointer);
        const qsizetype from = w.logSize();
        w.click(screen::fileMenu.x(), screen::fileMenu.y());
        w.click(item.x(), item.y());
        QVERIFY2(w.waitForLog("dialog opened: " + title, 10000, from), qPrintable(w.log().mid(from)));
        // It starts in the project's folder, not where the planner was started from.
        QVERIFY2(w.log().indexOf("dialog opened: " + title + " in file://" + home.path() + "/my pods", from) >= 0,
                 qPrintable(w.log().mid(from)));
        if (cancelWithPointer) w.click(screen::openDialogCancel.x(), screen::openDialogCancel.y());
        else w.key("Escape");
        QVERIFY2(w.waitForLog("dialog closed: " + title, 10000, from), qPrintable(w.log().mid(from)));
        QVERIFY2(w.plannerRunning(), qPrintable(w.log()));
    }

    void exportPdfDialogAndItsFileDialog() {
        const qsizetype from = w.logSize();
        w.click(screen::fileMenu.x(), screen::fileMenu.y());
        w.click(screen::exportPdfItem.x(), screen::exportPdfItem.y());
        QVERIFY2(w.waitForLog("dialog opened: Export drawing set (PDF)", 10000, from), qPrintable(w.log().mid(from)));
        w.click(screen::exportPdfButton.x(), screen::exportPdfButton.y());
        QVERIFY2(w.waitForLog("dialog opened: Export PDF in file://" + home.path() + "/my pods", 10000, from), qPrintable(w.log().mid(from)));
        w.key("Escape");
        QVERIFY2(w.waitForLog("dialog closed: Export PDF", 10000, from), qPrintable(w.log().mid(from)));
        w.key("Escape");
        QVERIFY2(w.waitForLog("dialog closed: Export drawing set (PDF)", 10000, from), qPrintable(w.log().mid(from)));
        QVERIFY2(w.plannerRunning(), qPrintable(w.log()));
    }

    void brokenRecentFileIsExplainedAndChangesNothing() {
        const qsizetype from = w.logSize();
        w.click(screen::fileMenu.x(), screen::fileMenu.y());
        w.click(screen::openRecentItem.x(), screen::openRecentItem.y());
        w.click(screen::secondRecentFile.x(), screen::secondRecentFile.y());
        QVERIFY2(w.waitForLog("dialog opened: Cannot open project", 10000, from), qPrintable(w.log().mid(from)));
        // File, JSON path and reason, as the command line says them.
        QVERIFY2(w.log().indexOf("broken.podplan: /devices/0/u: must be in [1, 48], got 99", from) >= 0, qPrintable(w.log().mid(from)));
        w.click(screen::openErrorOk.x(), screen::openErrorOk.y());
        QVERIFY2(w.waitForLog("dialog closed: Cannot open project", 10000, from), qPrintable(w.log().mid(from)));
        // The sample is still open, unmodified: the same title as before.
        QCOMPARE(w.windowTitle(), titleAtStart);
        QVERIFY2(w.plannerRunning(), qPrintable(w.log()));
    }

    void projectUntouched() {
        QVERIFY2(w.plannerRunning(), qPrintable(w.log()));
        QCOMPARE(readAll(project), readAll(PODPLANNER_SOURCE_DIR "/resources/samples/sample-pod.podplan"));
        QVERIFY2(!QFile::exists(home.path() + "/my pods/pod.csv"), "a cancelled export wrote nothing");
        w.stopPlanner();
    }
};

QTEST_GUILESS_MAIN(TestX11Dialogs)
#include "tst_x11_dialogs.moc"
