#!/usr/bin/env bash
# Formats the project's C++ sources in place with clang-format 14 and the repository's
# .clang-format. Usage: scripts/format.sh [FILE...]   (no file: every *.h and *.cpp)
# scripts/check-format.sh tells which files would change, without changing them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/format-common.sh
. "$root/scripts/format-common.sh"
find_clang_format
cd "$root"
if [ $# -gt 0 ]; then
    printf '%s\0' "$@"
else
    list_sources
fi | xargs -0 -r -n 50 -P "${JOBS:-2}" "$clang_format" -i --style=file
