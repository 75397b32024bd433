// Totals of the bundled sample pod against hand arithmetic on sourced catalog figures
// (shared/domain/equipment-specs.md), plus the aggregation edge cases.
#include <QtTest>

#include "CatalogLoader.h"
#include "ProjectFile.h"
#include "Totals.h"

using namespace pod;

namespace {
// Sourced figures (equipment-specs.md): DGX H100 10.2 kW max, 130.45 kg, 8× H100 SXM5 80 GB;
// H100 SXM5 dense FP64 34, FP64 Tensor 67, FP16/BF16 989.4, FP8 1,978.9 TF; QM9700 1,720 W, 14.8 kg;
// SN4600C 466 W; SN2201 300 W PSU rating (typical 98 W), 7.41 kg; HPE 10848 G2 165 kg, 48U, 800×1112 mm.
// Catalog-only figures (marked unverified in the catalog): SN4600C 23.5 kg, 2U PDU 10 kg, AP8886 6 kg,
// blanks 0.2 kg/U.
constexpr double kDgxW = 10200, kDgxKg = 130.45, kQmW = 1720, kQmKg = 14.8;
constexpr double kSn4600W = 466, kSn4600Kg = 23.5, kSn2201W = 300, kSn2201TypW = 98, kSn2201Kg = 7.41;
constexpr double kRackKg = 165, kPdu2uKg = 10, kAp8886Kg = 6, kBlank1uKg = 0.2, kBlank2uKg = 0.4;
}  // namespace

class TestTotals : public QObject {
    Q_OBJECT
    Catalog catalog;
    Project sample;

