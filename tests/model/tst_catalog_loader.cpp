// Catalog loader: every way a catalog file can be wrong (one real fixture file per way, under
// tests/fixtures/catalog-invalid/), each reported with the exact JSON path and a reason, and never
// half-loaded; plus the shipped catalog, folder loading, user overrides, and the two derived figures
// (StorageSpec::effectiveUsableTb, CableMedium::maxReachM).
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <set>
#include <string>

#include "CatalogLoader.h"

using namespace pod;
namespace fs = std::filesystem;

namespace {

std::string invalidFixture(const std::string& name) { return std::string(PODPLANNER_FIXTURES) + "/catalog-invalid/" + name; }
std::string validFixture(const std::string& name) { return std::string(PODPLANNER_FIXTURES) + "/catalog-valid/" + name; }

std::set<std::string> idsOf(const Catalog& c) {
    std::set<std::string> ids;
    for (const auto& [id, v] : c.accelerators()) ids.insert(id);
    for (const auto& [id, v] : c.equipmentEntries()) ids.insert(id);
    for (const auto& [id, v] : c.racks()) ids.insert(id);
    for (const auto& [id, v] : c.coolingOptions()) ids.insert(id);
    for (const auto& [id, v] : c.media()) ids.insert(id);
    for (const auto& [id, v] : c.powerNodes()) ids.insert(id);
    return ids;
}

// Calls `f(const Provenance&, kind)` for every entry.
template <class F>
void forEachEntry(const Catalog& c, F f) {
    for (const auto& [id, v] : c.accelerators()) f(static_cast<const Provenance&>(v));
    for (const auto& [id, v] : c.equipmentEntries()) f(static_cast<const Provenance&>(v));
    for (const auto& [id, v] : c.racks()) f(static_cast<const Provenance&>(v));
    for (const auto& [id, v] : c.coolingOptions()) f(static_cast<const Provenance&>(v));
    for (const auto& [id, v] : c.media()) f(static_cast<const Provenance&>(v));
    for (const auto& [id, v] : c.powerNodes()) f(static_cast<const Provenance&>(v));
}

QString q(const std::string& s) { return QString::fromStdString(s); }

// The file every invalid row is loaded on top of: its ids collide with none of the invalid fixtures,
// so the error must be the one the fixture was written for, and the catalog must keep exactly these.
const char* kPreload = "second.json";

}  // namespace

class TestCatalogLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The shipped folder must come from the source tree, not from whatever the environment says.
        qunsetenv("PODPLANNER_CATALOG_DIR");
    }

    // ---- one fixture per way of being wrong -------------------------------------------------------

    void invalidFile_data() {
        QTest::addColumn<QString>("file");     // in tests/fixtures/catalog-invalid/
        QTest::addColumn<QString>("preload");  // in tests/fixtures/catalog-valid/, loaded first
        QTest::addColumn<QString>("path");     // exact RFC 6901 pointer
        QTest::addColumn<QStringList>("reason");  // substrings the reason must contain

        auto row = [](const char* file, const char* path, QStringList reason, const char* preload = kPreload) {
            QTest::newRow(file) << QString(file) << QString(preload) << QString(path) << reason;
        };
        // Document level.
        row("not-json.json", "", {"not valid JSON"});
        row("top-level-array.json", "", {"must be an object, got array"});  // "" = the whole document
        row("wrong-format.json", "/format", {"must be \"podplanner-catalog\", got \"podplanner\""});
        row("newer-version.json", "/version", {"catalog version 2 is newer than this planner reads (1)"});
        row("entries-not-array.json", "/entries", {"must be an array, got object"});
        // Ids and kinds.
        row("missing-id.json", "/entries/0/id", {"missing required field"});
        row("id-uppercase.json", "/entries/0/id", {"catalog ids use a-z, 0-9", "got \"Test-GPU-A\""});
        row("id-space.json", "/entries/0/id", {"catalog ids use a-z, 0-9", "got \"test gpu a\""});
        row("unknown-kind.json", "/entries/0/kind", {"must be one of accelerator, gpu_node", "got \"gpu\""});
        row("duplicate-id-in-file.json", "/entries/1/id", {"duplicate id \"test-gpu-a\" in this file"});
        // Redefines test-gpu-a from base.json without allowOverride: the reason names base.json.
        QTest::newRow("duplicate-id-against-loaded.json")
            << QString("duplicate-id-against-loaded.json") << QString("base.json") << QString("/entries/0/id")
            << QStringList{"duplicate id \"test-gpu-a\", already defined in " + q(validFixture("base.json"))};
        // Provenance.
        row("missing-sources.json", "/entries/0/sources", {"missing required field"});
        row("empty-sources.json", "/entries/0/sources", {"every entry needs at least one source"});
        row("bad-source-grade.json", "/entries/0/sources/0/grade",
            {"must be one of vendor, netbox, secondary", "got \"blog\""});
        // A typo'd field in the second entry: reported as unknown (not as "memory_gb missing"), and the
        // good first entry must not survive either.
        row("unknown-field-typo.json", "/entries/1/memroy_gb", {"unknown field for this kind (typo?)"});
        // Sanity ranges.
        row("accelerator-tdp-3500.json", "/entries/0/tdp_w", {"an accelerator over 3 kW is not plausible", "3500 W"});
        row("switch-1u-6000w.json", "/entries/0/power/max_w", {"more than 5 kW per rack unit", "6000 W"});
        row("negative-weight.json", "/entries/0/weight_kg", {"must be in [0, 5000], got -5"});
        row("u-height-1.3.json", "/entries/0/u_height", {"must be a multiple of 0.5 U"});
        row("typical-over-max.json", "/entries/0/power/typical_w", {"typical draw exceeds max_w"});
        // References and kind-specific objects.
        row("accelerator-ref-dangling.json", "/entries/1/accelerators/ref",
            {"refers to unknown accelerator \"test-gpu-h900\""});
        row("unknown-precision.json", "/entries/0/tflops/fp12", {"unknown precision"});
        row("storage-without-storage.json", "/entries/0/storage", {"storage equipment needs a storage object"});
        row("pdu-without-pdu.json", "/entries/0/pdu", {"a PDU needs a pdu object"});
        row("pdu-two-phases.json", "/entries/0/pdu/phases", {"must be 1 or 3"});
        row("usable-over-raw.json", "/entries/0/storage/usable_tb", {"usable capacity exceeds raw capacity"});
        row("cable-duplicate-speed.json", "/entries/0/reach/1/speed_gbps", {"speed listed twice"});
        row("cooling-removes-nothing.json", "/entries/0/air_kw", {"a cooling option must remove some heat"});
        row("air-cooled-liquid-fraction.json", "/entries/0/cooling/liquid_fraction",
            {"air-cooled equipment has liquid_fraction 0"});

        // Rules resources/schema/catalog.schema.json states and catalog/README.md says "the loader enforces
        // the same rules" — but CatalogLoader.cpp does not (yet). The path is where the problem is; the
        // reason substrings are a proposal in the loader's style.
        // Schema $defs/id: ^[a-z0-9][a-z0-9._-]*$ — readProvenance checks the characters, not the first one.
        row("id-leading-dash.json", "/entries/0/id", {"catalog ids"}, kPreload);
        // Schema: power (like cooling, accelerators, ports[], storage, pdu, sources[], reach[]) has
        // additionalProperties false. checkNoUnknown only looks at the entry's top level, so a typo'd
        // "typcial_w" is silently dropped and typical draw falls back to max_w.
        row("power-unknown-field.json", "/entries/0/power/typcial_w", {"unknown field"}, kPreload);
        // Schema: "else": {"not": {"required": ["pdu"]}} — only kind pdu may carry a pdu object.
        row("pdu-object-on-switch.json", "/entries/0/pdu", {"pdu"}, kPreload);
        // Schema: vendor and model have minLength 1.
        row("empty-vendor.json", "/entries/0/vendor", {"empty"}, kPreload);
    }

    void invalidFile() {
        QFETCH(QString, file);
        QFETCH(QString, preload);
        QFETCH(QString, path);
        QFETCH(QStringList, reason);

        Catalog c;
        auto pre = CatalogLoader::loadFile(validFixture(preload.toStdString()), c);
        QVERIFY2(!pre, pre ? pre->message().c_str() : "");
        const std::size_t sizeBefore = c.size();
        const std::set<std::string> idsBefore = idsOf(c);
        QVERIFY(sizeBefore > 0);

        const std::string fileName = invalidFixture(file.toStdString());
        QVERIFY2(fs::is_regular_file(fileName), fileName.c_str());
        auto err = CatalogLoader::loadFile(fileName, c);
        QVERIFY2(err, "the broken file loaded");
        QCOMPARE(q(err->file), q(fileName));
        QCOMPARE(q(err->path), path);
        for (const QString& part : reason)
            QVERIFY2(q(err->reason).contains(part), qPrintable("reason \"" + q(err->reason) + "\" lacks \"" + part + "\""));
        // The message a person sees carries all three.
        QVERIFY(q(err->message()).startsWith(q(fileName) + ": "));
        if (!path.isEmpty()) QVERIFY(q(err->message()).contains(path + ": "));

        // Nothing of the broken file reached the catalog, nothing already there was touched.
        QCOMPARE(c.size(), sizeBefore);
        QVERIFY(idsOf(c) == idsBefore);
        if (preload == "base.json") {
            QCOMPARE(c.accelerator("test-gpu-a")->tdpW, 700.0);  // not the redefinition's 750
            QCOMPARE(q(c.accelerator("test-gpu-a")->file), q(validFixture("base.json")));
        }
    }

    // Every file in catalog-invalid/ is exercised by a row above (no silently unused fixture).
    void everyInvalidFixtureHasARow() {
        const std::set<std::string> rows = {
            "not-json.json", "top-level-array.json", "wrong-format.json", "newer-version.json",
            "entries-not-array.json", "missing-id.json", "id-uppercase.json", "id-space.json",
            "unknown-kind.json", "duplicate-id-in-file.json", "duplicate-id-against-loaded.json",
            "missing-sources.json", "empty-sources.json", "bad-source-grade.json", "unknown-field-typo.json",
            "accelerator-tdp-3500.json", "switch-1u-6000w.json", "negative-weight.json", "u-height-1.3.json",
            "typical-over-max.json", "accelerator-ref-dangling.json", "unknown-precision.json",
            "storage-without-storage.json", "pdu-without-pdu.json", "pdu-two-phases.json",
            "usable-over-raw.json", "cable-duplicate-speed.json", "cooling-removes-nothing.json",
            "air-cooled-liquid-fraction.json", "id-leading-dash.json", "power-unknown-field.json",
            "pdu-object-on-switch.json", "empty-vendor.json", "override-changes-kind.json"};
        std::set<std::string> files;
        for (const auto& e : fs::directory_iterator(std::string(PODPLANNER_FIXTURES) + "/catalog-invalid"))
            files.insert(e.path().filename().string());
        QVERIFY(files.size() >= 18);
        for (const auto& f : files) QVERIFY2(rows.count(f), ("fixture without a row: " + f).c_str());
        for (const auto& r : rows) QVERIFY2(files.count(r), ("row without a fixture: " + r).c_str());
    }

    // The same redefinition as a user catalog (allowOverride) replaces the earlier entry.
    void duplicateAgainstLoadedWithOverride() {
        Catalog c;
        QVERIFY(!CatalogLoader::loadFile(validFixture("base.json"), c));
        const std::size_t before = c.size();
        const std::string redefinition = invalidFixture("duplicate-id-against-loaded.json");

        auto err = CatalogLoader::loadFile(redefinition, c, {.allowOverride = true});
        QVERIFY2(!err, err ? err->message().c_str() : "");
        QCOMPARE(c.size(), before);  // replaced, not added
        QCOMPARE(c.accelerator("test-gpu-a")->tdpW, 750.0);
        QCOMPARE(q(c.accelerator("test-gpu-a")->file), q(redefinition));
        // The node that refers to it still resolves (to the new entry).
        QCOMPARE(q(c.equipment("test-node-a")->acceleratorRef), QString("test-gpu-a"));
    }

    // allowOverride never excuses a duplicate inside one file.
    void duplicateInFileEvenWithOverride() {
        Catalog c;
        auto err = CatalogLoader::loadFile(invalidFixture("duplicate-id-in-file.json"), c, {.allowOverride = true});
        QVERIFY(err);
        QCOMPARE(q(err->path), QString("/entries/1/id"));
        QVERIFY(q(err->reason).contains("in this file"));
        QCOMPARE(c.size(), std::size_t(0));
    }

    void missingFile() {
        Catalog c;
        auto err = CatalogLoader::loadFile(invalidFixture("no-such-file.json"), c);
        QVERIFY(err);
        QCOMPARE(q(err->path), QString());
        QCOMPARE(q(err->reason), QString("no such file"));
        QCOMPARE(c.size(), std::size_t(0));
    }

    // ---- good files --------------------------------------------------------------------------------

    void validFixturesLoad() {
        Catalog c;
        for (const char* f : {"base.json", "second.json", "raid-storage.json"}) {
            auto err = CatalogLoader::loadFile(validFixture(f), c);
            QVERIFY2(!err, err ? err->message().c_str() : "");
        }
        QCOMPARE(c.size(), std::size_t(4 + 3 + 4));
        QCOMPARE(q(c.kindOf("test-gpu-a")), QString("accelerator"));
        QCOMPARE(q(c.kindOf("test-node-a")), QString("gpu_node"));
        QCOMPARE(q(c.kindOf("test-switch-1u")), QString("switch"));
        QCOMPARE(q(c.kindOf("test-rack-42u")), QString("rack"));
        QCOMPARE(q(c.kindOf("test-cable-b")), QString("cable_media"));
        QCOMPARE(q(c.kindOf("test-raid-60x18")), QString("storage"));
        QCOMPARE(c.equipment("test-node-a")->acceleratorCount, 4);
        QCOMPARE(q(c.equipment("test-node-a")->file), q(validFixture("base.json")));
    }

    void shippedCatalogLoads() {
        Catalog c;
        auto err = loadStandardCatalog(fs::path(), {}, c);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        QVERIFY2(c.size() >= 45, qPrintable(QString("only %1 entries").arg(c.size())));
        QVERIFY(c.accelerators().size() >= 13);
        std::size_t seen = 0;
        forEachEntry(c, [&](const Provenance& p) {
            ++seen;
            QVERIFY2(!p.sources.empty(), p.id.c_str());
            for (const Source& s : p.sources) {
                QVERIFY2(!s.ref.empty(), p.id.c_str());
                QVERIFY2(s.grade == "vendor" || s.grade == "netbox" || s.grade == "secondary", p.id.c_str());
            }
            QVERIFY2(fs::path(p.file).extension() == ".json", p.id.c_str());
            QVERIFY2(fs::path(p.file).parent_path().filename() == "catalog", p.file.c_str());
        });
        QCOMPARE(seen, c.size());
        // Every node's accelerator reference resolves.
        for (const auto& [id, e] : c.equipmentEntries())
            if (e.acceleratorCount > 0) QVERIFY2(c.accelerator(e.acceleratorRef), id.c_str());
    }

    // README: `verification` is the weakest grade among the entry's figures; an entry with figures no
    // source confirms (`unverified` non-empty) is "unverified", else the weakest source grade.
    void shippedVerificationIsWeakestGrade() {
        Catalog c;
        QVERIFY(!loadStandardCatalog(fs::path(), {}, c));
        auto rank = [](const std::string& g) { return g == "vendor" ? 3 : g == "netbox" ? 2 : g == "secondary" ? 1 : 0; };
        forEachEntry(c, [&](const Provenance& p) {
            std::string weakest = "vendor";
            for (const Source& s : p.sources)
                if (rank(s.grade) < rank(weakest)) weakest = s.grade;
            const std::string expected = p.unverified.empty() ? weakest : "unverified";
            QVERIFY2(p.verification == expected,
                     (p.id + ": verification \"" + p.verification + "\", expected \"" + expected + "\"").c_str());
        });
    }

    // ---- folders and user files ---------------------------------------------------------------------

    void directoryLoadsEveryFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path d = dir.path().toStdString();
        fs::copy_file(validFixture("base.json"), d / "a.json");
        fs::copy_file(validFixture("second.json"), d / "b.json");
        fs::copy_file(validFixture("base.json"), d / "c.txt");  // not *.json: ignored
        Catalog c;
        auto err = CatalogLoader::loadDirectory(d, c);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        QCOMPARE(c.size(), std::size_t(4 + 3));
    }

    // One bad file in the folder: nothing from the folder loads, not even the good file before it.
    void directoryIsAllOrNothing() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path d = dir.path().toStdString();
        fs::copy_file(validFixture("second.json"), d / "a-good.json");
        fs::copy_file(invalidFixture("accelerator-tdp-3500.json"), d / "b-bad.json");

        Catalog c;  // already holds entries whose ids collide with neither file
        QVERIFY(!CatalogLoader::loadFile(validFixture("raid-storage.json"), c));
        const std::size_t before = c.size();
        const auto idsBefore = idsOf(c);

        auto err = CatalogLoader::loadDirectory(d, c);
        QVERIFY(err);
        QCOMPARE(q(err->file), q((d / "b-bad.json").string()));
        QCOMPARE(q(err->path), QString("/entries/0/tdp_w"));
        QCOMPARE(c.size(), before);
        QVERIFY(idsOf(c) == idsBefore);
        QVERIFY(!c.contains("test-gpu-b"));  // from a-good.json, loaded first, then dropped
    }

    // Files of one folder may not override each other.
    void directoryRejectsDuplicateAcrossFiles() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path d = dir.path().toStdString();
        fs::copy_file(validFixture("base.json"), d / "a.json");
        fs::copy_file(validFixture("base.json"), d / "b.json");
        Catalog c;
        auto err = CatalogLoader::loadDirectory(d, c);
        QVERIFY(err);
        QCOMPARE(q(err->file), q((d / "b.json").string()));
        QCOMPARE(q(err->path), QString("/entries/0/id"));
        QVERIFY(q(err->reason).contains("already defined in " + q((d / "a.json").string())));
        QCOMPARE(c.size(), std::size_t(0));
    }

    void userFileOverridesShipped() {
        Catalog shipped;
        QVERIFY(!loadStandardCatalog(fs::path(), {}, shipped));
        QCOMPARE(shipped.equipment("nvidia-dgx-h100")->maxW, 10200.0);

        Catalog c;
        const std::string user = validFixture("user-override-dgx-h100.json");
        auto err = loadStandardCatalog(fs::path(), {user}, c);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        QCOMPARE(c.size(), shipped.size());  // replaced, not added
        const Equipment* dgx = c.equipment("nvidia-dgx-h100");
        QVERIFY(dgx);
        QCOMPARE(dgx->maxW, 11000.0);
        QCOMPARE(q(dgx->file), q(user));
        QCOMPARE(dgx->acceleratorCount, 8);
        // Its reference resolves against the shipped accelerators.
        QVERIFY(c.accelerator(dgx->acceleratorRef));
        // Everything else is the shipped catalog.
        QCOMPARE(c.equipment("nvidia-dgx-h200")->maxW, 10200.0);
    }

    // A user catalog that redefines a shipped accelerator id as another kind (here a rack) must be
    // refused: shipped nodes refer to that id, and the loader promises no dangling references.
    void overrideMayNotChangeKindUnderAReference() {
        Catalog c;
        const std::string user = invalidFixture("override-changes-kind.json");
        auto err = loadStandardCatalog(fs::path(), {user}, c);
        QVERIFY2(err, "loaded; nvidia-dgx-h100 now refers to a rack");
        QCOMPARE(q(err->file), q(user));
        QCOMPARE(c.size(), std::size_t(0));
    }

    // A bad user file fails the whole standard load and leaves the caller's catalog alone.
    void badUserFileLeavesCatalogUnchanged() {
        Catalog c;
        QVERIFY(!loadStandardCatalog(fs::path(), {}, c));
        const std::size_t before = c.size();
        auto err = loadStandardCatalog(fs::path(),
                                       {validFixture("user-override-dgx-h100.json"),
                                        invalidFixture("accelerator-tdp-3500.json")},
                                       c);
        QVERIFY(err);
        QCOMPARE(q(err->file), q(invalidFixture("accelerator-tdp-3500.json")));
        QCOMPARE(c.size(), before);
        QCOMPARE(c.equipment("nvidia-dgx-h100")->maxW, 10200.0);  // the good override did not stick
    }

    // ---- derived figures --------------------------------------------------------------------------

    void effectiveUsableTb_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("usable");
        // RAID rule by hand: (60 drives − 2 spares) × 18 TB × 8/(8+2) = 58 × 18 × 0.8 = 1044 × 0.8 = 835.2 TB
        QTest::newRow("raid 8+2, 60×18 TB, 2 spares") << "test-raid-60x18" << 835.2;
        // Stated usable wins over the RAID rule ((10 × 10 × 0.8 = 80 would be the rule).
        QTest::newRow("stated usable") << "test-stated-usable" << 70.0;
        // Neither: raw.
        QTest::newRow("raw only") << "test-raw-only" << 50.0;
    }

    void effectiveUsableTb() {
        QFETCH(QString, id);
        QFETCH(double, usable);
        Catalog c;
        QVERIFY(!CatalogLoader::loadFile(validFixture("raid-storage.json"), c));
        const Equipment* e = c.equipment(id.toStdString());
        QVERIFY(e && e->storage);
        QVERIFY2(std::abs(e->storage->effectiveUsableTb() - usable) <= 1e-6 * usable,
                 qPrintable(QString::number(e->storage->effectiveUsableTb(), 'g', 17)));
    }

    void maxReach_data() {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("expected");  // -1: no figure for that speed
        // Fixture reach: 400G 3 m, 200G 2 m, 100G 5 m. Exact speed → its figure; an unlisted speed → the
        // figure of the slowest listed speed above it (a link reaches at least as far at a lower rate);
        // above every listed speed → nothing.
        QTest::newRow("400G exact") << 400.0 << 3.0;
        QTest::newRow("200G exact") << 200.0 << 2.0;
        QTest::newRow("100G exact") << 100.0 << 5.0;
        QTest::newRow("150G uses 200G") << 150.0 << 2.0;
        QTest::newRow("25G uses 100G") << 25.0 << 5.0;
        QTest::newRow("300G uses 400G") << 300.0 << 3.0;
        QTest::newRow("800G above all") << 800.0 << -1.0;
    }

    void maxReach() {
        QFETCH(double, speed);
        QFETCH(double, expected);
        Catalog c;
        QVERIFY(!CatalogLoader::loadFile(validFixture("raid-storage.json"), c));
        const CableMedium* m = c.medium("test-cable-reach");
        QVERIFY(m);
        auto r = m->maxReachM(speed);
        if (expected < 0) {
            QVERIFY(!r);
        } else {
            QVERIFY(r);
            QCOMPARE(*r, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalog_loader.moc"
