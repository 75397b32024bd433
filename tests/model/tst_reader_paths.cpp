// The two ways ProjectFile::parse reads a file (issue 18, campus load ≤ 2 s) must read every file alike:
//   Fast      — simdjson; a layout's racks and devices element by element, a well-formed device without a Json tree;
//   Reference — nlohmann's tree, whose error messages people see.
// Alike means: both load and serialise to the same bytes, or both refuse with the same path and reason.
// Checked on every project fixture the suite has (valid, invalid, hostile, migrations, rules, …) and on device
// variants at each edge of the fast device reader (each test it makes, both sides of it).
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "CatalogLoader.h"
#include "ProjectFile.h"

using namespace pod;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

// One rack (48U) and the given devices, in the current format version.
std::string projectWithDevices(const std::string& devices) {
    return R"({"format":"podplanner","version":)" + std::to_string(kProjectFormatVersion) +
           R"(,"room":{"outline":[[0,0],[6000,0],[6000,4000],[0,4000]],"power_capacity_w":100000,)"
           R"("cooling_capacity_w":100000,"floor_load_kg_m2":1500},)"
           R"("racks":[{"id":"r1","model":"hpe-10848-g2","position":[1000,1000],"rotation":0,"cooling":"cooling-rdhx-active",)"
           R"("power_budget_w":20000}],"devices":[)" +
           devices + "]}";
}

}  // namespace

class TestReaderPaths : public QObject {
    Q_OBJECT

    Catalog catalog_;

    // Both readings of `text`: "" when alike, else what differs.
    QString difference(const std::string& text) {
        ProjectResult fast = ProjectFile::parse(text, "f.podplan", catalog_, ProjectFile::Reading::Fast);
        ProjectResult reference = ProjectFile::parse(text, "f.podplan", catalog_, ProjectFile::Reading::Reference);
        const auto* fe = std::get_if<LoadError>(&fast);
        const auto* re = std::get_if<LoadError>(&reference);
        if (fe || re) {
            if (!fe) return "fast loads, reference refuses: " + qs(re->message());
            if (!re) return "reference loads, fast refuses: " + qs(fe->message());
            if (fe->path != re->path || fe->reason != re->reason)
                return "fast: " + qs(fe->message()) + " / reference: " + qs(re->message());
            return {};
        }
        const std::string a = ProjectFile::serialize(std::get<Project>(fast));
        const std::string b = ProjectFile::serialize(std::get<Project>(reference));
        if (a == b) return {};
        std::size_t at = 0;
        while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
        const std::size_t from = at > 60 ? at - 60 : 0;
        return "saved differently at byte " + QString::number(at) + ": fast …" + qs(a.substr(from, 120)) + "… / reference …" +
               qs(b.substr(from, 120)) + "…";
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog(fs::path(), {}, catalog_);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        QCOMPARE(catalog_.rack("hpe-10848-g2")->uHeight, 48);
        QCOMPARE(catalog_.equipment("nvidia-dgx-h100")->uHeight, 8.0);
        QCOMPARE(catalog_.equipment("apc-ap8886")->uHeight, 0.0);
    }

    void everyFixture() {
        int files = 0, loaded = 0;
        for (const auto& entry : fs::recursive_directory_iterator(PODPLANNER_FIXTURES)) {
            if (!entry.is_regular_file() || entry.path().extension() != ".podplan") continue;
            ++files;
            const std::string text = readAll(entry.path());
            const QString diff = difference(text);
            QVERIFY2(diff.isEmpty(), qPrintable(qs(entry.path().string()) + ": " + diff));
            loaded += std::holds_alternative<Project>(ProjectFile::parse(text, "f", catalog_));
        }
        // The suite's fixtures: well over a hundred files, valid ones and refused ones.
        QVERIFY2(files >= 100, qPrintable(QString::number(files) + " fixtures"));
        QVERIFY(loaded >= 20);
        QVERIFY(files - loaded >= 20);
    }

