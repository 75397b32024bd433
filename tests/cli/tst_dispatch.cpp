// The command table (app/cli/Cli.h): every subcommand the usage text names is dispatched by it, help
// is one text, "-o" is "--output" for every command that writes one file, and Qt starts only for export.
#include <QtTest>

#include "RunPodplanner.h"

namespace {

const QString kSample = QStringLiteral(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan");
const QString kSwitchYaml = QStringLiteral(PODPLANNER_FIXTURES "/netbox/switch-1u-48x1g-4x100g.yaml");

// The command words of each usage line: "podplanner catalog list [--kind K]" → "catalog list".
QStringList usageCommands(const QByteArray& usage) {
    QStringList commands;
    for (const QByteArray& line : usage.split('\n')) {
        const QStringList words = QString::fromUtf8(line).split(' ', Qt::SkipEmptyParts);
        if (words.size() < 2 || words[0] != "podplanner") continue;
        QStringList command;
        for (qsizetype i = 1; i < words.size() && !words[i].isEmpty() && words[i][0].isLower(); ++i) command << words[i];
        if (!command.isEmpty()) commands << command.join(' ');
    }
    return commands;
}

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Run podplannerWithPlatform(const QStringList& args, const QString& platform) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", platform);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PODPLANNER_BINARY), args);
    if (!p.waitForFinished(120000)) qFatal("podplanner did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

}  // namespace

class TestDispatch : public QObject {
    Q_OBJECT
private slots:
    // Each command the usage text lists reaches the table's option check (not the window), which
    // names the command and repeats the usage.
    void everyUsageCommandIsDispatched() {
        Run help = podplanner({"--help"});
        QCOMPARE(help.exitCode, 0);
        const QStringList commands = usageCommands(help.out);
        QCOMPARE(commands, QStringList({"check", "totals", "export", "whatif", "catalog list", "catalog import-netbox", "import-netbox-site", "generate", "compare"}));
        for (const QString& command : commands) {
            QStringList args = command.split(' ');
            const QString row = command == "catalog list" ? "catalog" : command;
            args << "--no-such-option";
            Run r = podplanner(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(("podplanner " + row + ": unknown option --no-such-option\n").toUtf8() + help.out),
                     qPrintable(command + ": " + QString::fromUtf8(r.err.left(200))));
        }
    }

    void helpIsOneText() {
        Run help = podplanner({"--help"});
        for (const char* word : {"-h", "help"}) {
            Run r = podplanner({word});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, help.out);
        }
        Run v = podplanner({"--version"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("podplanner "));
    }

    // "-o FILE" and "--output FILE" write the same file.
    void dashOIsOutput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("generate") << QStringList{"generate", "--node", "nvidia-dgx-h100", "--nodes", "8", "--per-rack", "4"};
        QTest::newRow("import-netbox") << QStringList{"catalog", "import-netbox", kSwitchYaml};
    }
    void dashOIsOutput() {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString a = dir.filePath("a.out"), b = dir.filePath("b.out");
        Run ra = podplanner(args + QStringList{"-o", a});
        Run rb = podplanner(args + QStringList{"--output", b});
        QCOMPARE(ra.exitCode, 0);
        QCOMPARE(rb.exitCode, 0);
        QVERIFY(!readAll(a).isEmpty());
        QCOMPARE(readAll(a), readAll(b));
        QCOMPARE(ra.out.replace(a.toUtf8(), "OUT"), rb.out.replace(b.toUtf8(), "OUT"));
    }

    // export writes several files, each named by its own option (--pdf, --bom, …): "-o" is not one
    // of them, and an export given it writes nothing.
    void exportHasNoDashO() {
        QTemporaryDir dir;
        Run r = podplanner({"export", kSample, "--bom", dir.filePath("bom.csv"), "-o", dir.filePath("x.pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath("bom.csv")));
        QVERIFY(!QFile::exists(dir.filePath("x.pdf")));
    }

    // Only export creates a QGuiApplication: with a platform that does not exist, every other command
    // still runs, and export is the one that cannot start.
    void onlyExportStartsQt() {
        const QString noPlatform = QStringLiteral("no-such-platform");
        QTemporaryDir dir;
        for (const QStringList& args : {QStringList{"check", kSample}, QStringList{"totals", kSample}, QStringList{"catalog", "list"},
                                        QStringList{"--help"}, QStringList{"compare", kSample, kSample},
                                        QStringList{"catalog", "import-netbox", kSwitchYaml, "-o", dir.filePath("c.json")},
                                        QStringList{"generate", "--node", "nvidia-dgx-h100", "--nodes", "4", "--per-rack", "4", "-o",
                                                    dir.filePath("g.podplan")}}) {
            Run r = podplannerWithPlatform(args, noPlatform);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + ": " + QString::fromUtf8(r.err)));
        }
        Run e = podplannerWithPlatform({"export", kSample, "--bom", dir.filePath("bom.csv")}, noPlatform);
        QVERIFY(e.exitCode != 0);
        QVERIFY(e.err.contains("no-such-platform"));
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
