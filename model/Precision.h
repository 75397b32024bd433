#pragma once
// Numeric precisions an accelerator reports dense throughput for, in a fixed order.
#include <array>
#include <optional>
#include <string_view>

namespace pod {

enum class Precision { Fp64, Fp64Tensor, Fp32, Tf32, Fp16, Fp8, Int8, Fp4 };
inline constexpr std::size_t kPrecisionCount = 8;
inline constexpr std::array<Precision, kPrecisionCount> kPrecisions = {
    Precision::Fp64, Precision::Fp64Tensor, Precision::Fp32, Precision::Tf32,
    Precision::Fp16, Precision::Fp8,        Precision::Int8, Precision::Fp4};

// JSON key ("fp64", "fp64_tensor", …).
std::string_view precisionKey(Precision p);
// Label for people ("FP16/BF16", "INT8 (TOPS)", …).
std::string_view precisionLabel(Precision p);
std::optional<Precision> precisionFromKey(std::string_view key);

// Dense TFLOPS per precision; a precision the hardware lacks is absent, not zero.
struct Throughput {
    std::array<std::optional<double>, kPrecisionCount> tflops{};
    std::optional<double> get(Precision p) const { return tflops[std::size_t(p)]; }
    void set(Precision p, double v) { tflops[std::size_t(p)] = v; }
    // Adds `count` × other; a precision present in either side stays present.
    void add(const Throughput& other, double count);
};

// Heat: 1 W = 3.412 BTU/h (DESIGN.md, Units).
inline constexpr double kBtuPerHourPerWatt = 3.412;

}  // namespace pod
