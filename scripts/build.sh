#!/usr/bin/env bash
# Configures and builds incrementally. BUILD_DIR overrides the build folder; TARGETS
# (space-separated) builds only those; extra arguments are CMake cache settings
# (e.g. -DTD_WARNINGS_AS_ERRORS=ON), and re-configure an existing folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
if [ ! -f "$build/CMakeCache.txt" ] || [ $# -gt 0 ]; then
    mkdir -p "$build"
    if ! cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$build/configure.log" 2>&1; then
        cat "$build/configure.log" >&2
        exit 1
    fi
fi
# Ninja's progress lines and CMake's re-configure chatter are noise; errors still show.
set +e
targets=()
for t in ${TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" -j"${JOBS:-2}" "${targets[@]}" 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] |^ninja: no work to do|^-- '
status=${PIPESTATUS[0]}
set -e
exit "$status"
