# shellcheck shell=bash disable=SC2034,SC2154  # sets clang_format; uses the caller's root
# Sourced by scripts/format.sh and scripts/check-format.sh: finds clang-format 14 and lists
# the project's C++ sources. Not meant to be run on its own.

# The formatter, pinned to major version 14 (Debian 12's): another version formats some
# constructs differently, so a check with it would flag files that are in fact formatted.
# CLANG_FORMAT=/path/to/clang-format overrides the search.
find_clang_format() {
    local candidate version candidates=(clang-format-14 clang-format)
    [ -z "${CLANG_FORMAT:-}" ] || candidates=("$CLANG_FORMAT")
    for candidate in "${candidates[@]}"; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        version=$("$candidate" --version 2>/dev/null | sed -n 's/.*clang-format version \([0-9][0-9]*\)\..*/\1/p')
        if [ "$version" = 14 ]; then
            clang_format=$(command -v "$candidate")
            return 0
        fi
    done
    {
        echo "$(basename "$0"): clang-format 14 is needed and was not found."
        if [ -n "${CLANG_FORMAT:-}" ]; then
            echo "  CLANG_FORMAT=$CLANG_FORMAT is not clang-format 14."
        elif command -v clang-format >/dev/null 2>&1; then
            echo "  $(command -v clang-format) is: $(clang-format --version 2>/dev/null)"
        fi
        echo "  Install it with scripts/deps.sh test (Debian 12), or: apt-get install clang-format-14"
    } >&2
    exit 2
}

# Prints, NUL-separated, the C++ sources: tracked files and new files not yet added, never
# ignored ones (build folders, generated moc/ui files). Without git (a source tarball):
# every *.h and *.cpp outside build*/ folders.
list_sources() {
    if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git -C "$root" ls-files -z --cached --others --exclude-standard -- '*.h' '*.cpp' |
            while IFS= read -r -d '' f; do if [ -f "$root/$f" ]; then printf '%s\0' "$f"; fi; done
    else
        (cd "$root" && find . \( -path './build*' -o -path './.git' \) -prune -o \
            -type f \( -name '*.h' -o -name '*.cpp' \) -printf '%P\0')
    fi
}
