// `podplanner export` run as a user would: the real binary on the sample pod, headless (no DISPLAY,
// no QT_QPA_PLATFORM). Checks the PDF's page count against the layout arithmetic, its text, the SVG and
// PNG sheets, the RFC 4180 CSV files against the model's own figures, and bad output paths.
#include <QtTest>

#include "RunPodplanner.h"  // Run

#include <QXmlStreamReader>
#include <cmath>
#include <filesystem>

#include "Bom.h"
#include "Cabling.h"
#include "CatalogLoader.h"
#include "ProjectFile.h"

namespace {

// No display and no platform chosen: export must pick the offscreen platform by itself.
Run run(const QString& program, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(var);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000)) qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run podplannerNoDisplay(const QStringList& args) { return run(QStringLiteral(PODPLANNER_BINARY), args); }

// The 4-per-rack pod the bundled sample used to be, frozen as a fixture so these numbers stay put.
const QString kSample = QStringLiteral(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan");
const QString kCommaRack = QStringLiteral(PODPLANNER_FIXTURES "/export/comma-rack.podplan");

int pdfPages(const QString& pdf) {
    Run info = run(QStringLiteral("pdfinfo"), {pdf});
    if (info.exitCode != 0) return -1;
    for (const QByteArray& line : info.out.split('\n'))
        if (line.startsWith("Pages:")) return line.mid(6).trimmed().toInt();
    return -1;
}

QString pdfText(const QString& pdf) {
    Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    return QString::fromUtf8(text.out);
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF.
std::vector<QStringList> parseCsv(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record << field;
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) records.push_back(record << field);
    return records;
}

QSize pngSize(const QString& file, int* dotsPerMetre = nullptr) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QByteArray b = f.readAll();
    if (!b.startsWith("\x89PNG\r\n\x1a\n") || b.mid(12, 4) != "IHDR") return {};
    auto be32 = [&](int at) {
        return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8) |
               quint32(quint8(b[at + 3]));
    };
    if (dotsPerMetre) {
        int at = b.indexOf("pHYs");
        *dotsPerMetre = at > 0 ? int(be32(at + 4)) : 0;
    }
    return QSize(int(be32(16)), int(be32(20)));
}

// Everything between <text> tags of an SVG, checking that the whole file is well-formed XML.
QString svgText(const QString& file, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + file;
        return {};
    }
    QXmlStreamReader xml(&f);
    QString text;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) inText = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text")) inText = false, text += '\n';
        else if (xml.isCharacters() && inText) text += xml.text();
    }
    if (xml.hasError()) *error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return text;
}

struct Model {
    pod::Catalog catalog;
    pod::Project project;
    pod::Cabling cabling;
    std::vector<pod::BomLine> bom;
};

Model loadModel(const QString& file) {
    Model m;
    auto exeDir = std::filesystem::path(PODPLANNER_BINARY).parent_path();
    if (auto err = pod::loadStandardCatalog(exeDir, {}, m.catalog)) qFatal("catalog: %s", err->message().c_str());
    auto result = pod::ProjectFile::load(file.toStdString(), m.catalog);
    if (auto* err = std::get_if<pod::LoadError>(&result)) qFatal("project: %s", err->message().c_str());
    m.project = std::get<pod::Project>(std::move(result));
    m.cabling = pod::deriveCabling(m.project, m.catalog);
    m.bom = pod::billOfMaterials(m.project, m.catalog, m.cabling);
    return m;
}

