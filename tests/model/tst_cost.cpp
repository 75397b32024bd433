// Price book reading and the cost model, against hand arithmetic written next to each expectation.
// All prices here are made up for the arithmetic: illustrative, not real prices.
#include <QtTest>

#include "CatalogLoader.h"
#include "Cost.h"
#include "CostCompare.h"
#include "PriceBook.h"
#include "ProjectFile.h"

using namespace pod;

namespace {

const char* kHeader = "catalog_id,unit_price,currency,source,date\n";

PriceBook book(const std::string& rows) {
    auto r = parsePriceBook(std::string(kHeader) + rows, "test.csv");
    if (auto* e = std::get_if<PriceBookError>(&r)) qFatal("book does not parse: %s", e->message().c_str());
    return std::get<PriceBook>(r);
}

PriceBookError bookError(const std::string& text) {
    auto r = parsePriceBook(text, "bad.csv");
    if (!std::holds_alternative<PriceBookError>(r)) qFatal("expected an error for: %s", text.c_str());
    return std::get<PriceBookError>(r);
}

// One HPE 10848 G2 rack with an active rear door; devices and network as given.
Project makeProject(const Catalog& catalog, const std::string& devicesJson, const std::string& extra = "", double pue = 1.3) {
    std::string text = R"({"format":"podplanner","version":1,
      "settings":{"cable_slack_mm":1000},
      "room":{"outline":[[0,0],[5000,0],[5000,5000],[0,5000]],"power_capacity_w":1e7,
              "cooling_capacity_w":1e7,"floor_load_kg_m2":2000,"pue":PUE},
      "racks":[{"id":"r1","model":"hpe-10848-g2","position":[1000,1000],"rotation":0,
                "cooling":"cooling-rdhx-active","power_budget_w":45000}],
      "devices":DEVICES EXTRA})";
    text.replace(text.find("PUE"), 3, std::to_string(pue));
    text.replace(text.find("DEVICES"), 7, devicesJson);
    text.replace(text.find("EXTRA"), 5, extra);
    auto result = ProjectFile::parse(text, "inline", catalog);
    if (auto* e = std::get_if<LoadError>(&result)) qFatal("fixture does not load: %s", e->message().c_str());
    return std::get<Project>(result);
}

const CostLine* line(const CostReport& r, const std::string& id) {
    for (const auto& c : r.lines)
        if (c.catalogId == id) return &c;
    return nullptr;
}

}  // namespace

class TestCost : public QObject {
    Q_OBJECT
    Catalog catalog;

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    // --- the price book -------------------------------------------------------------------------

    void readsQuotedFieldsCrlfAndBlankLines() {
        auto r = parsePriceBook("\xEF\xBB\xBF" "catalog_id,unit_price,currency,source,date\r\n"
                                "\r\n"
                                "nvidia-dgx-h100,300000,USD,\"quote 7, \"\"rev B\"\"\",2026-01-01\r\n"
                                "\n"
                                "blank-1u, 10.5 ,USD,,\r\n",
                                "book.csv");
        auto* e = std::get_if<PriceBookError>(&r);
        QVERIFY2(!e, e ? e->message().c_str() : "");
        const PriceBook& b = std::get<PriceBook>(r);
        QCOMPARE(b.size(), std::size_t(2));
        QCOMPARE(b.currency(), std::string("USD"));
        QCOMPARE(b.find("nvidia-dgx-h100")->unitPrice, 300000.0);
        QCOMPARE(b.find("nvidia-dgx-h100")->source, std::string("quote 7, \"rev B\""));  // comma and quotes inside quotes
        QCOMPARE(b.find("nvidia-dgx-h100")->line, 3);  // line 2 is blank
        QCOMPARE(b.find("blank-1u")->unitPrice, 10.5);
        QCOMPARE(b.find("blank-1u")->line, 5);
        QVERIFY(!b.find("nvidia-qm9700"));
    }

