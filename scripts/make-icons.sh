#!/usr/bin/env bash
# Renders the app icon (resources/icons/twitchdiary.svg) to the PNG sizes the hicolor icon
# theme wants, into packaging/icons/hicolor/NxN/apps/. The PNGs are committed; run this
# again after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
id=io.github.twitchdiary.TwitchDiary
svg=$root/resources/icons/twitchdiary.svg
command -v rsvg-convert >/dev/null || { echo "make-icons.sh: install librsvg2-bin (rsvg-convert)" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    dir=$root/packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
        --output "$dir/$id.png" "$svg"
done
