// Pod generator and scenario comparison: the 32 × DGX H100 sales demo (2 vs 4 nodes per rack) with every
// row of the comparison against hand arithmetic on catalog figures, generator invariants over a sweep of
// node counts and densities, and determinism.
#include <QtTest>

#include <chrono>
#include <cmath>
#include <map>

#include "Cabling.h"
#include "CatalogLoader.h"
#include "Compare.h"
#include "Cooling.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "TextFormat.h"
#include "generator/PodGenerator.h"

using namespace pod;

namespace {

// Catalog figures (catalog/*.json):
//   nvidia-dgx-h100: 8U, 10,200 W max, 130.45 kg, 8 × nvidia-h100-sxm5-80gb; ports compute 8 × 400G,
//     storage 2 × 400G (not cabled by the generator), inband 2 × 100G, oob 1 × 1G
//   nvidia-h100-sxm5-80gb: 80 GB; dense TFLOPS fp64 34, fp64_tensor 67, fp32 67, tf32 494.7, fp16 989.4,
//     fp8 1,978.9, int8 1,978.9 TOPS (no fp4)
//   nvidia-qm9700: 1U, 1,720 W, 14.8 kg, 64 × 400G      nvidia-sn4600c: 2U, 466 W, 23.5 kg, 64 × 100G
//   nvidia-sn2201: 1U, 300 W, 7.41 kg, 48 × 1G (+ 4 × 100G uplinks)
//   hpe-10848-g2: 48U, 800 × 1,112 mm, 165 kg
//   generic-pdu-2u-3ph-415v-60a: 2U, 34,500 W, 10 kg, 1 OOB port;  apc-ap8886: 0U, 22,000 W, 6 kg, 1 OOB port
//     (the other PDUs are 0U of 7,360–10,000 W)
//   blank-1u 0.2 kg, blank-2u 0.4 kg
//   cooling: room air 10 kW, contained air 30 kW, rear door passive 25 kW, rear door active 50 kW
//   cable reach: DAC 400G 3 m / 100G and below 5 m; ACC 5 m (only a 400G figure, which slower links use
//     too); AOC 100 m (200G/100G, slower links use the 100G figure; no 400G); multimode 400G 50 m
constexpr double kDgxW = 10200, kDgxKg = 130.45, kQmW = 1720, kQmKg = 14.8;
constexpr double kSn4600W = 466, kSn4600Kg = 23.5, kSn2201W = 300, kSn2201Kg = 7.41;
constexpr double kRackKg = 165, kPdu2uKg = 10, kAp8886Kg = 6, kBlank1uKg = 0.2, kBlank2uKg = 0.4;
constexpr double kRackAreaM2 = 0.8 * 1.112;  // 0.8896 m²

// The network racks' content in the 32-node pod (both densities), top down with a 1U gap between groups:
// 8 leaves + 4 spines (QM9700), 2 in-band (SN4600C), 2 OOB (SN2201), split evenly over 2 racks, so each
// holds 4 leaves at U48, 47, 46, 45; 2 spines at U43, 42; 1 in-band at U39–40; 1 OOB at U37, and draws
// 6 × 1,720 + 466 + 300 = 11,086 W: one 0U AP8886 per feed (22 kW ≥ 11,086 W). Free: U1–36 (18 × 2U
// blanks), U38, U41, U44 (3 × 1U blanks) = 21 blanks, 39 U, 18 × 0.4 + 3 × 0.2 = 7.8 kg.
constexpr double kNetRackW = 6 * kQmW + kSn4600W + kSn2201W;  // 11,086 W

// One end of a cable: the rack's index in the (single) row, the device's bottom U and top U.
struct End {
    int rack = 0;
    double u = 0, top = 0;
};

// Cabling.h: between racks, rise from each device's top to the tray 600 mm above the 48U rack, plus the
// floor distance (racks of one row are 800 mm apart), plus 2 m slack; inside a rack |Δu| × 44.45 mm + 2 m.
std::int64_t runMm(const End& a, const End& b) {
    if (a.rack == b.rack) return std::llround(std::fabs(a.u - b.u) * 44.45) + 2000;
    auto rise = [](double top) { return (48 - top) * 44.45 + 600.0; };
    return std::llround(rise(a.top) + std::abs(a.rack - b.rack) * 800.0 + rise(b.top)) + 2000;
}

// The cheapest medium that reaches (figures above).
std::string mediumFor(double gbps, std::int64_t mm) {
    if (gbps >= 400) return mm <= 3000 ? "cable-dac" : mm <= 5000 ? "cable-acc" : "cable-multimode";
    return mm <= 5000 ? "cable-dac" : "cable-aoc";
}

// Where the generator puts the 32 nodes (PodAssembly.cpp): one row, the first half of the GPU racks, the
// two network racks, the other half. K = 4: GPU racks at row positions 0–3 and 6–9, network racks 4 and 5;
// nodes at U5, 13, 21, 29 (tops 12, 20, 28, 36) above the first PDU pair (2U PDUs at U1, U3), the second
// pair at U37, U39 (tops 38, 40). K = 2: GPU racks 0–7 and 10–17, network racks 8 and 9; nodes at U1, U9
// (tops 8, 16); the 0U PDUs sit at U0 (top 0).
struct Shape {
    std::vector<int> gpuRacks;
    int netA = 0, netB = 0;
    std::vector<double> nodeU;
    std::vector<End> pdus;  // rack -1: filled per rack
    double pduHeight = 0;
};

Shape shapeFor(int k) {
    Shape s;
    if (k == 4) {
        s.gpuRacks = {0, 1, 2, 3, 6, 7, 8, 9};
        s.netA = 4, s.netB = 5;
        s.nodeU = {5, 13, 21, 29};
        s.pdus = {{-1, 1, 2}, {-1, 3, 4}, {-1, 37, 38}, {-1, 39, 40}};
    } else {
        s.gpuRacks = {0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17};
        s.netA = 8, s.netB = 9;
        s.nodeU = {1, 9};
        s.pdus = {{-1, 0, 0}, {-1, 0, 0}};
    }
    return s;
}

// Every cable of the 32-node pod, from the rail-optimised plan (Cabling.h): node port p → leaf p
// (leaves 1–4 in network rack A at U48−(p−1), 5–8 in rack B); each leaf's 32 uplinks go round-robin to
// spines 1–4 (spines 1, 2 in rack A at U43, U42; 3, 4 in rack B); in-band port 1 → rack A's SN4600C, port 2 →
// rack B's; OOB: the 68 devices with an OOB port in file order (rack by rack: PDUs, then nodes), the first
// ⌈68 / 2⌉ = 34 to rack A's SN2201, the rest to rack B's.
std::map<std::string, MediumTotal> expectedCables(int k) {
    const Shape s = shapeFor(k);
    std::map<std::string, MediumTotal> out;
    auto add = [&](const End& a, const End& b, double gbps) {
        std::int64_t mm = runMm(a, b);
        auto& t = out[mediumFor(gbps, mm)];
        ++t.count;
        t.lengthMm += mm;
    };
    auto leaf = [&](int p) { double u = 48 - (p - 1) % 4; return End{p <= 4 ? s.netA : s.netB, u, u}; };
    auto spine = [&](int n) { double u = (n - 1) % 2 == 0 ? 43 : 42; return End{n <= 2 ? s.netA : s.netB, u, u}; };
    std::vector<std::pair<End, double>> oobDevices;  // end, speed
    const int rackCount = int(s.gpuRacks.size()) + 2;
    for (int r = 0; r < rackCount; ++r) {
        if (r == s.netA || r == s.netB) {
            oobDevices.push_back({{r, 0, 0}, 0.1});
            oobDevices.push_back({{r, 0, 0}, 0.1});
            continue;
        }
        for (End pdu : s.pdus) oobDevices.push_back({{r, pdu.u, pdu.top}, 1});
        for (double u : s.nodeU) {
            End node{r, u, u + 7};
            oobDevices.push_back({node, 1});
            for (int p = 1; p <= 8; ++p) add(node, leaf(p), 400);
            add(node, End{s.netA, 39, 40}, 100);
            add(node, End{s.netB, 39, 40}, 100);
        }
    }
    for (int l = 1; l <= 8; ++l)
        for (int i = 0; i < 32; ++i) add(leaf(l), spine(i % 4 + 1), 400);
    for (std::size_t i = 0; i < oobDevices.size(); ++i)
        add(oobDevices[i].first, End{i < 34 ? s.netA : s.netB, 37, 37}, oobDevices[i].second);
    return out;
}

int count(const std::vector<Violation>& v, const std::string& rule) {
    return int(std::count_if(v.begin(), v.end(), [&](const Violation& x) { return x.ruleId == rule; }));
}

int divUp(int a, int b) { return (a + b - 1) / b; }

}  // namespace

