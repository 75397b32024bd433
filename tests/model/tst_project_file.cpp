// ProjectFile: load/serialize round trips, unknown-field preservation, scenarios, defaults, and one
// clear LoadError (file, JSON path, reason) for every kind of broken file in tests/fixtures/invalid/.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "CatalogLoader.h"
#include "ProjectFile.h"

using namespace pod;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const char* rel) { return fs::path(PODPLANNER_FIXTURES) / rel; }
// The 4-per-rack pod the bundled sample used to be (scripts/make-sample-pod.py before the 2-vs-4 demo),
// frozen as a fixture; tst_sample_pod covers today's bundled sample.
fs::path samplePath() { return fixture("valid/sample-4-per-rack.podplan"); }

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

QByteArray bytes(const std::string& s) { return QByteArray(s.data(), qsizetype(s.size())); }
QString qs(const std::string& s) { return QString::fromStdString(s); }
QString dj(const Json& j) { return qs(j.dump()); }  // JSON values compared (and shown) as text

}  // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

    Catalog catalog_;

    // Parses `text`; fails the test (with the loader's message) unless it loads.
    bool parseOk(const std::string& text, Project& out) {
        ProjectResult r = ProjectFile::parse(text, "test.podplan", catalog_);
        if (auto* e = std::get_if<LoadError>(&r)) {
            qWarning("unexpected load error: %s", e->message().c_str());
            return false;
        }
        out = std::get<Project>(std::move(r));
        return true;
    }
    bool loadOk(const fs::path& file, Project& out) { return parseOk(readAll(file), out); }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog(fs::path(), {}, catalog_);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        // The fixtures rely on these ids and kinds; if the catalog changes, fix the fixtures.
        QCOMPARE(qs(catalog_.kindOf("hpe-10848-g2")), QString("rack"));
        QCOMPARE(catalog_.rack("hpe-10848-g2")->uHeight, 48);
        QCOMPARE(qs(catalog_.kindOf("cooling-rdhx-active")), QString("cooling"));
        QCOMPARE(catalog_.equipment("nvidia-dgx-h100")->uHeight, 8.0);
        QCOMPARE(catalog_.equipment("apc-ap8886")->uHeight, 0.0);
        QCOMPARE(qs(catalog_.kindOf("nvidia-qm9700")), QString("switch"));
        QCOMPARE(qs(catalog_.kindOf("nvidia-h100-sxm5-80gb")), QString("accelerator"));
    }

    void roundTrip() {
        Project p;
        QVERIFY(loadOk(samplePath(), p));
        QCOMPARE(int(p.layout.racks.size()), 10);
        // scripts/make-sample-pod.py: 8 GPU racks × (4 PDUs + 4 DGX + 4 blanks) = 8 × 12 = 96;
        // 2 network racks × (2 PDUs + 4 leaves + 1 blank + 2 spines + 1 in-band + 2 blanks + 1 OOB) = 2 × 13 = 26;
        // 96 + 26 = 122 devices, 32 of them DGX H100.
        QCOMPARE(int(p.layout.devices.size()), 122);
        QCOMPARE(int(std::count_if(p.layout.devices.begin(), p.layout.devices.end(),
                                   [](const Device& d) { return d.catalogId == "nvidia-dgx-h100"; })),
                 32);
        QCOMPARE(int(p.layout.network.fabrics.size()), 3);
        QCOMPARE(int(p.layout.network.fabrics[0].leaves.size()), 8);
        QCOMPARE(int(p.layout.network.fabrics[0].spines.size()), 4);
        QCOMPARE(p.room.pue, 1.3);
        QCOMPARE(qs(p.scenarioName), QString("4 nodes per rack"));

        const std::string first = ProjectFile::serialize(p);
        Project again;
        QVERIFY(parseOk(first, again));
        const std::string second = ProjectFile::serialize(again);
        QCOMPARE(bytes(second), bytes(first));
        // The sample is written by Python with sorted keys and 2-space indent: the planner's own
        // canonical form, so saving it unchanged must not change a byte.
        QCOMPARE(bytes(first), bytes(readAll(samplePath())));
    }

    void unknownFieldsSurvive() {
        Json doc = Json::parse(readAll(samplePath()));
        const Json fabricExtra = {{"nested", {{"list", {1, "two", nullptr, 3.5}}}}};
        doc["x_top"] = {{"a", {1, 2}}};
        doc["meta"]["x_meta"] = "meta value";
        doc["settings"]["x_settings"] = false;
        doc["room"]["x_room"] = 42;
        doc["room"]["keepouts"][1]["x_keepout"] = true;
        doc["racks"][3]["x_rack"] = {{"k", "v"}};
        doc["devices"][5]["x_device"] = Json::array({1, "two", nullptr});
        doc["network"]["x_network"] = 1.5;
        doc["network"]["fabrics"][2]["x_fabric"] = fabricExtra;
        doc["scenarios"] = Json::array({{{"name", "alternative"},
                                         {"x_scenario", "s"},
                                         {"racks", doc["racks"]},
                                         {"devices", doc["devices"]},
                                         {"network", doc["network"]}}});
        doc["scenarios"][0]["racks"][0]["x_scenario_rack"] = 7;

        Project p;
        QVERIFY(parseOk(doc.dump(), p));
        const std::string text = ProjectFile::serialize(p);
        Json out = Json::parse(text);
        QCOMPARE(dj(out["x_top"]), dj(doc["x_top"]));
        QCOMPARE(dj(out["meta"]["x_meta"]), dj(Json("meta value")));
        QCOMPARE(dj(out["settings"]["x_settings"]), dj(Json(false)));
        QCOMPARE(dj(out["room"]["x_room"]), dj(Json(42)));
        QCOMPARE(dj(out["room"]["keepouts"][1]["x_keepout"]), dj(Json(true)));
        QVERIFY(!out["room"]["keepouts"][0].contains("x_keepout"));
        QCOMPARE(dj(out["racks"][3]["x_rack"]), dj(Json({{"k", "v"}})));
        QVERIFY(!out["racks"][2].contains("x_rack"));
        QCOMPARE(dj(out["devices"][5]["x_device"]), dj(Json::array({1, "two", nullptr})));
        QCOMPARE(dj(out["network"]["x_network"]), dj(Json(1.5)));
        QCOMPARE(dj(out["network"]["fabrics"][2]["x_fabric"]), dj(fabricExtra));
        QCOMPARE(dj(out["scenarios"][0]["x_scenario"]), dj(Json("s")));
        QCOMPARE(dj(out["scenarios"][0]["racks"][0]["x_scenario_rack"]), dj(Json(7)));
        QCOMPARE(dj(out["scenarios"][0]["racks"][3]["x_rack"]), dj(Json({{"k", "v"}})));
        // Apart from the fields the writer always adds, the output is the input.
        QCOMPARE(dj(out), dj(doc));
        // And they survive a second trip unchanged.
        Project again;
        QVERIFY(parseOk(text, again));
        QCOMPARE(bytes(ProjectFile::serialize(again)), bytes(text));
    }

    void scenarios() {
        Json doc = Json::parse(readAll(fixture("valid/small.podplan")));
        doc["scenario"] = "one rack";
        Json alt = {{"name", "two racks"}, {"racks", doc["racks"]}, {"devices", Json::array()}};
        alt["racks"].push_back(doc["racks"][0]);
        alt["racks"][1]["id"] = "r2";
        alt["racks"][1]["position"] = {2000, 2000};
        alt["devices"].push_back({{"id", "node-1"}, {"catalog", "nvidia-dgx-h100"}, {"rack", "r2"}, {"u", 9.5}});
        alt["devices"].push_back({{"id", "leaf-1"}, {"catalog", "nvidia-qm9700"}, {"rack", "r1"}, {"u", 42}});
        alt["network"] = {{"fabrics", {{{"id", "compute"}, {"kind", "compute"}, {"leaves", {"leaf-1"}}}}}};
        doc["scenarios"] = Json::array({alt});

        Project p;
        QVERIFY(parseOk(doc.dump(), p));
        QCOMPARE(qs(p.scenarioName), QString("one rack"));
        QCOMPARE(int(p.layout.racks.size()), 1);
        QCOMPARE(int(p.layout.devices.size()), 4);
        QCOMPARE(int(p.scenarios.size()), 1);
        const Scenario& s = p.scenarios[0];
        QCOMPARE(qs(s.name), QString("two racks"));
        QCOMPARE(int(s.layout.racks.size()), 2);
        QCOMPARE(qs(s.layout.racks[1].id), QString("r2"));
        QCOMPARE(s.layout.racks[1].position, (Point{2000, 2000}));
        QCOMPARE(int(s.layout.devices.size()), 2);
        QCOMPARE(s.layout.devices[0].u, 9.5);
        QCOMPARE(s.layout.network.fabrics[0].leaves, std::vector<std::string>{"leaf-1"});
        QVERIFY(p.device("leaf-1") == nullptr);  // scenario devices do not leak into the active layout

        const std::string first = ProjectFile::serialize(p);
        Project again;
        QVERIFY(parseOk(first, again));
        QCOMPARE(bytes(ProjectFile::serialize(again)), bytes(first));
        QCOMPARE(dj(Json::parse(first)["scenarios"][0]["devices"][0]["u"]), dj(Json(9.5)));

        // A second scenario with the same name: the error points at the second one.
        doc["scenarios"].push_back(alt);
        ProjectResult dup = ProjectFile::parse(doc.dump(), "dup.podplan", catalog_);
        QVERIFY(std::holds_alternative<LoadError>(dup));
        QCOMPARE(qs(std::get<LoadError>(dup).path), QString("/scenarios/1/name"));
        QVERIFY(qs(std::get<LoadError>(dup).reason).contains("duplicate scenario name \"two racks\""));
    }

    void defaults() {
        Project p;
        QVERIFY(loadOk(fixture("valid/minimal.podplan"), p));
        QCOMPARE(int(p.layout.racks.size()), 1);
        QCOMPARE(int(p.layout.devices.size()), 0);
        QCOMPARE(p.settings.cableSlackMm, std::int64_t(2000));
        QCOMPARE(p.settings.trayHeightMm, std::int64_t(600));
        QCOMPARE(p.room.pue, 1.0);
        QCOMPARE(p.room.minAisleMm, std::int64_t(1200));
        QVERIFY(p.room.keepouts.empty());
        QVERIFY(p.scenarios.empty());
        const Rack& r = p.layout.racks[0];
        QCOMPARE(qs(r.name), QString("r1"));  // name defaults to the id
        QVERIFY(r.frontAisle == AisleSide::Cold);
        QVERIFY(r.feeds.empty());
        // Saving writes the defaults out explicitly.
        Json out = ProjectFile::toJson(p);
        QCOMPARE(dj(out["settings"]["cable_slack_mm"]), dj(Json(2000)));
        QCOMPARE(dj(out["settings"]["tray_height_mm"]), dj(Json(600)));
        QCOMPARE(dj(out["room"]["pue"]), dj(Json(1)));
        QCOMPARE(dj(out["version"]), dj(Json(kProjectFormatVersion)));

        // The other valid fixture (the base of every invalid one) loads too.
        Project small;
        QVERIFY(loadOk(fixture("valid/small.podplan"), small));
        QCOMPARE(int(small.layout.devices.size()), 4);
        QCOMPARE(small.layout.devices[0].u, 0.0);
        QVERIFY(small.layout.devices[0].face == Face::Rear);
        QCOMPARE(qs(small.layout.devices[0].feed), QString("A"));
    }

    void invalid_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* file, const char* path, const char* reason) {
            QTest::newRow(file) << QString(file) << QString(path) << QString::fromUtf8(reason);
        };
        row("not-json", "", "not valid JSON");
        row("top-level-array", "", "must be an object");
        row("format-wrong", "/format", "must be \"podplanner\", got \"podplanner-catalog\"");
        row("format-missing", "/format", "missing required field");
        row("version-newer", "/version", "version 2 is newer than this planner reads (1)");
        row("version-negative", "/version", "must be an integer ≥ 0, got -1");
        row("version-string", "/version", "must be an integer, got string");
        row("room-missing", "/room", "missing required field");
        row("room-outline-two-points", "/room/outline", "at least 3 points, got 2");
        row("room-point-three-numbers", "/room/outline/2", "a point is [x_mm, y_mm]");
        row("keepout-zero-area", "/room/keepouts/0/outline", "zero area");
        row("keepout-kind-unknown", "/room/keepouts/0/kind", "must be one of column, crah, cdu, other");
        row("pue-below-one", "/room/pue", "must be in [1, 10], got 0.5");
        row("racks-not-array", "/racks", "must be an array, got object");
        row("rack-missing-id", "/racks/0/id", "missing required field");
        row("rack-empty-id", "/racks/0/id", "must not be empty");
        row("rack-duplicate-id", "/racks/1/id", "duplicate id \"r1\"");
        row("rack-device-same-id", "/devices/2/id", "duplicate id \"r1\"");
        row("rack-model-unknown", "/racks/0/model", "unknown catalog id \"hpe-10848-g9\"");
        row("rack-model-gpu-node", "/racks/0/model", "is a gpu_node, not a rack model");
        row("rack-cooling-is-rack", "/racks/0/cooling", "is a rack, not a cooling option");
        row("rack-rotation-45", "/racks/0/rotation", "must be 0, 90, 180 or 270, got 45");
        row("rack-power-negative", "/racks/0/power_budget_w", "must be in [0, 100000000], got -1");
        row("rack-power-string", "/racks/0/power_budget_w", "must be a number, got string");
        row("rack-position-huge", "/racks/0/position/0", "must be an integer in [-10000000, 10000000], got 99999999999");
        row("rack-position-1e300", "/racks/0/position/0", "in [-10000000, 10000000]");
        // nlohmann refuses 1e999 while parsing (it would be infinity): a whole-document JSON error.
        row("rack-position-1e999", "", "number overflow parsing '1e999'");
        row("rack-feeds-duplicate", "/racks/0/feeds/1", "feed listed twice");
        row("device-catalog-unknown", "/devices/1/catalog", "unknown catalog id \"nvidia-dgx-h999\"");
        row("device-catalog-accelerator", "/devices/1/catalog", "not mounted in a rack");
        row("device-rack-unknown", "/devices/1/rack", "unknown rack \"r9\"");
        row("device-u-zero", "/devices/1/u", "must be in [1, 48], got 0");
        row("device-u-49", "/devices/3/u", "must be in [1, 48], got 49");
        row("device-u-quarter", "/devices/1/u", "multiple of 0.5");
        row("device-face-top", "/devices/1/face", "must be one of front, rear, got \"top\"");
        row("device-0u-pdu-at-u5", "/devices/0/u", "must be in [0, 0], got 5");
        row("device-id-control-char", "/devices/1/id", "control character");
        row("fabric-leaf-unknown", "/network/fabrics/0/leaves/1", "unknown device \"sw-9\"");
        row("fabric-leaf-gpu-node", "/network/fabrics/0/leaves/1", "\"node-1\" is a gpu_node, not a switch");
        row("scenario-duplicate-name", "/scenarios/1/name", "duplicate scenario name \"alt\"");
        row("scenario-name-is-active", "/scenarios/0/name", "duplicate scenario name \"baseline\"");
        row("scenario-device-rack-elsewhere", "/scenarios/0/devices/0/rack", "unknown rack \"r1\"");
    }

    void invalid() {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const fs::path p = fixture("invalid") / (file.toStdString() + ".podplan");
        QVERIFY2(fs::is_regular_file(p), p.string().c_str());

        ProjectResult r = ProjectFile::load(p, catalog_);
        QVERIFY2(std::holds_alternative<LoadError>(r), "a broken file loaded");
        const LoadError& e = std::get<LoadError>(r);
        QCOMPARE(qs(e.file), qs(p.string()));
        // LoadError.h: path is an RFC 6901 pointer, "" for the whole document ("/" would name the
        // member with the empty key).
        QCOMPARE(qs(e.path), path);
        // 1e300 is a whole number (1e3 is accepted as 1000), so the honest reason is the range.
        QVERIFY2(qs(e.reason).contains(reason), e.reason.c_str());
        QVERIFY2(qs(e.message()).startsWith(qs(p.string() + ": ")), e.message().c_str());
        if (!path.isEmpty()) QVERIFY(qs(e.message()).contains(qs(": " + e.path + ": ")));

        // parse() of the same text reports the same place and names the given file.
        ProjectResult r2 = ProjectFile::parse(readAll(p), "given-name.podplan", catalog_);
        QVERIFY(std::holds_alternative<LoadError>(r2));
        QCOMPARE(qs(std::get<LoadError>(r2).path), qs(e.path));
        QVERIFY(std::get<LoadError>(r2).message().starts_with("given-name.podplan: "));
    }

    void noHalfLoad() {
        const fs::path missing = fixture("valid/does-not-exist.podplan");
        ProjectResult r = ProjectFile::load(missing, catalog_);
        QVERIFY(std::holds_alternative<LoadError>(r));
        const LoadError& e = std::get<LoadError>(r);
        QCOMPARE(qs(e.file), qs(missing.string()));
        QCOMPARE(qs(e.path), QString());
        QVERIFY2(qs(e.message()).contains(qs(missing.string())), e.message().c_str());
        QVERIFY2(qs(e.message()).contains("no such file"), e.message().c_str());

        // A directory is not a project file either.
        ProjectResult dir = ProjectFile::load(fixture("valid"), catalog_);
        QVERIFY(std::holds_alternative<LoadError>(dir));

        // An error late in the file (the last device) still yields no project at all.
        Json doc = Json::parse(readAll(samplePath()));
        doc["devices"].back()["u"] = 0.25;
        ProjectResult late = ProjectFile::parse(doc.dump(), "late.podplan", catalog_);
        QVERIFY(std::holds_alternative<LoadError>(late));
        QCOMPARE(qs(std::get<LoadError>(late).path), QString("/devices/121/u"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
