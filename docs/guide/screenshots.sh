#!/usr/bin/env bash
# Takes the user guide's pictures from the real console, on the built-in simulator with a fixed seed, each in a
# fresh data folder, so running it again gives the same screens (the simulated clock follows the real one, so
# the figures differ with the time of day). Needs xvfb-run (apt-get install xvfb xauth) and a built jar:
#   mvn -q -DskipTests package && bash docs/guide/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/guide/images
mkdir -p "$out"
jar=target/floorview.jar
[ -f "$jar" ] || { echo "screenshots.sh: build first: mvn -q -DskipTests package" >&2; exit 1; }

shot() { # NAME SCREEN WAIT [console options…]
  local name=$1 screen=$2 wait=$3
  shift 3
  local data
  data=$(mktemp -d)
  xvfb-run -a -s "-screen 0 1600x1000x24" java -jar "$jar" screenshot --data-dir "$data" --seed 7 \
    --open "$screen" --wait "$wait" --out "$out/$name.png" "$@" >/dev/null 2>"$data.log" \
    || { echo "screenshots.sh: $name failed:" >&2; tail -5 "$data.log" >&2; rm -rf "$data" "$data.log"; exit 1; }
  rm -rf "$data" "$data.log"
  echo "$out/$name.png"
}

shot live-floor live 8
shot live-floor-zh live 8 --language zh-CN
shot live-floor-ru live 8 --language ru
for screen in ${FLOORVIEW_GUIDE_SCREENS:-reports schedules staffing qa}; do
  shot "$screen" "$screen" 10
done