class TestGenerator : public QObject {
    Q_OBJECT
    Catalog catalog;

    GeneratedPod generate(int nodes, int perRack, std::optional<double> budgetKw = std::nullopt) {
        GeneratorOptions o;
        o.nodeId = "nvidia-dgx-h100";
        o.nodes = nodes;
        o.perRack = perRack;
        o.budgetKw = budgetKw;
        GeneratorResult r = generatePod(o, catalog);
        if (auto* e = std::get_if<GeneratorError>(&r)) qFatal("generate %d/%d failed: %s", nodes, perRack, e->message.c_str());
        return std::get<GeneratedPod>(std::move(r));
    }

private slots:
    void initTestCase() {
        auto err = loadStandardCatalog({}, {}, catalog);
        QVERIFY2(!err, err ? err->message().c_str() : "");
    }

    // The demo: A = 2 nodes per rack, B = 4 nodes per rack.
    void demoSummaries() {
        const GeneratedPod a = generate(32, 2), b = generate(32, 4);
        // Racks: ⌈32 / 2⌉ = 16 and ⌈32 / 4⌉ = 8 GPU racks, + 2 network racks (a spine tier is needed:
        // 32 × 8 = 256 compute links > 64 ports of one QM9700).
        QCOMPARE(a.gpuRacks, 16);
        QCOMPARE(b.gpuRacks, 8);
        QCOMPARE(a.networkRacks, 2);
        QCOMPARE(b.networkRacks, 2);
        QCOMPARE(a.project.room.pue, 1.3);  // the generator's room (PodAssembly.cpp)
        const PodSummary sa = summarize(a.project, catalog), sb = summarize(b.project, catalog);
        QCOMPARE(sa.racks, 18);
        QCOMPARE(sb.racks, 10);

        // Room: one row (≤ 20 racks), 1.2 m aisles all round: width 2 × 1,200 + n × 800, depth 2 × 1,200 + 1,112.
        QVERIFY(qFuzzyCompare(sa.roomAreaM2, (2.4 + 18 * 0.8) * 3.512));  // 16.8 × 3.512 = 59.0016 m²
        QVERIFY(qFuzzyCompare(sb.roomAreaM2, (2.4 + 10 * 0.8) * 3.512));  // 10.4 × 3.512 = 36.5248 m²
        QVERIFY(qFuzzyCompare(sa.rackFootprintM2, 18 * kRackAreaM2));     // 16.0128 m²
        QVERIFY(qFuzzyCompare(sb.rackFootprintM2, 10 * kRackAreaM2));     // 8.896 m²

        // Power: IT = 32 × 10,200 + 2 network racks × 11,086 = 326,400 + 22,172 = 348,572 W either way.
        const double it = 32 * kDgxW + 2 * kNetRackW;
        QCOMPARE(sa.itMaxW, it);
        QCOMPARE(sb.itMaxW, it);
        QCOMPARE(sa.facilityW, it * a.project.room.pue);  // 453,143.6 W
        QCOMPARE(sa.rackMaxW, 2 * kDgxW);                 // 20,400 W
        QCOMPARE(sb.rackMaxW, 4 * kDgxW);                 // 40,800 W
        QVERIFY(qFuzzyCompare(sa.rackMeanW, it / 18));    // 19,365.1 W
        QVERIFY(qFuzzyCompare(sb.rackMeanW, it / 10));    // 34,857.2 W
        // Cooling: 20.4 kW → contained air (30 kW; room air is 10 kW); 40.8 kW → rear door active (50 kW;
        // contained air 30 and passive door 25 are too small); network racks 11.1 kW → contained air.
        QCOMPARE(sa.coolingNeeded, (std::map<std::string, int>{{"cooling-contained-air", 18}}));
        QCOMPARE(sb.coolingNeeded, (std::map<std::string, int>{{"cooling-contained-air", 2}, {"cooling-rdhx-active", 8}}));

        // Blanks: K = 4: nodes + PDUs take 32 + 8 = 40 U, U41–48 = 4 × 2U per GPU rack → 32 blanks, 64 U;
        // K = 2: 16 U of nodes (0U PDUs), U17–48 = 16 × 2U per rack → 256 blanks, 512 U; + 2 × 21 in the
        // network racks (78 U).
        QCOMPARE(sb.blanks, 8 * 4 + 2 * 21);     // 74
        QCOMPARE(sb.blankU, 8 * 8.0 + 2 * 39);   // 142
        QCOMPARE(sa.blanks, 16 * 16 + 2 * 21);   // 298
        QCOMPARE(sa.blankU, 16 * 32.0 + 2 * 39); // 590

        // Weight: racks + nodes + switches + PDUs + blanks.
        const double nodesKg = 32 * kDgxKg;                                      // 4,174.4
        const double switchKg = 12 * kQmKg + 2 * kSn4600Kg + 2 * kSn2201Kg;      // 177.6 + 47 + 14.82 = 239.42
        const double netPduKg = 2 * 2 * kAp8886Kg;                               // 24
        const double netBlankKg = 2 * (18 * kBlank2uKg + 3 * kBlank1uKg);        // 15.6
        const double weightA = 18 * kRackKg + nodesKg + switchKg + 16 * 2 * kAp8886Kg + netPduKg + 256 * kBlank2uKg + netBlankKg;
        const double weightB = 10 * kRackKg + nodesKg + switchKg + 8 * 4 * kPdu2uKg + netPduKg + 32 * kBlank2uKg + netBlankKg;
        QVERIFY2(std::fabs(sa.weightKg - weightA) < 1e-6, qPrintable(QString::number(sa.weightKg)));  // 7,717.82 kg
        QVERIFY2(std::fabs(sb.weightKg - weightB) < 1e-6, qPrintable(QString::number(sb.weightKg)));  // 6,436.22 kg

        // Compute: 32 × 8 = 256 GPUs, 256 × 80 = 20,480 GB; FLOPS = 256 × the per-GPU dense figure.
        for (const PodSummary* s : {&sa, &sb}) {
            QCOMPARE(s->gpus, 256);
            QCOMPARE(s->gpuMemoryGb, 20480.0);
            const std::map<Precision, double> perGpu = {{Precision::Fp64, 34},     {Precision::Fp64Tensor, 67}, {Precision::Fp32, 67},
                                                        {Precision::Tf32, 494.7},  {Precision::Fp16, 989.4},    {Precision::Fp8, 1978.9},
                                                        {Precision::Int8, 1978.9}};
            for (auto [p, tf] : perGpu) QVERIFY2(qFuzzyCompare(*s->flops.get(p), 256 * tf), precisionLabel(p).data());
            QVERIFY(!s->flops.get(Precision::Fp4));
            QCOMPARE(s->storageRawTb, 0.0);
            // Switches: leaves 8 × 1 group (32 nodes ≤ 64 / 2 per leaf), spines the fewest S with
            // 8 × ⌈32 / S⌉ ≤ 64 → S = 4; in-band max(2, ⌈32 × 2 / 64⌉) = 2; OOB max(2, ⌈68 / 48⌉) = 2.
            QCOMPARE(s->switches, 16);
            QCOMPARE(s->switchesByModel, (std::map<std::string, int>{{"nvidia-qm9700", 12}, {"nvidia-sn2201", 2}, {"nvidia-sn4600c", 2}}));
            QCOMPARE(s->switchesByRole,
                     (std::map<std::string, int>{{"compute leaf", 8}, {"compute spine", 4}, {"inband leaf", 2}, {"oob leaf", 2}}));
            // Rules: no errors and, with the budgets ≤ 80 % loaded, no warnings; notes: the depth rule's two
            // "not checked" (switches without a depth figure) and the fabric's 1:1 oversubscription.
            QCOMPARE(s->errors, 0);
            QCOMPARE(s->warnings, 0);
            QCOMPARE(s->infos, 3);
        }
    }

