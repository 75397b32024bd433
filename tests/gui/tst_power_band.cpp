// One load band: the power rule, the planner's rack colours and the PDF's fills draw the warning line
// in one place (model/PowerBand.h) from the project setting power_warning_percent (default 80). A rack
// just under, exactly at and just over the line is judged the same way by all three; the setting moves
// the line for all of them.
#include <QtTest>

#include <fstream>

#include "CatalogLoader.h"
#include "DrawingStyle.h"
#include "Planner.h"
#include "PowerBand.h"
#include "ProjectFile.h"
#include "RuleEngine.h"

using namespace pod;

namespace {
const QString kFixture = PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan";

int rackWarnings(const std::vector<Violation>& violations, const std::string& rackId = {}) {
    int n = 0;
    for (const auto& v : violations)
        if (v.ruleId == "power.rack-budget" && v.severity == Severity::Warning &&
            (rackId.empty() || std::find(v.items.begin(), v.items.end(), rackId) != v.items.end()))
            ++n;
    return n;
}
}  // namespace

class TestPowerBand : public QObject {
    Q_OBJECT
    Catalog catalog;

    Project loadWithPercent(std::optional<double> percent) {
        auto result = ProjectFile::load(kFixture.toStdString(), catalog);
        Project p = std::get<Project>(result);
        p.settings.powerWarningPercent = percent;
        return p;
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    void lineAgreesAcrossRuleGuiAndPdf_data() {
        QTest::addColumn<double>("budgetKw");
        QTest::addColumn<bool>("warning");
        // Rack A01 of the fixture draws 4 × 10.2 kW = 40.8 kW.
        QTest::newRow("79.9 %") << 51.065 << false;  // 40.8 / 51.065 = 0.79898
        QTest::newRow("80.0 %") << 51.0 << false;    // 40.8 / 51.0 = 0.8 exactly: on the line is fine
        QTest::newRow("80.1 %") << 50.936 << true;   // 40.8 / 50.936 = 0.80101
    }
    void lineAgreesAcrossRuleGuiAndPdf() {
        QFETCH(double, budgetKw);
        QFETCH(bool, warning);
        Planner planner(catalog);
        QVERIFY(planner.openFile(kFixture));
        QCOMPARE(planner.setRackBudgetKw("r01", budgetKw), QString());
        const double fraction = 40800.0 / (budgetKw * 1000.0);

        // The rule.
        QCOMPARE(rackWarnings(planner.document()->checker().violations(), "r01"), warning ? 1 : 0);
        // The planner's rack list role and its colour band (Theme.loadColour and FloorCanvas use it).
        RackListModel* racks = planner.racks();
        const double role = racks->data(racks->index(0), RackListModel::PowerFractionRole).toDouble();
        QVERIFY(qFuzzyCompare(role, fraction));
        QCOMPARE(planner.loadBand(role), int(warning ? LoadBand::Warning : LoadBand::Ok));
        // The PDF's fill: the "above the line" colour exactly when the rule warns.
        const double line = planner.powerWarningFraction();
        QCOMPARE(line, 0.8);
        const QColor above = style::utilisationFill(0.9, line), upTo = style::utilisationFill(0.6, line);
        QVERIFY(above != upTo);
        QCOMPARE(style::utilisationFill(role, line), warning ? above : upTo);
    }

    // The fixture's 8 GPU racks draw 40.8 kW of 45 kW budgets (90.7 %): warnings at the default line.
    // At 95 % they are under the line; at 70 % they stay, and the two network racks (11.1 kW of 15 kW,
    // 74 %) join them; the room (348.6 kW of 500 kW, 69.7 %) stays under 70 %.
    void settingMovesTheLine_data() {
        QTest::addColumn<QVariant>("percent");
        QTest::addColumn<int>("warnings");
        QTest::newRow("unset (80 %)") << QVariant() << 8;
        QTest::newRow("95 %") << QVariant(95.0) << 0;
        QTest::newRow("70 %") << QVariant(70.0) << 10;
    }
    void settingMovesTheLine() {
        QFETCH(QVariant, percent);
        QFETCH(int, warnings);
        const Project p = loadWithPercent(percent.isValid() ? std::optional<double>(percent.toDouble()) : std::nullopt);
        const auto v = RuleEngine::standard().checkAll(p, catalog);
        QCOMPARE(rackWarnings(v), warnings);
        for (const auto& x : v) QVERIFY2(x.ruleId != "power.room-capacity", x.message.c_str());
        if (percent.isValid()) {
            // Messages name the project's line.
            for (const auto& x : v)
                if (x.ruleId == "power.rack-budget")
                    QVERIFY2(QString::fromStdString(x.message).endsWith("(> 70 %)"), x.message.c_str());
        }
    }

    // The setting is saved only when set, and survives save → load → save; out of range is refused.
    void settingRoundTripsAndIsChecked() {
        const Project unset = loadWithPercent(std::nullopt);
        QVERIFY(ProjectFile::serialize(unset).find("power_warning_percent") == std::string::npos);
        const Project set = loadWithPercent(92.5);
        const std::string text = ProjectFile::serialize(set);
        QVERIFY(text.find("\"power_warning_percent\": 92.5") != std::string::npos);
        QTemporaryDir dir;
        const std::string path = dir.filePath("p.podplan").toStdString();
        {
            std::ofstream out(path, std::ios::binary);
            out << text;
        }
        auto again = ProjectFile::load(path, catalog);
        QVERIFY(std::holds_alternative<Project>(again));
        QCOMPARE(ProjectFile::serialize(std::get<Project>(again)), text);
        QCOMPARE(powerWarningFraction(std::get<Project>(again).settings), 0.925);

        std::string bad = text;
        bad.replace(bad.find("92.5"), 4, "0");
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << bad;
        }
        auto refused = ProjectFile::load(path, catalog);
        auto* e = std::get_if<LoadError>(&refused);
        QVERIFY(e);
        QVERIFY2(QString::fromStdString(e->message()).contains("/settings/power_warning_percent"), e->message().c_str());
    }
};

QTEST_MAIN(TestPowerBand)
#include "tst_power_band.moc"
