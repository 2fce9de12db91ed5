#!/usr/bin/env bash
# Builds if needed, generates a sample year-long diary (planted triggers, a spreading and
# persistent stretch) and writes one PNG per page of the window.
# BUILD_DIR: build folder (default build/); SCREENSHOT_DIR: output (default docs/screenshots);
# CHECKS_DIR: the small-screen, 150 %, dark and German pictures (default build/screenshot-checks).
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
tool=$build/tests/td-screenshots
quiet() { grep -v -e propagateSizeHints -e 'does not support' -e 'XDG_RUNTIME_DIR' >&2; }
# The README's pictures: every page at 1280 × 800.
QT_QPA_PLATFORM=offscreen "$tool" "$work/sample.sqlite" "$out" 1280x800 2> >(quiet)
# A laptop (1280 × 720), 150 % on a 1920 × 1080 screen, a dark palette and German at
# 1024 × 640: Today, Insights and the Settings dialog, each window sized as on a first run
# on a screen of that size (an X server when xvfb-run is installed, else offscreen).
checks=${CHECKS_DIR:-$build/screenshot-checks}
mkdir -p "$checks"
onscreen() {
    local screen=$1
    shift
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 ${screen}x24" env QT_QPA_PLATFORM=xcb "$@" 2> >(quiet)
    else
        env QT_QPA_PLATFORM=offscreen "$@" 2> >(quiet)
    fi
}
onscreen 1280x720 "$tool" "$work/sample.sqlite" "$checks" --prefix 720- --pages today,insights,experiments --dialog
onscreen 1920x1080 env QT_SCALE_FACTOR=1.5 "$tool" "$work/sample.sqlite" "$checks" \
    --prefix 150pct- --pages today,insights,report,experiments --dialog
onscreen 1280x720 "$tool" "$work/sample.sqlite" "$checks" --dark --prefix dark- --pages today,insights,history,experiments --dialog
onscreen 1024x640 env LANG=de_DE.UTF-8 LANGUAGE=de "$tool" "$work/sample.sqlite" "$checks" \
    --prefix de-1024- --pages today,insights,report,experiments --dialog
echo "Pictures to look at before a release: $checks"