    void demoCables() {
        const GeneratedPod a = generate(32, 2), b = generate(32, 4);
        const PodSummary sa = summarize(a.project, catalog), sb = summarize(b.project, catalog);
        // Counts: compute 32 × 8 = 256 node links + 8 leaves × 32 uplinks = 256; in-band 32 × 2 = 64; OOB 32
        // nodes + 32 GPU-rack PDUs (16 × 2 or 8 × 4) + 4 network-rack PDUs = 68 → 644 cables on both sides.
        QCOMPARE(sa.cables.count, 644);
        QCOMPARE(sb.cables.count, 644);
        // By medium, K = 4:
        //  compute node→leaf: ACC needs rise + 800 |Δj| + rise ≤ 3,000 mm: only the top node (rise
        //   12 × 44.45 + 600 = 1,133.4) next to a network rack reaches all 4 leaves there (rises 600–733.35),
        //   the next node down (1,489) the 3 leaves at U48–46: (4 + 3) × 2 racks = 14 ACC, 242 multimode;
        //  leaf→spine: same rack ≤ 6 × 44.45 + 2,000 → DAC (8 leaves × 2 spines × 8 = 128), across ≤ 4,400 mm → ACC (128);
        //  in-band: DAC needs rise + Δ ≤ 2,044.4: the top node next to each network rack: 2 DAC, 62 AOC;
        //  OOB: DAC needs rise + Δ ≤ 1,911.05: the upper PDU pair next to each network rack (rises 955.6,
        //   1,044.5) and the network racks' own PDUs (same rack): 2 × 2 + 4 = 8 DAC, 60 AOC.
        QCOMPARE(sb.cablesByMedium.at("cable-acc").count, 14 + 128);
        QCOMPARE(sb.cablesByMedium.at("cable-multimode").count, 242);
        QCOMPARE(sb.cablesByMedium.at("cable-dac").count, 128 + 2 + 8);
        QCOMPARE(sb.cablesByMedium.at("cable-aoc").count, 62 + 60);
        // K = 2: the top node's rise is 32 × 44.45 + 600 = 2,022.4, too far for ACC and in-band DAC; the 0U
        // PDUs rise 48 × 44.45 + 600 = 2,733.6: only the network racks' own PDUs get DAC.
        QCOMPARE(sa.cablesByMedium.at("cable-acc").count, 128);
        QCOMPARE(sa.cablesByMedium.at("cable-multimode").count, 256);
        QCOMPARE(sa.cablesByMedium.at("cable-dac").count, 128 + 4);
        QCOMPARE(sa.cablesByMedium.at("cable-aoc").count, 64 + 64);
        // Lengths: every run from the positions above.
        for (auto [summary, k] : {std::pair{&sa, 2}, {&sb, 4}}) {
            const auto expected = expectedCables(k);
            QCOMPARE(summary->cablesByMedium.size(), expected.size());
            std::int64_t total = 0;
            for (const auto& [medium, t] : expected) {
                QCOMPARE(summary->cablesByMedium.at(medium).count, t.count);
                QCOMPARE(summary->cablesByMedium.at(medium).lengthMm, t.lengthMm);
                total += t.lengthMm;
            }
            QCOMPARE(summary->cables.lengthMm, total);
        }
        // One run in full, K = 4: dgx-16 is the top node (U29–36) of the 4th GPU rack (row position 3); its
        // compute port 1 goes to leaf-01 at U48 in the first network rack (position 4):
        // (48 − 36) × 44.45 + 600 + 800 + (48 − 48) × 44.45 + 600 = 2,533.4 → 2,533 + 2,000 slack = 4,533 mm → ACC.
        const Cabling cabling = deriveCabling(b.project, catalog);
        auto it = std::find_if(cabling.cables.begin(), cabling.cables.end(),
                               [](const Cable& c) { return c.fabric == "compute" && c.a.device == "dgx-16" && c.a.port == 1; });
        QVERIFY(it != cabling.cables.end());
        QCOMPARE(it->b.device, std::string("leaf-01"));
        QCOMPARE(it->lengthMm, std::int64_t(4533));
        QCOMPARE(it->medium, std::string("cable-acc"));
    }

