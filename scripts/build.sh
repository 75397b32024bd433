#!/usr/bin/env bash
# Installs missing Debian packages (scripts/deps.sh), configures and builds into build/.
# Usage: scripts/build.sh [extra cmake -D options…]   (BUILD_DIR overrides the folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/deps.sh"
cmake -S "$root" -B "$build" -G Ninja "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
