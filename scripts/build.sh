#!/usr/bin/env bash
# Configures and builds incrementally. BUILD_DIR overrides the build folder; extra
# arguments are CMake cache settings (e.g. -DTD_WARNINGS_AS_ERRORS=ON).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
if [ ! -f "$build/CMakeCache.txt" ] || [ $# -gt 0 ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
# Ninja's progress lines are noise; errors and warnings still show.
set +e
cmake --build "$build" -j"${JOBS:-2}" | grep -vE '^\[[0-9]+/[0-9]+\] |^ninja: no work to do'
status=${PIPESTATUS[0]}
set -e
exit "$status"