    // Every row of the table `podplanner compare` prints and the GUI shows, A = 2 per rack, B = 4 per rack.
    void demoTable() {
        const GeneratedPod a = generate(32, 2), b = generate(32, 4);
        const auto rows = compareRows(summarize(a.project, catalog), summarize(b.project, catalog));
        const auto ca = expectedCables(2), cb = expectedCables(4);
        auto metres = [](std::int64_t mm) { return fmtGrouped(double(mm) / 1000.0, 1) + " m"; };
        auto signedMetres = [](std::int64_t mm) { return fmtSigned(double(mm) / 1000.0, 1) + (mm ? " m" : ""); };
        std::int64_t la = 0, lb = 0;
        for (const auto& [m, t] : ca) la += t.lengthMm;
        for (const auto& [m, t] : cb) lb += t.lengthMm;
        auto cableRow = [&](std::string label, int indent, int na, std::int64_t ma, int nb, std::int64_t mb) {
            return CompareRow{std::move(label), indent, std::to_string(na) + ", " + metres(ma), std::to_string(nb) + ", " + metres(mb),
                              fmtSigned(nb - na, 0) + ", " + signedMetres(mb - ma), nb != na ? (nb > na ? 1 : -1) : (mb > ma) - (mb < ma)};
        };
        const std::string m = "\u2212";
        std::vector<CompareRow> expected = {
            {"Project", 0, "32 × DGX H100, 2 per rack", "32 × DGX H100, 4 per rack", "", 0},
            {"Scenario", 0, "2 nodes per rack", "4 nodes per rack", "", 0},
            {"Racks", 0, "18", "10", m + "8", -1},  // 16 + 2 vs 8 + 2
            {"GPU", 1, "16", "8", m + "8", -1},
            {"network", 1, "2", "2", "0", 0},
            {"storage", 1, "0", "0", "0", 0},
            {"Rack footprint", 0, "16.01 m²", "8.90 m²", m + "7.12 m²", -1},  // 18 / 10 × 0.8896; −7.1168
            {"Room area", 0, "59.00 m²", "36.52 m²", m + "22.48 m²", -1},    // 59.0016 / 36.5248; −22.4768
            {"kW per rack (max)", 0, "20.4 kW", "40.8 kW", "+20.4 kW", 1},  // 2 / 4 × 10.2
            {"kW per rack (mean)", 0, "19.4 kW", "34.9 kW", "+15.5 kW", 1},  // 348.572 / 18 = 19.365; / 10 = 34.857
            {"Cooling needed (racks)", 0, "", "", "", 0},
            {"cooling-contained-air", 1, "18", "2", m + "16", -1},
            {"cooling-rdhx-active", 1, "0", "8", "+8", 1},
            {"IT power (max)", 0, "348.6 kW", "348.6 kW", "0", 0},   // 348,572 W
            {"Facility power", 0, "453.1 kW", "453.1 kW", "0", 0},   // × PUE 1.3 = 453,143.6 W
            {"Weight", 0, "7,717.8 kg", "6,436.2 kg", m + "1,281.6 kg", -1},  // 7,717.82 / 6,436.22
            {"GPUs", 0, "256", "256", "0", 0},
            {"GPU memory", 0, "20,480 GB", "20,480 GB", "0", 0},
            {"FP64", 0, "8.7 PFLOPS", "8.7 PFLOPS", "0", 0},             // 256 × 34 = 8,704 TF
            {"FP64 Tensor", 0, "17.2 PFLOPS", "17.2 PFLOPS", "0", 0},    // 256 × 67 = 17,152
            {"FP32", 0, "17.2 PFLOPS", "17.2 PFLOPS", "0", 0},           // 256 × 67
            {"TF32", 0, "126.6 PFLOPS", "126.6 PFLOPS", "0", 0},         // 256 × 494.7 = 126,643.2
            {"FP16/BF16", 0, "253.3 PFLOPS", "253.3 PFLOPS", "0", 0},    // 256 × 989.4 = 253,286.4
            {"FP8", 0, "506.6 PFLOPS", "506.6 PFLOPS", "0", 0},          // 256 × 1,978.9 = 506,598.4
            {"INT8", 0, "506.6 POPS", "506.6 POPS", "0", 0},
            {"Storage raw", 0, "0.0 TB", "0.0 TB", "0", 0},
            {"Storage usable", 0, "0.0 TB", "0.0 TB", "0", 0},
            cableRow("Cables (count, length)", 0, 644, la, 644, lb),
            cableRow("cable-acc", 1, 128, ca.at("cable-acc").lengthMm, 142, cb.at("cable-acc").lengthMm),
            cableRow("cable-aoc", 1, 128, ca.at("cable-aoc").lengthMm, 122, cb.at("cable-aoc").lengthMm),
            cableRow("cable-dac", 1, 132, ca.at("cable-dac").lengthMm, 138, cb.at("cable-dac").lengthMm),
            cableRow("cable-multimode", 1, 256, ca.at("cable-multimode").lengthMm, 242, cb.at("cable-multimode").lengthMm),
            {"Blanking panels", 0, "298 (590 U)", "74 (142 U)", m + "224 (" + m + "448 U)", -1},
            {"Switches", 0, "16", "16", "0", 0},
            {"nvidia-qm9700", 1, "12", "12", "0", 0},
            {"nvidia-sn2201", 1, "2", "2", "0", 0},
            {"nvidia-sn4600c", 1, "2", "2", "0", 0},
            {"compute leaf", 1, "8", "8", "0", 0},
            {"compute spine", 1, "4", "4", "0", 0},
            {"inband leaf", 1, "2", "2", "0", 0},
            {"oob leaf", 1, "2", "2", "0", 0},
            {"Rule errors", 0, "0", "0", "0", 0},
            {"Rule warnings", 0, "0", "0", "0", 0},
            {"Rule notes", 0, "3", "3", "0", 0},
        };
        QCOMPARE(rows.size(), expected.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            const auto& e = expected[i];
            const QString where = QString::fromStdString("row " + std::to_string(i) + " \"" + e.label + "\": got \"" + r.label + "\" | " +
                                                         r.a + " | " + r.b + " | " + r.diff + " | " + std::to_string(r.sign));
            QVERIFY2(r.label == e.label && r.indent == e.indent && r.a == e.a && r.b == e.b && r.diff == e.diff && r.sign == e.sign,
                     qPrintable(where));
        }
        // The cable totals, by hand: K = 4 is 832 m shorter (3,455.0 vs 4,287.0 m) — the pod is 8 racks narrower.
        QCOMPARE(la - lb, std::int64_t(832000));
    }

