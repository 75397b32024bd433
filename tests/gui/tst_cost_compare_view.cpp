// The comparison view's cost rows: the open project names a price book in settings.price_book (relative
// to the project file), and comparing its 4-per-rack and 2-per-rack scenarios adds a "Cost (USD)" heading
// and capex, per-line and per-unit rows with B − A and #10's better/worse verdicts. Prices: the
// illustrative example book (tests/fixtures/cost/example-prices.csv, not real prices).
#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>

#include "CatalogLoader.h"
#include "CompareController.h"
#include "Planner.h"

using namespace pod;

namespace {
const QString kPod = PODPLANNER_FIXTURES "/cost/sample-2-vs-4.podplan";
const QString kBook = PODPLANNER_FIXTURES "/cost/example-prices.csv";
}  // namespace

class TestCostCompareView : public QObject {
    Q_OBJECT
    Catalog catalog;
    QTemporaryDir dir;

    // The sample pod saved in a temporary folder with settings.price_book = `book` and that book beside it.
    QString podWithBook(const QString& name, const QByteArray& bookText) {
        QFile in(kPod);
        if (!in.open(QIODevice::ReadOnly)) qFatal("fixture");
        QJsonObject project = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject settings = project.value("settings").toObject();
        settings["price_book"] = name + ".csv";
        project["settings"] = settings;
        QFile out(dir.filePath(name + ".podplan")), book(dir.filePath(name + ".csv"));
        if (!out.open(QIODevice::WriteOnly) || !book.open(QIODevice::WriteOnly)) qFatal("temp");
        out.write(QJsonDocument(project).toJson());
        book.write(bookText);
        return out.fileName();
    }

    // The cost rows come after the heading: the first row with `label` after it.
    static QVariantMap costRow(CompareTableModel* t, const QString& label) {
        bool inCost = false;
        for (int i = 0; i < t->rowCount(); ++i) {
            const QModelIndex ix = t->index(i);
            const QString l = t->data(ix, CompareTableModel::LabelRole).toString();
            if (l.startsWith("Cost")) inCost = true;
            if (inCost && l == label)
                return {{"a", t->data(ix, CompareTableModel::ARole)}, {"b", t->data(ix, CompareTableModel::BRole)},
                        {"diff", t->data(ix, CompareTableModel::DiffRole)}, {"verdict", t->data(ix, CompareTableModel::VerdictRole)}};
        }
        return {};
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    // File → Price book…: Planner.setPriceBook stores the book relative to the project's folder (one undo step),
    // the compare view then prices; undo takes it away again; a missing file is refused and changes nothing.
    void priceBookIsAnUndoableSetting() {
        QFile book(kBook);
        QVERIFY(book.open(QIODevice::ReadOnly));
        Planner planner(catalog);
        QVERIFY2(planner.openFile(podWithBook("menu", book.readAll())), qPrintable(planner.lastError()));
        QCOMPARE(planner.setPriceBook(""), QString());  // clear what the file named
        QCOMPARE(planner.priceBook(), QString());
        QVERIFY(planner.modified());
        CompareController compare(&planner);
        QCOMPARE(compare.compareScenarios(0, 1), QString());
        QVERIFY(compare.table()->row("Cost (USD)").isEmpty());
        QCOMPARE(planner.setPriceBook(QUrl::fromLocalFile(dir.filePath("menu.csv")).toString()), QString());
        QCOMPARE(planner.priceBook(), dir.filePath("menu.csv"));
        QVERIFY(QJsonDocument::fromJson(planner.projectJson().toUtf8()).object()["settings"].toObject()["price_book"] == "menu.csv");
        QCOMPARE(compare.compareScenarios(0, 1), QString());
        QVERIFY(!compare.table()->row("Cost (USD)").isEmpty());
        planner.undo();
        QCOMPARE(planner.priceBook(), QString());
        planner.redo();
        QCOMPARE(planner.priceBook(), dir.filePath("menu.csv"));
        QVERIFY(!planner.setPriceBook(dir.filePath("no-such.csv")).isEmpty());
        QCOMPARE(planner.priceBook(), dir.filePath("menu.csv"));
    }

    void costRowsWithVerdicts() {
        QFile book(kBook);
        QVERIFY(book.open(QIODevice::ReadOnly));
        Planner planner(catalog);
        QVERIFY2(planner.openFile(podWithBook("priced", book.readAll())), qPrintable(planner.lastError()));
        CompareController compare(&planner);
        QCOMPARE(compare.compareScenarios(0, 1), QString());  // A: 4 nodes per rack, B: 2 nodes per rack
        CompareTableModel* t = compare.table();
        QVERIFY(!t->row("Cost (USD)").isEmpty());
        // Hand arithmetic (tests/cli/tst_cost_cli.cpp): 8 more racks × 2,000 = +16,000; 8 fewer rear
        // doors × 20,000 = −160,000; 32 more AP8886 × 1,500 = +48,000.
        QCOMPARE(costRow(t, "hpe-10848-g2").value("diff").toString(), QStringLiteral("+16,000 USD"));
        QCOMPARE(costRow(t, "hpe-10848-g2").value("verdict").toInt(), -1);  // costs more: worse
        QCOMPARE(costRow(t, "cooling-rdhx-active").value("a").toString(), QStringLiteral("160,000 USD"));
        QCOMPARE(costRow(t, "cooling-rdhx-active").value("diff").toString(), QStringLiteral("\u2212160,000 USD"));
        QCOMPARE(costRow(t, "cooling-rdhx-active").value("verdict").toInt(), 1);  // saves: better
        QCOMPARE(costRow(t, "apc-ap8886").value("diff").toString(), QStringLiteral("+48,000 USD"));
        const QVariantMap capex = costRow(t, "Capex");
        QVERIFY(capex.value("a").toString().endsWith(" USD"));
        QVERIFY(!capex.value("diff").toString().isEmpty());
        QCOMPARE(costRow(t, "Unpriced items").value("a").toString(), QStringLiteral("none"));
        QVERIFY(!costRow(t, "Capex per GPU").isEmpty());
    }

    void badBookSaysWhy() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(podWithBook("bad", "catalog_id,unit_price,currency,source,date\nblank-1u,ten,USD,,\n")));
        CompareController compare(&planner);
        QCOMPARE(compare.compareScenarios(0, 1), QString());
        bool found = false;
        for (int i = 0; i < compare.table()->rowCount(); ++i) {
            const QString l = compare.table()->data(compare.table()->index(i), CompareTableModel::LabelRole).toString();
            if (l.startsWith("Cost: price book not read: ") && l.contains("bad.csv: line 2, column 2 (unit_price)")) found = true;
        }
        QVERIFY(found);
        QVERIFY(costRow(compare.table(), "Capex").isEmpty());
    }

    void noBookNoCostRows() {
        Planner planner(catalog);
        QVERIFY(planner.openFile(kPod));
        CompareController compare(&planner);
        QCOMPARE(compare.compareScenarios(0, 1), QString());
        QVERIFY(compare.table()->row("Capex").isEmpty());
    }
};

QTEST_MAIN(TestCostCompareView)
#include "tst_cost_compare_view.moc"
