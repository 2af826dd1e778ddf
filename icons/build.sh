#!/usr/bin/env bash
# Makes every icon Floorview ships from the one master, icons/floorview.svg:
#   png/floorview-<N>.png for N in 16 24 32 48 64 128 256 512  (Linux desktop entry, window icons, jpackage)
#   floorview.ico  (Windows: 16–256 in one file)      floorview.icns (macOS)
# Needs rsvg-convert (librsvg2-bin), ImageMagick and png2icns (icnsutils); installs them with apt-get when
# missing. Run it after changing the SVG and commit what it makes:   bash icons/build.sh
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v convert >/dev/null || need+=(imagemagick)
command -v png2icns >/dev/null || need+=(icnsutils)
if ((${#need[@]})); then
  sudo_() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  sudo_ apt-get update -qq && sudo_ apt-get install -y -qq "${need[@]}" >/dev/null
fi
mkdir -p png
for n in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$n" -h "$n" floorview.svg -o "png/floorview-$n.png"
done
convert png/floorview-16.png png/floorview-24.png png/floorview-32.png png/floorview-48.png \
  png/floorview-64.png png/floorview-128.png png/floorview-256.png floorview.ico
png2icns floorview.icns png/floorview-16.png png/floorview-32.png png/floorview-128.png \
  png/floorview-256.png png/floorview-512.png >/dev/null
echo "icons: made png/*.png, floorview.ico and floorview.icns from floorview.svg"
