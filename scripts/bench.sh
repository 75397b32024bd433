#!/usr/bin/env bash
# Builds and runs the benchmarks (issue 9 targets): Release build in build-bench/, then every test
# labelled bench, each printing a "target | limit | measured | ok" table.
# Usage: scripts/bench.sh [extra cmake -D options…]   (BENCH_DIR overrides the folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BENCH_DIR:-$root/build-bench}
bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j"$(nproc)" --target benchmarks
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
cd "$build"
ctest -L bench --verbose