    // Which way each row of the demo table is better, and what that makes B (4 per rack) against A (2 per
    // rack): the GUI's better / worse colours and `compare --json`'s "better" / "verdict" read these.
    void demoDirections() {
        const GeneratedPod a = generate(32, 2), b = generate(32, 4);
        const PodSummary sa = summarize(a.project, catalog), sb = summarize(b.project, catalog);
        const auto rows = compareRows(sa, sb);
        auto find = [&](const std::vector<CompareRow>& in, const std::string& label) -> const CompareRow& {
            auto it = std::find_if(in.begin(), in.end(), [&](const CompareRow& r) { return r.label == label; });
            if (it == in.end()) qFatal("no row %s", label.c_str());
            return *it;
        };
        const Better L = Better::Lower, H = Better::Higher, N = Better::Neutral;
        const std::map<std::string, Better> direction = {
            {"Project", N}, {"Scenario", N}, {"Racks", L}, {"GPU", L}, {"network", L}, {"storage", L},
            {"Rack footprint", L}, {"Room area", L}, {"kW per rack (max)", N}, {"kW per rack (mean)", N},
            {"Cooling needed (racks)", N}, {"cooling-contained-air", N}, {"cooling-rdhx-active", N},
            {"IT power (max)", L}, {"Facility power", L}, {"Weight", L}, {"GPUs", H}, {"GPU memory", H},
            {"FP64", H}, {"FP64 Tensor", H}, {"FP32", H}, {"TF32", H}, {"FP16/BF16", H}, {"FP8", H}, {"INT8", H},
            {"Storage raw", H}, {"Storage usable", H}, {"Cables (count, length)", L}, {"cable-acc", N}, {"cable-aoc", N},
            {"cable-dac", N}, {"cable-multimode", N}, {"Blanking panels", L}, {"Switches", N}, {"nvidia-qm9700", N},
            {"nvidia-sn2201", N}, {"nvidia-sn4600c", N}, {"compute leaf", N}, {"compute spine", N}, {"inband leaf", N},
            {"oob leaf", N}, {"Rule errors", L}, {"Rule warnings", L}, {"Rule notes", N}};
        QCOMPARE(rows.size(), direction.size());
        for (const auto& r : rows)
            QVERIFY2(direction.count(r.label) && r.better == direction.at(r.label), r.label.c_str());

        // Racks: 18 → 10, fewer is better: B is better; the other way round A is.
        const CompareRow& racks = find(rows, "Racks");
        QCOMPARE(racks.better, Better::Lower);
        QCOMPARE(racks.sign, -1);
        QCOMPARE(racks.verdict(), 1);
        QCOMPARE(find(compareRows(sb, sa), "Racks").verdict(), -1);
        // Floor and weight fall with density too: better. Cable total: 644 either way, 832 m shorter: better.
        QCOMPARE(find(rows, "Room area").verdict(), 1);
        QCOMPARE(find(rows, "Weight").verdict(), 1);
        QCOMPARE(find(rows, "Blanking panels").verdict(), 1);
        QCOMPARE(find(rows, "Cables (count, length)").verdict(), 1);
        // GPUs: more is better; 256 either way, so neither.
        const CompareRow& gpus = find(rows, "GPUs");
        QCOMPARE(gpus.better, Better::Higher);
        QCOMPARE(gpus.verdict(), 0);
        // kW per rack doubles (+20.4 kW) but has no better direction: plain, not "worse".
        const CompareRow& density = find(rows, "kW per rack (max)");
        QCOMPARE(density.better, Better::Neutral);
        QCOMPARE(density.sign, 1);
        QCOMPARE(density.verdict(), 0);
        QCOMPARE(find(rows, "cooling-rdhx-active").verdict(), 0);  // 0 → 8 racks: a kind of cooling, not a fault

        // Higher is better with a real difference: a pod with half the nodes has fewer GPUs (worse) and
        // fewer racks (better).
        const PodSummary half = summarize(generate(16, 4).project, catalog);
        const auto smaller = compareRows(sb, half);
        QCOMPARE(find(smaller, "GPUs").sign, -1);
        QCOMPARE(find(smaller, "GPUs").verdict(), -1);
        QCOMPARE(find(smaller, "FP8").verdict(), -1);
        QCOMPARE(find(smaller, "Racks").verdict(), 1);

        // compare --json: each row with "better" ("lower" | "higher" | null) and "verdict".
        const Json json = compareRowsToJson(rows);
        QCOMPARE(json.size(), rows.size());
        auto jsonRow = [&](const std::string& label) {
            for (const auto& j : json)
                if (j["label"] == label) return j;
            return Json();
        };
        QCOMPARE(jsonRow("Racks")["better"].get<std::string>(), std::string("lower"));
        QCOMPARE(jsonRow("Racks")["verdict"].get<std::string>(), std::string("better"));
        QCOMPARE(jsonRow("Racks")["diff"].get<std::string>(), std::string("\u22128"));
        QCOMPARE(jsonRow("GPUs")["better"].get<std::string>(), std::string("higher"));
        QCOMPARE(jsonRow("GPUs")["verdict"].get<std::string>(), std::string("same"));
        QVERIFY(jsonRow("kW per rack (max)")["better"].is_null());
        QVERIFY(jsonRow("kW per rack (max)")["verdict"].is_null());
    }

