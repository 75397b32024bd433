#pragma once
// How Pod Planner asks the C library to manage memory, set once at start by the planner (and by the benchmarks,
// which measure what the planner does).
//
// A structure edit on a 131,072-GPU hall re-derives its 460,800 cables: a new list of ~115 MB, the old one freed.
// glibc serves blocks that big with mmap and gives them back to the kernel on free, and trims freed heap past
// 128 KB, so every edit page-faulted its memory in again: 30 % of the edit's time, 890 → 354 ms median measured
// with the same settings as tunables (bench_campus). With both thresholds at 1 GiB, freed memory stays in the
// heap for the next derive. The cost is memory kept after a large project is closed (at most 1 GiB beyond use).
namespace pod {

void keepFreedMemoryForReuse();

}  // namespace pod