    void deviceEdges_data() {
        QTest::addColumn<QString>("devices");  // the devices array's elements
        QTest::addColumn<QString>("refusal");  // "" when it loads; else "path: reason" (both readings)
        const QString dgx = R"("id":"d1","catalog":"nvidia-dgx-h100","rack":"r1")";
        auto row = [&](const char* name, const QString& fields, const QString& refusal) {
            QTest::newRow(name) << "{" + fields + "}" << refusal;
        };
        row("plain", dgx + R"(,"u":1)", "");
        row("half U", dgx + R"(,"u":1.5)", "");
        row("quarter U", dgx + R"(,"u":1.25)", "/devices/0/u: must be a multiple of 0.5");
        row("top U", dgx + R"(,"u":48)", "");
        row("past the top", dgx + R"(,"u":49)", "/devices/0/u: must be in [1, 48], got 49");
        row("U zero", dgx + R"(,"u":0)", "/devices/0/u: must be in [1, 48], got 0");
        row("U as text", dgx + R"(,"u":"1")", "/devices/0/u: must be a number, got string \"1\"");
        row("U missing", dgx, "/devices/0/u: missing required field");
        row("U repeated: the last counts", dgx + R"(,"u":60,"u":2)", "");
        row("rear", dgx + R"(,"u":1,"face":"rear")", "");
        row("face empty", dgx + R"(,"u":1,"face":"")", "/devices/0/face: must be one of front, rear, got \"\"");
        row("face side", dgx + R"(,"u":1,"face":"side")", "/devices/0/face: must be one of front, rear, got \"side\"");
        row("name and feed", dgx + R"(,"u":1,"name":"GPU 1","feed":"A")", "");
        row("name empty", dgx + R"(,"u":1,"name":"")", "");
        row("name a number", dgx + R"(,"u":1,"name":7)", "/devices/0/name: must be a string, got number 7");
        row("feed null", dgx + R"(,"u":1,"feed":null)", "/devices/0/feed: must be a string, got null null");
        row("unknown field kept", dgx + R"(,"u":1,"asset_tag":"X-1")", "");
        row("nested unknown field kept", dgx + R"(,"u":1,"notes":{"a":[1,2]})", "");
        row("id with a space in front", R"("id":" d1","catalog":"nvidia-dgx-h100","rack":"r1","u":1)",
            "/devices/0/id: id has leading or trailing spaces");
        row("id with a tab", "\"id\":\"d\\t1\",\"catalog\":\"nvidia-dgx-h100\",\"rack\":\"r1\",\"u\":1",
            "/devices/0/id: id contains a control character");
        row("id empty", R"("id":"","catalog":"nvidia-dgx-h100","rack":"r1","u":1)", "/devices/0/id: id must not be empty");
        row("unknown catalog", R"("id":"d1","catalog":"no-such","rack":"r1","u":1)",
            "/devices/0/catalog: unknown catalog id \"no-such\"");
        row("catalog names a rack", R"("id":"d1","catalog":"hpe-10848-g2","rack":"r1","u":1)",
            "/devices/0/catalog: \"hpe-10848-g2\" is a rack, which is not mounted in a rack");
        row("unknown rack", R"("id":"d1","catalog":"nvidia-dgx-h100","rack":"r9","u":1)", "/devices/0/rack: unknown rack \"r9\"");
        row("rack names a device", R"("id":"d1","catalog":"nvidia-dgx-h100","rack":"r1","u":1},)"
                                   R"({"id":"d2","catalog":"nvidia-dgx-h100","rack":"d1","u":9)",
            "/devices/1/rack: unknown rack \"d1\"");
        row("0U PDU at 0", R"("id":"p1","catalog":"apc-ap8886","rack":"r1","u":0)", "");
        row("0U PDU at 1", R"("id":"p1","catalog":"apc-ap8886","rack":"r1","u":1)", "/devices/0/u: must be in [0, 0], got 1");
        row("duplicate device id", dgx + R"(,"u":1},{)" + dgx + R"(,"u":9)", "/devices/1/id: duplicate id \"d1\"");
        row("device id of the rack", R"("id":"r1","catalog":"nvidia-dgx-h100","rack":"r1","u":1)",
            "/devices/0/id: duplicate id \"r1\"");
        QTest::newRow("a device not an object") << R"("d1")" << R"(/devices/0: must be an object, got string "d1")";
    }

    void deviceEdges() {
        QFETCH(QString, devices);
        QFETCH(QString, refusal);
        const std::string text = projectWithDevices(devices.toStdString());
        const QString diff = difference(text);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        ProjectResult r = ProjectFile::parse(text, "f.podplan", catalog_);
        if (refusal.isEmpty()) {
            const auto* e = std::get_if<LoadError>(&r);
            QVERIFY2(!e, e ? e->message().c_str() : "");
        } else {
            const auto* e = std::get_if<LoadError>(&r);
            QVERIFY2(e, "loaded; expected a refusal");
            QCOMPARE(qs(e->path + ": " + e->reason), refusal);
        }
    }

