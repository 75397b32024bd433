// Every accelerator's FLOPS and every node's totals, checked against the sourced figure written in
// the test. The expected numbers below are typed in from the team's sourced research table
// (equipment-specs.md, kept outside this repository; section and source named per row), NOT copied from catalog/*.json: the
// point is an independent check of the shipped catalog and of the totals arithmetic.
//
// Conventions
//   kNone (-1)   the spec table has no figure ("n/a", "–", absent precision). For a precision this
//                means the catalog must leave it ABSENT (never 0). For an equipment figure it means
//                the table gives nothing usable (blank, "unverified", or only a PSU nameplate), so the
//                value is not compared; instead the field must appear in the entry's `unverified` list.
//   unverified   fields the table marks **unverified** (or gives no figure for); the catalog entry must
//                list every one of them in `unverified`, so the GUI can mark it.
//   Comparison   whole numbers exactly; decimals with 1e-6 relative tolerance (qFuzzyCompare style).
#include <QtTest>

#include <cmath>
#include <set>
#include <string>

#include "Cabling.h"
#include "CatalogLoader.h"
#include "Totals.h"

using namespace pod;

namespace {

constexpr double kNone = -1;

bool sameFigure(double actual, double expected) {
    if (expected == std::floor(expected) && std::fabs(expected) < 1e15) return actual == expected;
    return std::fabs(actual - expected) <= 1e-6 * std::max(std::fabs(actual), std::fabs(expected));
}

QString figureText(double v) { return QString::number(v, 'g', 12); }

#define CHECK_FIGURE(actual, expected, what)                                                                   \
    QVERIFY2(sameFigure((actual), (expected)),                                                                 \
             qPrintable(QString("%1: catalog %2, sourced %3").arg(what, figureText(actual), figureText(expected))))

#define CHECK_UNVERIFIED_LISTED(entry, fields)                                                                 \
    for (const QString& f : (fields))                                                                          \
        QVERIFY2((entry).isUnverified(f.toStdString()),                                                        \
                 qPrintable(QString("%1: the spec has no verified figure for \"%2\", but the entry does not "  \
                                    "list it in `unverified`").arg(QString::fromStdString((entry).id), f)))

// ---- A. GPU accelerators (per GPU, dense) -----------------------------------------------------------

struct AccelRow {
    const char* id;
    double memGb, tdpW;
    double fp64, fp64Tensor, fp32, tf32, fp16, fp8, int8, fp4;  // dense TFLOPS (INT8: TOPS); kNone = absent
    const char* unverified;                                     // comma-separated, "" = none
    const char* source;                                         // spec table A row / source
};

// Typed from equipment-specs.md, table A ("FP64 vector / FP64 Tensor", "FP32", "TF32 Tensor [sparse]",
// "FP16/BF16 Tensor [sparse]", "FP8 [sparse]", "INT8 [sparse]", "FP4 [sparse]" — the dense figure,
// never the bracketed sparse one).
const AccelRow kAccelerators[] = {
    // A "V100 PCIe 32GB": 32 GB, 250 W, 7 / –, 14, no TF32, 112 (FP16 mixed Tensor), no FP8/INT8/FP4.
    // [S] io-tech.fi V100 PCIe article; 32 GB: [S] grokipedia.opelly.me
    {"nvidia-v100-pcie-32gb", 32, 250, 7, kNone, 14, kNone, 112, kNone, kNone, kNone, "", "A: V100 PCIe 32GB [S] io-tech.fi"},
    // A "V100 SXM2 32GB": 32, 300, 7.8 / –, 15.7, n/a, 125. [S] grokipedia; 125 TF [V] developer.nvidia.com
    {"nvidia-v100-sxm2-32gb", 32, 300, 7.8, kNone, 15.7, kNone, 125, kNone, kNone, kNone, "", "A: V100 SXM2 32GB"},
    // A "T4": 16, 70, ~0.25 / –, 8.1, n/a, 65, n/a, 130 (INT4 260), n/a. FP64 is a calculated 1:32 value,
    // "not in NVIDIA datasheet" → must be flagged. [S] heise.de, sysrqmts.com, pc.watch.impress.co.jp
    {"nvidia-t4", 16, 70, 0.25, kNone, 8.1, kNone, 65, kNone, 130, kNone, "tflops.fp64", "A: T4"},
    // A "P100 (SXM2/NVLink, 16GB)": 16, 300, 5.3 / –, 10.6, n/a, 21.2 (FP16 non-Tensor). [S] hothardware
    {"nvidia-p100-sxm2-16gb", 16, 300, 5.3, kNone, 10.6, kNone, 21.2, kNone, kNone, kNone, "", "A: P100 SXM2"},
    // A "P100 (PCIe, 12/16GB)": 16 (16 GB variant), 250, 4.7 / –, 9.3, n/a, 18.7. [S] tomshardware
    {"nvidia-p100-pcie-16gb", 16, 250, 4.7, kNone, 9.3, kNone, 18.7, kNone, kNone, kNone, "", "A: P100 PCIe"},
    // A "A100 SXM4 80GB": 80, 400, 9.7 / 19.5, 19.5, 156 [312], 312 [624], n/a, 624 [1,248], n/a.
    // [S] glennklockwood.com/garden/processors/A100
    {"nvidia-a100-sxm4-80gb", 80, 400, 9.7, 19.5, 19.5, 156, 312, kNone, 624, kNone, "", "A: A100 SXM4 80GB"},
    // A "H100 SXM5 80GB": 80, 700, 34 / 67, 67, 494.7 [989], 989.4 [1,979], 1,978.9 [3,958],
    // 1,978.9 [3,958], n/a. [V-mirror] hpctech.co.jp; dense decimals [S] glennklockwood
    {"nvidia-h100-sxm5-80gb", 80, 700, 34, 67, 67, 494.7, 989.4, 1978.9, 1978.9, kNone, "", "A: H100 SXM5 80GB"},
    // A "H100 PCIe 80GB": 80, 350 (max), 26 / 51, 51, 378 [756], 756.5 [1,513], 1,513 [3,026],
    // 1,513 [3,026], n/a. hpctech mirror; 350 W [V-mirror] PB-11133-001_v02
    {"nvidia-h100-pcie-80gb", 80, 350, 26, 51, 51, 378, 756.5, 1513, 1513, kNone, "", "A: H100 PCIe 80GB"},
    // A "H200 SXM 141GB": 141, up to 700, 34 / 67, 67, 494.7, 989.4, 1,978.9, 1,978.9, n/a.
    // 141 GB / 700 W [V] MLCommons H200-SXM-141GBx8 system JSON
    {"nvidia-h200-sxm-141gb", 141, 700, 34, 67, 67, 494.7, 989.4, 1978.9, 1978.9, kNone, "", "A: H200 SXM 141GB"},
    // A "B200 (HGX B200, per GPU)": 180, up to 1,000, 37 / 37, 75, 1,100 [2,200], 2,250 [4,500],
    // 4,500 [9,000], 4,500 [9,000], 9,000 [18,000]. [S] zdszero mirror of NVIDIA table; 180 GB [V] DGX B200 UG
    {"nvidia-b200", 180, 1000, 37, 37, 75, 1100, 2250, 4500, 4500, 9000, "", "A: B200"},
    // A "GB200 (per Blackwell GPU in NVL72)": 186, up to 1,200, 40 / 40, 80, 1,250 [2,500],
    // 2,500 [5,000], 5,000 [10,000], 5,000 [10,000], 10,000 [20,000]. [S] zdszero mirror
    {"nvidia-gb200-gpu", 186, 1200, 40, 40, 80, 1250, 2500, 5000, 5000, 10000, "", "A: GB200"},
    // A "AMD Instinct MI300X": 192, 750, 81.7 / 163.4 (**unverified**), 163.4, 653.7, 1,307.4, 2,614.9,
    // 2,614.9, n/a. 192 GB / 750 W [V] AMD MLCommons submission; compute [S] awesomeagents.ai
    {"amd-mi300x", 192, 750, 81.7, 163.4, 163.4, 653.7, 1307.4, 2614.9, 2614.9, kNone, "tflops.fp64,tflops.fp64_tensor", "A: MI300X"},
    // A "AMD Instinct MI325X": 256, 1,000, 81.7 / 163.4 (**unverified**), 163.4, 653.7, 1,307.4,
    // 2,614.9, 2,614.9, n/a. [S] awesomeagents.ai; 1,000 W [S] yobitel.com
    {"amd-mi325x", 256, 1000, 81.7, 163.4, 163.4, 653.7, 1307.4, 2614.9, 2614.9, kNone, "tflops.fp64,tflops.fp64_tensor", "A: MI325X"},
    // 2026 rows (not in equipment-specs.md table A; sources named per row, figures typed from them).
    // B300 (HGX B300 per GPU). source: https://fibermall.com/blog/?p=17161 (NVIDIA HGX B300 table, 8 GPUs):
    // "FP4 Tensor Core 144 PFLOPS (with sparsity)", "FP8/FP6 72 PFLOPS*", "INT8 2 POPS*", "FP16/BF16 36 PFLOPS*",
    // "TF32 18 PFLOPS*", "FP32 600 TFLOPS", "FP64/FP64 Tensor Core 10 TFLOPS", "Up to 2.3 TB" (* with sparsity);
    // dense FP4 "13.5 PF" per GPU (108 PF / 8): GitHub white paper, find_string id 70933819896.
    // Per GPU dense: FP64 10/8 = 1.25; FP32 600/8 = 75; TF32 18/8/2 = 1.125 PF; FP16 36/8/2 = 2.25 PF;
    // FP8 72/8/2 = 4.5 PF; INT8 2/8/2 = 0.125 POPS (unverified: verda.com says 0.15); 2.3 TB / 8 ≈ 288 GB.
    // TDP: verda.com "B300 … Max Thermal Design Power (TDP) 1.1 kW".
    {"nvidia-b300", 288, 1100, 1.25, 1.25, 75, 1125, 2250, 4500, 125, 13500, "tflops.int8", "B300: fibermall/NVIDIA HGX table"},
    // GB300 (per GPU in NVL72). source: https://verda.com/blog/gb300-nvl72-architecture (dense): "FP4 15 PFLOPS",
    // "FP8 5 PFLOPS", "INT8 0.165 POPS", "FP16/BF16 2.5 PFLOPS", "TF32 1.25 PFLOPS", "FP32 0.080 PFLOPS", "1.4 kW";
    // FP64 "1.39" TF per package and "288 GB HBM3E": tomshardware.com Blackwell Ultra (Hot Chips 2025).
    {"nvidia-gb300-gpu", 288, 1400, 1.39, 1.39, 80, 1250, 2500, 5000, 165, 15000, "tflops.int8", "GB300: verda.com, Tom's Hardware"},
    // MI355X. source: ml-engineering TFLOPS table citing amd.com/…/mi355x.html: "AMD MI355X | 157.3 | ? | 2500 | 2500 |
    // 5000 | 5000 | 10100 | 10100"; 288 GB: ROCm GPU specifications ("MI355X | CDNA4 | gfx950 | 288"); 1,400 W: Tom's
    // Hardware "MI355X … up to 1400W". TF32 absent (CDNA 4 removed hardware TF32). FP64 78.6 = 157.3 / 2, unverified.
    {"amd-mi355x", 288, 1400, 78.6, 78.6, 157.3, kNone, 2500, 5000, 5000, 10100, "tflops.fp64,tflops.fp64_tensor", "MI355X: AMD via ml-engineering"},
    // MI350X. source: GitHub planning catalog citing AMD's MI350X brochure: "dense bf16 2.3 PF / fp8 4.6 PF / fp4 9.2 PF";
    // FP32 "144.2" (ml-engineering); 288 GB (ROCm specs); "MI350X module with a 1000W power consumption" (Tom's Hardware).
    // Unverified: FP64 72.1 (= 144.2 / 2), INT8 4,600 (= FP8, as AMD lists for MI355X).
    {"amd-mi350x", 288, 1000, 72.1, 72.1, 144.2, kNone, 2300, 4600, 4600, 9200, "tflops.fp64,tflops.fp64_tensor,tflops.int8", "MI350X: AMD brochure via GitHub"},
};

// NVIDIA Ampere and later headline Tensor figures "with sparsity"; the catalog holds dense = half.
// Typed from the bracketed [sparse] figures of table A.
struct SparseRow {
    const char* id;
    Precision precision;
    double sparseHeadline;
};
const SparseRow kSparseHeadlines[] = {
    {"nvidia-a100-sxm4-80gb", Precision::Tf32, 312},  {"nvidia-a100-sxm4-80gb", Precision::Fp16, 624},
    {"nvidia-a100-sxm4-80gb", Precision::Int8, 1248},
    {"nvidia-h100-sxm5-80gb", Precision::Tf32, 989},  {"nvidia-h100-sxm5-80gb", Precision::Fp16, 1979},
    {"nvidia-h100-sxm5-80gb", Precision::Fp8, 3958},  {"nvidia-h100-sxm5-80gb", Precision::Int8, 3958},
    {"nvidia-h100-pcie-80gb", Precision::Tf32, 756},  {"nvidia-h100-pcie-80gb", Precision::Fp16, 1513},
    {"nvidia-h100-pcie-80gb", Precision::Fp8, 3026},  {"nvidia-h100-pcie-80gb", Precision::Int8, 3026},
    {"nvidia-h200-sxm-141gb", Precision::Tf32, 989},  {"nvidia-h200-sxm-141gb", Precision::Fp16, 1979},
    {"nvidia-h200-sxm-141gb", Precision::Fp8, 3958},  {"nvidia-h200-sxm-141gb", Precision::Int8, 3958},
    {"nvidia-b200", Precision::Tf32, 2200},           {"nvidia-b200", Precision::Fp16, 4500},
    {"nvidia-b200", Precision::Fp8, 9000},            {"nvidia-b200", Precision::Int8, 9000},
    {"nvidia-b200", Precision::Fp4, 18000},
    {"nvidia-gb200-gpu", Precision::Tf32, 2500},      {"nvidia-gb200-gpu", Precision::Fp16, 5000},
    {"nvidia-gb200-gpu", Precision::Fp8, 10000},      {"nvidia-gb200-gpu", Precision::Int8, 10000},
    {"nvidia-gb200-gpu", Precision::Fp4, 20000},
    // HGX B300 table / 8 (sparse): TF32 18 PF → 2,250; FP16 36 PF → 4,500; FP8 72 PF → 9,000. GB300 NVL72 / 72 (sparse,
    // verda.com "divide by 2"): TF32 2,500, FP16 5,000, FP8 10,000. Blackwell Ultra FP4 is NOT half its sparse headline
    // (B300 144 vs 108 PF per 8 GPUs, GB300 1,440 vs 1,080 PF per rack), so FP4 has no row here.
    {"nvidia-b300", Precision::Tf32, 2250},           {"nvidia-b300", Precision::Fp16, 4500},
    {"nvidia-b300", Precision::Fp8, 9000},
    {"nvidia-gb300-gpu", Precision::Tf32, 2500},      {"nvidia-gb300-gpu", Precision::Fp16, 5000},
    {"nvidia-gb300-gpu", Precision::Fp8, 10000},
};

// ---- B. GPU nodes ------------------------------------------------------------------------------------

struct NodeRow {
    const char* id;
    double u, maxW, weightKg;  // sourced; kNone = table gives no usable figure (must be flagged)
    const char* acceleratorRef;
    int gpuCount;              // sourced; -1 = table gives none (must be flagged)
    const char* unverified;
    // Totals of one node via Aggregate::addDevice, computed by hand (comments).
    int totalGpus;
    double totalMemGb, totalFp16, heatBtuH;
};

const NodeRow kNodes[] = {
    // B "NVIDIA DGX A100 (640 GB)": 6U, 6.5 kW max, 123.16 kg, 8× A100 SXM4 80 GB; airflow **unverified**.
    // [NB] Nvidia/DGC-A100.yaml (Microway/NVIDIA datasheet comment)
    // 8 × 80 = 640 GB; 8 × 312 = 2,496 TF; 6,500 × 3.412 = 22,178 BTU/h
    {"nvidia-dgx-a100", 6, 6500, 123.16, "nvidia-a100-sxm4-80gb", 8, "airflow", 8, 640, 2496, 22178},
    // B "NVIDIA DGX H100": 8U, 10.2 kW max, 130.45 kg, 8× H100 SXM5 80 GB. [V] DGX H100/H200 User Guide
    // 8 × 80 = 640 GB; 8 × 989.4 = 7,915.2 TF; 10,200 × 3.412 = 34,802.4 BTU/h
    {"nvidia-dgx-h100", 8, 10200, 130.45, "nvidia-h100-sxm5-80gb", 8, "", 8, 640, 7915.2, 34802.4},
    // B "NVIDIA DGX H200": 8U, 10.2 kW, 130.45 kg, 8× H200 141 GB (1,128 GB). [V] same user guide
    // 8 × 141 = 1,128 GB; 8 × 989.4 = 7,915.2 TF; 10,200 × 3.412 = 34,802.4 BTU/h
    {"nvidia-dgx-h200", 8, 10200, 130.45, "nvidia-h200-sxm-141gb", 8, "", 8, 1128, 7915.2, 34802.4},
    // B "NVIDIA DGX B200": 10U, 14.3 kW max, 142.4 kg, 8× B200 (1,440 GB); airflow **unverified**.
    // [V] DGX B200 user guide. 8 × 180 = 1,440 GB; 8 × 2,250 = 18,000 TF; 14,300 × 3.412 = 48,791.6 BTU/h
    {"nvidia-dgx-b200", 10, 14300, 142.4, "nvidia-b200", 8, "airflow", 8, 1440, 18000, 48791.6},
    // B "NVIDIA GB200 NVL72": "full rack" (no U figure → flag u_height), ~120 kW, ~1,360 kg, 72× Blackwell;
    // footprint 600 × 1,068 mm **unverified** → flag depth_mm. [S] servethehome, [V] DGX GB200 UG
    // Power: "~120 kW per rack (STH/NVIDIA GTC'24); 132 kW also widely quoted (**unverified**)" and conflict 4
    // ("neither is a datasheet max") → the 120 kW figure stays but must be flagged power.max_w.
    // 72 × 186 = 13,392 GB (table: 13.4–13.8 TB); 72 × 2,500 = 180,000 TF; 120,000 × 3.412 = 409,440 BTU/h
    {"nvidia-gb200-nvl72", kNone, 120000, 1360, "nvidia-gb200-gpu", 72, "u_height,depth_mm,power.max_w", 72, 13392, 180000, 409440},
    // GB300 NVL72. source: NVIDIA NVL72 AI Factory RA components page as quoted in FACILITY.md: "8 power shelves of 33 kW
    // (6 × 5.5 kW PSUs each), 'full rack requiring up to 142 kW'" — a planning figure read through a quote → flagged.
    // Rack height, depth and weight: no GB300 figure (GB200 Oberon rack stand-ins) → u_height, depth_mm, weight_kg flagged;
    // liquid share: no vendor split ("keep the fraction … marked unverified unless sourced", FACILITY.md).
    // 72 × 288 = 20,736 GB; 72 × 2,500 = 180,000 TF; 142,000 × 3.412 = 484,504 BTU/h
    {"nvidia-gb300-nvl72", kNone, 142000, kNone, "nvidia-gb300-gpu", 72, "u_height,depth_mm,weight_kg,power.max_w,cooling.liquid_fraction",
     72, 20736, 180000, 484504},
    // DGX B300. source: GitHub notes citing docs.nvidia.com/dgx/dgxb300-user-guide: "DGX B300 system power (14.5 kW)";
    // white paper (GitHub): "Vormfactor | 10 RU", "GPU | 8 × NVIDIA B300". Weight: none found → flagged.
    // 8 × 288 = 2,304 GB; 8 × 2,250 = 18,000 TF; 14,500 × 3.412 = 49,474 BTU/h
    {"nvidia-dgx-b300", 10, 14500, kNone, "nvidia-b300", 8, "weight_kg,airflow", 8, 2304, 18000, 49474},
    // B "Dell PowerEdge XE9680": 6U; power only as PSU nameplate (6 × 3,200 W = 19.2 kW, 3+3) → no system
    // max → flag power.max_w; 107.75 kg max (Dell). 8× H100 SXM5 option. [S] storagereview, dell_v1 dataset
    // 8 × 80 = 640 GB; 7,915.2 TF; catalog's (unverified) 9,600 W × 3.412 = 32,755.2 BTU/h
    {"dell-xe9680-h100", 6, kNone, 107.75, "nvidia-h100-sxm5-80gb", 8, "power.max_w", 8, 640, 7915.2, 32755.2},
    // B "Supermicro SYS-821GE-TNHR": 8U; power "6× 3,000 W (**unverified**)", weight **unverified**;
    // 8× H100/H200 SXM5 (HGX 8-GPU); compute ports **unverified**. [S] mynw.cn
    // 640 GB; 7,915.2 TF; catalog's (unverified) 10,200 W × 3.412 = 34,802.4 BTU/h
    {"supermicro-sys-821ge-tnhr", 8, kNone, kNone, "nvidia-h100-sxm5-80gb", 8, "weight_kg,power.max_w,ports.compute", 8, 640, 7915.2, 34802.4},
    // B "Lenovo ThinkSystem SR675 V3": 3U, 39 kg; PSU wattage **unverified**; "up to 8 DW PCIe GPUs
    // (H100 NVL/L40S) (**unverified**)"; network via PCIe **unverified**. [NB] Lenovo/ThinkSystem-SR675-v3.yaml
    // (the catalog has no H100 NVL; it models the 8 GPUs as H100 PCIe 80 GB)
    // 8 × 80 = 640 GB; 8 × 756.5 = 6,052 TF; catalog's (unverified) 4,000 W × 3.412 = 13,648 BTU/h
    {"lenovo-sr675-v3", 3, kNone, 39, "nvidia-h100-pcie-80gb", 8, "power.max_w,accelerators.count,ports.compute", 8, 640, 6052, 13648},
    // B "Fujitsu PRIMERGY RX2540 M5": 2U, 25 kg; PSUs 715 W each (PSU-bay value); "up to 3 DW or 6 SW
    // PCIe GPUs (e.g. V100/T4) (**unverified**)" → the catalog's 2-GPU configuration is not a sourced count.
    // [NB] Fujitsu/primergy-rx2540-m5.yml
    // 2 × 32 = 64 GB; 2 × 112 = 224 TF; catalog's (unverified) 1,000 W × 3.412 = 3,412 BTU/h
    {"fujitsu-rx2540-m5-2xv100", 2, kNone, 25, "nvidia-v100-pcie-32gb", -1, "power.max_w,accelerators.count,ports.compute", 2, 64, 224, 3412},
    // Same chassis with 2× T4: 2 × 16 = 32 GB; 2 × 65 = 130 TF; catalog's 640 W × 3.412 = 2,183.68 BTU/h
    {"fujitsu-rx2540-m5-2xt4", 2, kNone, 25, "nvidia-t4", -1, "power.max_w,accelerators.count,ports.compute", 2, 32, 130, 2183.68},
    // B "Fujitsu PRIMERGY CX400 M4 + CX2570 M5": 2U chassis (2 GPU nodes); weight, power **unverified**;
    // "CX2570 M5: up to 4× V100 per node (**unverified**)"; airflow **unverified**. No source found.
    // 4 × 32 = 128 GB; 4 × 125 = 500 TF; catalog's 1,700 W × 3.412 = 5,800.4 BTU/h
    // The table's U column reads "2 (chassis, 2 GPU nodes)": the entry is the whole chassis, so 2 nodes × 4 GPUs.
    // 8 × 32 = 256 GB; 8 × 125 = 1,000 TF; catalog's 2 × 1,700 = 3,400 W × 3.412 = 11,600.8 BTU/h
    {"fujitsu-cx400-m4-cx2570-m5-4xv100", 2, kNone, kNone, "nvidia-v100-sxm2-32gb", -1,
     "weight_kg,power.max_w,accelerators.count,airflow,ports.compute", 8, 256, 1000, 11600.8},
    // B "IBM Power System AC922 (8335-GTH air)": 2U; 2× 2,200 W PSUs (**unverified**), weight **unverified**;
    // 4× V100 SXM2 on the GTH (**unverified**); airflow **unverified**. Redpaper REDP-5494 (model list only)
    // 4 × 32 = 128 GB; 4 × 125 = 500 TF; catalog's 2,200 W × 3.412 = 7,506.4 BTU/h
    {"ibm-ac922-8335-gth", 2, kNone, kNone, "nvidia-v100-sxm2-32gb", 4,
     "weight_kg,power.max_w,accelerators.count,airflow,ports.compute", 4, 128, 500, 7506.4},
    // Supermicro SYS-822GS-NB3RT. source: GitHub OEM catalogue from Supermicro's datasheet (find_string id 70631592748):
    // "8U rackmount, air-cooled", "NVIDIA HGX B300 8-GPU", "6× 6600 W redundant (3+3) Titanium" (nameplate, not a draw)
    // → power and weight not sourced (flagged). 8 × 288 = 2,304 GB; 18,000 TF; catalog's 14,500 W × 3.412 = 49,474 BTU/h
    {"supermicro-sys-822gs-nb3rt", 8, kNone, kNone, "nvidia-b300", 8, "weight_kg,power.max_w", 8, 2304, 18000, 49474},
    // Supermicro AS-4126GS-NMR-LCC. source: AMD test-system notes "System model: Supermicro AS-4126GS-NMR-LCC",
    // "8× AMD Instinct MI355X GPUs, 288 GB HBM3E per GPU"; Supermicro URL path ".../gpu/4u/as-4126gs-nmr-lcc" → 4U.
    // Power, weight, liquid share, NICs: estimates only (flagged). 8 × 288 = 2,304 GB; 8 × 2,500 = 20,000 TF;
    // catalog's 14,000 W × 3.412 = 47,768 BTU/h
    {"supermicro-as-4126gs-nmr-lcc-mi355x", 4, kNone, kNone, "amd-mi355x", 8, "weight_kg,power.max_w,cooling.liquid_fraction,ports.compute",
     8, 2304, 20000, 47768},
    // Supermicro AS-8126GS-TNMR. source: Supermicro URL ".../gpu/8u/as-8126gs-tnmr" → 8U; "8U；完整八OAM UBB" (sizing doc).
    // 8 × 288 = 2,304 GB; 8 × 2,300 = 18,400 TF; catalog's 11,000 W × 3.412 = 37,532 BTU/h
    {"supermicro-as-8126gs-tnmr-mi350x", 8, kNone, kNone, "amd-mi350x", 8, "weight_kg,power.max_w,ports.compute", 8, 2304, 18400, 37532},
};

// Node ports (what the node needs cabled) and chassis depth, for the 2026 nodes. depthMm kNone: the entry must
// leave depth_mm absent (unknown) or flag it.
struct NodePortRow {
    const char* id;
    const char* ports;  // "fabric:speedxcount,…" in catalog order
    double depthMm;
};

const NodePortRow kNodePorts[] = {
    // GB300 NVL72: "72 ConnectX-8 NICs" (glennklockwood), "800 gigabits per second (Gb/s) of network connectivity for
    // each GPU" (NVIDIA GB300 NVL72 page as quoted, find_string id 70072111999); 18 trays × dual-port BlueField-3.
    {"nvidia-gb300-nvl72", "compute:800x72,storage:400x36,oob:1x2", kNone},
    // DGX B300: "Computenetwerk | 8 × ConnectX-8", "Poortsnelheid compute | 8 × 800 Gb/s", "2 × dual-port BlueField-3".
    {"nvidia-dgx-b300", "compute:800x8,storage:400x2,inband:400x2,oob:1x1", kNone},
    // SYS-822GS-NB3RT: "8× NVIDIA ConnectX-8 SuperNICs, up to 800 Gb/s (8× OSFP)"; "449 × 356 × 950 mm".
    {"supermicro-sys-822gs-nb3rt", "compute:800x8,oob:1x1", 950},
    // AMD 8-GPU nodes: "8 × 400G backend NICs" (GitHub planning catalog, flagged ports.compute).
    {"supermicro-as-4126gs-nmr-lcc-mi355x", "compute:400x8,oob:1x1", kNone},
    {"supermicro-as-8126gs-tnmr-mi350x", "compute:400x8,oob:1x1", kNone},
    // CX400 M4 chassis, 2 nodes: one EDR HCA and one BMC port per node.
    {"fujitsu-cx400-m4-cx2570-m5-4xv100", "compute:100x2,oob:1x2", kNone},
};

// ---- C. Switches -------------------------------------------------------------------------------------

struct SwitchRow {
    const char* id;
    double u, maxW, typicalW, weightKg;  // kNone: no usable figure in the table
    const char* ports;                   // "fabric:speedxcount,…" in catalog order
    const char* airflow;                 // "" = the table gives none
    const char* unverified;
};

const SwitchRow kSwitches[] = {
    // C "QM9700": 1U, 64× NDR 400 Gb/s (32 twin-port OSFP), 1,720 W with optics (747 W passive), 14.8 kg,
    // NetBox rear-to-front. [V] QM97X0 Interfaces; [NB] Nvidia/QM9700.yaml; power [S] networking-docs summary
    {"nvidia-qm9700", 1, 1720, kNone, 14.8, "compute:400x64", "rear_to_front", ""},
    // C "QM9790": 1U, 64× 400G; power "same chassis (**unverified**)", weight "~14.8 (**unverified**)".
    {"nvidia-qm9790", 1, kNone, kNone, kNone, "compute:400x64", "", "weight_kg,power.max_w"},
    // C "QM8700": 1U, 40× HDR 200G; only PSU max_draw 1,100 W each (not system draw); weight "~11.4
    // (QM8790 figure)". [NB] Mellanox/qm8700.yml
    {"nvidia-qm8700", 1, kNone, kNone, kNone, "compute:200x40", "", "weight_kg,power.max_w"},
    // C "QM8790": 1U, 40× HDR 200G, power **unverified**, 11.4 kg. [NB] Mellanox/QM8790.yaml
    {"nvidia-qm8790", 1, kNone, kNone, 11.4, "compute:200x40", "", "power.max_w"},
    // C "SB7800": 1U, 36× EDR 100G; PSU 460 W each, "see SB7890"; "~11" kg. [NB] Mellanox/SB7800.yml
    {"mellanox-sb7800", 1, kNone, kNone, kNone, "compute:100x36", "", "weight_kg,power.max_w"},
    // C "SB7890": 1U, 36× EDR 100G, 332 W with optical cables, 11.0 kg, rear-to-front. [NB] SB7890.yml
    {"mellanox-sb7890", 1, 332, kNone, 11.0, "compute:100x36", "rear_to_front", ""},
    // C "SN5600": 2U, 64× 800 GbE, power **unverified**, 23.5 kg, rear-to-front. [NB] Nvidia/SN5600.yaml
    {"nvidia-sn5600", 2, kNone, kNone, 23.5, "compute:800x64", "rear_to_front", "power.max_w"},
    // C "SN4600C": 2U (NetBox's 1U is an error), 64× 100 GbE, 466 W, weight **unverified**.
    // [NB] Mellanox/SN4600C.yml; 2U/466 W [S] networking-docs summary
    {"nvidia-sn4600c", 2, 466, kNone, kNone, "inband:100x64", "", "weight_kg"},
    // C "SN2201": 1U, 48× 1GBASE-T + 4× 100 GbE, PSU max_draw 300 W each (PSU rating, "do not sum as
    // load"), typical 98 W, 7.41 kg, front-to-rear. [NB] Mellanox/SN2201.yml; 98 W [S]
    {"nvidia-sn2201", 1, kNone, 98, 7.41, "oob:1x48,oob:100x4", "front_to_rear", "power.max_w"},
    // C "Arista DCS-7010TX-48": 1U, 48× 1GBASE-T + 4× 25G SFP28, 106 W (NetBox max), 91 W (NetBox
    // allocated), 3.9 kg, front-to-rear. [NB] Arista/DCS-7010TX-48-F.yaml
    {"arista-7010tx-48", 1, 106, 91, 3.9, "oob:1x48,oob:25x4", "front_to_rear", ""},
    // C "Arista DCS-7060DX5-64S": 2U, 64× 400G QSFP-DD (+ 2× 10G SFP+, not modelled as a fabric), power
    // **unverified**, 21.95 kg, front-to-rear. [NB] Arista/DCS-7060DX5-64S-F.yaml
    {"arista-7060dx5-64s", 2, kNone, kNone, 21.95, "compute:400x64", "front_to_rear", "power.max_w"},
    // Quantum-X800 Q3400-RA. source: GitHub note citing NVIDIA Networking (find_string id 59268383095): "Total ports |
    // 144 × 800G (OSFP connectors)", "Form factor | 4U", "Cooling | Air-cooled"; power and weight: no figure → flagged.
    {"nvidia-q3400-ra", 4, kNone, kNone, kNone, "compute:800x144", "", "weight_kg,power.max_w,airflow"},
    // Spectrum-4 SN5610. source: NVIDIA SN5000 manual "relevant for … SN5400, SN5600, SN5600D and SN5610"; no SN5610
    // figure reached (U, ports, weight, power are SN5600 stand-ins) → all flagged.
    {"nvidia-sn5610", kNone, kNone, kNone, kNone, "compute:800x64", "", "u_height,weight_kg,power.max_w,airflow,ports.compute"},
};

// ---- D. Storage --------------------------------------------------------------------------------------

struct StorageRow {
    const char* id;
    double u, rawTb, maxW, typicalW, weightKg;  // kNone: no usable figure in the table
    double usableTb;                            // effectiveUsableTb, by hand
    const char* unverified;
};

const StorageRow kStorage[] = {
    // D "VAST DBox DF-3015V2": 1U, 338 TB flash, 850 W (active 400–728), 29.5 kg. [NB] VAST DBox-DF-3015V2.
    // No RAID rule in the catalog → usable = raw = 338.
    {"vast-dbox-df3015v2", 1, 338, 850, kNone, 29.5, 338, ""},
    // D "VAST DBox DF-5615": 2U, 664 TB, power **unverified** (4 PSU), 39 kg → usable = raw = 664.
    {"vast-dbox-df5615", 2, 664, kNone, kNone, 39, 664, "power.max_w"},
    // D "VAST CBox SMC Gen6": 1U, no capacity (raw 0), 775 W, active 550 W, 11.3 kg.
    {"vast-cbox-gen6", 1, 0, 775, 550, 11.3, 0, ""},
    // D "WEKA on AS-1115CS-TNR": 1U, 10 × 30.72 = 307.2 TB, PSU max_draw 860 W each (PSU-level), 11.3 kg.
    {"supermicro-as-1115cs-tnr-weka", 1, 307.2, kNone, kNone, 11.3, 307.2, "power.max_w"},
    // D "DDN AI400X2": 2U (**unverified**), ~737 TB = 24 × 30.72 = 737.28 (**unverified**), power/weight
    // **unverified**. Catalog RAID 8+2, no spares: 24 × 30.72 × 8/10 = 589.824 TB usable.
    {"ddn-ai400x2", 2, 737.28, kNone, kNone, kNone, 589.824, "u_height,storage.raw_tb,power.max_w,weight_kg"},
    // D "NetApp NS224": 2U, 24 NVMe; capacity/power **unverified**. Catalog: 24 × 15.3, RAID 21+2, 1 spare:
    // (24 − 1) × 15.3 × 21/23 = 23 × 15.3 × 21/23 = 15.3 × 21 = 321.3 TB.
    {"netapp-ns224", 2, kNone, kNone, kNone, kNone, 321.3, "weight_kg,power.max_w,storage.drive_tb"},
    // D "Fujitsu ETERNUS DX200 S4 CE": 2U, 24× 2.5", everything else **unverified**. Catalog: 24 × 1.92,
    // RAID 8+2, 4 spares: (24 − 4) × 1.92 × 8/10 = 20 × 1.92 × 0.8 = 30.72 TB.
    {"fujitsu-eternus-dx200-s4-ce", 2, kNone, kNone, kNone, kNone, 30.72, "storage.raw_tb,power.max_w,weight_kg"},
    // D "Fujitsu ETERNUS HD-DE": 4U (**unverified**), 60× 3.5". Catalog: 60 × 12 TB, RAID 8+2, no spares:
    // 60 × 12 × 0.8 = 576 TB.
    {"fujitsu-eternus-hd-de-60", 4, kNone, kNone, kNone, kNone, 576, "u_height,storage.drive_tb,power.max_w,weight_kg"},
};

// ---- E1. Racks ---------------------------------------------------------------------------------------

struct RackRow {
    const char* id;
    int u, widthMm, depthMm;
    double weightKg, maxLoadKg;  // kNone: no figure (must be flagged)
    const char* unverified;
};

const RackRow kRacks[] = {
    // E1 rows, [NB] rack-types/<vendor>/<model>.yaml: U, W × D, empty weight, max load (NetBox max_weight)
    {"apc-ar3100", 42, 600, 1070, 125, 1701, ""},
    {"apc-ar3300", 42, 600, 1200, 134.1, 1701, ""},
    {"apc-ar3350", 42, 750, 1200, 161.4, 1020, ""},
    {"apc-ar3357", 48, 750, 1200, 185.5, 1020, ""},
    {"vertiv-vr3300", 42, 600, 1215, 137, 1360, ""},
    {"hpe-10842-g2", 42, 800, 1112, 157.1, 1360, ""},
    {"hpe-10848-g2", 48, 800, 1112, 165, 1360, ""},
    {"conteg-ri7-48-80-120", 48, 800, 1200, 157, 800, ""},
    {"rittal-vx-it-5330-123", 42, 600, 800, 76.4, 1500, ""},
    // E1 "52U racks | 52 | — | — | unverified (no 52U rack type found)"; 800 × 1,200 is NVIDIA's
    // recommended footprint (E1 note, DGX SuperPOD DC design).
    {"generic-rack-52u-800x1200", 52, 800, 1200, kNone, kNone, "weight_kg,max_load_kg"},
    // The NVL72 systems' own rack (rack_scale.rack): 600 × 1,068 mm (sunbirddcim footprint quote, secondary), 48U as
    // the system entries say; weight 0 because the systems' 1,360 kg includes the rack, rated for exactly that.
    {"nvidia-mgx-nvl72-rack", 48, 600, 1068, 0, 1360, "u_height,weight_kg,max_load_kg"},
};

// ---- E3. PDUs ----------------------------------------------------------------------------------------

struct PduRow {
    const char* id;
    int phases;
    double voltageV, currentA;  // currentA kNone: not in the table (must be flagged)
    double capacityW;           // the table's rated figure
    double formulaW;            // P = √3 × V × I (× 0.8 NA derate) by hand; kNone = not a formula figure
    const char* unverified;
};

const PduRow kPdus[] = {
    // E3 "APC AP8886": 230/400 V 3-ph Wye, 22.0 kW (32 A). [NB] APC/AP8886.yaml
    {"apc-ap8886", 3, 400, 32, 22000, kNone, ""},
    // E3 "APC AP8965": 208 V 3-ph, 30 A (L21-30P), 8.6 kW = 208 × 24 A × √3 = 4,992 × 1.7320508 = 8,646.5 W
    // (the table rounds to 0.1 kW). [NB] APC/AP8965.yaml
    {"apc-ap8965", 3, 208, 30, 8600, 8646.5, ""},
    // E3 "APC AP8868": 208 V 3-ph, 10.0 kW; current not in the table. [NB] APC/AP8868.yaml
    {"apc-ap8868", 3, 208, kNone, 10000, kNone, "pdu.current_a"},
    // E3 formula: 415 V × 60 A → 34.5 kW; √3 × 415 × 60 × 0.8 = 1.7320508 × 19,920 = 34,502.4 W.
    // The catalog's 34,500 is that figure rounded to 100 W (NVIDIA's DC-design table says 32.7 kW).
    {"generic-pdu-2u-3ph-415v-60a", 3, 415, 60, 34500, 34502.4, ""},
    // Single phase, EU (E3: "no 80 % derate" in the EU): 230 V × 32 A = 7,360 W. Not a table row; the
    // formula is the only source.
    {"generic-pdu-0u-1ph-230v-32a", 1, 230, 32, 7360, 7360, ""},
    // Issue 16: a 415 V 60 A 0U unit. (208 V 60 A, 400 V 63 A and 415 V 100 A units were left out: every new PDU
    // is a candidate for generate's PDU choice and would change the pods it builds.)
    // APC APDU11450ME, 415 V 60 A, rated 34.6 kW (product detail as quoted; APC's 3 × 240 V × 48 A = 34,560 W).
    // Formula: √3 × 415 × 60 × 0.8 = 34,502.4 W, 97.6 W under the rating: within 100 W.
    {"apc-apdu11450me", 3, 415, 60, 34600, 34502.4, "weight_kg,power.max_w,ports"},
};

// ---- E4. Power chain elements (issue 16; kind power_node, catalog/power-chain.json) ---------------------------

struct PowerNodeRow {
    const char* id;
    const char* type;
    double moduleKw;
    int modulesMax;
    double voltageV;
    int phases;
    double ratingA;
    double capacityW;  // by hand: UPS modules × kW; distribution √3 × V × A × 0.8 (the default derating)
    const char* unverified;
};

const PowerNodeRow kPowerNodes[] = {
    // Liebert EXL installation manual: 625–1200 kVA, 1.0 PF, single module → 1 × 1,200 kW = 1,200,000 W.
    {"vertiv-liebert-exl-1200kva", "ups", 1200, 1, 0, 3, 0, 1200000, ""},
    // Galaxy VX: 6 × 250 kW = 1,500,000 W (sizing unverified, flagged).
    {"schneider-galaxy-vx-1500kw", "ups", 250, 6, 0, 3, 0, 1500000, "power_node.module_kw,power_node.modules_max"},
    // STARLINE GM250T5, 250 A / 415 V: √3 × 415 × 250 × 0.8 = 1.7320508 × 83,000 = 143,760.2 W.
    {"starline-track-busway-415v-250a", "busway", 0, 0, 415, 3, 250, 143760.2, "power_node.tap_off_a"},
    // 400 A at 415 V: √3 × 415 × 400 × 0.8 = 1.7320508 × 132,800 = 230,016.3 W (the fixture's BW-A).
    {"starline-track-busway-400a", "busway", 0, 0, 415, 3, 400, 230016.3, "power_node.voltage_v,power_node.tap_off_a"},
    // 800 A at 415 V: √3 × 415 × 800 × 0.8 = 1.7320508 × 265,600 = 460,032.7 W.
    {"starline-track-busway-800a", "busway", 0, 0, 415, 3, 800, 460032.7, "power_node.voltage_v,power_node.tap_off_a"},
    // Eaton 42-circuit panelboard, 225 A main, 208 V: √3 × 208 × 225 × 0.8 = 1.7320508 × 37,440 = 64,847.98 W.
    {"eaton-rpp-42ckt-225a-208v", "rpp", 0, 0, 208, 3, 225, 64848.0, ""},
};

// ---- F. Cable reach ----------------------------------------------------------------------------------

struct ReachRow {
    const char* id;
    double speedGbps;
    double maxM;      // kNone: the table has no figure and the medium must have none
    bool unverified;  // the table marks it **unverified** → "reach.<speed>" must be listed
};

const ReachRow kReach[] = {
    // F NDR 400G: switch→HCA splitter DAC 1–3 m; HDR 200G DAC ≤ 2 m; EDR 100G DAC up to 5 m (**unverified**)
    {"cable-dac", 400, 3, false}, {"cable-dac", 200, 2, false}, {"cable-dac", 100, 5, true},
    // F NDR 400G ACC: "also available for lengths of 4 and 5 meters"
    {"cable-acc", 400, 5, false},
    // F AOC: 400G not in the NDR LinkX portfolio (**unverified**, no figure); HDR/EDR AOC up to 100 m (**unverified**)
    {"cable-aoc", 400, kNone, false}, {"cable-aoc", 200, 100, true}, {"cable-aoc", 100, 100, true},
    // F multimode: NDR SR8/SR4 50 m on OM4; HDR SR4 ~100 m (**unverified**); EDR SR4 100 m OM4 (**unverified**)
    {"cable-multimode", 400, 50, false}, {"cable-multimode", 200, 100, true}, {"cable-multimode", 100, 100, true},
    // F single-mode: NDR FR4 LC 2 km; HDR FR4 2 km (**unverified**); EDR LR4 10 km
    {"cable-singlemode", 400, 2000, false}, {"cable-singlemode", 200, 2000, true}, {"cable-singlemode", 100, 10000, false},
    // 800G OSFP (twin-port 2×400G). source: docs.nvidia.com MCP4Y10 "NDR twin-port OSFP DAC 0.5, 1, 1.5, 2 m";
    // "MMA4Z00-NS 800Gb/s Twin-port OSFP, 2x400Gb/s Multimode 2xSR4, 50m"; "MMS4X50-NM 800Gbps Twin-port OSFP 2xFR4,
    // 2x400Gb/s Single Mode, 2km" (2xDR4 MMS4X00-NM: 500 m).
    {"cable-dac", 800, 2, false}, {"cable-multimode", 800, 50, false}, {"cable-singlemode", 800, 2000, false},
};

// ---- E2. Cooling (commonly cited kW/rack ranges; the catalog's single figure must fall inside) -------

struct CoolingRow {
    const char* id;
    const char* method;
    double airMin, airMax;        // air_kw range
    double liquidMin, liquidMax;  // liquid_kw range (0, 0 = not liquid-capable)
};

const CoolingRow kCooling[] = {
    // E2 room air, no containment: ~5–15 kW
    {"cooling-room-air", "room_air", 5, 15, 0, 0},
    // E2 hot/cold-aisle containment: ~20–30 kW typical, ~40 kW practical ceiling
    {"cooling-contained-air", "contained_air", 20, 40, 0, 0},
    // E2 rear-door HX passive: ~10–35 kW; active: ~40–75 kW (rear doors remove heat from the air)
    {"cooling-rdhx-passive", "rdhx_passive", 10, 35, 0, 0},
    {"cooling-rdhx-active", "rdhx_active", 40, 75, 0, 0},
    // E2 direct-to-chip: ~50–120+ kW liquid, ~15–30 % residual air. The catalog's residual air is checked
    // as a share below; here only a loose bound.
    {"cooling-direct-liquid", "direct_liquid", 0, 60, 50, 120},
    // HPE/Motivair ChilledDoor active rear doors. source: coolnetpower.com quoting HPE's Motivair liquid-cooled door
    // QuickSpecs: "product families with capacity ranges such as 14–35 kW, 35–55 kW, and 55–75 kW".
    {"motivair-chilleddoor-35kw", "rdhx_active", 14, 35, 0, 0},
    {"motivair-chilleddoor-55kw", "rdhx_active", 35, 55, 0, 0},
    {"motivair-chilleddoor-75kw", "rdhx_active", 55, 75, 0, 0},
    // Rack-scale liquid (NVL72): NVIDIA's GB300 NVL72 RA "requiring up to 142 kW" per rack; the GB300 entry's
    // 142 × 0.9 = 127.8 kW liquid must fit; air within E2's contained-air band (the ~14.2 kW air share fits).
    {"cooling-nvl72-liquid", "direct_liquid", 14.2, 40, 127.8, 142},
};

// ---- Cooling units (kind "cdu": CDUs and CRAHs; capacity in the cooling_unit object) -----------------------

struct CduRow {
    const char* id;
    double u;                // kNone: not a sourced figure (must be flagged); 0 = floor-standing convention
    double maxW, weightKg;   // kNone: no sourced figure (must be flagged)
    const char* type;        // cooling_unit.type
    double capacityKw;       // cooling_unit.capacity_kw, as the source states it
    const char* unverified;
};

const CduRow kCdus[] = {
    // Supermicro in-rack CDU. source: serversimply.com "In-rack CDU: up to 250 kW cooling capacity with redundant pumps
    // (N+1)"; U height, weight and pump draw: no figure → flagged.
    {"supermicro-cdu-in-rack-250kw", kNone, kNone, kNone, "cdu-in-rack", 250, "u_height,weight_kg,power.max_w"},
    // Motivair. source: brochure as quoted (find_string id 70072111999): "MCDU-4U (102 kW) through MCDU-60 (2.3 MW)".
    {"motivair-mcdu-4u", 4, kNone, kNone, "cdu-in-rack", 102, "weight_kg,power.max_w"},
    // Vertiv CoolChip CDU 600. source: the product page's spec chart as copied in a GitHub test fixture (find_string id
    // 71362718747): "Net Sensible Nominal Capacity … 600 kW at 7.2⁰F (4⁰C) approach". Floor-standing.
    {"vertiv-coolchip-cdu-600", 0, kNone, kNone, "cdu-in-row", 600, "weight_kg,power.max_w"},
    // Vertiv CoolChip CDU 2300. source: GitHub equipment catalog citing datasheet SL-80607 (find_string id 69029974352):
    // "coolingKW: 2300", "2,300 kW at 4 °C approach". Floor-standing (gallery / plant room).
    {"vertiv-coolchip-cdu-2300", 0, kNone, kNone, "cdu-facility", 2300, "weight_kg,power.max_w"},
    // Vertiv Liebert PCW CRAH. source: GitHub CRAH catalog (find_string id 59467662234): "Vertiv Liebert PCW 100kW EC Fan",
    // capKw 100 (family "25 to 220 kW", find_string id 51894989253).
    {"vertiv-liebert-pcw-100kw", 0, kNone, kNone, "crah", 100, "weight_kg,power.max_w"},
    // APC InRow chilled water. source: scribd.com/document/237085390: "InRow Chilled Water Air Conditioners  Up to 70 kW".
    {"apc-inrow-chilled-water-70kw", 0, kNone, kNone, "crah", 70, "weight_kg,power.max_w"},
};

// Rear doors that are also cooling units: cooling_unit.capacity_kw = the family's top rating (HPE/Motivair QuickSpecs
// as quoted by coolnetpower.com: "14–35 kW, 35–55 kW, and 55–75 kW") = the option's air_kw.
struct DoorRow {
    const char* id;
    double capacityKw;
};
const DoorRow kDoorUnits[] = {
    {"motivair-chilleddoor-35kw", 35},
    {"motivair-chilleddoor-55kw", 55},
    {"motivair-chilleddoor-75kw", 75},
};

QStringList split(const char* commaList) {
    return QString(commaList).split(',', Qt::SkipEmptyParts);
}

QString portsText(const Equipment& e) {
    QStringList parts;
    for (const auto& g : e.ports)
        parts << QString("%1:%2x%3").arg(QString::fromStdString(std::string(fabricKey(g.fabric))),
                                           figureText(g.speedGbps)).arg(g.count);
    return parts.join(',');
}

Catalog gCatalog;

}  // namespace

