// File → Export… as the GUI runs it: the PDF is written on a worker thread from a copy of the project,
// reports its pages, can be cancelled without touching the target, and refuses bad paths up front.
#include <QtTest>

#include <QtQml/qqmlextensionplugin.h>

#include "CatalogLoader.h"
#include "Exporter.h"
#include "Planner.h"

Q_IMPORT_QML_PLUGIN(PodPlannerPlugin)

using namespace pod;

namespace {
int pdfPages(const QString& file) {
    QProcess p;
    p.start("pdfinfo", {file});
    if (!p.waitForFinished(30000)) return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QRegularExpression re("Pages:\\s+(\\d+)");
    auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestExporter : public QObject {
    Q_OBJECT
    std::unique_ptr<Planner> planner;
    std::unique_ptr<Exporter> exporter;
    QTemporaryDir dir;

private slots:
    void init() {
        QCoreApplication::setOrganizationName("podplanner-tests");
        Catalog catalog;
        QVERIFY(!loadStandardCatalog({}, {}, catalog));
        planner = std::make_unique<Planner>(std::move(catalog));
        QVERIFY(planner->openFile(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan"));
        exporter = std::make_unique<Exporter>(*planner);
    }
    void cleanup() {
        exporter.reset();
        planner.reset();
    }

    // Three selected racks, elevations only: A4 landscape holds 2 racks (front + rear) a page → ⌈3 / 2⌉ = 2 pages.
    void selectedRacksInBackground() {
        planner->selection()->selectMany({"r01", "r02", "dgx-09"});  // dgx-09 stands in r03
        const QString file = dir.filePath("three racks.pdf");
        QSignalSpy finished(exporter.get(), &Exporter::finished);
        QSignalSpy progress(exporter.get(), &Exporter::progressChanged);
        QCOMPARE(exporter->exportPdf(file, "A4", true, {"racks"}, true), QString());
        QVERIFY(exporter->busy());
        QVERIFY(finished.wait(30000));
        QVERIFY(!exporter->busy());
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(finished.at(0).at(1).toString().contains("2 pages, A4 landscape"), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(exporter->pageCount(), 2);
        QCOMPARE(exporter->pagesDone(), 2);
        QVERIFY(progress.count() >= 3);  // before page 1, before page 2, done
        QCOMPARE(pdfPages(file), 2);
    }

    // Editing while the export runs does not change what is exported: the worker has its own copy.
    void editsDuringExportAreSafe() {
        const QString file = dir.filePath("whole.pdf");
        QSignalSpy finished(exporter.get(), &Exporter::finished);
        QCOMPARE(exporter->exportPdf(file, "a3", false, {}, false), QString());
        planner->selection()->select("r01");
        QCOMPARE(planner->deleteSelection(), QString());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(pdfPages(file) > 3);
        QProcess text;
        text.start("pdftotext", {file, "-"});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains("A01"));  // deleted after the start
    }

    void cancelLeavesTheTargetAlone() {
        QTemporaryDir own;
        const QString file = own.filePath("existing.pdf");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the user's earlier file");
        }
        QSignalSpy finished(exporter.get(), &Exporter::finished);
        QCOMPARE(exporter->exportPdf(file, "a4", true, {}, false), QString());
        exporter->cancel();  // before the first page: the worker is still computing the cabling
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains("cancelled"), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(readAll(file), QByteArray("the user's earlier file"));
        QCOMPARE(QDir(own.path()).entryList(QDir::Files), QStringList{"existing.pdf"});  // no temporary left
    }

    void badRequestsWriteNothing() {
        QString error = exporter->exportPdf(dir.filePath("no such folder/x.pdf"), "a4", true, {}, false);
        QVERIFY2(error.startsWith("cannot write ") && error.contains("no such folder"), qPrintable(error));
        QVERIFY(!exporter->busy());
        QVERIFY(exporter->exportPdf(dir.filePath("x.pdf"), "a5", true, {}, false).contains("Unknown paper size 'a5'"));
        QVERIFY(exporter->exportPdf(dir.filePath("x.pdf"), "a4", true, {"index"}, false).contains("Unknown section 'index'"));
        planner->selection()->clear();
        QVERIFY(exporter->exportPdf(dir.filePath("x.pdf"), "a4", true, {}, true).contains("Select the racks"));
        QVERIFY(!QFile::exists(dir.filePath("x.pdf")));
    }

    // CSV from the GUI: one header plus one row per BOM line. The sample's BOM by hand: rack model, 2 PDU
    // models, 2 blank sizes, DGX H100, 3 switch models, 3 cable media = 12 lines.
    void csvAndSvg() {
        const QString bom = dir.filePath("bom – ünïcode.csv");
        QCOMPARE(exporter->exportCsv(bom, "bom"), QString());
        const QList<QByteArray> lines = readAll(bom).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 12);
        QVERIFY(exporter->exportCsv(bom, "racks").contains("Unknown table"));
        const QString svgDir = dir.filePath("sheets");
        QCOMPARE(exporter->exportSvg(QUrl::fromLocalFile(svgDir).toString()), QString());
        QCOMPARE(QDir(svgDir).entryList({"*.svg"}, QDir::Files).size(), 10 + 1);  // one per rack + the floor
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
