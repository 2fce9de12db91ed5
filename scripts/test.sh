#!/usr/bin/env bash
# Installs what is missing, checks the formatting (scripts/check-format.sh), builds with
# warnings as errors, and runs every test; then
# builds the core and CLI tests with AddressSanitizer + UBSan (preset asan, build-asan)
# and runs them again (ctest label "core"). TD_SANITIZE=0 skips the sanitizer stage.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/deps.sh" test
# Formatting first, before the long build: an unformatted file fails in seconds.
# TD_CHECK_FORMAT=0 skips it (work in progress); CI never sets it.
if [ "${TD_CHECK_FORMAT:-1}" != 0 ]; then
    "$root/scripts/check-format.sh"
fi
# TD_BUILD_TESTS=ON explicitly: a folder first configured by scripts/run.sh has it off.
BUILD_DIR=$build "$root/scripts/build.sh" -DTD_WARNINGS_AS_ERRORS=ON -DTD_BUILD_TESTS=ON
cd "$build"
# GUI tests run on Qt's offscreen platform: no display needed.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"${JOBS:-2}" --timeout 300

if [ "${TD_SANITIZE:-1}" != 0 ]; then
    cd "$root"
    asan=${ASAN_BUILD_DIR:-$root/build-asan}
    cmake --preset asan -B "$asan" >/dev/null
    set +e
    cmake --build "$asan" -j"${JOBS:-2}" --target test_core test_cli test_reliability td_test_experiments \
        | grep -vE '^\[[0-9]+/[0-9]+\] |^ninja: no work to do'
    status=${PIPESTATUS[0]}
    set -e
    [ "$status" -eq 0 ] || exit "$status"
    cd "$asan"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen ctest -L core --output-on-failure -j"${JOBS:-2}" --timeout 600
fi