class TestCatalogFigures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qunsetenv("PODPLANNER_CATALOG_DIR");
        auto err = loadStandardCatalog({}, {}, gCatalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    // ---- coverage: every catalog entry of these kinds has a sourced row here ---------------------------

    void everyEntryHasASourcedRow() {
        std::set<std::string> accel, nodes, switches, storage, racks, pdus, media, cooling, cdus;
        for (const auto& r : kAccelerators) accel.insert(r.id);
        for (const auto& r : kNodes) nodes.insert(r.id);
        for (const auto& r : kSwitches) switches.insert(r.id);
        for (const auto& r : kStorage) storage.insert(r.id);
        for (const auto& r : kRacks) racks.insert(r.id);
        for (const auto& r : kPdus) pdus.insert(r.id);
        for (const auto& r : kReach) media.insert(r.id);
        for (const auto& r : kCooling) cooling.insert(r.id);
        for (const auto& r : kCdus) cdus.insert(r.id);
        for (const auto& [id, a] : gCatalog.accelerators()) QVERIFY2(accel.count(id), ("no sourced row for accelerator " + id).c_str());
        for (const auto& [id, r] : gCatalog.racks()) QVERIFY2(racks.count(id), ("no sourced row for rack " + id).c_str());
        for (const auto& [id, m] : gCatalog.media()) QVERIFY2(media.count(id), ("no sourced row for medium " + id).c_str());
        for (const auto& [id, c] : gCatalog.coolingOptions()) QVERIFY2(cooling.count(id), ("no sourced row for cooling " + id).c_str());
        std::set<std::string> powerNodes;
        for (const auto& r : kPowerNodes) powerNodes.insert(r.id);
        for (const auto& [id, n] : gCatalog.powerNodes()) QVERIFY2(powerNodes.count(id), ("no sourced row for power_node " + id).c_str());
        for (const auto& [id, e] : gCatalog.equipmentEntries()) {
            switch (e.kind) {
            case EquipmentKind::GpuNode: QVERIFY2(nodes.count(id), ("no sourced row for gpu_node " + id).c_str()); break;
            case EquipmentKind::Switch: QVERIFY2(switches.count(id), ("no sourced row for switch " + id).c_str()); break;
            case EquipmentKind::Storage: QVERIFY2(storage.count(id), ("no sourced row for storage " + id).c_str()); break;
            case EquipmentKind::Pdu: QVERIFY2(pdus.count(id), ("no sourced row for pdu " + id).c_str()); break;
            case EquipmentKind::Cdu: QVERIFY2(cdus.count(id), ("no sourced row for cdu " + id).c_str()); break;
            default: break;
            }
        }
        // …and no row names something the catalog lacks (rows are checked by the tests below too).
        for (const auto& id : accel) QVERIFY2(gCatalog.accelerator(id), id.c_str());
        for (const auto& id : nodes) QVERIFY2(gCatalog.equipment(id), id.c_str());
    }

    // ---- A. accelerators ---------------------------------------------------------------------------------

    void accelerator_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kAccelerators)); ++i) QTest::newRow(kAccelerators[i].id) << i;
    }

    void accelerator() {
        QFETCH(int, row);
        const AccelRow& r = kAccelerators[row];
        const Accelerator* a = gCatalog.accelerator(r.id);
        QVERIFY2(a, r.id);
        CHECK_FIGURE(a->memoryGb, r.memGb, "memory_gb");
        CHECK_FIGURE(a->tdpW, r.tdpW, "tdp_w");
        const std::pair<Precision, double> expected[] = {
            {Precision::Fp64, r.fp64}, {Precision::Fp64Tensor, r.fp64Tensor}, {Precision::Fp32, r.fp32},
            {Precision::Tf32, r.tf32}, {Precision::Fp16, r.fp16},             {Precision::Fp8, r.fp8},
            {Precision::Int8, r.int8}, {Precision::Fp4, r.fp4}};
        for (const auto& [p, value] : expected) {
            const QString what = QString("tflops.%1").arg(QString::fromStdString(std::string(precisionKey(p))));
            auto got = a->throughput.get(p);
            if (value == kNone) {
                QVERIFY2(!got, qPrintable(what + ": the part has no such precision; must be absent, is " +
                                          (got ? figureText(*got) : QString())));
            } else {
                QVERIFY2(got, qPrintable(what + ": missing, sourced " + figureText(value)));
                CHECK_FIGURE(*got, value, what);
            }
        }
        CHECK_UNVERIFIED_LISTED(*a, split(r.unverified));
    }

    // NVIDIA Ampere+: the catalog's dense Tensor figure is half the sparse headline. The headlines are
    // whole TFLOPS (H100: 1,979 for 2 × 989.4 = 1,978.8), so 2 × dense may differ from the headline by
    // its rounding, at most 0.5.
    void halfTheSparseHeadline_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kSparseHeadlines)); ++i) {
            const auto& r = kSparseHeadlines[i];
            QTest::addRow("%s %s", r.id, std::string(precisionKey(r.precision)).c_str()) << i;
        }
    }

    void halfTheSparseHeadline() {
        QFETCH(int, row);
        const SparseRow& r = kSparseHeadlines[row];
        const Accelerator* a = gCatalog.accelerator(r.id);
        QVERIFY(a);
        auto dense = a->throughput.get(r.precision);
        QVERIFY(dense);
        QVERIFY2(std::fabs(2 * *dense - r.sparseHeadline) <= 0.5,
                 qPrintable(QString("dense %1 is not half the sparse headline %2 (looks like the %3 figure)")
                                .arg(figureText(*dense), figureText(r.sparseHeadline),
                                     *dense > r.sparseHeadline * 0.75 ? "sparse" : "wrong")));
    }

    // ---- B. GPU nodes and their totals -------------------------------------------------------------------

    void gpuNode_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kNodes)); ++i) QTest::newRow(kNodes[i].id) << i;
    }

    void gpuNode() {
        QFETCH(int, row);
        const NodeRow& r = kNodes[row];
        const Equipment* e = gCatalog.equipment(r.id);
        QVERIFY2(e, r.id);
        QCOMPARE(e->kind, EquipmentKind::GpuNode);
        if (r.u != kNone) CHECK_FIGURE(e->uHeight, r.u, "u_height");
        if (r.maxW != kNone) CHECK_FIGURE(e->maxW, r.maxW, "power.max_w");
        if (r.weightKg != kNone) CHECK_FIGURE(e->weightKg, r.weightKg, "weight_kg");
        QCOMPARE(QString::fromStdString(e->acceleratorRef), QString(r.acceleratorRef));
        if (r.gpuCount >= 0) QCOMPARE(e->acceleratorCount, r.gpuCount);
        // A figure the table does not give must be flagged (kNone columns are part of `unverified`).
        QStringList flagged = split(r.unverified);
        if (r.u == kNone) QVERIFY(flagged.contains("u_height"));
        if (r.maxW == kNone) QVERIFY(flagged.contains("power.max_w"));
        if (r.weightKg == kNone) QVERIFY(flagged.contains("weight_kg"));
        if (r.gpuCount < 0) QVERIFY(flagged.contains("accelerators.count"));
        CHECK_UNVERIFIED_LISTED(*e, flagged);

        // Totals of one node (Aggregate::addDevice), against the hand arithmetic in the row comment.
        Aggregate t;
        t.addDevice(*e, gCatalog);
        QCOMPARE(t.devices, 1);
        QCOMPARE(t.devicesByKind.at("gpu_node"), 1);
        QCOMPARE(t.gpus, r.totalGpus);
        CHECK_FIGURE(t.gpuMemoryGb, r.totalMemGb, "total gpu memory (GB)");
        QVERIFY(t.flops.get(Precision::Fp16));
        CHECK_FIGURE(*t.flops.get(Precision::Fp16), r.totalFp16, "total fp16 (TF)");
        CHECK_FIGURE(t.heatBtuPerHour(), r.heatBtuH, "heat (BTU/h)");
        CHECK_FIGURE(t.maxW, e->maxW, "total max_w");
        CHECK_FIGURE(t.deviceWeightKg, e->weightKg, "total weight");
        // Precisions the GPU lacks stay absent in the totals (never 0).
        const Accelerator* a = gCatalog.accelerator(r.acceleratorRef);
        QVERIFY(a);
        for (Precision p : kPrecisions)
            QCOMPARE(bool(t.flops.get(p)), bool(a->throughput.get(p)));
    }

    // Ports the 2026 nodes need cabled (ConnectX-8 SuperNICs run at 800 Gb/s) and their chassis depth.
    void nodePorts_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kNodePorts)); ++i) QTest::newRow(kNodePorts[i].id) << i;
    }

    void nodePorts() {
        QFETCH(int, row);
        const NodePortRow& r = kNodePorts[row];
        const Equipment* e = gCatalog.equipment(r.id);
        QVERIFY2(e, r.id);
        QCOMPARE(portsText(*e), QString(r.ports));
        if (r.depthMm != kNone) {
            QVERIFY2(e->depthMm, "depth_mm missing");
            CHECK_FIGURE(double(*e->depthMm), r.depthMm, "depth_mm");
        } else {
            QVERIFY2(!e->depthMm || e->isUnverified("depth_mm"), "a depth no source gives must be absent or flagged");
        }
    }

    // GB300 NVL72 vs GB200 NVL72 (FACILITY.md): a rack-scale system of 72 GPUs, liquid-cooled with an air share, and
    // its planning figure (142 kW) above the GB200's (~120 kW); the 8-rack GB200 SU is 1.2 MW (150 kW per rack).
    void rackScaleSystems() {
        const Equipment* gb200 = gCatalog.equipment("nvidia-gb200-nvl72");
        const Equipment* gb300 = gCatalog.equipment("nvidia-gb300-nvl72");
        QVERIFY(gb200 && gb300);
        for (const Equipment* e : {gb200, gb300}) {
            QVERIFY(e->rackScale);
            QCOMPARE(e->acceleratorCount, 72);
            QCOMPARE(e->cooling, CoolingType::Hybrid);
            QVERIFY(e->liquidFraction > 0.5 && e->liquidFraction < 1.0);
            QVERIFY(e->isUnverified("power.max_w"));  // planning figures, not datasheet maxima
        }
        QVERIFY(gb300->maxW > gb200->maxW);
        QVERIFY(gb200->maxW <= 1.2e6 / 8);
        // 8 power shelves × 6 PSUs × 5.5 kW (NVIDIA BCM power-shelf page) = 264 kW installed: the draw stays below it.
        QVERIFY(gb300->maxW < 8 * 6 * 5500.0);
        // The system is its rack: both name the NVL72 rack, whose footprint is the systems' (600 × 1,068 mm), whose
        // own weight is 0 (the system's weight includes it) and whose rating carries the system (1,360 kg).
        for (const Equipment* e : {gb200, gb300}) {
            QCOMPARE(e->rackScaleRack, std::string("nvidia-mgx-nvl72-rack"));
            const RackModel* rack = gCatalog.rack(e->rackScaleRack);
            QVERIFY(rack);
            QCOMPARE(rack->uHeight, int(e->uHeight));
            QCOMPARE(rack->depthMm, *e->depthMm);
            QCOMPARE(rack->weightKg, 0.0);
            QVERIFY(rack->weightKg + e->weightKg <= rack->maxLoadKg);
        }
        // A GB300 NVL72's split, 142 × 0.9 = 127.8 kW liquid + 14.2 kW air, fits the rack-scale option and not the
        // generic direct-liquid one (100 kW liquid).
        const CoolingOption* nvl = gCatalog.cooling("cooling-nvl72-liquid");
        QVERIFY(nvl);
        QVERIFY(gb300->maxW * gb300->liquidFraction <= nvl->liquidKw * 1000.0);
        QVERIFY(gb300->maxW * (1 - gb300->liquidFraction) <= nvl->airKw * 1000.0);
        QVERIFY(gb300->maxW * gb300->liquidFraction > gCatalog.cooling("cooling-direct-liquid")->liquidKw * 1000.0);
    }

    // rack_scale.rack is read strictly: an object naming a rack; anything else is refused with its JSON path.
    void rackScaleReference() {
        auto load = [](const std::string& rackScale, const std::string& extra) {
            const std::string node = R"({"id": "x-nvl", "kind": "gpu_node", "vendor": "v", "model": "m", "verification": "unverified",
                "sources": [{"ref": "r", "grade": "secondary", "supports": "s"}], "u_height": 48, "weight_kg": 1000, "power": {"max_w": 100000}, "airflow": "front_to_rear", "rack_scale": )" +
                                     rackScale + "}";
            const std::string text = R"({"format": "podplanner-catalog", "version": 1, "entries": [)" + node + extra + "]}";
            Catalog c;
            auto err = CatalogLoader::loadText(text, "t.json", c);
            return err ? QString::fromStdString(err->path + ": " + err->reason) : QString();
        };
        const std::string rack = R"(, {"id": "x-rack", "kind": "rack", "vendor": "v", "model": "m", "verification": "unverified", "sources": [{"ref": "r", "grade": "secondary", "supports": "s"}],
            "u_height": 48, "width_mm": 600, "depth_mm": 1068, "weight_kg": 0, "max_load_kg": 1000})";
        QCOMPARE(load(R"({"rack": "x-rack"})", rack), QString());
        QVERIFY2(load("true", rack).startsWith("/entries/0/rack_scale: must be an object"), qPrintable(load("true", rack)));
        QVERIFY2(load(R"({"rack": "x-rack", "racks": 1})", rack).startsWith("/entries/0/rack_scale/racks: unknown field"),
                 qPrintable(load(R"({"rack": "x-rack", "racks": 1})", rack)));
        QVERIFY2(load(R"({"rack": "x-nvl"})", rack) == "/entries/0/rack_scale/rack: refers to \"x-nvl\", which is a gpu_node, not a rack",
                 qPrintable(load(R"({"rack": "x-nvl"})", rack)));
        // An id not loaded yet may come from a later file (racks.json loads after nodes-*.json); once the whole
        // catalog has loaded it must resolve (loadDirectory, loadStandardCatalog).
        QCOMPARE(load(R"({"rack": "x-later"})", ""), QString());
        const QTemporaryDir dir;
        QFile f(dir.filePath("a.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "podplanner-catalog", "version": 1, "entries": [{"id": "x-nvl", "kind": "gpu_node", "vendor": "v", "model": "m",
            "verification": "unverified", "sources": [{"ref": "r", "grade": "secondary", "supports": "s"}], "u_height": 48, "weight_kg": 1000, "power": {"max_w": 100000},
            "airflow": "front_to_rear", "rack_scale": {"rack": "x-later"}}]})");
        f.close();
        Catalog c;
        auto err = CatalogLoader::loadDirectory(dir.path().toStdString(), c);
        QVERIFY(err);
        QCOMPARE(QString::fromStdString(err->path + ": " + err->reason),
                 QString("/entries/0/rack_scale/rack: refers to unknown rack \"x-later\" (a rack-scale system names the rack model of its enclosure)"));
    }

    // ---- C. switches ---------------------------------------------------------------------------------------

    void switchFigures_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kSwitches)); ++i) QTest::newRow(kSwitches[i].id) << i;
    }

    void switchFigures() {
        QFETCH(int, row);
        const SwitchRow& r = kSwitches[row];
        const Equipment* e = gCatalog.equipment(r.id);
        QVERIFY2(e, r.id);
        QCOMPARE(e->kind, EquipmentKind::Switch);
        if (r.u != kNone) CHECK_FIGURE(e->uHeight, r.u, "u_height");
        if (r.maxW != kNone) CHECK_FIGURE(e->maxW, r.maxW, "power.max_w");
        if (r.typicalW != kNone) {
            QVERIFY2(e->typicalW, "power.typical_w missing");
            CHECK_FIGURE(*e->typicalW, r.typicalW, "power.typical_w");
        }
        if (r.weightKg != kNone) CHECK_FIGURE(e->weightKg, r.weightKg, "weight_kg");
        QCOMPARE(portsText(*e), QString(r.ports));
        if (*r.airflow) QCOMPARE(QString::fromStdString(std::string(airflowKey(e->airflow))), QString(r.airflow));
        QStringList flagged = split(r.unverified);
        if (r.u == kNone) QVERIFY(flagged.contains("u_height"));
        if (r.maxW == kNone) QVERIFY(flagged.contains("power.max_w"));
        if (r.weightKg == kNone) QVERIFY(flagged.contains("weight_kg"));
        CHECK_UNVERIFIED_LISTED(*e, flagged);
    }

    // The SuperPOD set by name: QM9700 compute leaf/spine, SN4600C in-band, SN2201 OOB (G1).
    void superPodSwitches() {
        const Equipment* qm = gCatalog.equipment("nvidia-qm9700");
        QVERIFY(qm);
        int compute400 = 0;
        for (const auto& g : qm->ports)
            if (g.fabric == Fabric::Compute && g.speedGbps == 400) compute400 += g.count;
        QCOMPARE(compute400, 64);  // 32 twin-port OSFP × 2
        QCOMPARE(qm->maxW, 1720.0);
        QCOMPARE(qm->weightKg, 14.8);

        const Equipment* oob = gCatalog.equipment("nvidia-sn2201");
        QVERIFY(oob);
        int oob1g = 0;
        for (const auto& g : oob->ports)
            if (g.fabric == Fabric::Oob && g.speedGbps == 1) oob1g += g.count;
        QCOMPARE(oob1g, 48);

        const Equipment* inband = gCatalog.equipment("nvidia-sn4600c");
        QVERIFY(inband);
        QCOMPARE(inband->uHeight, 2.0);
        QCOMPARE(inband->maxW, 466.0);
    }

    // ---- D. storage ----------------------------------------------------------------------------------------

    void storageFigures_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kStorage)); ++i) QTest::newRow(kStorage[i].id) << i;
    }

    void storageFigures() {
        QFETCH(int, row);
        const StorageRow& r = kStorage[row];
        const Equipment* e = gCatalog.equipment(r.id);
        QVERIFY2(e && e->storage, r.id);
        CHECK_FIGURE(e->uHeight, r.u, "u_height");
        if (r.rawTb != kNone) CHECK_FIGURE(e->storage->rawTb, r.rawTb, "storage.raw_tb");
        if (r.maxW != kNone) CHECK_FIGURE(e->maxW, r.maxW, "power.max_w");
        if (r.typicalW != kNone) {
            QVERIFY(e->typicalW);
            CHECK_FIGURE(*e->typicalW, r.typicalW, "power.typical_w");
        }
        if (r.weightKg != kNone) CHECK_FIGURE(e->weightKg, r.weightKg, "weight_kg");
        CHECK_FIGURE(e->storage->effectiveUsableTb(), r.usableTb, "effective usable TB");
        Aggregate t;
        t.addDevice(*e, gCatalog);
        CHECK_FIGURE(t.storageUsableTb, r.usableTb, "aggregate usable TB");
        CHECK_FIGURE(t.storageRawTb, e->storage->rawTb, "aggregate raw TB");
        QStringList flagged = split(r.unverified);
        if (r.maxW == kNone) QVERIFY(flagged.contains("power.max_w"));
        if (r.weightKg == kNone) QVERIFY(flagged.contains("weight_kg"));
        CHECK_UNVERIFIED_LISTED(*e, flagged);
    }

    // ---- E1. racks -----------------------------------------------------------------------------------------

    void rackFigures_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kRacks)); ++i) QTest::newRow(kRacks[i].id) << i;
    }

    void rackFigures() {
        QFETCH(int, row);
        const RackRow& r = kRacks[row];
        const RackModel* m = gCatalog.rack(r.id);
        QVERIFY2(m, r.id);
        QCOMPARE(m->uHeight, r.u);
        QCOMPARE(m->widthMm, r.widthMm);
        QCOMPARE(m->depthMm, r.depthMm);
        if (r.weightKg != kNone) CHECK_FIGURE(m->weightKg, r.weightKg, "weight_kg");
        if (r.maxLoadKg != kNone) CHECK_FIGURE(m->maxLoadKg, r.maxLoadKg, "max_load_kg");
        CHECK_UNVERIFIED_LISTED(*m, split(r.unverified));
    }

    // ---- E3. PDUs ------------------------------------------------------------------------------------------

    void pduFigures_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kPdus)); ++i) QTest::newRow(kPdus[i].id) << i;
    }

    void pduFigures() {
        QFETCH(int, row);
        const PduRow& r = kPdus[row];
        const Equipment* e = gCatalog.equipment(r.id);
        QVERIFY2(e && e->pdu, r.id);
        QCOMPARE(e->kind, EquipmentKind::Pdu);
        QCOMPARE(e->pdu->phases, r.phases);
        CHECK_FIGURE(e->pdu->voltageV, r.voltageV, "pdu.voltage_v");
        if (r.currentA != kNone) CHECK_FIGURE(e->pdu->currentA, r.currentA, "pdu.current_a");
        CHECK_FIGURE(e->pdu->capacityW, r.capacityW, "pdu.capacity_w");
        // Formula-derived figures: the catalog's rating is the formula rounded to at most 100 W.
        if (r.formulaW != kNone)
            QVERIFY2(std::fabs(e->pdu->capacityW - r.formulaW) <= 100,
                     qPrintable(QString("capacity %1 W vs formula %2 W").arg(figureText(e->pdu->capacityW),
                                                                              figureText(r.formulaW))));
        QStringList flagged = split(r.unverified);
        if (r.currentA == kNone) QVERIFY(flagged.contains("pdu.current_a"));
        CHECK_UNVERIFIED_LISTED(*e, flagged);
        // A PDU is not a load.
        QCOMPARE(e->maxW, 0.0);
    }

    // The formula in E3, worked once: √3 × 415 V × 60 A × 0.8 = 34,502.4 W.
    void pduFormula() {
        const double p = std::sqrt(3.0) * 415 * 60 * 0.8;
        QVERIFY(std::fabs(p - 34502.4) < 0.1);
        QVERIFY(std::fabs(p - 34500) <= 100);  // the catalog's 34,500 is within rounding to 100 W
    }

    // ---- E4. power chain elements -----------------------------------------------------------------------

    void powerNodeFigures_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kPowerNodes)); ++i) QTest::newRow(kPowerNodes[i].id) << i;
    }

    void powerNodeFigures() {
        QFETCH(int, row);
        const PowerNodeRow& r = kPowerNodes[row];
        const PowerNodeModel* n = gCatalog.powerNode(r.id);
        QVERIFY2(n, r.id);
        QCOMPARE(gCatalog.kindOf(r.id), std::string("power_node"));
        QCOMPARE(n->type, std::string(r.type));
        QVERIFY(!n->sources.empty());
        if (n->type == "ups") {
            QCOMPARE(n->moduleKw, r.moduleKw);
            QCOMPARE(n->modulesMax, r.modulesMax);
            QCOMPARE(n->moduleKw * 1000 * n->modulesMax, r.capacityW);
        } else {
            QCOMPARE(n->voltageV, r.voltageV);
            QCOMPARE(n->phases, r.phases);
            QCOMPARE(n->ratingA, r.ratingA);
            const double w = (n->phases == 3 ? std::sqrt(3.0) : 1.0) * n->voltageV * n->ratingA * 0.8;
            QVERIFY2(std::fabs(w - r.capacityW) < 0.1, qPrintable(QString("capacity %1 W vs %2 W by hand").arg(w).arg(r.capacityW)));
            for (double a : n->tapOffA) QVERIFY2(a <= n->ratingA, r.id);  // a tap-off box never outrates its busway
        }
        CHECK_UNVERIFIED_LISTED(*n, split(r.unverified));
    }

    // The loader refuses a tap-off box rated above its busway, naming the JSON path.
    void powerNodeTapOffAboveBusway() {
        const std::string text = R"({"format": "podplanner-catalog", "version": 1, "entries": [{"id": "bw", "kind": "power_node",
            "vendor": "x", "model": "y", "verification": "unverified", "sources": [{"ref": "r", "grade": "secondary"}],
            "power_node": {"type": "busway", "voltage_v": 415, "phases": 3, "rating_a": 400, "tap_off_a": [63, 630]}}]})";
        Catalog c;
        auto err = CatalogLoader::loadText(text, "t.json", c);
        QVERIFY(err);
        QCOMPARE(err->path, std::string("/entries/0/power_node/tap_off_a/1"));
        QVERIFY2(err->reason.find("630 A > 400 A") != std::string::npos, err->reason.c_str());
    }

    // ---- F. cable reach ------------------------------------------------------------------------------------

    void cableReach_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kReach)); ++i)
            QTest::addRow("%s %gG", kReach[i].id, kReach[i].speedGbps) << i;
    }

    void cableReach() {
        QFETCH(int, row);
        const ReachRow& r = kReach[row];
        const CableMedium* m = gCatalog.medium(r.id);
        QVERIFY2(m, r.id);
        auto reach = m->maxReachM(r.speedGbps);
        if (r.maxM == kNone) {
            QVERIFY2(!reach, "the table has no reach for this speed; the medium must not offer it");
        } else {
            QVERIFY(reach);
            CHECK_FIGURE(*reach, r.maxM, "reach max_m");
        }
        if (r.unverified) {
            const std::string field = "reach." + std::to_string(int(r.speedGbps));
            QVERIFY2(m->isUnverified(field), field.c_str());
        }
    }

    // Cheaper media first (the planner picks the cheapest medium whose reach covers a run).
    void cableCostOrder() {
        const char* order[] = {"cable-dac", "cable-acc", "cable-aoc", "cable-multimode", "cable-singlemode"};
        for (std::size_t i = 1; i < std::size(order); ++i)
            QVERIFY2(gCatalog.medium(order[i - 1])->costRank < gCatalog.medium(order[i])->costRank, order[i]);
    }

    // ---- E2. cooling ---------------------------------------------------------------------------------------

    void coolingRange_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kCooling)); ++i) QTest::newRow(kCooling[i].id) << i;
    }

    // Cooling units: the capacity as the source states it; floor-standing units (u_height 0) carry
    // no rack weight and no IT load (their pump power is facility load) and must flag those placeholders.
    void cdus_data() {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kCdus)); ++i) QTest::newRow(kCdus[i].id) << i;
    }

    void cdus() {
        QFETCH(int, row);
        const CduRow& r = kCdus[row];
        const Equipment* e = gCatalog.equipment(r.id);
        QVERIFY2(e, r.id);
        QCOMPARE(e->kind, EquipmentKind::Cdu);
        QVERIFY2(e->coolingUnit, "a cdu entry carries a cooling_unit object");
        QCOMPARE(std::string(coolingUnitTypeKey(e->coolingUnit->type)), std::string(r.type));
        CHECK_FIGURE(e->coolingUnit->capacityKw, r.capacityKw, "cooling_unit.capacity_kw");
        QCOMPARE(e->coolingUnit->floorStanding(), r.u == 0);
        QStringList flagged = split(r.unverified);
        if (r.u != kNone) CHECK_FIGURE(e->uHeight, r.u, "u_height");
        else QVERIFY(flagged.contains("u_height"));
        if (r.maxW == kNone) QVERIFY(flagged.contains("power.max_w"));
        if (r.weightKg == kNone) QVERIFY(flagged.contains("weight_kg"));
        CHECK_UNVERIFIED_LISTED(*e, flagged);
        if (e->uHeight == 0) {
            QCOMPARE(e->maxW, 0.0);
            QCOMPARE(e->weightKg, 0.0);
            QVERIFY(!e->fullDepth);
        } else {
            QVERIFY(e->maxW > 0);  // an in-rack CDU runs its pumps from the rack's PDUs
        }
    }

    void doorUnits() {
        for (const DoorRow& r : kDoorUnits) {
            const CoolingOption* c = gCatalog.cooling(r.id);
            QVERIFY2(c && c->coolingUnit, r.id);
            QCOMPARE(c->coolingUnit->type, CoolingUnitType::Rdhx);
            QCOMPARE(c->coolingUnit->medium, CoolingMedium::Air);
            CHECK_FIGURE(c->coolingUnit->capacityKw, r.capacityKw, "cooling_unit.capacity_kw");
            CHECK_FIGURE(c->airKw, r.capacityKw, "air_kw");
        }
    }

    // At 800 Gb/s (ConnectX-8, SN5600/SN5610, Q3400) the cheapest medium by length, from the 800G rows above:
    // DAC 2 m (rank 1), multimode 50 m (4), single-mode 2 km (5); no ACC/AOC figure at 800G.
    void media800G() {
        const std::map<std::int64_t, std::string> expected = {
            {2000, "cable-dac"}, {2001, "cable-multimode"}, {50000, "cable-multimode"}, {50001, "cable-singlemode"},
            {2000000, "cable-singlemode"}, {2000001, ""}};
        for (const auto& [mm, id] : expected) QCOMPARE(chooseMedium(gCatalog, 800, mm), id);
        QVERIFY(!gCatalog.medium("cable-acc")->maxReachM(800));
        QVERIFY(!gCatalog.medium("cable-aoc")->maxReachM(800));
    }

    // The 75 kW rear door covers a rack of 4 DGX B300 (E2/G4: "4 DGX B300 per rack ≈ 56 kW"; 4 × 14.5 = 58 kW).
    void rearDoorForDgxB300Rack() {
        const CoolingOption* door = gCatalog.cooling("motivair-chilleddoor-75kw");
        const Equipment* dgx = gCatalog.equipment("nvidia-dgx-b300");
        QVERIFY(door && dgx);
        QVERIFY(4 * dgx->maxW <= door->airKw * 1000.0);
        QVERIFY(4 * dgx->maxW > gCatalog.cooling("motivair-chilleddoor-55kw")->airKw * 1000.0);
    }

    void coolingRange() {
        QFETCH(int, row);
        const CoolingRow& r = kCooling[row];
        const CoolingOption* c = gCatalog.cooling(r.id);
        QVERIFY2(c, r.id);
        QCOMPARE(QString::fromStdString(c->method), QString(r.method));
        QVERIFY2(c->airKw >= r.airMin && c->airKw <= r.airMax, qPrintable("air_kw " + figureText(c->airKw)));
        QVERIFY2(c->liquidKw >= r.liquidMin && c->liquidKw <= r.liquidMax,
                 qPrintable("liquid_kw " + figureText(c->liquidKw)));
        QCOMPARE(c->liquidCapable(), r.liquidMax > 0);
        if (c->liquidCapable()) {
            // E2: ~15–30 % of the heat stays in the air with direct-to-chip liquid.
            const double airShare = c->airKw / (c->airKw + c->liquidKw);
            QVERIFY2(airShare >= 0.15 && airShare <= 0.30, qPrintable("air share " + figureText(airShare)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogFigures)
#include "tst_catalog_figures.moc"
