#!/usr/bin/env bash
# Sets everything up, builds and runs the whole test suite (benchmarks excluded: ctest -L bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
cd "$build"
ctest --output-on-failure -LE bench -j"$(nproc)"