    // From 50,000 devices a split document's devices are read on two threads, half each, and their ids filed in
    // file order afterwards: still the first problem in the file is the one reported, and a clean file reads as the
    // reference reads it.
    void twoWorkers_data() {
        QTest::addColumn<int>("badAt");  // a device with u 0 here (-1: none)
        QTest::addColumn<int>("dupAt");  // a device repeating device 7's id here (-1: none)
        QTest::addColumn<QString>("refusal");
        QTest::newRow("clean") << -1 << -1 << "";
        QTest::newRow("bad device, second half") << 59000 << -1 << "/devices/59000/u: must be in [1, 48], got 0";
        QTest::newRow("bad device, first half") << 100 << -1 << "/devices/100/u: must be in [1, 48], got 0";
        QTest::newRow("duplicate in the second half, of one in the first") << -1 << 40000 << "/devices/40000/id: duplicate id \"d7\"";
        QTest::newRow("duplicate before a bad device") << 50000 << 45000 << "/devices/45000/id: duplicate id \"d7\"";
        QTest::newRow("bad device before a duplicate") << 100 << 45000 << "/devices/100/u: must be in [1, 48], got 0";
        QTest::newRow("duplicate before a bad device, first half") << 20000 << 10 << "/devices/10/id: duplicate id \"d7\"";
    }

    void twoWorkers() {
        QFETCH(int, badAt);
        QFETCH(int, dupAt);
        QFETCH(QString, refusal);
        const int n = 60000;  // > ProjectReader's 50,000: two threads; the halves meet at 30,000
        std::string devices;
        devices.reserve(std::size_t(n) * 72);
        for (int i = 0; i < n; ++i) {
            const std::string id = i == dupAt ? "d7" : "d" + std::to_string(i);
            devices += std::string(i ? ",{" : "{") + "\"id\":\"" + id + "\",\"catalog\":\"blank-1u\",\"rack\":\"r1\",\"u\":" +
                       (i == badAt ? "0" : std::to_string(1 + i % 48)) + (i % 3 ? ",\"face\":\"rear\"}" : "}");
        }
        const std::string text = projectWithDevices(devices);
        const QString diff = difference(text);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        ProjectResult r = ProjectFile::parse(text, "f.podplan", catalog_);
        if (refusal.isEmpty()) {
            QVERIFY(std::holds_alternative<Project>(r));
            const auto& list = std::get<Project>(r).layout.devices;
            QCOMPARE(list.size(), std::size_t(n));
            QCOMPARE(qs(list[29999].id), QString("d29999"));  // the halves joined in file order
            QCOMPARE(qs(list[30000].id), QString("d30000"));
            QCOMPARE(list[30000].u, double(1 + 30000 % 48));
        } else {
            const auto* e = std::get_if<LoadError>(&r);
            QVERIFY2(e, "loaded; expected a refusal");
            QCOMPARE(qs(e->path + ": " + e->reason), refusal);
        }
    }

    // What the fast reading keeps, checked by hand (not only against the reference).
    void fastValues() {
        const std::string text = projectWithDevices(
            R"({"id":"d1","catalog":"nvidia-dgx-h100","rack":"r1","u":60,"u":2.5,"face":"rear","feed":"B"},)"
            R"({"id":"p1","catalog":"apc-ap8886","rack":"r1","u":0,"asset_tag":"X-1"})");
        ProjectResult r = ProjectFile::parse(text, "f.podplan", catalog_);
        QVERIFY(std::holds_alternative<Project>(r));
        const Project& p = std::get<Project>(r);
        QCOMPARE(p.layout.devices.size(), std::size_t(2));
        const Device& d = p.layout.devices[0];
        QCOMPARE(qs(d.id), QString("d1"));
        QCOMPARE(d.u, 2.5);  // the last of a repeated key, as nlohmann keeps it
        QVERIFY(d.face == Face::Rear);
        QCOMPARE(qs(d.feed), QString("B"));
        QCOMPARE(qs(d.name), QString());
        QVERIFY(d.extra.is_object() && d.extra.empty());
        const Device& pdu = p.layout.devices[1];
        QCOMPARE(pdu.u, 0.0);
        QVERIFY(pdu.face == Face::Front);
        QCOMPARE(qs(pdu.extra.value("asset_tag", "")), QString("X-1"));
    }
};

QTEST_GUILESS_MAIN(TestReaderPaths)
#include "tst_reader_paths.moc"
