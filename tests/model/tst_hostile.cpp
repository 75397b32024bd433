// Hostile input to the loaders (issue 8): every class of impossible value is refused with a clear
// LoadError (file, JSON path, reason) — never a crash, never a half-loaded project — and the merely
// wrong (overlapping devices, a rack outside the room) loads and is reported by the rule engine.
// Fixtures in tests/fixtures/hostile/; classes already covered by tests/fixtures/invalid/
// (tst_project_file) are not repeated here. Limits too big for a fixture (file size, counts) are
// built at run time.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "CatalogLoader.h"
#include "JsonRead.h"
#include "ProjectFile.h"
#include "RuleEngine.h"

using namespace pod;
namespace fs = std::filesystem;

namespace {

fs::path hostile(const QString& name) { return fs::path(PODPLANNER_FIXTURES) / "hostile" / name.toStdString(); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// {"format":"podplanner","version":1,"room":{…},"racks":[R],"devices":[D]} with `racks` copies of
// `rack` and `devices` copies of `device`.
std::string projectWith(std::size_t racks, const std::string& rack, std::size_t devices, const std::string& device) {
    std::string s = R"({"format":"podplanner","version":1,"room":{"outline":[[0,0],[6000,0],[6000,4000]],)"
                    R"("power_capacity_w":1,"cooling_capacity_w":1,"floor_load_kg_m2":1},"racks":[)";
    s.reserve(s.size() + racks * (rack.size() + 1) + devices * (device.size() + 1) + 32);
    for (std::size_t i = 0; i < racks; ++i) s += (i ? "," : "") + rack;
    s += R"(],"devices":[)";
    for (std::size_t i = 0; i < devices; ++i) s += (i ? "," : "") + device;
    return s + "]}";
}

}  // namespace

class TestHostile : public QObject {
    Q_OBJECT

    Catalog catalog_;

    // `expected` is the exact text, or fragments joined by " … " that must appear in this order,
    // the first at the start.
    static bool matches(const QString& actual, const QString& expected) {
        const QStringList parts = expected.split(QString::fromUtf8(" … "));
        if (parts.size() == 1) return actual == expected;
        if (!actual.startsWith(parts.first())) return false;
        qsizetype at = 0;
        for (const QString& part : parts) {
            at = actual.indexOf(part, at);
            if (at < 0) return false;
            at += part.size();
        }
        return true;
    }

    LoadError refused(const ProjectResult& r) {
        if (const auto* e = std::get_if<LoadError>(&r)) return *e;
        return LoadError{"", "", "(loaded)"};
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog(fs::path(), {}, catalog_);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        // Fixtures are tests/fixtures/valid/small.podplan with one value changed; they rely on these.
        QCOMPARE(catalog_.rack("hpe-10848-g2")->uHeight, 48);
        QCOMPARE(catalog_.rack("hpe-10848-g2")->widthMm, 800);
        QCOMPARE(catalog_.equipment("nvidia-dgx-h100")->uHeight, 8.0);
    }

