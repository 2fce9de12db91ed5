#!/usr/bin/env bash
# Checks that the project's C++ sources are formatted as scripts/format.sh would format
# them (clang-format 14, the repository's .clang-format). Changes nothing.
#   scripts/check-format.sh                 every *.h and *.cpp (what scripts/test.sh runs)
#   scripts/check-format.sh --changed BASE  only the files changed since the branch left
#                                           BASE (a commit or branch, e.g. main), committed
#                                           or not, plus new files not yet added
#   --diff                                  also prints what clang-format would change
# Exits 0 when all are formatted, 1 listing the files that are not, 2 on a usage error or
# when clang-format 14 is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/format-common.sh
. "$root/scripts/format-common.sh"

base=
show_diff=0
while [ $# -gt 0 ]; do
    case $1 in
        --changed)
            [ $# -ge 2 ] || { echo "check-format.sh: --changed needs a BASE commit" >&2; exit 2; }
            base=$2; shift 2 ;;
        --diff) show_diff=1; shift ;;
        -h|--help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
        *) echo "check-format.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
find_clang_format
cd "$root"

files=()
if [ -n "$base" ]; then
    git rev-parse --verify --quiet "$base^{commit}" >/dev/null ||
        { echo "check-format.sh: '$base' is not a commit in this repository" >&2; exit 2; }
    # Changed since this branch left BASE (its merge base, so that what BASE gained since
    # does not count), committed or not, deleted files left out; and new files that git
    # does not ignore.
    fork=$(git merge-base "$base" HEAD 2>/dev/null) || fork=$base
    while IFS= read -r -d '' f; do
        if [ -f "$f" ]; then files+=("$f"); fi
    done < <({ git diff -z --name-only --diff-filter=d "$fork" -- '*.h' '*.cpp'
               git ls-files -z --others --exclude-standard -- '*.h' '*.cpp'; } | sort -zu)
    scope="changed since $base"
else
    while IFS= read -r -d '' f; do files+=("$f"); done < <(list_sources)
    scope="in the project"
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format.sh: no C++ files $scope."
    exit 0
fi

# A broken .clang-format fails the same way on an empty input: say so, not "unformatted".
if ! cfg_error=$("$clang_format" --style=file --dump-config --assume-filename="$root/check.cpp" 2>&1 >/dev/null); then
    printf '%s\n' "$cfg_error" >&2
    echo "check-format.sh: clang-format cannot use $root/.clang-format (see above)." >&2
    exit 2
fi

# --dry-run -Werror reports every place that would change as
# "FILE:LINE:COL: error: code should be clang-formatted [-Wclang-format-violations]", then
# the source line. Each batch keeps only those report lines, one write() each, so that the
# parallel batches do not interleave; clang-format exits 1 for a violation, else it failed.
set +e
# shellcheck disable=SC2016  # the single-quoted script is expanded by the inner bash
places=$(printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P "${JOBS:-2}" bash -c '
    out=$("$0" --dry-run -Werror --style=file "$@" 2>&1 >/dev/null)
    rc=$?
    pattern="^.+:[0-9]+:[0-9]+: error: code should be clang-formatted"
    if [ "$rc" -gt 1 ] || { [ "$rc" -eq 1 ] && ! printf "%s\n" "$out" | grep -qE "$pattern"; }; then
        printf "%s\n" "$out" | head -20 >&2
        echo "check-format.sh: clang-format failed (exit $rc) on one of: $*" >&2
        exit 2
    fi
    printf "%s\n" "$out" | grep --line-buffered -E "$pattern"
    exit 0' "$clang_format")
status=$?
set -e
[ "$status" -eq 0 ] || exit 2
bad=$(printf '%s\n' "$places" | sed -n 's/^\(.*\):[0-9][0-9]*:[0-9][0-9]*: error: code should be clang-formatted.*/\1/p' |
    sort | uniq -c | sort -k2)
if [ -z "$bad" ]; then
    echo "check-format.sh: ${#files[@]} C++ files $scope are formatted."
    exit 0
fi

count=$(printf '%s\n' "$bad" | wc -l)
{
    echo "check-format.sh: $count of ${#files[@]} C++ files $scope are not formatted (places to change, file):"
    printf '%s\n' "$bad"
    if [ "$show_diff" = 1 ]; then
        printf '%s\n' "$bad" | awk '{ $1 = ""; sub(/^ /, ""); print }' | while IFS= read -r f; do
            "$clang_format" --style=file "$f" | diff -u --label "a/$f" --label "b/$f" "$f" - || true
        done
    fi
    echo "Format them with: scripts/format.sh FILE... (or scripts/format.sh for every file), then commit."
    echo "To see the changes: scripts/check-format.sh --diff${base:+ --changed $base}"
} >&2
exit 1
