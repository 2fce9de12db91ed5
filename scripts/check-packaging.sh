#!/usr/bin/env bash
# Checks the packaging files: the desktop entry, the AppStream metainfo (offline) and the
# man pages; with a .deb as argument also lists it and runs lintian on it.
# Needs desktop-file-utils, appstream, mandoc (and lintian for a .deb).
# Usage: scripts/check-packaging.sh [build/twitchdiary_*.deb]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
id=io.github.twitchdiary.TwitchDiary
status=0
desktop-file-validate "$root/packaging/$id.desktop" || status=1
# --pedantic only adds "cid-contains-uppercase-letter": reverse-DNS ids keep their case.
appstreamcli validate --no-net "$root/packaging/$id.metainfo.xml" || status=1
for page in "$root"/packaging/man/*.1; do
    mandoc -Tlint -Wwarning "$page" || status=1
done
if [ $# -gt 0 ]; then
    dpkg-deb --info "$1"
    dpkg-deb --contents "$1"
    lintian --info "$1" || status=1
fi
exit "$status"