    Project projectWith(const std::string& devicesJson) {
        std::string text = R"({"format":"podplanner","version":1,
          "room":{"outline":[[0,0],[5000,0],[5000,5000],[0,5000]],"power_capacity_w":1e6,
                  "cooling_capacity_w":1e6,"floor_load_kg_m2":2000},
          "racks":[{"id":"r1","model":"hpe-10848-g2","position":[1000,1000],"rotation":0,
                    "cooling":"cooling-rdhx-active","power_budget_w":45000}],
          "devices":)" + devicesJson + "}";
        auto result = ProjectFile::parse(text, "inline", catalog);
        if (auto* e = std::get_if<LoadError>(&result)) qFatal("fixture does not load: %s", e->message().c_str());
        return std::get<Project>(result);
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
        auto result = ProjectFile::load(PODPLANNER_FIXTURES "/valid/sample-4-per-rack.podplan", catalog);  // the old sample, frozen
        auto* e = std::get_if<LoadError>(&result);
        QVERIFY2(!e, e ? e->message().c_str() : "");
        sample = std::get<Project>(result);
    }

    void sampleCompute() {
        ProjectTotals t = computeTotals(sample, catalog);
        QCOMPARE(t.racks, 10);
        QCOMPARE(t.sum.devicesByKind.at("gpu_node"), 32);
        QCOMPARE(t.sum.gpus, 32 * 8);                   // 256
        QCOMPARE(t.sum.gpuMemoryGb, 256 * 80.0);        // 20,480 GB
        QCOMPARE(*t.sum.flops.get(Precision::Fp64), 256 * 34.0);
        QCOMPARE(*t.sum.flops.get(Precision::Fp64Tensor), 256 * 67.0);
        QVERIFY(qFuzzyCompare(*t.sum.flops.get(Precision::Fp16), 256 * 989.4));  // 253,286.4 TF
        QVERIFY(qFuzzyCompare(*t.sum.flops.get(Precision::Fp8), 256 * 1978.9));
        QVERIFY(!t.sum.flops.get(Precision::Fp4));  // Hopper has no FP4: absent, not zero
    }

    void samplePowerHeatWeight() {
        ProjectTotals t = computeTotals(sample, catalog);
        // 32 DGX + 12 QM9700 (8 leaf + 4 spine) + 2 SN4600C + 2 SN2201; PDUs and blanks draw nothing.
        const double maxW = 32 * kDgxW + 12 * kQmW + 2 * kSn4600W + 2 * kSn2201W;  // 348,572 W
        QCOMPARE(t.sum.maxW, maxW);
        // Typical: only SN2201 has a typical figure (98 W); the other 46 powered devices count at max.
        QCOMPARE(t.sum.typicalW, maxW - 2 * kSn2201W + 2 * kSn2201TypW);
        QCOMPARE(t.sum.typicalFromMax, 32 + 12 + 2);
        QVERIFY(qFuzzyCompare(t.facilityW(), maxW * 1.3));              // PUE 1.3 in the sample room
        QVERIFY(qFuzzyCompare(t.sum.heatBtuPerHour(), maxW * 3.412));  // 1,189,327.7 BTU/h
        const double devicesKg = 32 * kDgxKg + 12 * kQmKg + 2 * kSn4600Kg + 2 * kSn2201Kg + 32 * kPdu2uKg +
                                 4 * kAp8886Kg + 32 * kBlank2uKg + 6 * kBlank1uKg;  // 4,771.82 kg
        QVERIFY(qFuzzyCompare(t.sum.deviceWeightKg, devicesKg));
        QCOMPARE(t.rackWeightKg, 10 * kRackKg);
        QVERIFY(qFuzzyCompare(t.footprintM2, 10 * 0.8 * 1.112));
    }

    void sampleRackUnits() {
        ProjectTotals t = computeTotals(sample, catalog);
        QCOMPARE(t.uCapacity, 10 * 48);
        // GPU racks full: 4 × 2U PDU + 4 × 8U DGX + 4 × 2U blank = 48 U; network racks:
        // 6 × 1U QM9700 + 2U SN4600C + 1U SN2201 + 3 × 1U blank = 12 U (0U PDUs take none).
        QCOMPARE(t.uUsed, 8 * 48.0 + 2 * 12.0);
    }

    void samplePerRack() {
        ProjectTotals t = computeTotals(sample, catalog);
        QCOMPARE(int(t.perRack.size()), 10);
        const RackTotals& gpuRack = t.perRack[0];  // A01
        QCOMPARE(gpuRack.sum.maxW, 4 * kDgxW);     // 40,800 W
        QCOMPARE(gpuRack.sum.gpus, 32);
        QVERIFY(qFuzzyCompare(gpuRack.totalWeightKg(), kRackKg + 4 * kDgxKg + 4 * kPdu2uKg + 4 * kBlank2uKg));
        QCOMPARE(gpuRack.uFree(), 0.0);
        const RackTotals& netRack = t.perRack[4];  // A05
        QCOMPARE(netRack.sum.maxW, 6 * kQmW + kSn4600W + kSn2201W);  // 11,086 W
        QCOMPARE(netRack.sum.gpus, 0);
        QCOMPARE(netRack.uFree(), 48.0 - 12.0);
    }

    void absentPrecisionStaysAbsent() {
        // V100 PCIe: FP64 7, FP32 14, FP16 tensor 112 TF; no TF32, FP8, INT8 (equipment-specs.md, A).
        Project p = projectWith(R"([{"id":"n1","catalog":"fujitsu-rx2540-m5-2xv100","rack":"r1","u":1}])");
        ProjectTotals t = computeTotals(p, catalog);
        QCOMPARE(t.sum.gpus, 2);
        QCOMPARE(*t.sum.flops.get(Precision::Fp16), 2 * 112.0);
        QCOMPARE(*t.sum.flops.get(Precision::Fp64), 2 * 7.0);
        QVERIFY(!t.sum.flops.get(Precision::Tf32));
        QVERIFY(!t.sum.flops.get(Precision::Fp8));
    }

    void overlappingDevicesCountUnitsOnce() {
        // Two 8U DGX at U1 and U5 overlap on U5–U8: occupied span is U1–U12 = 12 U, not 16.
        Project p = projectWith(R"([{"id":"a","catalog":"nvidia-dgx-h100","rack":"r1","u":1},
                                    {"id":"b","catalog":"nvidia-dgx-h100","rack":"r1","u":5}])");
        ProjectTotals t = computeTotals(p, catalog);
        QCOMPARE(t.uUsed, 12.0);
        QCOMPARE(t.sum.maxW, 2 * kDgxW);
    }

    void emptyProject() {
        Project p = projectWith("[]");
        ProjectTotals t = computeTotals(p, catalog);
        QCOMPARE(t.sum.devices, 0);
        QCOMPARE(t.sum.maxW, 0.0);
        QCOMPARE(t.uUsed, 0.0);
        QCOMPARE(t.uCapacity, 48);
        QVERIFY(!t.sum.flops.get(Precision::Fp16));
    }

    void jsonOutputCarriesTheFigures() {
        ProjectTotals t = computeTotals(sample, catalog);
        Json j = totalsToJson(t, sample);
        QCOMPARE(j["gpus"].get<int>(), 256);
        QCOMPARE(j["power_max_w"].get<double>(), 348572.0);
        QCOMPARE(j["tflops_dense"]["fp16"].get<double>(), 253286.4);
        QVERIFY(!j["tflops_dense"].contains("fp4"));
        QCOMPARE(j["per_rack"][0]["name"].get<std::string>(), std::string("A01"));
        QCOMPARE(j["per_rack"][0]["power_max_w"].get<double>(), 40800.0);
    }
};

QTEST_GUILESS_MAIN(TestTotals)
#include "tst_totals.moc"
