#include "Precision.h"

namespace pod {

std::string_view precisionKey(Precision p) {
    switch (p) {
    case Precision::Fp64: return "fp64";
    case Precision::Fp64Tensor: return "fp64_tensor";
    case Precision::Fp32: return "fp32";
    case Precision::Tf32: return "tf32";
    case Precision::Fp16: return "fp16";
    case Precision::Fp8: return "fp8";
    case Precision::Int8: return "int8";
    case Precision::Fp4: return "fp4";
    }
    return "";
}

std::string_view precisionLabel(Precision p) {
    switch (p) {
    case Precision::Fp64: return "FP64";
    case Precision::Fp64Tensor: return "FP64 Tensor";
    case Precision::Fp32: return "FP32";
    case Precision::Tf32: return "TF32";
    case Precision::Fp16: return "FP16/BF16";
    case Precision::Fp8: return "FP8";
    case Precision::Int8: return "INT8";
    case Precision::Fp4: return "FP4";
    }
    return "";
}

std::optional<Precision> precisionFromKey(std::string_view key) {
    for (Precision p : kPrecisions)
        if (precisionKey(p) == key) return p;
    return std::nullopt;
}

void Throughput::add(const Throughput& other, double count) {
    for (std::size_t i = 0; i < kPrecisionCount; ++i) {
        if (!other.tflops[i]) continue;
        tflops[i] = tflops[i].value_or(0.0) + *other.tflops[i] * count;
    }
}

}  // namespace pod