    void refusesBadBooks_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        const QString h = kHeader;
        QTest::newRow("wrong header") << "catalog_id,price,currency,source,date\nx,1,USD,,\n" << 1 << 0 << "header must be exactly";
        QTest::newRow("empty file") << "" << 1 << 0 << "empty file";
        QTest::newRow("second currency") << h + "a,1,USD,,\nb,2,USD,,\nc,3,EUR,,\n" << 4 << 3 << "differs from \"USD\" (line 2)";
        QTest::newRow("duplicate id") << h + "a,1,USD,,\nb,2,USD,,\na,3,USD,,\n" << 4 << 1 << "first priced on line 2";
        QTest::newRow("negative price") << h + "a,-5,USD,,\n" << 2 << 2 << "negative price -5";
        QTest::newRow("not a number") << h + "a,1,USD,,\nb,12.50 USD,USD,,\n" << 3 << 2 << "not a plain number";
        QTest::newRow("thousands separator") << h + "a,\"1,200\",USD,,\n" << 2 << 2 << "not a plain number";
        QTest::newRow("empty price") << h + "a,,USD,,\n" << 2 << 2 << "not a plain number";
        QTest::newRow("nan") << h + "a,nan,USD,,\n" << 2 << 2 << "not a plain number";
        QTest::newRow("too few fields") << h + "a,1,USD\n" << 2 << 4 << "expected 5 fields";
        QTest::newRow("too many fields") << h + "a,1,USD,,,x\n" << 2 << 6 << "expected 5 fields";
        QTest::newRow("empty id") << h + ",1,USD,,\n" << 2 << 1 << "empty catalog id";
        QTest::newRow("empty currency") << h + "a,1,,,\n" << 2 << 3 << "empty currency";
        QTest::newRow("unclosed quote") << h + "a,1,USD,,\nb,2,USD,\"open,\n" << 3 << 4 << "never closed";
        QTest::newRow("text after quote") << h + "a,1,USD,\"x\"y,\n" << 2 << 4 << "after the closing quote";
    }
    void refusesBadBooks() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const PriceBookError e = bookError(text.toStdString());
        QCOMPARE(e.file, std::string("bad.csv"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.reason.find(reason.toStdString()) != std::string::npos, e.reason.c_str());
        QVERIFY(e.message().rfind("bad.csv: line " + std::to_string(line), 0) == 0);
    }

    void errorMessageNamesColumn() {
        const PriceBookError e = bookError(std::string(kHeader) + "a,x,USD,,\n");
        QCOMPARE(QString::fromStdString(e.message()),
                 QStringLiteral("bad.csv: line 2, column 2 (unit_price): not a plain number (digits and a point, no currency sign or "
                                "separators): \"x\""));
    }

    void missingFileIsAnError() {
        auto r = loadPriceBook("/nonexistent/prices.csv");
        QVERIFY(std::holds_alternative<PriceBookError>(r));
        QCOMPARE(std::get<PriceBookError>(r).reason, std::string("no such file"));
    }

    // --- the cost model -------------------------------------------------------------------------

    // The issue's figure: 250 × lenovo-sr675-v3 at 4,000 W max (no typical figure: counted at max)
    // = 1,000 kW IT; 1,000 kW × PUE 1.3 × 8,760 h = 11,388,000 kWh × 0.10 = 1,138,800 per year;
    // over 3 years 3,416,400. (The devices overlap in one rack: wrong for `check`, fine for the sums.)
    void energyPerYear() {
        std::string devices = "[";
        for (int i = 0; i < 250; ++i)
            devices += std::string(i ? "," : "") + "{\"id\":\"n" + std::to_string(i) + "\",\"catalog\":\"lenovo-sr675-v3\",\"rack\":\"r1\",\"u\":1}";
        devices += "]";
        const Project p = makeProject(catalog, devices);
        CostOptions o;
        o.kwhPrice = 0.10;
        o.years = 3;
        for (EnergyBasis basis : {EnergyBasis::Typical, EnergyBasis::Max}) {
            o.energyBasis = basis;
            const CostReport r = computeCost(p, catalog, book(""), o);
            QCOMPARE(r.itKw(), 1000.0);
            QCOMPARE(r.pue, 1.3);
            QVERIFY(qFuzzyCompare(r.energyKwhPerYear, 11388000.0));
            QVERIFY(qFuzzyCompare(*r.energyPerYear, 1138800.0));
            QVERIFY(qFuzzyCompare(*r.energyOverYears(), 3416400.0));
            QCOMPARE(costToJson(r)["energy_per_year"].get<double>(), 1138800.0);
        }
        // Without a kWh price energy is not priced (null), not zero.
        o.kwhPrice.reset();
        const CostReport none = computeCost(p, catalog, book(""), o);
        QVERIFY(!none.energyPerYear);
        QVERIFY(!none.tco());
        QVERIFY(costToJson(none)["energy_per_year"].is_null());
    }

    // Typical against max: 4 × nvidia-sn2201 at 300 W max, 98 W typical (catalog). At PUE 1.0 and 0.25 per
    // kWh: max 1.2 kW × 8,760 h × 0.25 = 2,628 per year; typical 0.392 kW × 8,760 × 0.25 = 858.48.
    void energyBasis() {
        std::string devices = "[";
        for (int i = 0; i < 4; ++i)
            devices += std::string(i ? "," : "") + "{\"id\":\"s" + std::to_string(i) + "\",\"catalog\":\"nvidia-sn2201\",\"rack\":\"r1\",\"u\":" +
                       std::to_string(1 + i) + "}";
        devices += "]";
        const Project p = makeProject(catalog, devices, "", 1.0);
        CostOptions o;
        o.kwhPrice = 0.25;
        o.energyBasis = EnergyBasis::Max;
        const CostReport max = computeCost(p, catalog, book(""), o);
        QVERIFY(qFuzzyCompare(max.itKw(), 1.2));
        QVERIFY(qFuzzyCompare(*max.energyPerYear, 2628.0));
        o.energyBasis = EnergyBasis::Typical;  // the default
        QCOMPARE(CostOptions{}.energyBasis, EnergyBasis::Typical);
        const CostReport typ = computeCost(p, catalog, book(""), o);
        QVERIFY(qFuzzyCompare(typ.itKw(), 0.392));
        QVERIFY(qFuzzyCompare(*typ.energyPerYear, 858.48));
        QCOMPARE(energyBasisFromKey("max"), std::optional<EnergyBasis>(EnergyBasis::Max));
        QVERIFY(!energyBasisFromKey("peak"));
    }

    // A small BOM summed by hand (prices illustrative, not real):
    //   rack hpe-10848-g2           1 × 2,000   =   2,000
    //   nvidia-dgx-h100             2 × 300,000 = 600,000
    //   nvidia-qm9700               1 × 30,000  =  30,000
    //   blank-1u                    2 × 10      =      20
    //   cooling-rdhx-active (rack)  1 × 20,000  =  20,000
    //   capex                                   = 652,020
    // Build-out 500 per kW of IT max: 2 × 10.2 kW + 1.72 kW = 22.12 kW → 11,060 → capex 663,080.
    // Maintenance 10 % a year = 66,308. Per GPU (16 GPUs) = 663,080 / 16 = 41,442.5; per rack 663,080.
    // Per PFLOPS FP8: 16 × 1,978.9 TF = 31.6624 PF → 663,080 / 31.6624 = 20,942.2… (checked to 0.01).
    void capexFromSmallBom() {
        const Project p = makeProject(catalog, R"([
            {"id":"n1","catalog":"nvidia-dgx-h100","rack":"r1","u":1},
            {"id":"n2","catalog":"nvidia-dgx-h100","rack":"r1","u":9},
            {"id":"s1","catalog":"nvidia-qm9700","rack":"r1","u":20},
            {"id":"b1","catalog":"blank-1u","rack":"r1","u":30},
            {"id":"b2","catalog":"blank-1u","rack":"r1","u":31}])");
        const PriceBook b = book("hpe-10848-g2,2000,USD,illustrative,\n"
                                 "nvidia-dgx-h100,300000,USD,illustrative,\n"
                                 "nvidia-qm9700,30000,USD,illustrative,\n"
                                 "blank-1u,10,USD,illustrative,\n"
                                 "cooling-rdhx-active,20000,USD,illustrative,\n");
        CostOptions o;
        const CostReport r0 = computeCost(p, catalog, b, o);
        QCOMPARE(r0.equipment, 652020.0);
        QCOMPARE(r0.capex(), 652020.0);
        QVERIFY(r0.unpriced.empty());
        QCOMPARE(line(r0, "nvidia-dgx-h100")->count, 2);
        QCOMPARE(line(r0, "nvidia-dgx-h100")->extended(), 600000.0);
        QCOMPARE(line(r0, "cooling-rdhx-active")->count, 1);
        QCOMPARE(line(r0, "cooling-rdhx-active")->kind, std::string("cooling"));

        o.buildoutPerKw = 500;
        o.maintenancePercent = 10;
        o.kwhPrice = 0.10;
        o.years = 5;
        const CostReport r = computeCost(p, catalog, b, o);
        QVERIFY(qFuzzyCompare(r.buildout, 11060.0));
        QVERIFY(qFuzzyCompare(r.capex(), 663080.0));
        QVERIFY(qFuzzyCompare(r.maintenancePerYear(), 66308.0));
        QVERIFY(qFuzzyCompare(*r.perGpu(), 41442.5));
        QVERIFY(qFuzzyCompare(*r.perRack(), 663080.0));
        QVERIFY(std::fabs(*r.perPflops() - 663080.0 / 31.6624) < 0.01);
        // TCO over 5 years = capex + 5 × (energy + maintenance); energy at typical draw:
        // typical W from the catalog, × 1.3 × 8,760 × 0.10.
        const double energy = r.itKwTypical * 1.3 * 8760 * 0.10;
        QVERIFY(qFuzzyCompare(*r.energyPerYear, energy));
        QVERIFY(qFuzzyCompare(*r.tco(), 663080.0 + 5 * (energy + 66308.0)));

        const Json j = costToJson(r);
        QCOMPARE(j["currency"].get<std::string>(), std::string("USD"));
        QCOMPARE(j["capex"].get<double>(), 663080.0);
        QCOMPARE(j["per_gpu"].get<double>(), 41442.5);
        QVERIFY(j["unpriced"].empty());
        QCOMPARE(j["lines"].size(), std::size_t(5));  // rack, 2 device ids… + blank, cooling
        QVERIFY(j["capex_complete"].get<bool>());
    }

    // A BOM id without a price is listed, never a silent zero: capex is the priced part, and says so.
    void unpricedIsListed() {
        const Project p = makeProject(catalog, R"([
            {"id":"n1","catalog":"nvidia-dgx-h100","rack":"r1","u":1},
            {"id":"s1","catalog":"nvidia-qm9700","rack":"r1","u":20}])");
        const PriceBook b = book("nvidia-dgx-h100,300000,EUR,illustrative,\n");
        const CostReport r = computeCost(p, catalog, b, {});
        // rack, qm9700 and the rear door are missing; in line order: racks, devices, cooling.
        QCOMPARE(r.unpriced, (std::vector<std::string>{"hpe-10848-g2", "nvidia-qm9700", "cooling-rdhx-active"}));
        QCOMPARE(r.capex(), 300000.0);
        QVERIFY(!r.complete());
        QVERIFY(!line(r, "nvidia-qm9700")->unitPrice);
        const Json j = costToJson(r);
        QCOMPARE(j["unpriced"].size(), std::size_t(3));
        QVERIFY(!j["capex_complete"].get<bool>());
        QCOMPARE(j["currency"].get<std::string>(), std::string("EUR"));
        for (const auto& l : j["lines"])
            if (l["id"] == "nvidia-qm9700") QVERIFY(l["unit_price"].is_null() && l["extended"].is_null());
    }

    // Cable media are priced per metre. One DGX at U1 and its leaf at U21 in the same rack: 8 compute
    // ports → 8 cables of |1 − 21| × 44.45 mm = 889 mm + 1,000 mm slack = 1,889 mm each, at 400 Gb/s the
    // cheapest medium reaching 1.889 m is cable-dac (3 m). 8 × 1.889 m = 15.112 m × 20 per m = 302.24
    // (per cable it would have been 8 × 20 = 160).
    void cablesPerMetre() {
        const Project p = makeProject(catalog, R"([
            {"id":"n1","catalog":"nvidia-dgx-h100","rack":"r1","u":1},
            {"id":"s1","catalog":"nvidia-qm9700","rack":"r1","u":21}])",
                                  R"(,"network":{"fabrics":[{"id":"compute","kind":"compute","leaves":["s1"],"spines":[]}]})");
        const CostReport r = computeCost(p, catalog, book("cable-dac,20,USD,illustrative,\n"), {});
        const CostLine* dac = line(r, "cable-dac");
        QVERIFY(dac);
        QCOMPARE(dac->count, 8);
        QVERIFY(dac->perMetre);
        QVERIFY(qFuzzyCompare(dac->quantity, 15.112));
        QVERIFY(qFuzzyCompare(dac->extended(), 302.24));
        QVERIFY(qFuzzyCompare(r.equipment, 302.24));
        QCOMPARE(costToJson(r)["lines"][3]["unit"].get<std::string>(), std::string("m"));
    }

    // settings.price_book survives load → save → load, and is not written when unset.
    void priceBookSetting() {
        Project p = makeProject(catalog, "[]");
        QVERIFY(!p.settings.priceBook);
        QVERIFY(ProjectFile::serialize(p).find("price_book") == std::string::npos);
        p.settings.priceBook = "prices/book.csv";
        auto again = ProjectFile::parse(ProjectFile::serialize(p), "again", catalog);
        QVERIFY(std::holds_alternative<Project>(again));
        QCOMPARE(*std::get<Project>(again).settings.priceBook, std::string("prices/book.csv"));
        QCOMPARE(projectPriceBook(std::get<Project>(again), "/work/pods/a.podplan")->string(), std::string("/work/pods/prices/book.csv"));
    }

    // The compare rows of two reports: B − A per line and in total, lower is better.
    void compareRowsDiff() {
        const PriceBook b = book("hpe-10848-g2,2000,USD,,\nnvidia-dgx-h100,300000,USD,,\ncooling-rdhx-active,20000,USD,,\n");
        const Project one = makeProject(catalog, R"([{"id":"n1","catalog":"nvidia-dgx-h100","rack":"r1","u":1}])");
        const Project two = makeProject(catalog, R"([{"id":"n1","catalog":"nvidia-dgx-h100","rack":"r1","u":1},
                                        {"id":"n2","catalog":"nvidia-dgx-h100","rack":"r1","u":9}])");
        const CostReport a = computeCost(one, catalog, b, {}), c = computeCost(two, catalog, b, {});
        // A: 2,000 + 300,000 + 20,000 = 322,000; B: 2,000 + 600,000 + 20,000 = 622,000; B − A = +300,000.
        const auto rows = costCompareRows(a, c);
        QCOMPARE(rows.front().label, std::string("Capex"));
        QCOMPARE(rows.front().a, std::string("322,000 USD"));
        QCOMPARE(rows.front().b, std::string("622,000 USD"));
        QCOMPARE(rows.front().diff, std::string("+300,000 USD"));
        QCOMPARE(rows.front().verdict(), -1);  // costs more: worse
        const Json d = costDiffJson(a, c);
        QCOMPARE(d["capex"].get<double>(), 300000.0);
        QCOMPARE(d["lines"]["nvidia-dgx-h100"]["extended"].get<double>(), 300000.0);
        QCOMPARE(d["lines"]["hpe-10848-g2"]["extended"].get<double>(), 0.0);
        // Per GPU: 322,000 / 8 = 40,250 against 622,000 / 16 = 38,875: −1,375.
        QCOMPARE(d["per_gpu"].get<double>(), -1375.0);
    }
};

QTEST_APPLESS_MAIN(TestCost)
#include "tst_cost.moc"
