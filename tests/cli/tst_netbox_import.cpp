// `podplanner catalog import-netbox` through the real binary: NetBox devicetype-library YAML in
// (tests/fixtures/netbox/, written from the public schema), a catalog file out that pod::CatalogLoader
// loads; unit conversions checked against hand arithmetic; every error exits 2 and writes nothing.
#include <QtTest>

#include "RunPodplanner.h"

#include <cmath>

#include "CatalogLoader.h"

using namespace pod;

namespace {
QString fixture(const char* name) { return QStringLiteral(PODPLANNER_FIXTURES "/netbox/") + QString::fromLatin1(name); }

const char* kSwitch = "switch-1u-48x1g-4x100g.yaml";
const char* kHalfU = "half-u-console.yaml";
const char* kOneAndHalfU = "one-and-half-u.yaml";
const char* kNoPower = "no-power-2u.yaml";
const char* kGpuServer = "gpu-server-8u.yaml";
const char* kSpine = "spine-2u-800g.yaml";
const char* kMalformed = "malformed-tab.yaml";
const char* kMissingModel = "missing-model.yaml";

// Hand arithmetic for the fixtures' weights.
constexpr double kSwitchKg = 21 * 0.45359237;             // 21 lb = 9.52543977 kg
constexpr double kOneAndHalfUKg = 400 * 0.028349523125;  // 400 oz = 11.33980925 kg
constexpr double kGpuServerKg = 130450 / 1000.0;         // 130 450 g = 130.45 kg

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

int portCount(const Equipment& e, Fabric fabric, double speed) {
    int n = 0;
    for (const auto& g : e.ports)
        if (g.fabric == fabric && g.speedGbps == speed) n += g.count;
    return n;
}

int totalPorts(const Equipment& e) {
    int n = 0;
    for (const auto& g : e.ports) n += g.count;
    return n;
}

// Entries the import wrote (ids "netbox-…"), not the shipped catalog loaded before them.
int importedCount(const Catalog& c) {
    int n = 0;
    for (const auto& [id, e] : c.equipmentEntries()) n += id.rfind("netbox-", 0) == 0;
    return n;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
}  // namespace

class TestNetboxImport : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

    QString out(const char* name) { return dir.filePath(QString::fromLatin1(name)); }

    // Imports `files` into `output` and loads the result; fails the test on a non-zero exit.
    Catalog importAndLoad(const QStringList& files, const QString& output, Run* run = nullptr,
                          const QStringList& extra = {}) {
        Run r = podplanner(QStringList{"catalog", "import-netbox"} + files + QStringList{"-o", output} + extra);
        if (run) *run = r;
        if (r.exitCode != 0) qWarning("stderr: %s", r.err.constData());
        Catalog c;
        if (r.exitCode != 0) return c;
        // Loaded as the planner loads a user catalog: after the shipped one (accelerator refs resolve there).
        if (auto shipped = CatalogLoader::loadDirectory(PODPLANNER_SOURCE_DIR "/catalog", c)) qWarning("%s", shipped->message().c_str());
        auto err = CatalogLoader::loadFile(output.toStdString(), c, CatalogLoadOptions{true});
        if (err) qWarning("load: %s", err->message().c_str());
        return c;
    }