    void refusedProjects_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* file, const char* path, const char* reason) {
            QTest::newRow(file) << QString(file) << QString(path) << QString::fromUtf8(reason);
        };
        // NaN and Infinity are not JSON; -1e999 would be -infinity; 1e308 is finite but absurd.
        // (" … " separates fragments that must appear in this order: nlohmann words the middle.)
        // The fixtures are small.podplan pretty-printed: power_budget_w is on line 69.
        row("number-nan", "", "not valid JSON: parse error at line 69, … invalid literal");
        row("number-infinity", "", "not valid JSON: parse error at line 69, … invalid literal");
        // nlohmann reports an overflow as out_of_range.406, without a position.
        row("number-minus-1e999", "", "not valid JSON: number overflow parsing '-1e999'");
        row("room-power-1e308", "/room/power_capacity_w", "must be in [0, 10000000000], got 1e+308");
        row("device-u-1e308", "/devices/1/u", "must be in [1, 48], got 1e+308");
        // Negative U and sizes.
        row("device-u-negative", "/devices/1/u", "must be in [1, 48], got -1");
        row("room-floor-load-negative", "/room/floor_load_kg_m2", "must be in [0, 1000000], got -1200");
        row("room-min-aisle-negative", "/room/min_aisle_mm", "must be an integer in [0, 100000], got -1200");
        row("settings-cable-slack-negative", "/settings/cable_slack_mm", "must be an integer in [0, 100000], got -5");
        // Control characters in ids: C1 (U+0085), DEL, NUL, TAB.
        row("rack-id-c1-control", "/racks/0/id", "id contains a control character");
        row("rack-id-delete", "/racks/0/id", "id contains a control character");
        row("device-id-nul", "/devices/2/id", "id contains a control character");
        row("device-catalog-tab", "/devices/1/catalog", "id contains a control character");
        // String lengths: ids 1–128 characters, any string ≤ 4096 bytes.
        row("rack-id-129-chars", "/racks/0/id", "id longer than 128 characters");
        row("rack-name-5000-bytes", "/racks/0/name", "string longer than 4096 bytes");
        // Duplicate ids (racks and rack/device clashes are in tests/fixtures/invalid/).
        row("device-duplicate-id", "/devices/3/id", "duplicate id \"node-1\"");
        row("keepout-duplicate-id", "/room/keepouts/1/id", "duplicate keep-out id \"col-1\"");
        row("fabric-duplicate-id", "/network/fabrics/1/id", "duplicate fabric id \"compute\"");
        // References to missing things (unknown rack and unknown device catalog id: invalid/).
        row("rack-cooling-unknown", "/racks/0/cooling", "unknown catalog id \"cooling-warp-core\"");
        row("fabric-spine-unknown", "/network/fabrics/0/spines/0", "unknown device \"sw-404\"");
        // Nesting: 100 levels inside /meta/x, past the 64 the parser allows.
        row("nested-100-deep", "", "nested deeper than 64 levels");
    }

    void refusedProjects() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const fs::path p = hostile(file + ".podplan");
        QVERIFY2(fs::is_regular_file(p), p.string().c_str());
        const LoadError e = refused(ProjectFile::load(p, catalog_));
        QCOMPARE(qs(e.file), qs(p.string()));
        QCOMPARE(qs(e.path), path);
        QVERIFY2(matches(qs(e.reason), reason), e.reason.c_str());
        const QString prefix = qs(p.string()) + ": " + (path.isEmpty() ? QString() : path + ": ");
        QCOMPARE(qs(e.message()), prefix + qs(e.reason));
    }

    void refusedCatalogs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* file, const char* path, const char* reason) {
            QTest::newRow(file) << QString(file) << QString(path) << QString::fromUtf8(reason);
        };
        // 1e308 W in a 1 U switch: 1e308 / 1 U is far past 5 kW per U. Found by fuzz_catalog: the
        // message used int(1e308), undefined behaviour; it must print the figure as given.
        row("catalog-max-w-1e308", "/entries/0/power/max_w", "more than 5 kW per rack unit is not plausible (1e+308 W in 1 U)");
        row("catalog-tdp-1e308", "/entries/0/tdp_w", "an accelerator over 3 kW is not plausible, got 1e+308 W");
        row("catalog-id-control-char", "/entries/0/id", "id contains a control character");
        row("catalog-rack-width-negative", "/entries/0/width_mm", "must be an integer in [100, 3000], got -600");
        row("catalog-u-height-negative", "/entries/0/u_height", "must be in [0, 60], got -1");
        // The catalog loader shares the project loader's depth limit.
        row("catalog-nested-100-deep", "", "nested deeper than 64 levels");
    }

    void refusedCatalogs() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const fs::path p = hostile(file + ".json");
        QVERIFY2(fs::is_regular_file(p), p.string().c_str());
        Catalog c = catalog_;
        const std::size_t before = c.size();
        auto err = CatalogLoader::loadFile(p, c, {.allowOverride = true});
        QVERIFY2(err.has_value(), "a hostile catalog loaded");
        QCOMPARE(qs(err->file), qs(p.string()));
        QCOMPARE(qs(err->path), path);
        QCOMPARE(qs(err->reason), reason);
        QCOMPARE(c.size(), before);  // nothing half-merged
    }

    // A file over 256 MiB is refused from its size alone. The file is sparse (no disk used); it
    // holds no JSON at all, so any other answer means it was read.
    void fileOver256MiB() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path big = fs::path(dir.path().toStdString()) / "big.podplan";
        { std::ofstream(big) << "x"; }
        fs::resize_file(big, (256ull << 20) + 1);  // one byte past 256 MiB
        const LoadError e = refused(ProjectFile::load(big, catalog_));
        QCOMPARE(qs(e.path), QString());
        // 268435457 bytes >> 20 = 256 (whole MiB, rounded down), and over the limit by one byte.
        QCOMPARE(qs(e.reason), QString("file is 256 MiB, over the 256 MiB limit"));
        Catalog c;
        auto err = CatalogLoader::loadFile(big, c);
        QVERIFY(err.has_value());
        QCOMPARE(qs(err->reason), QString("file is 256 MiB, over the 256 MiB limit"));

        // Exactly 256 MiB is not refused for its size: it gets as far as the JSON parser.
        fs::resize_file(big, 256ull << 20);
        const LoadError at = refused(ProjectFile::load(big, catalog_));
        QVERIFY2(qs(at.reason).startsWith("not valid JSON"), at.reason.c_str());
    }

    // Counts: 100,000 racks and 1,000,000 devices per layout. Empty objects keep the text small;
    // at the limit the count passes and the first entry's missing id is what is reported.
    void rackCount() {
        LoadError over = refused(ProjectFile::parse(projectWith(100'001, "{}", 0, ""), "many.podplan", catalog_));
        QCOMPARE(qs(over.path), QString("/racks"));
        QCOMPARE(qs(over.reason), QString("100001 racks, more than the 100000 one layout may hold"));
        QCOMPARE(qs(over.message()), QString("many.podplan: /racks: 100001 racks, more than the 100000 one layout may hold"));
        LoadError at = refused(ProjectFile::parse(projectWith(100'000, "{}", 0, ""), "many.podplan", catalog_));
        QCOMPARE(qs(at.path), QString("/racks/0/id"));
        QCOMPARE(qs(at.reason), QString("missing required field"));
    }

    void deviceCount() {
        LoadError over = refused(ProjectFile::parse(projectWith(0, "", 1'000'001, "{}"), "many.podplan", catalog_));
        QCOMPARE(qs(over.path), QString("/devices"));
        QCOMPARE(qs(over.reason), QString("1000001 devices, more than the 1000000 one layout may hold"));
        LoadError at = refused(ProjectFile::parse(projectWith(0, "", 1'000'000, "{}"), "many.podplan", catalog_));
        QCOMPARE(qs(at.path), QString("/devices/0/id"));
    }

    // The value count is checked before parsing. [1,[2,3],{}] holds 6 values: the outer array, 1,
    // the inner array, 2, 3 and the object.
    void valueCount() {
        QCOMPARE(qs(json::parseDocument("[1,[2,3],{}]", 64, 6).dump()), QString("[1,[2,3],{}]"));
        try {
            json::parseDocument("[1,[2,3],{}]", 64, 5);
            QFAIL("6 values passed a limit of 5");
        } catch (const JsonPathError& e) {
            QCOMPARE(qs(e.path()), QString());
            QCOMPARE(qs(e.reason()), QString("more than 5 values in one document"));
        }
        QCOMPARE(json::kMaxValues, std::size_t(30'000'000));
    }

    // Nesting: 64 levels load (as far as the reader), 65 are refused by the parser.
    void nestingLimit() {
        auto nested = [](int levels) { return std::string(levels, '[') + std::string(levels, ']'); };
        QVERIFY(json::parseDocument(nested(64)).is_array());
        try {
            json::parseDocument(nested(65));
            QFAIL("65 levels parsed");
        } catch (const JsonPathError& e) {
            QCOMPARE(qs(e.reason()), QString("nested deeper than 64 levels"));
        }
        // 100,000 levels: no stack overflow, the same answer.
        try {
            json::parseDocument(nested(100'000));
            QFAIL("100000 levels parsed");
        } catch (const JsonPathError& e) {
            QCOMPARE(qs(e.reason()), QString("nested deeper than 64 levels"));
        }
    }

    // Merely wrong: these load, and the rule engine says what is wrong.
    void rackOutsideRoomIsAViolation() {
        ProjectResult r = ProjectFile::load(hostile("rack-outside-room.podplan"), catalog_);
        QVERIFY2(std::holds_alternative<Project>(r), refused(r).message().c_str());
        auto violations = RuleEngine::standard().checkAll(std::get<Project>(r), catalog_);
        // The 800 mm wide rack centred at x 5,900 spans x 5,500–6,300; the room ends at x 6,000.
        bool found = false;
        for (const auto& v : violations)
            found = found || (v.ruleId == "floor.rack-in-room" &&
                              v.message == "Rack R1 at (5,900, 2,000) mm is not inside the room outline");
        QVERIFY(found);
    }

    void devicesOverlapIsAViolation() {
        ProjectResult r = ProjectFile::load(hostile("devices-overlap.podplan"), catalog_);
        QVERIFY2(std::holds_alternative<Project>(r), refused(r).message().c_str());
        auto violations = RuleEngine::standard().checkAll(std::get<Project>(r), catalog_);
        // DGX-A (8 U) at U1 spans U1–U8, DGX-B at U5 spans U5–U12: both occupy U5–U8.
        bool found = false;
        for (const auto& v : violations)
            found = found || (v.ruleId == "space.u-overlap" && v.message == "Rack R1: DGX-A and DGX-B both occupy U5–U8");
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
