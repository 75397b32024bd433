// `--prices` on `totals` and `compare` through the real binary: the sample's 4-per-rack and 2-per-rack
// scenarios (a frozen copy, tests/fixtures/cost/sample-2-vs-4.podplan) priced with the example book
// (tests/fixtures/cost/example-prices.csv: ILLUSTRATIVE, NOT REAL PRICES), checked line by line by hand.
#include <QtTest>

#include "RunPodplanner.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

const QString kPod = QStringLiteral(PODPLANNER_FIXTURES "/cost/sample-2-vs-4.podplan");
const QString kBook = QStringLiteral(PODPLANNER_FIXTURES "/cost/example-prices.csv");
const QString kFour = kPod + "#4 nodes per rack";
const QString kTwo = kPod + "#2 nodes per rack";

// Prices of the example book (illustrative, not real prices).
constexpr double kRack = 2000, kDgx = 300000, kQm9700 = 30000, kSn4600c = 15000, kSn2201 = 5000, kPdu2u = 3000, kAp8886 = 1500,
                 kPdu0u = 500, kVast = 200000, kBlank1u = 10, kBlank2u = 15, kRdhx = 20000, kContained = 3000, kRoomAir = 0;
const std::map<std::string, double> kPerMetre = {
    {"cable-dac", 20}, {"cable-acc", 30}, {"cable-aoc", 40}, {"cable-multimode", 5}, {"cable-singlemode", 3}};

json lineOf(const json& cost, const std::string& id) {
    for (const auto& l : cost["lines"])
        if (l["id"] == id) return l;
    return json();
}

bool near(double a, double b) { return std::fabs(a - b) < 0.006; }

}  // namespace

class TestCostCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString write(const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
        f.write(text);
        return f.fileName();
    }