    // Budgets: the smallest 5 kW step the rack's draw stays within 80 % of (Sizing.h).
    void budgets_data() {
        QTest::addColumn<int>("perRack");
        QTest::addColumn<int>("fullRacks");
        QTest::addColumn<int>("lastRackNodes");
        QTest::newRow("32 at 1 per rack") << 1 << 32 << 1;
        QTest::newRow("32 at 2 per rack") << 2 << 16 << 2;
        QTest::newRow("32 at 3 per rack") << 3 << 10 << 2;  // 10 × 3 + 2
        QTest::newRow("32 at 4 per rack") << 4 << 8 << 4;
    }
    void budgets() {
        QFETCH(int, perRack);
        QFETCH(int, fullRacks);
        QFETCH(int, lastRackNodes);
        // Nodes in a rack → budget: 10.2 kW / 0.8 = 12.75 → 15 kW (68 %); 20.4 / 0.8 = 25.5 → 30 kW (68 %);
        // 30.6 / 0.8 = 38.25 → 40 kW (77 %); 40.8 / 0.8 = 51 → 55 kW (74 %).
        const std::map<int, double> budgetFor = {{1, 15000.0}, {2, 30000.0}, {3, 40000.0}, {4, 55000.0}};
        const GeneratedPod pod = generate(32, perRack);
        std::map<int, int> racksWith;  // nodes in the rack → racks
        for (const auto& rack : pod.project.layout.racks) {
            const int nodes = int(std::count_if(pod.project.layout.devices.begin(), pod.project.layout.devices.end(),
                                                [&](const Device& d) { return d.rack == rack.id && d.catalogId == "nvidia-dgx-h100"; }));
            if (nodes == 0) {  // a network rack: the same rule on its switches' draw
                const std::map<std::string, double> watts = {{"nvidia-qm9700", kQmW}, {"nvidia-sn4600c", kSn4600W}, {"nvidia-sn2201", kSn2201W}};
                double w = 0;
                for (const auto& d : pod.project.layout.devices)
                    if (d.rack == rack.id && watts.count(d.catalogId)) w += watts.at(d.catalogId);
                QCOMPARE(rack.powerBudgetW, 5000.0 * std::ceil(w / 0.8 / 5000.0));
                if (perRack >= 2) QCOMPARE(w, kNetRackW);  // 2 network racks of 11,086 W → 13,857.5 → 15 kW
                continue;
            }
            ++racksWith[nodes];
            QCOMPARE(rack.powerBudgetW, budgetFor.at(nodes));
        }
        QCOMPARE(racksWith[perRack], fullRacks);
        if (lastRackNodes != perRack) QCOMPARE(racksWith[lastRackNodes], 1);
        // An explicit --budget-kw is every rack's budget, even at 91 % (a warning the user asked for).
        const GeneratedPod tight = generate(32, 4, 45.0);
        for (const auto& rack : tight.project.layout.racks) QCOMPARE(rack.powerBudgetW, 45000.0);
        const auto v = RuleEngine::standard().checkAll(tight.project, catalog);
        QCOMPARE(countSeverity(v, Severity::Error), 0);
        QCOMPARE(count(v, "power.rack-budget"), 8);  // 40.8 / 45 = 91 % > 80 % in each GPU rack
    }

