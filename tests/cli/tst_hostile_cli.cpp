// Hostile input through the real podplanner binary (issue 8): every refused file exits 2 and names
// the file, the JSON path and the reason on stderr; the merely wrong exits 1 with the violation;
// export paths with spaces and non-ASCII names work, and an export never overwrites a file the
// user did not name.
#include <QtTest>

#include "RunPodplanner.h"

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

namespace {
const QString kHostile = QStringLiteral(PODPLANNER_FIXTURES "/hostile/");
const QString kSmall = QStringLiteral(PODPLANNER_FIXTURES "/valid/small.podplan");

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
}  // namespace

class TestHostileCli : public QObject {
    Q_OBJECT

private slots:
    // The file and JSON path of each refusal (the reason texts are checked in tests/model/tst_hostile).
    void refusedProjectsExit2_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        auto row = [](const char* file, const char* where) { QTest::newRow(file) << QString(file) << QString(where); };
        row("number-nan", ": not valid JSON: parse error at line 69");
        row("number-infinity", ": not valid JSON: parse error at line 69");
        row("number-minus-1e999", ": not valid JSON: number overflow parsing '-1e999'");
        row("room-power-1e308", ": /room/power_capacity_w: must be in [0, 10000000000], got 1e+308");
        row("device-u-1e308", ": /devices/1/u: must be in [1, 48], got 1e+308");
        row("device-u-negative", ": /devices/1/u: must be in [1, 48], got -1");
        row("room-floor-load-negative", ": /room/floor_load_kg_m2: ");
        row("room-min-aisle-negative", ": /room/min_aisle_mm: ");
        row("settings-cable-slack-negative", ": /settings/cable_slack_mm: ");
        row("rack-id-c1-control", ": /racks/0/id: id contains a control character");
        row("rack-id-delete", ": /racks/0/id: id contains a control character");
        row("device-id-nul", ": /devices/2/id: id contains a control character");
        row("device-catalog-tab", ": /devices/1/catalog: id contains a control character");
        row("rack-id-129-chars", ": /racks/0/id: id longer than 128 characters");
        row("rack-name-5000-bytes", ": /racks/0/name: string longer than 4096 bytes");
        row("device-duplicate-id", ": /devices/3/id: duplicate id \"node-1\"");
        row("keepout-duplicate-id", ": /room/keepouts/1/id: duplicate keep-out id \"col-1\"");
        row("fabric-duplicate-id", ": /network/fabrics/1/id: duplicate fabric id \"compute\"");
        row("rack-cooling-unknown", ": /racks/0/cooling: unknown catalog id \"cooling-warp-core\"");
        row("fabric-spine-unknown", ": /network/fabrics/0/spines/0: unknown device \"sw-404\"");
        row("nested-100-deep", ": nested deeper than 64 levels");
    }

    void refusedProjectsExit2() {
        QFETCH(QString, file);
        QFETCH(QString, where);
        const QString path = kHostile + file + ".podplan";
        for (const char* command : {"check", "totals"}) {
            Run r = podplanner({command, path});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains((path + where).toUtf8()), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void fileOver256MiBExit2() {
        QTemporaryDir dir;
        const QString big = dir.filePath("big.podplan");
        QVERIFY(writeFile(big, "x"));
        std::filesystem::resize_file(big.toStdString(), (256ull << 20) + 1);  // sparse: no disk used
        Run r = podplanner({"check", big});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((big + ": file is 256 MiB, over the 256 MiB limit").toUtf8()), r.err.constData());
    }

    void hostileCatalogExit2() {
        for (const char* name : {"catalog-max-w-1e308", "catalog-id-control-char", "catalog-rack-width-negative",
                                 "catalog-u-height-negative", "catalog-nested-100-deep", "catalog-tdp-1e308"}) {
            const QString path = kHostile + name + ".json";
            Run r = podplanner({"check", kSmall, "--catalog", path});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path.toUtf8() + ": "), r.err.constData());
        }
    }

    // NetBox YAML: refused with the file, line and field; no catalog file is written.
    void hostileNetboxExit2_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("nan") << "netbox-u-height-nan.yaml" << ": line 6: field \"u_height\": must be a finite number";
        QTest::newRow("negative") << "netbox-u-height-negative.yaml" << ": line 6: field \"u_height\": must be between 0 and 60, got -1";
        QTest::newRow("1e308") << "netbox-weight-1e308.yaml"
                               << ": line 7: field \"weight\": must be between 0 and 10000000, got 1";
        // yaml-cpp stops at 2,000 levels (yaml-cpp/depthguard.h) with a parser error.
        QTest::newRow("deep") << "netbox-nested-5000-deep.yaml" << ": line 7: not valid YAML: ";
    }

    void hostileNetboxExit2() {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString out = dir.filePath("out.json");
        Run r = podplanner({"catalog", "import-netbox", kHostile + file, "-o", out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((kHostile + file + where).toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // A NUL inside an interface name is just text to the importer (names are not kept): it imports.
    void netboxNulInNameImports() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.json");
        Run r = podplanner({"catalog", "import-netbox", kHostile + "netbox-interface-name-nul.yaml", "-o", out});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());
        if (r.exitCode == 0) {
            Run check = podplanner({"check", kSmall, "--catalog", out});
            QVERIFY2(check.exitCode != 2, check.err.constData());
        }
    }

    // Merely wrong: loads, and `check` reports it (exit 1).
    void rackOutsideRoomExit1() {
        Run r = podplanner({"check", kHostile + "rack-outside-room.podplan"});
        QCOMPARE(r.exitCode, 1);
        // 800 mm wide rack centred at x 5,900: x 5,500–6,300, past the east wall at 6,000.
        QVERIFY2(r.out.contains("[floor.rack-in-room] Rack R1 at (5,900, 2,000) mm is not inside the room outline"),
                 r.out.constData());
    }

    void devicesOverlapExit1() {
        Run r = podplanner({"check", kHostile + "devices-overlap.podplan"});
        QCOMPARE(r.exitCode, 1);
        // 8 U DGX at U1 (U1–U8) and at U5 (U5–U12).
        QVERIFY2(r.out.contains("[space.u-overlap] Rack R1: DGX-A and DGX-B both occupy U5–U8"), r.out.constData());
    }

    // Spaces and non-ASCII characters in the output path (and in the project's own path).
    void exportPdfToUnicodePathWithSpaces() {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QString::fromUtf8("Pläne für Halle 3 — 日本"));
        QVERIFY(QDir().mkpath(dir));
        const QString project = dir + QString::fromUtf8("/Pod Ünïcode.podplan");
        QVERIFY(QFile::copy(kSmall, project));
        const QString pdf = dir + QString::fromUtf8("/Bericht Ä ø 日本 v1.pdf");
        Run r = podplanner({"export", project, "--pdf", pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(("wrote " + pdf).toUtf8()), r.out.constData());
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        // Only the named file appeared beside the project: no stray temporary files.
        QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({QString::fromUtf8("Bericht Ä ø 日本 v1.pdf"), QString::fromUtf8("Pod Ünïcode.podplan")}));
    }

    // --svg DIR writes floor.svg and one rack-<name>.svg per rack, nothing else, and leaves the
    // folder's other files alone. Rack names whose safe forms collide ("A B"/"A_B", ids "x y"/"x_y")
    // must still give one file each.
    void svgDirWritesOnlyItsOwnNames() {
        QTemporaryDir tmp;
        auto doc = nlohmann::json::parse(readFile(kSmall).toStdString());
        auto rack = doc["racks"][0];
        rack["feeds"] = nlohmann::json::array();
        rack["id"] = "x y", rack["name"] = "A B", rack["position"] = {2000, 2000};
        doc["racks"].push_back(rack);
        rack["id"] = "x_y", rack["name"] = "A_B", rack["position"] = {3000, 2000};
        doc["racks"].push_back(rack);
        const QString project = tmp.filePath("three.podplan");
        QVERIFY(writeFile(project, QByteArray::fromStdString(doc.dump(2))));
        const QString svg = tmp.filePath("svg");
        QVERIFY(QDir().mkpath(svg));
        QVERIFY(writeFile(svg + "/notes.txt", "mine"));
        QVERIFY(writeFile(svg + "/rack-A_B.svg.bak", "mine too"));

        Run r = podplanner({"export", project, "--svg", svg});
        QCOMPARE(r.exitCode, 0);
        QStringList files = QDir(svg).entryList(QDir::Files, QDir::Name);
        // R1 → rack-R1; "A B" and "A_B" both → A_B, so each gets its id: "x y" → x_y and "x_y" → x_y,
        // still equal, so the second is numbered -2.
        QCOMPARE(files, QStringList({"floor.svg", "notes.txt", "rack-A_B-x_y-2.svg", "rack-A_B-x_y.svg",
                                     "rack-A_B.svg.bak", "rack-R1.svg"}));
        QCOMPARE(readFile(svg + "/notes.txt"), QByteArray("mine"));
        QCOMPARE(readFile(svg + "/rack-A_B.svg.bak"), QByteArray("mine too"));
    }

    // Two outputs naming one file would overwrite each other: refused before anything is written.
    void twoOutputsOneFileRefused() {
        QTemporaryDir tmp;
        const QString same = tmp.filePath("out.pdf");
        Run r = podplanner({"export", kSmall, "--pdf", same, "--bom", same});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--pdf and --bom would both write this file"), r.err.constData());
        QVERIFY(!QFile::exists(same));

        // --pdf into the (existing) --svg folder under a sheet's name.
        const QString svg = tmp.filePath("svg");
        QVERIFY(QDir().mkpath(svg));
        Run r2 = podplanner({"export", kSmall, "--svg", svg, "--pdf", svg + "/floor.svg"});
        QCOMPARE(r2.exitCode, 2);
        QVERIFY2(r2.err.contains("--pdf and --svg would both write this file"), r2.err.constData());
        QVERIFY(!QFile::exists(svg + "/floor.svg"));
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