private slots:
    // The 4-per-rack layout (the file's active one): 11 racks (10 GPU/network + 1 storage), counted in the
    // fixture: 32 DGX H100, 12 QM9700, 2 SN4600C, 2 SN2201, 32 2U PDUs, 4 AP8886, 2 0U PDUs, 1 VAST DBox,
    // 7 1U blanks, 55 2U blanks; racks cooled: 8 active rear doors, 2 contained air, 1 room air.
    //   racks      11 × 2,000   =    22,000      pdu-2u     32 × 3,000 =  96,000
    //   dgx        32 × 300,000 = 9,600,000      ap8886      4 × 1,500 =   6,000
    //   qm9700     12 × 30,000  =   360,000      pdu-0u      2 × 500   =   1,000
    //   sn4600c     2 × 15,000  =    30,000      vast        1 × 200,000 = 200,000
    //   sn2201      2 × 5,000   =    10,000      blank-1u    7 × 10    =      70
    //   rdhx        8 × 20,000  =   160,000      blank-2u   55 × 15    =     825
    //   contained   2 × 3,000   =     6,000      room air    1 × 0     =       0
    //   without cables: 10,491,895; cables per metre on top.
    void totalsJsonCostBlock() {
        Run r = podplanner({"totals", kPod, "--json", "--prices", kBook, "--kwh-price", "0.10", "--years", "5"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        const json& c = j["cost"];
        QCOMPARE(c["currency"].get<std::string>(), std::string("USD"));
        QVERIFY(c["unpriced"].is_array() && c["unpriced"].empty());
        QVERIFY(c["capex_complete"].get<bool>());
        const std::map<std::string, std::pair<int, double>> items = {
            {"hpe-10848-g2", {11, kRack}},       {"nvidia-dgx-h100", {32, kDgx}},  {"nvidia-qm9700", {12, kQm9700}},
            {"nvidia-sn4600c", {2, kSn4600c}},  {"nvidia-sn2201", {2, kSn2201}}, {"generic-pdu-2u-3ph-415v-60a", {32, kPdu2u}},
            {"apc-ap8886", {4, kAp8886}},       {"generic-pdu-0u-1ph-230v-32a", {2, kPdu0u}}, {"vast-dbox-df3015v2", {1, kVast}},
            {"blank-1u", {7, kBlank1u}},        {"blank-2u", {55, kBlank2u}},    {"cooling-rdhx-active", {8, kRdhx}},
            {"cooling-contained-air", {2, kContained}}, {"cooling-room-air", {1, kRoomAir}}};
        double items_total = 0;
        for (const auto& [id, qp] : items) {
            const json l = lineOf(c, id);
            QVERIFY2(!l.is_null(), id.c_str());
            QCOMPARE(l["count"].get<int>(), qp.first);
            QCOMPARE(l["unit_price"].get<double>(), qp.second);
            QCOMPARE(l["extended"].get<double>(), qp.first * qp.second);
            items_total += qp.first * qp.second;
        }
        QCOMPARE(items_total, 10491895.0);  // the hand sum above
        // Cables: per metre of the BOM's total length for that medium.
        double cables = 0;
        int cableLines = 0;
        for (const auto& b : j["bom"]) {
            if (b["kind"] != "cable_media") continue;
            const std::string id = b["catalog"];
            const json l = lineOf(c, id);
            QCOMPARE(l["unit"].get<std::string>(), std::string("m"));
            QCOMPARE(l["count"].get<int>(), b["count"].get<int>());
            QVERIFY(near(l["quantity"].get<double>(), b["total_length_m"].get<double>()));
            QVERIFY(near(l["extended"].get<double>(), kPerMetre.at(id) * b["total_length_m"].get<double>()));
            cables += kPerMetre.at(id) * b["total_length_m"].get<double>();
            ++cableLines;
        }
        QVERIFY(cableLines > 0);
        QVERIFY(near(c["capex"].get<double>(), 10491895.0 + cables));
        QCOMPARE(c["lines"].size(), items.size() + std::size_t(cableLines));
        // Energy: typical IT kW × 1.3 × 8,760 h × 0.10; per GPU: capex / 256.
        const double itKw = j["power_typical_w"].get<double>() / 1000.0;
        QCOMPARE(c["pue"].get<double>(), 1.3);
        QVERIFY(near(c["energy_per_year"].get<double>(), itKw * 1.3 * 8760 * 0.10));
        QVERIFY(std::fabs(c["energy_over_years"].get<double>() - 5 * c["energy_per_year"].get<double>()) < 0.03);  // each rounded to cents
        QVERIFY(near(c["per_gpu"].get<double>(), c["capex"].get<double>() / 256));
        QVERIFY(near(c["per_rack"].get<double>(), c["capex"].get<double>() / 11));
        // 256 × 1,978.9 TF FP8 = 506.5984 PF.
        QCOMPARE(c["per_pflops_precision"].get<std::string>(), std::string("fp8"));
        QVERIFY(near(c["per_pflops"].get<double>(), c["capex"].get<double>() / 506.5984));
        QVERIFY(j.contains("racks"));  // the totals are all still there
    }

    // B − A line by line, 2 nodes per rack (B) against 4 (A); from the fixture's counts:
    //   racks      11 → 19:  +8 × 2,000    =  +16,000
    //   pdu-2u     32 → 0:  −32 × 3,000    =  −96,000
    //   ap8886      4 → 36: +32 × 1,500    =  +48,000
    //   blank-2u   55 → 279: +224 × 15     =   +3,360
    //   rdhx        8 → 0:   −8 × 20,000   = −160,000
    //   contained   2 → 18: +16 × 3,000    =  +48,000
    //   everything else the same count: 0
    //   without cables: −140,640; each cable medium: price per metre × (B − A) metres.
    void compareLineByLine() {
        Run r = podplanner({"compare", kFour, kTwo, "--json", "--prices", kBook, "--kwh-price", "0.10"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        const json& d = j["cost"]["diff"];
        const std::map<std::string, double> expected = {
            {"hpe-10848-g2", 8 * kRack},  {"generic-pdu-2u-3ph-415v-60a", -32 * kPdu2u}, {"apc-ap8886", 32 * kAp8886},
            {"blank-2u", 224 * kBlank2u}, {"cooling-rdhx-active", -8 * kRdhx},           {"cooling-contained-air", 16 * kContained},
            {"nvidia-dgx-h100", 0},       {"nvidia-qm9700", 0},  {"nvidia-sn4600c", 0}, {"nvidia-sn2201", 0}, {"vast-dbox-df3015v2", 0},
            {"generic-pdu-0u-1ph-230v-32a", 0}, {"blank-1u", 0}, {"cooling-room-air", 0}};
        double sum = 0;
        for (const auto& [id, diff] : expected) {
            QVERIFY2(d["lines"].contains(id), id.c_str());
            QCOMPARE(d["lines"][id]["extended"].get<double>(), diff);
            sum += diff;
        }
        QCOMPARE(sum, -140640.0);
        QCOMPARE(d["lines"]["blank-2u"]["quantity"].get<double>(), 224.0);
        const json& a = j["cost"]["a"];
        const json& b = j["cost"]["b"];
        double cables = 0;
        for (const auto& [id, price] : kPerMetre) {
            const json la = lineOf(a, id), lb = lineOf(b, id);
            if (la.is_null() && lb.is_null()) continue;
            const double ma = la.is_null() ? 0 : la["quantity"].get<double>(), mb = lb.is_null() ? 0 : lb["quantity"].get<double>();
            QVERIFY2(near(d["lines"][id]["extended"].get<double>(), price * (mb - ma)), id.c_str());
            cables += price * (mb - ma);
        }
        QCOMPARE(d["lines"].size(), expected.size() + std::size_t(std::count_if(kPerMetre.begin(), kPerMetre.end(), [&](const auto& m) {
                                        return !lineOf(a, m.first).is_null() || !lineOf(b, m.first).is_null();
                                    })));
        QVERIFY(near(d["capex"].get<double>(), -140640.0 + cables));
        QVERIFY(near(d["capex"].get<double>(), b["capex"].get<double>() - a["capex"].get<double>()));
        QVERIFY(near(d["energy_per_year"].get<double>(), b["energy_per_year"].get<double>() - a["energy_per_year"].get<double>()));
        // The cost rows join the table, with their direction.
        auto row = [&](const std::string& label) {
            for (const auto& x : j["rows"])
                if (x["label"] == label && x.value("section", "") == "cost") return x;
            return json();
        };
        QVERIFY(!row("Capex").is_null());
        QCOMPARE(row("Capex")["better"].get<std::string>(), std::string("lower"));
        QCOMPARE(row("Capex")["verdict"].get<std::string>(), d["capex"].get<double>() < 0 ? std::string("better") : std::string("worse"));
        QCOMPARE(row("cooling-rdhx-active")["diff"].get<std::string>(), std::string("\u2212160,000 USD"));
        QCOMPARE(row("cooling-rdhx-active")["verdict"].get<std::string>(), std::string("better"));
        QCOMPARE(row("apc-ap8886")["diff"].get<std::string>(), std::string("+48,000 USD"));
        QCOMPARE(row("nvidia-dgx-h100")["diff"].get<std::string>(), std::string("0"));
        QVERIFY(row("Capex per rack")["better"].is_null());
        QVERIFY(!row("Energy per year").is_null());
        QVERIFY(!row("TCO over 5 years").is_null());
        QCOMPARE(row("Unpriced items")["a"].get<std::string>(), std::string("none"));
    }

    void compareText() {
        Run r = podplanner({"compare", kFour, kTwo, "--prices", kBook});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains("Cost (USD)"));
        QVERIFY2(out.contains(QRegularExpression("\\n  cooling-rdhx-active +160,000 USD +0 USD +\u2212160,000 USD\\n")), r.out.constData());
        QVERIFY(out.contains(QRegularExpression("\\nEnergy per year +— +— *\\n")));  // no --kwh-price: not priced
        // Without --prices: no cost rows at all.
        Run plain = podplanner({"compare", kFour, kTwo});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.out.contains("Capex"));
    }

    // Ids without a price are listed in every output, and capex covers only the priced ones.
    void unpricedListed() {
        const QString book = write("dgx-only.csv", "catalog_id,unit_price,currency,source,date\r\nnvidia-dgx-h100,300000,EUR,illustrative,\r\n");
        Run r = podplanner({"totals", kPod, "--json", "--prices", book});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json c = json::parse(r.out.toStdString())["cost"];
        QCOMPARE(c["capex"].get<double>(), 32 * kDgx);  // 9,600,000
        QVERIFY(!c["capex_complete"].get<bool>());
        const auto unpriced = c["unpriced"].get<std::vector<std::string>>();
        QCOMPARE(unpriced.front(), std::string("hpe-10848-g2"));
        QVERIFY(std::find(unpriced.begin(), unpriced.end(), "nvidia-qm9700") != unpriced.end());
        QVERIFY(std::find(unpriced.begin(), unpriced.end(), "cooling-rdhx-active") != unpriced.end());
        QVERIFY(std::find(unpriced.begin(), unpriced.end(), "nvidia-dgx-h100") == unpriced.end());
        QCOMPARE(unpriced.size(), c["lines"].size() - 1);
        QVERIFY(c["energy_per_year"].is_null());  // no --kwh-price

        Run text = podplanner({"totals", kPod, "--prices", book});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Capex               9,600,000 EUR (priced items only)"));
        QVERIFY(text.out.contains("BOM items without a price: hpe-10848-g2, "));
        QVERIFY(text.out.contains("UNPRICED"));
        QVERIFY(text.out.contains("not priced (no --kwh-price)"));
    }

    void badBookExits2_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("non-numeric") << QByteArray("catalog_id,unit_price,currency,source,date\nblank-1u,10,USD,,\nblank-2u,ten,USD,,\n")
                                     << "bad.csv: line 3, column 2 (unit_price): not a plain number";
        QTest::newRow("second currency") << QByteArray("catalog_id,unit_price,currency,source,date\nblank-1u,10,USD,,\nblank-2u,10,EUR,,\n")
                                         << "bad.csv: line 3, column 3 (currency): currency \"EUR\" differs from \"USD\" (line 2)";
        QTest::newRow("duplicate") << QByteArray("catalog_id,unit_price,currency,source,date\nblank-1u,10,USD,,\n\nblank-1u,11,USD,,\n")
                                   << "bad.csv: line 4, column 1 (catalog_id): duplicate catalog id \"blank-1u\" (first priced on line 2)";
        QTest::newRow("negative") << QByteArray("catalog_id,unit_price,currency,source,date\r\nblank-1u,-1,USD,,\r\n")
                                  << "bad.csv: line 2, column 2 (unit_price): negative price -1";
        QTest::newRow("header") << QByteArray("id,price\nblank-1u,1\n") << "bad.csv: line 1: the header must be exactly";
    }
    void badBookExits2() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        const QString book = write("bad.csv", csv);
        for (const char* command : {"totals", "compare"}) {
            QStringList args = {command, kPod};
            if (QByteArray(command) == "compare") args = QStringList{command, kFour, kTwo};
            Run r = podplanner(args + QStringList{"--prices", book});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(where.toUtf8()), r.err.constData());
            QVERIFY2(r.err.contains(book.toUtf8()), r.err.constData());  // the file, by the path given
            QVERIFY(r.out.isEmpty());  // nothing else printed
            Run j = podplanner(args + QStringList{"--prices", book, "--json"});
            QCOMPARE(j.exitCode, 2);
            const json e = json::parse(j.out.toStdString())["error"];
            QCOMPARE(QString::fromStdString(e["file"].get<std::string>()), book);
            QVERIFY(!e["reason"].get<std::string>().empty());
        }
    }

    void badOptionsExit2() {
        for (const QStringList& extra :
             {QStringList{"--kwh-price", "0.1"}, QStringList{"--prices", kBook, "--years", "0"},
              QStringList{"--prices", kBook, "--energy-basis", "peak"}, QStringList{"--prices", kBook, "--kwh-price", "abc"},
              QStringList{"--prices", kBook, "--maintenance-percent", "150"}, QStringList{"--prices", dir.filePath("missing.csv")}}) {
            Run r = podplanner(QStringList{"totals", kPod} + extra);
            QVERIFY2(r.exitCode == 2, qPrintable(extra.join(' ')));
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.isEmpty());
        }
        Run r = podplanner({"totals", kPod, "--kwh-price", "0.1"});
        QVERIFY(r.err.contains("--kwh-price needs --prices FILE"));
        Run m = podplanner({"totals", kPod, "--prices", dir.filePath("missing.csv")});
        QVERIFY2(m.err.contains("missing.csv: no such file"), m.err.constData());
    }

    // export --prices: BOM CSV with unit_price,extended_price (only then), the PDF cover's cost lines and
    // the BOM sheet's price columns; a bad book writes nothing.
    void exportWithPrices() {
        const QString csv = dir.filePath("bom.csv"), pdf = dir.filePath("pod.pdf");
        Run r = podplanner({"export", kPod, "--bom", csv, "--pdf", pdf, "--prices", kBook, "--kwh-price", "0.10"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith("catalog_id,kind,vendor,model,count,unit_max_kw,total_max_kw,total_length_m,unit_price,extended_price\r\n"));
        // 32 × 300,000 = 9,600,000; 8 rear doors × 20,000 = 160,000; cables: price per metre × length.
        QVERIFY(text.contains(QRegularExpression("\r\nnvidia-dgx-h100,gpu_node,NVIDIA,DGX H100,32,[^\r]*,300000.00,9600000.00\r\n")));
        QVERIFY(text.contains(QRegularExpression("\r\ncooling-rdhx-active,cooling,[^\r]*,8,,,,20000.00,160000.00\r\n")));
        const QRegularExpressionMatch dac = QRegularExpression("\r\ncable-dac,cable_media,[^\r]*,(\\d+),,,([0-9.]+),20.00,([0-9.]+)\r\n").match(text);
        QVERIFY(dac.hasMatch());
        QVERIFY(std::fabs(dac.captured(2).toDouble() * 20 - dac.captured(3).toDouble()) < 0.006);

        QProcess p;
        p.start("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(p.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(pdfText.contains("Cost (USD)"));
        QVERIFY(pdfText.contains(QRegularExpression("Unpriced +none")));
        QVERIFY(pdfText.contains(QRegularExpression("Unit USD +Extended USD")));
        QVERIFY(pdfText.contains(QRegularExpression("nvidia-dgx-h100 .* 300,000.00 +9,600,000.00")));

        // Without --prices: the BOM CSV as before.
        Run plain = podplanner({"export", kPod, "--bom", dir.filePath("plain.csv")});
        QCOMPARE(plain.exitCode, 0);
        QFile g(dir.filePath("plain.csv"));
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readLine().startsWith("catalog_id,kind,vendor,model,count,unit_max_kw,total_max_kw,total_length_m\r\n"));

        // A bad book: exit 2 naming file and line; nothing written.
        const QString bad = write("bad-export.csv", "catalog_id,unit_price,currency,source,date\nblank-1u,1,USD,,\nblank-2u,x,USD,,\n");
        Run b = podplanner({"export", kPod, "--bom", dir.filePath("never.csv"), "--prices", bad});
        QCOMPARE(b.exitCode, 2);
        QVERIFY2(b.err.contains("bad-export.csv: line 3, column 2 (unit_price)"), b.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("never.csv")));
    }

    // Build-out and maintenance: capex = equipment + IT max kW × 1,000; maintenance 5 % of capex a year;
    // TCO over 2 years = capex + 2 × (energy + maintenance).
    void buildoutAndMaintenance() {
        Run r = podplanner({"totals", kPod, "--json", "--prices", kBook, "--kwh-price", "0.2", "--years", "2", "--buildout-per-kw", "1000",
                            "--maintenance-percent", "5", "--energy-basis", "max"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const json j = json::parse(r.out.toStdString());
        const json& c = j["cost"];
        const double itMaxKw = j["power_max_w"].get<double>() / 1000.0;
        QVERIFY(near(c["buildout"].get<double>(), itMaxKw * 1000));
        QVERIFY(near(c["capex"].get<double>(), c["equipment"].get<double>() + itMaxKw * 1000));
        QVERIFY(near(c["maintenance_per_year"].get<double>(), c["capex"].get<double>() * 0.05));
        QCOMPARE(c["energy_basis"].get<std::string>(), std::string("max"));
        QVERIFY(near(c["energy_per_year"].get<double>(), itMaxKw * 1.3 * 8760 * 0.2));
        QVERIFY(near(c["tco"].get<double>(),
                     c["capex"].get<double>() + 2 * (c["energy_per_year"].get<double>() + c["maintenance_per_year"].get<double>())));
    }
};

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_cost_cli.moc"