    void writeFile(const QString& path, const QByteArray& text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void helpMentionsImport() {
        Run h = podplanner({"--help"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("catalog import-netbox FILE.yaml"));
    }

    void switchWithRedundantPsus() {
        Run r;
        Catalog c = importAndLoad({fixture(kSwitch)}, out("switch.json"), &r);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains("switch-1u-48x1g-4x100g.yaml: netbox-acme-networks-an-4804 switch (guessed)"));
        QVERIFY(r.out.contains("  warning: maximum_draw looks like a PSU rating: 2 power ports each list 460 W; "
                               "max_w set to one port's 460 W, not the sum 920 W"));
        QVERIFY(r.out.contains("  warning: needs completion: "));
        QVERIFY(r.out.contains("wrote 1 entry to "));
        const Equipment* e = c.equipment("netbox-acme-networks-an-4804");
        QVERIFY(e);
        QCOMPARE(importedCount(c), 1);
        QCOMPARE(e->kind, EquipmentKind::Switch);
        QCOMPARE(e->vendor, std::string("Acme Networks"));
        QCOMPARE(e->model, std::string("AN-4804"));
        QCOMPARE(e->uHeight, 1.0);
        QVERIFY2(near(e->weightKg, kSwitchKg), std::to_string(e->weightKg).c_str());
        QVERIFY(near(e->weightKg, 9.52543977));
        QCOMPARE(e->maxW, 460.0);        // one PSU's maximum_draw, not 2 × 460
        QCOMPARE(*e->typicalW, 300.0);   // allocated_draw 150 + 150
        QVERIFY(e->isUnverified("power.max_w"));
        QCOMPARE(e->verification, std::string("unverified"));
        QVERIFY(!e->fullDepth);
        QVERIFY(!e->depthMm);
        QCOMPARE(e->airflow, Airflow::FrontToRear);
        // 48 × 1000base-t data ports + mgmt0 (mgmt_only) → 49 × 1G oob; 4 × 100G → compute.
        QCOMPARE(e->ports.size(), std::size_t(2));
        QCOMPARE(portCount(*e, Fabric::Compute, 100), 4);
        QCOMPARE(portCount(*e, Fabric::Oob, 1), 49);
        QCOMPARE(e->sources.size(), std::size_t(1));
        QCOMPARE(e->sources[0].ref, std::string("NetBox devicetype-library: switch-1u-48x1g-4x100g.yaml"));
        QCOMPARE(e->sources[0].grade, std::string("netbox"));
        QCOMPARE(e->sources[0].supports, std::string("u_height, weight, airflow, power ports, interfaces"));
        QVERIFY(e->notes.find("looks like a PSU rating") != std::string::npos);
        QVERIFY(e->notes.find("needs completion: ") != std::string::npos);
        QVERIFY(e->notes.find("NetBox comments: 48 x 1G copper") != std::string::npos);
    }

    void halfUDeviceAndSlugSanitising() {
        Run r;
        Catalog c = importAndLoad({fixture(kHalfU)}, out("halfu.json"), &r);
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-halfu-console_cs8");  // slug "Acme HalfU/Console_CS8"
        QVERIFY(e);
        QCOMPARE(e->uHeight, 0.5);
        QCOMPARE(e->kind, EquipmentKind::CpuNode);  // 8 data ports: not a switch
        QVERIFY(near(e->weightKg, 1.2));
        QCOMPARE(e->maxW, 40.0);  // a single power port: its maximum_draw, no PSU warning
        QVERIFY(!r.out.contains("PSU rating"));
        QVERIFY(!e->typicalW);
        QCOMPARE(e->airflow, Airflow::Mixed);  // left-to-right has no catalog word
        QVERIFY(e->isUnverified("airflow"));
        QVERIFY(r.out.contains("warning: airflow left-to-right has no catalog equivalent: recorded as mixed"));
        QCOMPARE(portCount(*e, Fabric::Oob, 1), 9);
        QVERIFY(r.out.contains("needs completion: typical power"));
    }

    void oneAndAHalfUWithOunces() {
        Run r;
        Catalog c = importAndLoad({fixture(kOneAndHalfU)}, out("onehalf.json"), &r);
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-compute-ac-150");
        QVERIFY(e);
        QCOMPARE(e->uHeight, 1.5);
        QVERIFY2(near(e->weightKg, kOneAndHalfUKg), std::to_string(e->weightKg).c_str());  // 11.33980925
        QCOMPARE(e->maxW, 400.0 + 350.0);  // unequal ports: summed
        QCOMPARE(*e->typicalW, 250.0 + 200.0);
        QVERIFY(!r.out.contains("PSU rating"));
        QVERIFY(e->unverified.empty());
        QCOMPARE(e->verification, std::string("netbox"));
        QCOMPARE(e->airflow, Airflow::RearToFront);
        QVERIFY(e->fullDepth);
        QCOMPARE(portCount(*e, Fabric::Compute, 100), 2);
        QCOMPARE(portCount(*e, Fabric::Inband, 25), 2);
        QCOMPARE(portCount(*e, Fabric::Oob, 1), 1);
        QCOMPARE(totalPorts(*e), 5);
    }

    void noPowerPortsNeedsCompletion() {
        Run r;
        Catalog c = importAndLoad({fixture(kNoPower)}, out("nopower.json"), &r);
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-storage-as-2u24");
        QVERIFY(e);
        QCOMPARE(e->kind, EquipmentKind::CpuNode);  // storage stays cpu_node without --kind storage
        QCOMPARE(e->maxW, 0.0);
        QVERIFY(e->isUnverified("power.max_w"));
        QVERIFY(e->isUnverified("airflow"));  // absent: front_to_rear assumed
        QCOMPARE(e->airflow, Airflow::FrontToRear);
        QCOMPARE(e->verification, std::string("unverified"));
        QVERIFY(r.out.contains("warning: needs completion: power (NetBox lists no power ports), typical power"));
        QVERIFY(e->notes.find("needs completion: power (NetBox lists no power ports)") != std::string::npos);
        QCOMPARE(portCount(*e, Fabric::Inband, 10), 4);
    }

    void storageKind() {
        Run r;
        Catalog c = importAndLoad({fixture(kNoPower)}, out("storage.json"), &r, {"--kind", "storage"});
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-storage-as-2u24");
        QVERIFY(e);
        QCOMPARE(e->kind, EquipmentKind::Storage);
        QVERIFY(e->storage);
        QCOMPARE(e->storage->rawTb, 0.0);
        QVERIFY(e->isUnverified("storage.raw_tb"));
        QVERIFY(e->notes.find("storage capacity") != std::string::npos);
        QCOMPARE(portCount(*e, Fabric::Storage, 10), 4);  // Ethernet on a storage device → storage fabric
    }

    void gpuServerInGrams() {
        Run r;
        Catalog c = importAndLoad({fixture(kGpuServer)}, out("gpu.json"), &r);
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-compute-ax-8");
        QVERIFY(e);
        QCOMPARE(e->kind, EquipmentKind::CpuNode);  // NetBox has no GPU information
        QVERIFY(r.out.contains("pass --kind gpu_node for a GPU server"));
        QCOMPARE(e->uHeight, 8.0);
        QVERIFY(near(e->weightKg, kGpuServerKg));
        QCOMPARE(e->maxW, 3300.0);  // 6 PSUs × 3300 W: one PSU's rating, flagged
        QVERIFY(r.out.contains("maximum_draw looks like a PSU rating: 6 power ports each list 3300 W"));
        QVERIFY(e->isUnverified("power.max_w"));
        QCOMPARE(portCount(*e, Fabric::Compute, 400), 8);  // infiniband-ndr
        QCOMPARE(portCount(*e, Fabric::Compute, 200), 2);  // 200gbase-x-qsfp56
        QCOMPARE(portCount(*e, Fabric::Inband, 10), 2);    // 10gbase-t
        QCOMPARE(portCount(*e, Fabric::Oob, 1), 1);        // bmc, mgmt_only
        QCOMPARE(totalPorts(*e), 13);                      // the lag and the "other" interface are not ports
        QVERIFY(r.out.contains("1 interface(s) of a type with no known speed not counted (other ×1)"));
        QVERIFY(e->notes.find("NetBox comments: Eight-accelerator training server. GPUs are not described") !=
                std::string::npos);

        Catalog g = importAndLoad({fixture(kGpuServer)}, out("gpu-node.json"), &r, {"--kind", "gpu_node"});
        QCOMPARE(r.exitCode, 0);
        const Equipment* n = g.equipment("netbox-acme-compute-ax-8");
        QVERIFY(n);
        QCOMPARE(n->kind, EquipmentKind::GpuNode);
        QVERIFY(n->notes.find("needs completion: accelerators and FLOPS (NetBox has none)") != std::string::npos);
        QVERIFY(r.out.contains("warning: needs completion: accelerators and FLOPS (NetBox has none)"));
        QVERIFY(!r.out.contains("pass --kind gpu_node"));
    }

    // Three real devicetype-library files (tests/fixtures/netbox/devicetype-library/, same structure as the
    // library's, trimmed): the kind comes from what names the accelerators, or from the power outlets.
    void realLibraryFilesGetTheRightKind() {
        const QString lib = QStringLiteral(PODPLANNER_FIXTURES "/netbox/devicetype-library/");
        Run r;
        Catalog c = importAndLoad({lib + "Nvidia/DGC-A100.yaml", lib + "Supermicro/AS-8125GS-TNMR2.yml", lib + "APC/AP8941.yml"},
                                  out("library.json"), &r);
        QCOMPARE(r.exitCode, 0);

        // DGX A100: 36 data interfaces made it a switch; the comments say "GPUs: 8 NVIDIA A100 GPUs".
        const Equipment* dgx = c.equipment("netbox-nvidia-dgx-a100-640gb");
        QVERIFY(dgx);
        QCOMPARE(dgx->kind, EquipmentKind::GpuNode);
        QCOMPARE(dgx->acceleratorRef, std::string("nvidia-a100-sxm4-80gb"));  // the catalog's only A100
        QCOMPARE(dgx->acceleratorCount, 8);
        QCOMPARE(dgx->maxW, 1071.0);  // PSU rule kept: 2 ports × 1071 W → one PSU's rating, flagged
        QVERIFY(dgx->isUnverified("power.max_w"));
        QVERIFY(r.out.contains("maximum_draw looks like a PSU rating: 2 power ports each list 1071 W"));
        QCOMPARE(portCount(*dgx, Fabric::Compute, 100), 28);
        QCOMPARE(portCount(*dgx, Fabric::Compute, 400), 8);

        // AS-8125GS-TNMR2: 8 module bays "AMD Instinct MI300X GPU"; the NICs' "MI325X" text loses to them.
        const Equipment* smc = c.equipment("netbox-supermicro-as-8125gs-tnmr2");
        QVERIFY(smc);
        QCOMPARE(smc->kind, EquipmentKind::GpuNode);
        QCOMPARE(smc->acceleratorRef, std::string("amd-mi300x"));
        QCOMPARE(smc->acceleratorCount, 8);
        QCOMPARE(smc->maxW, 3000.0);  // 6 PSUs × 3000 W: one PSU's rating
        QVERIFY(r.out.contains("maximum_draw looks like a PSU rating: 6 power ports each list 3000 W"));
        QVERIFY(r.out.contains("accelerators 8 × amd-mi300x from 8 module bays"));
        QCOMPARE(portCount(*smc, Fabric::Compute, 400), 10);  // eno0, eno1, eth0…eth7
        QCOMPARE(portCount(*smc, Fabric::Inband, 10), 2);
        QCOMPARE(portCount(*smc, Fabric::Oob, 1), 1);

        // AP8941: 24 power outlets → pdu; NEMA L6-30P inlet = 1 phase, 208 V, 30 A; 208 × 30 × 0.8 = 4992 W.
        const Equipment* pdu = c.equipment("netbox-apc-ap8941");
        QVERIFY(pdu);
        QCOMPARE(pdu->kind, EquipmentKind::Pdu);
        QVERIFY(pdu->pdu);
        QCOMPARE(pdu->pdu->phases, 1);
        QCOMPARE(pdu->pdu->voltageV, 208.0);
        QCOMPARE(pdu->pdu->currentA, 30.0);
        QCOMPARE(pdu->pdu->capacityW, 4992.0);
        QVERIFY(pdu->isUnverified("pdu.capacity_w"));
        QCOMPARE(pdu->uHeight, 0.0);
    }

    // Module bays beat comments; a count written before the name in the comments is used when nothing else names it.
    void acceleratorFromCommentsNeedsACount() {
        const QString f = out("h100.yaml");
        writeFile(f, "manufacturer: Acme\nmodel: HX-8\nslug: acme-hx-8\nu_height: 8\n"
                     "comments: Eight-way server with NVIDIA H100 SXM5 GPUs\n"
                     "interfaces:\n  - name: eth0\n    type: 400gbase-x-osfp\n");
        Run r;
        Catalog c = importAndLoad({f}, out("h100.json"), &r);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(c.equipment("netbox-acme-hx-8")->kind, EquipmentKind::CpuNode);  // named, but no count

        const QString g = out("h100x8.yaml");
        writeFile(g, "manufacturer: Acme\nmodel: HX-8\nslug: acme-hx-8\nu_height: 8\n"
                     "comments: 8x NVIDIA H100 SXM5 GPUs\n");
        c = importAndLoad({g}, out("h100x8.json"), &r);
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-hx-8");
        QCOMPARE(e->kind, EquipmentKind::GpuNode);
        QCOMPARE(e->acceleratorRef, std::string("nvidia-h100-sxm5-80gb"));  // SXM5, not the PCIe card
        QCOMPARE(e->acceleratorCount, 8);
    }

    void spineSwitchSpeeds() {
        Run r;
        Catalog c = importAndLoad({fixture(kSpine)}, out("spine.json"), &r);
        QCOMPARE(r.exitCode, 0);
        const Equipment* e = c.equipment("netbox-acme-networks-an-9800");
        QVERIFY(e);
        QCOMPARE(e->kind, EquipmentKind::Switch);
        QCOMPARE(portCount(*e, Fabric::Compute, 800), 32);  // 800gbase-x-osfp
        QCOMPARE(portCount(*e, Fabric::Compute, 400), 16);  // 400gbase-x-qsfpdd
        QCOMPARE(portCount(*e, Fabric::Inband, 10), 2);
        QCOMPARE(portCount(*e, Fabric::Oob, 1), 1);
        QCOMPARE(e->maxW, 2200.0);
        QCOMPARE(*e->typicalW, 1400.0);
        QCOMPARE(e->verification, std::string("netbox"));
    }

    void manyFilesIntoOneCatalog() {
        QTemporaryDir own;
        QVERIFY(own.isValid());
        const QString output = own.filePath("user.json");
        Run r;
        QStringList files;
        for (const char* f : {kSwitch, kHalfU, kOneAndHalfU, kNoPower, kGpuServer, kSpine}) files << fixture(f);
        Catalog c = importAndLoad(files, output, &r);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(importedCount(c), 6);
        int summaries = 0;
        for (const QByteArray& line : r.out.split('\n'))
            if (line.contains(".yaml: netbox-")) ++summaries;
        QCOMPARE(summaries, 6);
        QVERIFY(r.out.contains("wrote 6 entries to "));
        // No temp file left beside the output.
        QCOMPARE(QDir(own.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"user.json"});
        // Loads as a user catalog on top of the shipped one, as --catalog would.
        Catalog all;
        auto err = loadStandardCatalog({}, {output.toStdString()}, all);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        QVERIFY(all.equipment("netbox-acme-networks-an-4804"));
        // And the real binary lists them.
        Run list = podplanner({"catalog", "list", "--catalog", output, "--kind", "switch"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("netbox-acme-networks-an-9800"));
    }

    void malformedYaml() {
        const QString output = out("malformed.json");
        Run r = podplanner({"catalog", "import-netbox", fixture(kMalformed), "-o", output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("malformed-tab.yaml: line 10: not valid YAML: illegal tab"), r.err.constData());
        QVERIFY(r.err.contains("nothing written"));
        QVERIFY(!QFile::exists(output));
    }

    void missingRequiredField() {
        const QString output = out("missing.json");
        Run r = podplanner({"catalog", "import-netbox", fixture(kMissingModel), "-o", output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("missing-model.yaml: field \"model\": required field is missing"), r.err.constData());
        QVERIFY(!QFile::exists(output));
    }

    void oneBadFileWritesNothing() {
        const QString output = out("existing.json");
        writeFile(output, "keep me\n");
        Run r = podplanner({"catalog", "import-netbox", fixture(kSwitch), fixture(kMissingModel), fixture(kMalformed),
                            "-o", output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("missing-model.yaml"));  // every bad file is reported
        QVERIFY(r.err.contains("malformed-tab.yaml"));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
        QCOMPARE(QDir(dir.path()).entryList({".existing.json*"}, QDir::Files | QDir::Hidden), QStringList{});
    }

    void successReplacesExistingFile() {
        const QString output = out("replace.json");
        writeFile(output, "old\n");
        Catalog c = importAndLoad({fixture(kSpine)}, output);
        QVERIFY(c.equipment("netbox-acme-networks-an-9800"));
    }

    void wrongValuesNameLineAndField() {
        struct Case {
            const char* yaml;
            const char* expected;
        } cases[] = {
            {"manufacturer: A\nmodel: B\nslug: b\nu_height: one\n", "line 4: field \"u_height\": must be a number, got \"one\""},
            {"manufacturer: A\nmodel: B\nslug: b\nu_height: 0.75\n", "line 4: field \"u_height\": must be a multiple of 0.5 U"},
            {"manufacturer: A\nmodel: B\nslug: b\n", "field \"u_height\": required field is missing"},
            {"manufacturer: A\nmodel: B\nslug: b\nu_height: 1\nweight: 3\nweight_unit: stone\n",
             "line 6: field \"weight_unit\": must be kg, g, lb or oz"},
            {"manufacturer: A\nmodel: B\nslug: b\nu_height: 1\nairflow: sideways\n", "line 5: field \"airflow\": unknown NetBox airflow"},
            {"manufacturer: A\nmodel: B\nslug: b\nu_height: 1\npower-ports:\n  - name: P\n    maximum_draw: lots\n",
             "line 7: field \"power-ports[0].maximum_draw\": must be a number"},
            {"manufacturer: [A]\nmodel: B\nslug: b\nu_height: 1\n", "line 1: field \"manufacturer\": must be text"},
            {"- just\n- a list\n", "expected a NetBox device type"},
            {"", "the file is empty"},
        };
        int i = 0;
        for (const auto& c : cases) {
            const QString in = dir.filePath(QString("wrong-%1.yaml").arg(i));
            const QString output = dir.filePath(QString("wrong-%1.json").arg(i++));
            writeFile(in, c.yaml);
            Run r = podplanner({"catalog", "import-netbox", in, "-o", output});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.expected), r.err.constData());
            QVERIFY2(r.err.contains(in.toUtf8()), r.err.constData());
            QVERIFY(!QFile::exists(output));
        }
    }

    void duplicateSlugIsAnError() {
        const QString output = out("dup.json");
        Run r = podplanner({"catalog", "import-netbox", fixture(kSwitch), fixture(kSwitch), "-o", output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("same slug"));
        QVERIFY(!QFile::exists(output));
    }

    void badArguments() {
        QCOMPARE(podplanner({"catalog", "import-netbox", fixture(kSwitch)}).exitCode, 2);  // no -o
        QCOMPARE(podplanner({"catalog", "import-netbox", "-o", out("x.json")}).exitCode, 2);  // no files
        Run k = podplanner({"catalog", "import-netbox", fixture(kSwitch), "-o", out("x.json"), "--kind", "pdu"});
        QCOMPARE(k.exitCode, 2);
        QVERIFY(k.err.contains("--kind pdu cannot be imported"));
        Run m = podplanner({"catalog", "import-netbox", fixture("no-such-file.yaml"), "-o", out("x.json")});
        QCOMPARE(m.exitCode, 2);
        QVERIFY(m.err.contains("no-such-file.yaml: no such file"));
        QCOMPARE(podplanner({"catalog", "import-netbox", fixture(kSwitch), "-o", out("x.json"), "--json"}).exitCode, 2);
        QVERIFY(!QFile::exists(out("x.json")));
    }
};

QTEST_GUILESS_MAIN(TestNetboxImport)
#include "tst_netbox_import.moc"
