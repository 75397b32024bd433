#!/usr/bin/env bash
# The one list of Debian 12 packages Pod Planner needs to build, run and test.
# Installs (apt-get) only what is missing; every other script and the README call this one.
#   scripts/deps.sh            build + run + test packages
#   scripts/deps.sh --fuzz     also clang + libFuzzer (scripts/fuzz.sh)
#   scripts/deps.sh --list     print the package names (one per line) and install nothing;
#                              tests/gui/tst_qml_packages checks every QML module the GUI loads against it
#   (--gui is accepted for old instructions: the X tools are in the default list now)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # model/: Boost.Geometry (headers), nlohmann JSON
  libboost1.74-dev nlohmann-json3-dev
  # large project files: simdjson parses the 119 MB campus file in 0.2 s where nlohmann's tree takes 2.3 s to
  # build and free (JsonSplit.cpp); nlohmann stays for everything else and for exact error messages
  libsimdjson-dev
  # NetBox device-type import reads YAML: yaml-cpp beats writing a YAML parser
  libyaml-cpp-dev
  # app/ and qml/: Qt 6.4
  qt6-base-dev qt6-declarative-dev qt6-svg-dev qt6-qpa-plugins libgl-dev
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qtquick-shapes
  qml6-module-qt-labs-settings qml6-module-qtcore qml6-module-qttest
  # Qt's own non-native FileDialog/FolderDialog (QtQuick.Dialogs.quickimpl) imports Qt.labs.folderlistmodel:
  # without it every file dialog crashes the planner (issue: File → Open… segfaults)
  qml6-module-qt-labs-folderlistmodel
  # fonts so offscreen rendering and PDFs have real glyphs
  fonts-dejavu-core
  # export tests read PDFs back (pdfinfo, pdftotext, pdftoppm)
  poppler-utils
  # the x11 tests drive the real window with a real X pointer on a virtual display and grab frames
  xvfb xauth xdotool imagemagick
)
list=false
for arg in "$@"; do
  case "$arg" in
    --gui) ;;
    --list) list=true ;;
    # scripts/fuzz.sh: clang with libFuzzer and its ASan/UBSan runtimes (the sanitizer build uses gcc)
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    *) echo "deps: unknown option $arg (use --fuzz, --list)" >&2; exit 2 ;;
  esac
done
if $list; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "deps: installing ${#missing[@]} Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
