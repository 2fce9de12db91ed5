#!/usr/bin/env bash
# Installs what is missing (the run set: no test libraries), builds the two programs, and
# opens Twitch Diary on your diary. Arguments go to the app, e.g.
#   scripts/run.sh --db /path/to/diary.sqlite
# A build folder made by scripts/test.sh is reused as it is; a new one is configured
# without the test suites, which need packages the run set does not install.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/deps.sh" run
configure=()
[ -f "$build/CMakeCache.txt" ] || configure=(-DTD_BUILD_TESTS=OFF)
BUILD_DIR=$build TARGETS="twitchdiary twitchdiary-cli" "$root/scripts/build.sh" "${configure[@]}"
exec "$build/app/twitchdiary" "$@"
