#!/usr/bin/env bash
# Starts Twitch Diary under Xvfb with the AT-SPI bus and reads its accessibility tree as
# a screen reader would (scripts/a11y_check.py): every reachable control has a name, the
# face map, the strength buttons and the charts say what they show.
# Needs: xvfb, at-spi2-core, python3-pyatspi, dbus. BUILD_DIR: build folder (default build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
# Skipped (77, as ctest's SKIP_RETURN_CODE) where the tools or the program are missing.
for need in xvfb-run dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$need" >/dev/null || { echo "skipped: $need is not installed"; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "skipped: python3-pyatspi is not installed"; exit 77; }
[ -x "$build/app/twitchdiary" ] || { echo "skipped: $build/app/twitchdiary is not built"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1280x720x24" dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    bus=$!
    sleep 1
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
        "$0" --db "$HOME/diary.sqlite" 2>/dev/null &
    app=$!
    status=0
    /usr/bin/python3 "$1" || status=$?
    kill "$app" "$bus" 2>/dev/null || true
    exit $status
' "$build/app/twitchdiary" "$root/scripts/a11y_check.py"
