#!/usr/bin/env bash
# A simulated week with the real window under Xvfb: clicks, typing, undo/redo, check-ins,
# History edits, Insights, Settings and the sample diary. Writes screenshots and a log.
# Usage: scripts/walkthrough.sh [OUT_DIR]   (default docs/walkthrough)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/walkthrough}
cmake --build build -j2 --target td-walkthrough >/dev/null
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
    build/tests/td-walkthrough "$out" | tee "$out/walkthrough.log"
rm -f "$out"/walkthrough-diary.sqlite*
