// Autosave and crash recovery: a planner process makes edits, autosaves, and is killed with SIGKILL; a
// new planner offers the autosaved work and restores exactly the edited project, as unsaved changes.
// Saving or discarding removes the recovery file; a running planner's file is never offered.
#include <QtTest>

#include <QtQml/qqmlextensionplugin.h>

#include <csignal>

#include "CatalogLoader.h"
#include "Planner.h"
#include "Recovery.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

using namespace pod;

class TestRecovery : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    const QString sample = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";  // the old 4-per-rack sample

    std::unique_ptr<Planner> makePlanner() {
        Catalog catalog;
        if (loadStandardCatalog({}, {}, catalog)) return nullptr;
        auto p = std::make_unique<Planner>(std::move(catalog));
        return p;
    }
    QStringList recoveryFiles() const { return QDir(Recovery::folder()).entryList({"*.podplan-recovery"}, QDir::Files); }

    // Runs recovery_child until it has autosaved, then kills it with SIGKILL. Returns the edited project text.
    QString editAndKill() {
        const QString expectedFile = dir.filePath("expected.podplan");
        QFile::remove(expectedFile);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PODPLANNER_AUTOSAVE_SECONDS", "1");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(RECOVERY_CHILD), {sample, expectedFile});
        if (!child.waitForStarted(10000)) return {};
        QElapsedTimer t;
        t.start();
        while (!child.readAllStandardOutput().contains("AUTOSAVED") && t.elapsed() < 30000)
            child.waitForReadyRead(500);
        const qint64 pid = child.processId();
        if (child.state() != QProcess::Running || pid <= 0) {  // kill(0, …) would hit this whole process group
            qWarning("recovery_child ended early: %s", child.readAllStandardError().constData());
            return {};
        }
        ::kill(pid_t(pid), SIGKILL);
        child.waitForFinished(10000);
        if (child.exitStatus() != QProcess::CrashExit) return {};
        QFile f(expectedFile);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        qputenv("PODPLANNER_RECOVERY_DIR", dir.filePath("recovery").toLocal8Bit());
        QCoreApplication::setOrganizationName("podplanner-tests");
    }
    void init() {
        for (const QString& f : recoveryFiles()) QFile::remove(QDir(Recovery::folder()).filePath(f));
    }

    void sigkillThenRestore() {
        const QString edited = editAndKill();
        QVERIFY2(!edited.isEmpty(), "the child did not autosave before it was killed");
        QCOMPARE(recoveryFiles().size(), 1);  // the killed process could not clean up

        auto planner = makePlanner();
        QVERIFY(planner);
        QVERIFY(planner->openFile(sample));
        Recovery recovery(*planner);
        QVERIFY(recovery.available());
        QVERIFY2(recovery.description().contains("sample-4-per-rack.podplan"), qPrintable(recovery.description()));
        QVERIFY(recovery.description().contains("autosaved at"));
        QCOMPARE(recovery.restore(), QString());
        QCOMPARE(planner->projectJson(), edited);
        QVERIFY(planner->modified());           // restored work is unsaved until the user saves it
        QCOMPARE(planner->filePath(), sample);  // under its original name
        QVERIFY(!recovery.available());
        QVERIFY(planner->title().startsWith("*"));
        // The edits are in it: the renamed rack, 31 DGX (248 GPUs).
        QVERIFY(edited.contains("A02-moved"));
        QVERIFY(!edited.contains("\"dgx-05\""));
        // The restored work is this session's autosave now; saving it removes that file.
        QCOMPARE(recoveryFiles().size(), 1);
        QVERIFY(planner->saveAs(dir.filePath("saved.podplan")));
        QCOMPARE(recoveryFiles().size(), 0);
    }

    void discardDeletes() {
        QVERIFY(!editAndKill().isEmpty());
        auto planner = makePlanner();
        Recovery recovery(*planner);
        QVERIFY(recovery.available());
        recovery.discard();
        QVERIFY(!recovery.available());
        QCOMPARE(recoveryFiles().size(), 0);
    }

    // Autosave writes only while there are unsaved changes; undoing back to the saved state, saving,
    // opening another file and a normal exit all remove this session's file.
    void sessionFileLifecycle() {
        auto planner = makePlanner();
        QVERIFY(planner->openFile(sample));
        auto recovery = std::make_unique<Recovery>(*planner);
        QVERIFY(!recovery->autosaveNow());  // nothing unsaved
        QCOMPARE(planner->setRackBudgetKw("r01", 50), QString());
        QVERIFY(recovery->autosaveNow());
        QVERIFY(QFile::exists(recovery->sessionFile()));
        planner->undo();
        QVERIFY(!QFile::exists(recovery->sessionFile()));
        QCOMPARE(planner->setRackBudgetKw("r01", 50), QString());
        QVERIFY(recovery->autosaveNow());
        QVERIFY(planner->openFile(sample));  // the user discarded the change
        QVERIFY(!QFile::exists(recovery->sessionFile()));
        QCOMPARE(planner->setRackBudgetKw("r01", 50), QString());
        QVERIFY(recovery->autosaveNow());
        const QString file = recovery->sessionFile();
        recovery.reset();  // normal exit
        QVERIFY(!QFile::exists(file));
    }

    // A file whose process still runs (another open planner) is not offered; this process is one.
    void liveSessionsAreNotOffered() {
        QDir().mkpath(Recovery::folder());
        QFile f(QDir(Recovery::folder()).filePath("session-other.podplan-recovery"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"format\":\"podplanner-recovery\",\"version\":1,\"pid\":%1,\"project\":\"{}\"}")
                    .arg(QCoreApplication::applicationPid()).toUtf8());
        f.close();
        auto planner = makePlanner();
        Recovery recovery(*planner);
        QVERIFY(!recovery.available());
    }

    // The timer: with a 1 s interval, an edit is autosaved about a second later without being asked.
    void timerAutosaves() {
        qputenv("PODPLANNER_AUTOSAVE_SECONDS", "1");
        auto planner = makePlanner();
        QVERIFY(planner->openFile(sample));
        Recovery recovery(*planner);
        qunsetenv("PODPLANNER_AUTOSAVE_SECONDS");
        QCOMPARE(recovery.intervalSeconds(), 1);
        QSignalSpy saved(&recovery, &Recovery::autosaved);
        QCOMPARE(planner->setRackBudgetKw("r01", 50), QString());
        QVERIFY(saved.wait(5000));
        QVERIFY(QFile::exists(recovery.sessionFile()));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
