// Older files migrate forward; newer and hostile ones are refused with a clear message.
#include <QtTest>

#include "CatalogLoader.h"
#include "ProjectFile.h"

using namespace pod;

class TestMigration : public QObject {
    Q_OBJECT
    Catalog catalog;

private slots:
    void initTestCase() { QVERIFY(!loadStandardCatalog({}, {}, catalog)); }

    void draftVersion0MigratesForward() {
        auto result = ProjectFile::load(PODPLANNER_FIXTURES "/migrate/v0-draft.podplan", catalog);
        auto* e = std::get_if<LoadError>(&result);
        QVERIFY2(!e, e ? e->message().c_str() : "");
        const Project& p = std::get<Project>(result);
        QCOMPARE(p.layout.racks.size(), std::size_t(1));
        QCOMPARE(p.layout.racks[0].position, (Point{2400, 3000}));   // x_mm/y_mm → position
        QCOMPARE(p.layout.racks[0].powerBudgetW, 45.0 * 1000.0);       // 45 kW → 45,000 W
        QCOMPARE(p.layout.devices[0].u, 5.0);                          // position_u → u
        QCOMPARE(p.scenarios[0].layout.racks[0].powerBudgetW, 22.5 * 1000.0);
        QCOMPARE(p.layout.racks[0].extra["draft_note"].get<std::string>(), std::string("kept"));  // unknown field survives
        // Saved in the current version; saving again after a reload changes nothing.
        std::string saved = ProjectFile::serialize(p);
        QVERIFY(saved.find("\"version\": 1") != std::string::npos);
        QVERIFY(saved.find("power_budget_kw") == std::string::npos);
        auto again = ProjectFile::parse(saved, "saved", catalog);
        QVERIFY(std::holds_alternative<Project>(again));
        QCOMPARE(ProjectFile::serialize(std::get<Project>(again)), saved);
    }

    void draftWithHalfAPositionIsRefused() {
        std::string text = R"({"format":"podplanner","version":0,
            "room":{"outline":[[0,0],[10,0],[10,10]],"power_capacity_w":1,"cooling_capacity_w":1,"floor_load_kg_m2":1},
            "racks":[{"id":"r","model":"hpe-10848-g2","x_mm":5,"cooling":"cooling-room-air","power_budget_kw":1}],"devices":[]})";
        auto result = ProjectFile::parse(text, "half.podplan", catalog);
        QVERIFY(std::holds_alternative<LoadError>(result));
        QCOMPARE(std::get<LoadError>(result).path, std::string("/racks/0"));
        QVERIFY(std::get<LoadError>(result).reason.find("x_mm and y_mm") != std::string::npos);
    }

    void newerVersionIsRefusedNotTruncated() {
        std::string text = R"({"format":"podplanner","version":7,"room":{},"racks":[],"devices":[]})";
        auto result = ProjectFile::parse(text, "future.podplan", catalog);
        QVERIFY(std::holds_alternative<LoadError>(result));
        QVERIFY(std::get<LoadError>(result).reason.find("newer than this planner reads (1)") != std::string::npos);
    }

    void deepNestingIsRefused() {
        // 100 nested arrays inside an unknown field: past the 64-level limit.
        std::string text = R"({"format":"podplanner","version":1,"x":)" + std::string(100, '[') + std::string(100, ']') + "}";
        auto result = ProjectFile::parse(text, "deep.podplan", catalog);
        QVERIFY(std::holds_alternative<LoadError>(result));
        QCOMPARE(std::get<LoadError>(result).reason, std::string("nested deeper than 64 levels"));
        // 30 levels is fine as far as nesting goes (the file then fails on the missing room).
        std::string ok = R"({"format":"podplanner","version":1,"x":)" + std::string(30, '[') + std::string(30, ']') + "}";
        auto r2 = ProjectFile::parse(ok, "ok.podplan", catalog);
        QVERIFY(std::holds_alternative<LoadError>(r2));
        QCOMPARE(std::get<LoadError>(r2).path, std::string("/room"));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