    // N in 1…256 (every N to 64, then every 4th, and 256), K in 1…4: 448 pods.
    void sweep() {
        std::vector<int> ns;
        for (int n = 1; n <= 64; ++n) ns.push_back(n);
        for (int n = 68; n < 256; n += 4) ns.push_back(n);
        ns.push_back(256);
        const auto started = std::chrono::steady_clock::now();
        int cases = 0;
        for (int k = 1; k <= 4; ++k)
            for (int n : ns) {
                ++cases;
                const QByteArray tag = "N=" + QByteArray::number(n) + " K=" + QByteArray::number(k);
                const GeneratedPod pod = generate(n, k);
                const Project& p = pod.project;
                // GPU racks: ⌈N / K⌉, each holding K nodes except the last.
                QVERIFY2(pod.gpuRacks == divUp(n, k), tag);
                std::map<std::string, int> nodesIn;
                for (const auto& d : p.layout.devices)
                    if (d.catalogId == "nvidia-dgx-h100") ++nodesIn[d.rack];
                QVERIFY2(int(nodesIn.size()) == divUp(n, k), tag);
                for (const auto& [rack, c] : nodesIn) QVERIFY2(c <= k, tag);

                // Compute fabric (PodGenerator.cpp): one QM9700 when N × 8 ≤ 64, else groups of ≤ 32 nodes,
                // 8 leaves per group, and the fewest spines S with Σ over leaves ⌈downlinks / S⌉ ≤ 64.
                int leaves = 1, spines = 0;
                if (n * 8 > 64) {
                    const int groups = divUp(n, 32), perGroup = divUp(n, groups);
                    leaves = 8 * groups;
                    for (spines = 1;; ++spines) {
                        int worst = 0;
                        for (int g = 0; g < groups; ++g) worst += 8 * divUp(g == groups - 1 ? n - g * perGroup : perGroup, spines);
                        if (worst <= 64) break;
                    }
                }
                QVERIFY2(pod.computeLeaves == leaves && pod.computeSpines == spines,
                         tag + " leaves " + QByteArray::number(pod.computeLeaves) + " spines " + QByteArray::number(pod.computeSpines));
                const int pair = spines > 0 ? 2 : 1;
                // In-band (2 ports per node, 64 per SN4600C): one switch takes both ports of up to 32 nodes
                // when the pod has a single network rack; otherwise rail style, one switch per node port for
                // every group of up to 64 nodes.
                const int inband = pair == 1 && 2 * n <= 64 ? 1 : 2 * divUp(n, 64);
                QVERIFY2(pod.inbandSwitches == inband,
                         tag + " in-band " + QByteArray::number(pod.inbandSwitches) + ", expected " + QByteArray::number(inband));

                // Cabling: every node's 8 compute, 2 in-band and 1 OOB ports.
                const Cabling cabling = deriveCabling(p, catalog);
                std::map<std::string, std::map<std::string, int>> links;  // device → fabric → cables
                for (const auto& c : cabling.cables) ++links[c.a.device][c.fabric];
                int oobLinks = 0;
                for (const auto& d : p.layout.devices) {
                    if (d.catalogId == "nvidia-dgx-h100") {
                        auto& l = links[d.id];
                        QVERIFY2(l["compute"] == 8 && l["inband"] == 2 && l["oob"] == 1, tag + " " + QByteArray::fromStdString(d.id));
                    }
                    oobLinks += links[d.id]["oob"];
                }
                QVERIFY2(cabling.unconnected.empty(), tag);
                // OOB: the fewest SN2201 (≥ the pair) whose 48 access ports take every OOB link.
                QVERIFY2(pod.oobSwitches == std::max(pair, divUp(oobLinks, 48)), tag);

                // Network racks: the fewest R (≥ 2 with a spine tier) for which the first rack, holding
                // ⌈count / R⌉ of each switch kind, stays within the fill cap — a full GPU rack's draw, or the
                // cheapest cooling option's 10 kW when that is more — and within 48U with its PDUs (one 0U
                // AP8886 per feed up to 22 kW, else ⌈W / 34.5 kW⌉ 2U PDUs per feed) and a 1U gap between kinds.
                const double cap = std::max(k * kDgxW, 10000.0);
                int racks = pair;
                for (;; ++racks) {
                    struct Kind { int count; double w, u; };
                    const Kind kinds[] = {{leaves, kQmW, 1}, {spines, kQmW, 1}, {pod.inbandSwitches, kSn4600W, 2}, {pod.oobSwitches, kSn2201W, 1}};
                    double w = 0, u = 0;
                    int groups = 0;
                    for (const auto& kind : kinds) {
                        const int here = divUp(kind.count, racks);
                        w += here * kind.w;
                        u += here * kind.u;
                        groups += here > 0;
                    }
                    u += groups - 1 + (w <= 22000 ? 0 : 2 * 2 * std::ceil(w / 34500));
                    if (w <= cap && u <= 48) break;
                }
                QVERIFY2(pod.networkRacks == racks, tag + " network racks " + QByteArray::number(pod.networkRacks) + ", expected " +
                                                        QByteArray::number(racks));
                QVERIFY2(int(p.layout.racks.size()) == pod.gpuRacks + racks, tag);

                // Rules: no errors, and nothing about cabling or budgets at all.
                const auto v = RuleEngine::standard().checkAll(p, catalog);
                QString errors;
                for (const auto& x : v)
                    if (x.severity != Severity::Info) errors += QString::fromStdString("\n  " + x.ruleId + ": " + x.message);
                QVERIFY2(countSeverity(v, Severity::Error) == 0, tag + errors.toUtf8());
                QVERIFY2(count(v, "network.unconnected-node") == 0 && count(v, "network.cable-reach") == 0, tag);
                QVERIFY2(count(v, "power.rack-budget") == 0, tag + errors.toUtf8());
                QVERIFY2(countSeverity(v, Severity::Warning) == 0, tag + errors.toUtf8());
            }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        qInfo("sweep: %d pods (%zu node counts × 4 densities) in %.1f s", cases, ns.size(), seconds);
        QCOMPARE(cases, 4 * (64 + 47 + 1));  // 1…64, 68, 72, …, 252, 256
    }

