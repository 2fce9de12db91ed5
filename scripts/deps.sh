#!/usr/bin/env bash
# Installs the Debian 12 packages Twitch Diary needs to build, run and test.
# Idempotent and quiet: does nothing when everything is already installed.
# Works as root or through sudo. Usage: scripts/deps.sh [run|test]
set -euo pipefail

purpose=${1:-test}
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    libqt6svg6 libsqlite3-dev libboost-dev
    dpkg-dev file  # cpack -G DEB: dpkg-shlibdeps, and file to find the ELF binaries
)
if [ "$purpose" = test ]; then
    packages+=(libgtest-dev libgmock-dev libbenchmark-dev poppler-utils xvfb xauth)
    # scripts/check-format.sh (run by scripts/test.sh): the formatter pinned to version 14.
    packages+=(clang-format-14)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "deps.sh: these packages are missing and I am not root (and there is no sudo):" >&2
    echo "  ${missing[*]}" >&2
    echo "Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
    "${sudo[@]}" apt-get update -qq >/dev/null
fi
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
