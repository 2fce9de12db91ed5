#!/usr/bin/env bash
# Installs what is missing, builds, and opens Twitch Diary on your diary.
# Arguments go to the app, e.g. scripts/run.sh --db /path/to/diary.sqlite
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" run
"$root/scripts/build.sh"
exec "${BUILD_DIR:-$root/build}/app/twitchdiary" "$@"
