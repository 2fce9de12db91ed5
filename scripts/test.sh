#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/deps.sh" test
BUILD_DIR=$build "$root/scripts/build.sh" -DTD_WARNINGS_AS_ERRORS=ON
cd "$build"
# GUI tests run on Qt's offscreen platform: no display needed.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"${JOBS:-2}" --timeout 300