    // Rack-scale: 8 × GB300 NVL72, one system per rack (issue 17). Catalog figures: nvidia-gb300-nvl72 48U,
    // 142,000 W max, liquid_fraction 0.9, 1,360 kg (rack included), 72 × nvidia-gb300-gpu, ports compute
    // 72 × 800G, storage 36 × 400G (not cabled), oob 2 × 1G; its rack nvidia-mgx-nvl72-rack 48U, 600 × 1,068 mm,
    // 0 kg, rated 1,360 kg; cooling-nvl72-liquid 142 kW liquid + 25 kW air; vertiv-coolchip-cdu-600 in-row 600 kW.
    void rackScaleNvl72() {
        GeneratorOptions o;
        o.nodeId = "nvidia-gb300-nvl72";
        o.nodes = 8;
        o.perRack = 1;
        GeneratorResult r = generatePod(o, catalog);
        if (auto* e = std::get_if<GeneratorError>(&r)) QFAIL(e->message.c_str());
        const GeneratedPod& pod = std::get<GeneratedPod>(r);
        const Project& p = pod.project;
        QCOMPARE(pod.gpuRacks, 8);
        std::map<std::string, int> systemsIn, pdusIn, blanksIn;
        for (const auto& d : p.layout.devices) {
            const Equipment* e = catalog.equipment(d.catalogId);
            QVERIFY(e);
            if (d.catalogId == "nvidia-gb300-nvl72") {
                ++systemsIn[d.rack];
                QCOMPARE(d.u, 1.0);  // 48U system from U1 fills the 48U rack
            }
            if (e->kind == EquipmentKind::Pdu) ++pdusIn[d.rack];
            if (e->kind == EquipmentKind::Blank) ++blanksIn[d.rack];
        }
        QCOMPARE(int(systemsIn.size()), 8);
        for (const auto& rack : p.layout.racks) {
            if (!systemsIn.count(rack.id)) continue;
            QCOMPARE(systemsIn[rack.id], 1);
            QCOMPARE(pdusIn[rack.id], 0);   // power shelves and busbar are inside the system
            QCOMPARE(blanksIn[rack.id], 0);
            QCOMPARE(rack.model, std::string("nvidia-mgx-nvl72-rack"));
            QVERIFY(rack.feeds.empty());
            // 142 kW: the cheapest cooling with 142 × 0.9 = 127.8 kW liquid and 14.2 kW air; direct-liquid's
            // 100 kW liquid is too little. Budget: 142 / 0.8 = 177.5 → the next 5 kW step, 180 kW.
            QCOMPARE(rack.cooling, std::string("cooling-nvl72-liquid"));
            QCOMPARE(rack.powerBudgetW, 180000.0);
        }
        // Compute fabric: 8 × 72 = 576 links on 64-port QM9700 leaves, 32 down each: 576 / 32 = 18 leaves
        // (72 ports mod 18 = 0: 4 links from each system to each leaf, 8 × 4 = 32); spines: the fewest S with
        // 18 × ⌈32 / S⌉ ≤ 64 → ⌈32 / S⌉ ≤ 3 → S = 11. No in-band ports; OOB 8 × 2 = 16 links → max(2, ⌈16 / 48⌉) = 2.
        QCOMPARE(pod.computeLeaves, 18);
        QCOMPARE(pod.computeSpines, 11);
        QCOMPARE(pod.inbandSwitches, 0);
        QCOMPARE(pod.oobSwitches, 2);
        QCOMPARE(pod.networkRacks, 2);
        // CDUs, N+1: liquid 8 × 142 × 0.9 = 1,022.4 kW; ⌈1,022.4 / 600⌉ = 2, + 1 = 3 units, each serving all
        // 8 GPU racks: without one, 1,200 kW ≥ 1,022.4 kW.
        QCOMPARE(pod.coolingUnits, 3);
        QCOMPARE(int(p.layout.coolingUnits.size()), 3);
        for (const auto& u : p.layout.coolingUnits) {
            QCOMPARE(u.catalogId, std::string("vertiv-coolchip-cdu-600"));
            QCOMPARE(int(u.serveRacks.size()), 8);
            QVERIFY(u.position);
        }
        const CoolingReport cooling = computeCooling(p, catalog);
        QCOMPARE(int(cooling.groups.size()), 1);
        QVERIFY(std::fabs(cooling.groups[0].loadW - 8 * 142000 * 0.9) < 1e-6);  // 1,022,400 W
        QCOMPARE(cooling.groups[0].capacityWithoutLargestW(), 1200000.0);
        // Room: IT = 8 × 142,000 + the network racks (29 QM9700 × 1,720 + 2 SN2201 × 300 = 50,480) = 1,186,480 W;
        // / 0.8 = 1,483,100 → the next 50 kW step, 1,500 kW. Floor: 1,360 kg / (0.6 × 1.068 = 0.6408 m²) =
        // 2,122 kg/m² → 2,200 kg/m².
        const PodSummary sum = summarize(p, catalog);
        QCOMPARE(sum.itMaxW, 8 * 142000.0 + 29 * kQmW + 2 * kSn2201W);
        QCOMPARE(p.room.powerCapacityW, 1500000.0);
        QCOMPARE(p.room.floorLoadKgM2, 2200.0);
        QCOMPARE(sum.gpus, 576);  // 8 × 72
        QCOMPARE(sum.errors, 0);
        QCOMPARE(sum.warnings, 0);
        QCOMPARE(count(RuleEngine::standard().checkAll(p, catalog), "cooling.n-minus-1"), 0);
        // Same arguments, same bytes.
        GeneratorResult again = generatePod(o, catalog);
        QVERIFY(ProjectFile::serialize(std::get<GeneratedPod>(again).project) == ProjectFile::serialize(p));
    }

    // Same arguments, same bytes.
    void deterministic() {
        for (auto [n, k] : {std::pair{32, 2}, {32, 4}, {97, 3}}) {
            const std::string first = ProjectFile::serialize(generate(n, k).project);
            const std::string second = ProjectFile::serialize(generate(n, k).project);
            QVERIFY(first == second);
            // And a file read back is written out unchanged.
            auto reread = ProjectFile::parse(first, "generated", catalog);
            QVERIFY(std::holds_alternative<Project>(reread));
            QVERIFY(ProjectFile::serialize(std::get<Project>(reread)) == first);
        }
    }

    void refusals() {
        auto message = [&](GeneratorOptions o) {
            GeneratorResult r = generatePod(o, catalog);
            auto* e = std::get_if<GeneratorError>(&r);
            return e ? QString::fromStdString(e->message) : QString();
        };
        GeneratorOptions o;
        o.nodeId = "nvidia-dgx-h100";
        o.nodes = 32;
        o.perRack = 0;
        QVERIFY(message(o).contains("--per-rack must be at least 1"));
        o.perRack = 6;  // 6 × 8U = 48U + 4 × 2U PDUs > 48U
        QVERIFY2(message(o).contains("does not fit"), qPrintable(message(o)));
        o.perRack = 4;
        o.nodeId = "nvidia-qm9700";
        QVERIFY2(message(o).contains("not a gpu_node"), qPrintable(message(o)));
        o.nodeId = "no-such-node";
        QVERIFY2(message(o).startsWith("--node no-such-node: not in the catalog"), qPrintable(message(o)));
        o.nodeId = "nvidia-dgx-h100";
        o.budgetKw = 40.0;  // 4 × 10.2 = 40.8 kW
        QVERIFY2(message(o).contains("--budget-kw"), qPrintable(message(o)));
        o.budgetKw.reset();
        o.nodeId = "nvidia-gb300-nvl72";  // rack-scale: the system is its rack, one per rack
        o.nodes = 8;
        o.perRack = 2;
        QVERIFY2(message(o).startsWith("--per-rack 2: nvidia-gb300-nvl72 is a rack-scale system"), qPrintable(message(o)));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