// The layout arithmetic of app/export/PageLayout (all mm): margins 10, title block 14, padding 4 at the
// sides and top and 3 above the title block, page heading 8, table header 6, rows 4.5.
//   racks per page = floor((paper width − 2·10 − 2·4 + gap 8) / (rack pair 86 + gap 8))
//                  = floor((paper width − 20) / 94)          A4 landscape 2, A3 landscape 4, A4 portrait 2
//   rows per page  = floor((paper height − 2·10 − 14 − 4 − 3 − 8 − 6) / 4.5)
//                  = floor((paper height − 55) / 4.5)        A4 landscape 34, A3 landscape 53, A4 portrait 53
// BOM table rows = BOM lines + 1 total row. Cable table rows = cables + media + 3 (a "totals by medium"
// section row, one row per medium, the all-media total, a section row before the cables).
// Pages = 1 cover + 1 floor + ceil(racks / racks per page) + ceil(BOM rows / rows per page)
//       + ceil(cable rows / rows per page).
int expectedPages(double paperWidthMm, double paperHeightMm, int racks, int bomLines, int cables, int media) {
    int racksPerPage = std::max(1, int(std::floor((paperWidthMm - 20) / 94)));
    int rowsPerPage = int(std::floor((paperHeightMm - 55) / 4.5));
    auto pages = [](int n, int per) { return (n + per - 1) / per; };
    return 1 + 1 + pages(racks, racksPerPage) + pages(bomLines + 1, rowsPerPage) + pages(cables + media + 3, rowsPerPage);
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    Model sample_;
    Run sampleRun_;
    QString dir(const QString& name) const { return tmp_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        sample_ = loadModel(kSample);
        QCOMPARE(sample_.cabling.cables.size(), std::size_t(644));
        QElapsedTimer timer;
        timer.start();
        sampleRun_ = podplannerNoDisplay({"export", kSample, "--pdf", dir("sample.pdf"), "--svg", dir("svg"), "--png", dir("png"),
                                 "--dpi", "72", "--bom", dir("bom.csv"), "--cables", dir("cables.csv")});
        qInfo("export of the sample (PDF, SVG, PNG, CSV): %lld ms", timer.elapsed());
        QVERIFY2(sampleRun_.exitCode == 0, sampleRun_.err.constData());
    }

    void pageCountFollowsLayout_data() {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("orientation");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::addColumn<int>("pages");
        // Sample: 10 racks, 12 BOM lines, 644 cables over 3 media.
        QTest::newRow("A4 landscape (default)") << QString() << QString() << 297.0 << 210.0 << 28;  // 1+1+5+1+20
        QTest::newRow("A3 landscape") << "a3" << "landscape" << 420.0 << 297.0 << 19;            // 1+1+3+1+13
        QTest::newRow("A4 portrait") << "a4" << "portrait" << 210.0 << 297.0 << 21;              // 1+1+5+1+13
        QTest::newRow("tabloid landscape") << "tabloid" << "landscape" << 431.8 << 279.4 << 20;  // 1+1+3+1+14
    }

    void pageCountFollowsLayout() {
        QFETCH(QString, paper);
        QFETCH(QString, orientation);
        QFETCH(double, width);
        QFETCH(double, height);
        QFETCH(int, pages);
        int media = int(pod::cablesByMedium(sample_.cabling).size());
        QCOMPARE(expectedPages(width, height, int(sample_.project.layout.racks.size()), int(sample_.bom.size()),
                               int(sample_.cabling.cables.size()), media),
                 pages);
        QString pdf = tmp_.filePath(QStringLiteral("pages-%1-%2.pdf").arg(paper, orientation));
        if (paper.isEmpty()) {
            pdf = dir("sample.pdf");
        } else {
            Run r = podplannerNoDisplay({"export", kSample, "--pdf", pdf, "--paper", paper, "--orientation", orientation});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(pdfPages(pdf), pages);
    }

    void racksAndSectionsSelectPages() {
        // Three racks, elevations only, A4 landscape (2 a page): 2 pages.
        Run r = podplannerNoDisplay({"export", kSample, "--pdf", dir("three.pdf"), "--sections", "racks", "--racks", "A01,A05,A10"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(dir("three.pdf")), 2);
        QString text = pdfText(dir("three.pdf"));
        for (const char* name : {"A01", "A05", "A10"}) QVERIFY2(text.contains(name), name);
        QVERIFY(!text.contains("A02 "));
        Run bad = podplannerNoDisplay({"export", kSample, "--pdf", dir("x.pdf"), "--racks", "Z99"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("Z99"));
        QVERIFY(!QFile::exists(dir("x.pdf")));
    }

    void floorPagePerHall() {
        // A site of two halls (generate --halls 2, hall h named "Hall h"): the site's plan, then each hall's alone.
        const QString site = dir("site2.podplan");
        Run gen = podplannerNoDisplay({"generate", "--node", "nvidia-dgx-h100", "--nodes", "16", "--per-rack", "4", "--halls", "2", "-o", site});
        QVERIFY2(gen.exitCode == 0, gen.err.constData());
        const QString pdf = dir("halls.pdf");
        Run r = podplannerNoDisplay({"export", site, "--pdf", pdf, "--sections", "floor"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(pdf), 1 + 2);
        const QString text = pdfText(pdf);
        for (const char* s : {"site of 2 halls", "Floor plan Hall 1", "hall 1 of 2", "Floor plan Hall 2", "hall 2 of 2"})
            QVERIFY2(text.contains(s), s);
        // Hall 2's page shows hall 2's racks (the generator prefixes them "H2 ") and none of hall 1's.
        Run page3 = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("3"), pdf, QStringLiteral("-")});
        QVERIFY(page3.out.contains("H2 "));
        QVERIFY(!page3.out.contains("H1 "));
    }

    void coolingScheduleSheet() {
        // 8 × GB300 NVL72, one a rack: the generator adds 3 × Vertiv CoolChip CDU 600 (N+1) serving the GPU racks.
        // Liquid heat 8 × 142 kW × 0.9 = 1,022.4 kW over 3 × 600 kW CDUs pooled: each carries 1,022.4 / 3 =
        // 340.8 kW = 56.8 % of 600 kW. N-1 margin: (1,800 − 600) − 1,022.4 = 177.6 kW. Three rows: one page.
        const QString project = dir("gb300.podplan");
        Run gen = podplannerNoDisplay({"generate", "--node", "nvidia-gb300-nvl72", "--nodes", "8", "--per-rack", "1", "-o", project});
        QVERIFY2(gen.exitCode == 0, gen.err.constData());
        const QString pdf = dir("cooling.pdf");
        Run r = podplannerNoDisplay({"export", project, "--pdf", pdf, "--sections", "cooling"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(pdf), 1);
        QString text = pdfText(pdf);
        for (const char* s : {"Cooling schedule", "CDU-01", "CDU-02", "CDU-03", "Vertiv", "cdu-in-row", "liquid", "600.0",
                              "340.8", "56.8", "L/min", "177.6"})
            QVERIFY2(text.contains(s), s);
        QVERIFY(!text.contains("short"));

        // A project without cooling units: no cooling sheet by default, and asked for alone there is nothing to write.
        Run none = podplannerNoDisplay({"export", kSample, "--pdf", dir("nocool.pdf"), "--sections", "cooling"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("no cooling units"), none.err.constData());
        QVERIFY(!QFile::exists(dir("nocool.pdf")));
    }

    void powerSheets() {
        // tests/fixtures/power/two-n.podplan: UTIL-A/B → UPS-A/B (4 × 250 kW, η 0.96) → BW-A (415 V 3-phase 400 A at
        // the project's 80 %) and BW-B (same, derated to 100 %); R1 and R2 each hold one DGX H100 (10,200 W max), feeds
        // A → BW-A and B → BW-B; R2's feed B is on L2.
        //   Each rack's 10,200 W is shared equally by its two live feeds: 5,100 W a circuit.
        //   BW-A: 2 × 5,100 = 10,200 W of √3 × 415 × 400 × 0.8 = 230,016.4 W ("230.0 kW") → 4.43 % ("4.4 %");
        //         one circuit 5,100 / 230,016.4 = 2.22 % ("2.2 %").
        //         Balanced over three lines: 5,100 / 3 = 1,700 W at 415 / √3 = 239.6 V → 7.10 A a circuit ("7.1"),
        //         14.19 A a line for the node ("14.2").
        //   BW-B: √3 × 415 × 400 × 1.0 = 287,520.4 W ("287.5 kW"); 10,200 / 287,520.4 = 3.55 % ("3.5 %").
        //         R2/B on L2: 5,100 / 239.6 = 21.29 A ("21.3"); L2 in all 1,700 + 5,100 = 6,800 W → 28.38 A ("28.4").
        //         Lines 1,700 / 6,800 / 1,700 W: mean 3,400, L2 off by 3,400 = 100 % (above the project's 15 %).
        //   UPS-A: 10,200 of 4 × 250 = 1,000 kW → 1.0 %; it asks 10,200 / 0.96 = 10,625 W of UTIL-A ("10.6 kW", 0.53 %
        //          of 2,000 kW → "0.5 %").
        const QString project = QStringLiteral(PODPLANNER_FIXTURES "/power/two-n.podplan");
        const QString pdf = dir("power.pdf");
        Run r = podplannerNoDisplay({"export", project, "--pdf", pdf, "--sections", "power"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(pdf), 2);  // the one-line diagram, and 2 nodes × (section + 2 circuits + total) = 8 rows
        const QString text = pdfText(pdf);
        for (const char* s : {"One-line diagram", "UTIL-A", "UTIL-B", "UPS-A", "UPS-B", "BW-A", "Busway A1", "BW-B",
                              "4 × 250 kW", "2N", "capacity 1,000.0 kW", "load 10.2 kW · 1.0 %", "load 10.6 kW · 0.5 %",
                              "capacity 230.0 kW", "load 10.2 kW · 4.4 %", "capacity 287.5 kW", "load 10.2 kW · 3.5 %",
                              "2 racks", "R1, R2"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        for (const char* s : {"Panel schedules", "415 V 3-phase 400 A at 80 % = 230.0 kW", "from UPS-A",
                              "415 V 3-phase 400 A at 100 % = 287.5 kW", "5.10", "2.2 %", "1.8 %", "7.1", "14.2", "21.3",
                              "28.4", "10.20", "BW-A total, 2 circuits", "BW-B total, 2 circuits",
                              "imbalance 100.0 % (above 15.0 %)", "imbalance 0.0 %"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        // The panel rows in order: circuit, rack, feed, phase, kW, %, L1, L2, L3 (pdftotext -layout keeps a row on a line).
        Run layout = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        const QString table = QString::fromUtf8(layout.out).simplified();
        for (const char* s : {"1 R1 A L1-L3 5.10 2.2 % 7.1 7.1 7.1", "2 R2 B L2 5.10 1.8 % 0.0 21.3 0.0",
                              "10.20 4.4 % 14.2 14.2 14.2", "10.20 3.5 % 7.1 28.4 7.1"})
            QVERIFY2(table.contains(QString::fromUtf8(s)), s);

        // In the default sections: cover, floor, one rack page (2 racks), BOM, cables, then the 2 power pages.
        Run all = podplannerNoDisplay({"export", project, "--pdf", dir("power-all.pdf")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QCOMPARE(pdfPages(dir("power-all.pdf")), 7);
        QVERIFY(pdfText(dir("power-all.pdf")).contains("Power chain, 6 nodes"));

        // A project without a power chain: no power pages by default (sample.pdf keeps its 28), and asked for alone
        // there is nothing to write.
        Run none = podplannerNoDisplay({"export", kSample, "--pdf", dir("nopower.pdf"), "--sections", "power"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("no power chain"), none.err.constData());
        QVERIFY(!QFile::exists(dir("nopower.pdf")));
        QVERIFY(!pdfText(dir("sample.pdf")).contains("One-line diagram"));
    }

    void pdfHoldsTheFigures() {
        QString text = pdfText(dir("sample.pdf"));
        QVERIFY(!text.isEmpty());
        for (int i = 1; i <= 10; ++i) {
            QString name = QStringLiteral("A%1").arg(i, 2, 10, QChar('0'));
            QVERIFY2(text.contains(name), qPrintable(name));
        }
        QVERIFY(text.contains("48"));                // top U label
        QVERIFY(text.contains("256"));               // GPUs
        QVERIFY(text.contains("348.6 kW"));          // IT power at max
        QVERIFY(text.contains("453.1 kW"));          // facility power at PUE 1.3
        QVERIFY(text.contains("253.3 PFLOPS"));      // FP16 dense
        QVERIFY(text.contains("20,480 GB"));         // GPU memory
        QVERIFY(text.contains("Sample pod"));        // project name
        QVERIFY(text.contains("2026-11-23"));        // project date
        QVERIFY(text.contains("28 of 28"));          // page n of m
        for (const pod::BomLine& line : sample_.bom)
            QVERIFY2(text.contains(QString::fromStdString(line.model)), line.model.c_str());
        QVERIFY(text.contains("DGX H100"));
        QVERIFY(text.contains("QM9700"));
        QVERIFY(text.contains("3,774.9"));           // total cable length, m
    }

    void svgSheetsForFloorAndEveryRack() {
        QStringList files = {QStringLiteral("floor.svg")};
        for (const pod::Rack& r : sample_.project.layout.racks) files << QStringLiteral("rack-%1.svg").arg(QString::fromStdString(r.name));
        QCOMPARE(QDir(dir("svg")).entryList(QDir::Files).size(), files.size());
        for (const QString& f : files) {
            QString error;
            QString text = svgText(dir("svg/") + f, &error);
            QVERIFY2(error.isEmpty(), qPrintable(f + ": " + error));
            if (f == "floor.svg") {
                for (const pod::Rack& r : sample_.project.layout.racks)
                    QVERIFY2(text.contains(QString::fromStdString(r.name)), r.name.c_str());
            } else {
                QVERIFY2(text.contains(f.mid(5).chopped(4)), qPrintable(f));
                QVERIFY(text.contains("48"));
            }
        }
    }

    void pngSheetsAtRequestedDpi() {
        // A4 landscape at 72 dpi: 297 / 25.4 × 72 = 841.9 → 842, 210 / 25.4 × 72 = 595.3 → 595 pixels.
        for (const QString& f : {QStringLiteral("floor.png"), QStringLiteral("rack-A01.png"), QStringLiteral("rack-A10.png")}) {
            int dpm = 0;
            QCOMPARE(pngSize(dir("png/") + f, &dpm), QSize(842, 595));
            QCOMPARE(dpm, 2835);  // 72 dpi
        }
        QCOMPARE(QDir(dir("png")).entryList(QDir::Files).size(), 11);
    }

    void bomCsvMatchesModel() {
        QFile f(dir("bom.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));  // every line ends in CRLF
        auto records = parseCsv(bytes);
        QCOMPARE(records.front().join(','),
                 QStringLiteral("catalog_id,kind,vendor,model,count,unit_max_kw,total_max_kw,total_length_m"));
        QCOMPARE(records.size() - 1, sample_.bom.size());
        for (std::size_t i = 0; i < sample_.bom.size(); ++i) {
            const QStringList& rec = records[i + 1];
            QCOMPARE(rec.size(), 8);
            QCOMPARE(rec[0].toStdString(), sample_.bom[i].catalogId);
            QCOMPARE(rec[3].toStdString(), sample_.bom[i].model);
            QCOMPARE(rec[4].toInt(), sample_.bom[i].count);
        }
        // The DGX line: 32 × 10.2 kW.
        auto dgx = std::find_if(records.begin(), records.end(), [](const QStringList& r) { return r[0] == "nvidia-dgx-h100"; });
        QVERIFY(dgx != records.end());
        QCOMPARE((*dgx)[5], QStringLiteral("10.200"));
        QCOMPARE((*dgx)[6], QStringLiteral("326.400"));
    }

    void cableCsvMatchesModel() {
        QFile f(dir("cables.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto records = parseCsv(f.readAll());
        QCOMPARE(records.front().join(','),
                 QStringLiteral("cable,fabric,tier,from_rack,from_u,from_device,from_port,to_rack,to_u,to_device,"
                                "to_port,speed_gbps,medium,length_m"));
        QCOMPARE(records.size() - 1, sample_.cabling.cables.size());
        QCOMPARE(records.size() - 1, std::size_t(644));
        // Sorted by fabric (network order), then from rack, then U.
        std::map<QString, int> fabricOrder = {{"compute", 0}, {"inband", 1}, {"oob", 2}};
        for (std::size_t i = 2; i < records.size(); ++i) {
            const QStringList &a = records[i - 1], &b = records[i];
            QCOMPARE(b[0].toInt(), int(i));
            auto key = [&](const QStringList& r) { return std::tuple(fabricOrder[r[1]], r[3], r[4].toDouble()); };
            QVERIFY2(key(a) <= key(b), qPrintable(a.join(',') + " / " + b.join(',')));
        }
        double totalM = 0;
        for (std::size_t i = 1; i < records.size(); ++i) totalM += records[i][13].toDouble();
        std::int64_t totalMm = 0;
        for (const auto& c : sample_.cabling.cables) totalMm += c.lengthMm;
        QCOMPARE(std::llround(totalM * 1000), totalMm);
    }

    void csvQuotesCommasAndQuotes() {
        Model fixture = loadModel(kCommaRack);
        Run r = podplannerNoDisplay({"export", kCommaRack, "--cables", dir("q-cables.csv"), "--bom", dir("q-bom.csv"), "--svg",
                            dir("q-svg"), "--pdf", dir("q.pdf")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(dir("q-cables.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray raw = f.readAll();
        QVERIFY(raw.contains("\"Rack \"\"B\"\", 01\""));  // quoted, inner quotes doubled
        QVERIFY(raw.contains("\"DGX, primary\""));
        auto records = parseCsv(raw);
        QCOMPARE(records.size() - 1, fixture.cabling.cables.size());
        QVERIFY(fixture.cabling.cables.size() > 0);
        for (std::size_t i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), 14);
            QCOMPARE(records[i][3], QStringLiteral("Rack \"B\", 01"));
            QCOMPARE(records[i][5], QStringLiteral("DGX, primary"));
            QCOMPARE(records[i][7], QStringLiteral("B02"));
        }
        // SVG names: unsafe characters become '_'; the text inside keeps the real name, XML-escaped.
        QString error;
        QString text = svgText(dir("q-svg/rack-Rack__B___01.svg"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.contains("Rack \"B\", 01"));
        QString floor = svgText(dir("q-svg/floor.svg"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(floor.contains("Quoting <test> & \"pod\", one node"));
        QVERIFY(pdfText(dir("q.pdf")).contains("Rack \"B\", 01"));
    }

    void badOutputPathWritesNothing() {
        QString missing = dir("no-such-dir/out.pdf");
        Run r = podplannerNoDisplay({"export", kSample, "--pdf", missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("does not exist"));
        QCOMPARE(r.err.count('\n'), 1);  // one line
        QVERIFY(!QFileInfo::exists(dir("no-such-dir")));

        // A good PDF path with a bad CSV path: checked first, so the PDF is not written either.
        Run mixed = podplannerNoDisplay({"export", kSample, "--pdf", dir("good.pdf"), "--cables", dir("nope/c.csv")});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY(mixed.err.contains(dir("nope/c.csv").toUtf8()));
        QVERIFY(!QFile::exists(dir("good.pdf")));

        // A directory where a file is wanted; an image directory whose parent is missing.
        Run isDir = podplannerNoDisplay({"export", kSample, "--bom", tmp_.path()});
        QCOMPARE(isDir.exitCode, 2);
        QVERIFY(isDir.err.contains("is a directory"));
        Run svg = podplannerNoDisplay({"export", kSample, "--svg", dir("a/b/c")});
        QCOMPARE(svg.exitCode, 2);
        QVERIFY(svg.err.contains(dir("a/b/c").toUtf8()));
        QVERIFY(!QFileInfo::exists(dir("a")));

        // An existing file is replaced only when the export succeeds.
        QFile keep(dir("keep.csv"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("old");
        keep.close();
        Run ok = podplannerNoDisplay({"export", kSample, "--bom", dir("keep.csv")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QVERIFY(keep.readAll().startsWith("catalog_id,"));
        QCOMPARE(QDir(tmp_.path()).entryList({"*.csv.*", ".*keep*"}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void badInputAndArguments() {
        Run missing = podplannerNoDisplay({"export", dir("missing.podplan"), "--pdf", dir("m.pdf")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith("podplanner: ") && missing.err.contains("missing.podplan: no such file"),
                 missing.err.constData());
        QVERIFY(!QFile::exists(dir("m.pdf")));

        Run bad = podplannerNoDisplay({"export", QStringLiteral(PODPLANNER_FIXTURES "/cli/bad-u.podplan"), "--pdf", dir("b.pdf")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("bad-u.podplan: /devices/0/u: must be in [1, 48], got 0"));

        Run none = podplannerNoDisplay({"export", kSample});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("--pdf"));
        Run paper = podplannerNoDisplay({"export", kSample, "--pdf", dir("p.pdf"), "--paper", "b5"});
        QCOMPARE(paper.exitCode, 2);
        QVERIFY(paper.err.contains("b5"));
        Run dpi = podplannerNoDisplay({"export", kSample, "--png", dir("png2"), "--dpi", "abc"});
        QCOMPARE(dpi.exitCode, 2);
        Run section = podplannerNoDisplay({"export", kSample, "--pdf", dir("s.pdf"), "--sections", "cover,nope"});
        QCOMPARE(section.exitCode, 2);
        QVERIFY(section.err.contains("nope"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
