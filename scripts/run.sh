#!/usr/bin/env bash
# Sets everything up and starts the planner on the bundled sample pod (or the FILE given).
# Without a display it prints the totals and check result and writes the drawing set as PDF
# (build/<name>.pdf) instead of failing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
file=${1:-$root/resources/samples/sample-pod.podplan}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  exec "$build/podplanner" "$file"
fi
echo "No display: printing the totals and the check result of $file, and exporting its PDF"
echo
"$build/podplanner" totals "$file"
echo
set +e
"$build/podplanner" check "$file"
rc=$?
set -e
[ $rc -le 1 ] || exit $rc
echo
pdf="$build/$(basename "${file%.*}").pdf"
"$build/podplanner" export "$file" --pdf "$pdf"
