#!/usr/bin/env bash
# Builds if needed, generates a sample year-long diary (planted triggers, a spreading and
# persistent stretch) and writes one PNG per page of the window.
# BUILD_DIR: build folder (default build/); SCREENSHOT_DIR: output (default docs/screenshots).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${SCREENSHOT_DIR:-$root/docs/screenshots}
"$root/scripts/deps.sh" test
BUILD_DIR=$build "$root/scripts/build.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/td-make-sample" "$work/sample.json" 365 "${SAMPLE_END:-$(date +%F)}"
"$build/app/twitchdiary-cli" import "$work/sample.json" --db "$work/sample.sqlite" >/dev/null
export XDG_RUNTIME_DIR=$work
QT_QPA_PLATFORM=offscreen "$build/tests/td-screenshots" "$work/sample.sqlite" "$out" 1280x800 \
    2> >(grep -v -e propagateSizeHints -e 'does not support' >&2)
