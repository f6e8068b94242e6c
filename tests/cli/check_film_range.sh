#!/usr/bin/env bash
# Films a camera path whole and then only a stretch of it (--from/--to): the stretch's PNGs
# keep the numbers of the frames they are in the whole film and are the same images.
# Usage: check_film_range.sh OUT_DIR PATH_NAME FIRST LAST FROM_S TO_S lunarviz render ARGS...
set -euo pipefail
out=$1; name=$2; first=$3; last=$4; from=$5; to=$6; shift 6
rm -rf "$out"
mkdir -p "$out"
"$@" --out "$out/whole" >/dev/null
"$@" --from "$from" --to "$to" --out "$out/part" >/dev/null
count=$(find "$out/part" -name "${name}_*.png" | wc -l)
expected=$((last - first + 1))
[ "$count" -eq "$expected" ] || { echo "expected $expected frames, found $count"; exit 1; }
for ((i = first; i <= last; i++)); do
  frame=$(printf '%s_%05d.png' "$name" "$i")
  [ -f "$out/part/$frame" ] || { echo "missing $frame"; exit 1; }
  cmp -s "$out/whole/$frame" "$out/part/$frame" || { echo "$frame differs from the whole film's"; exit 1; }
done
echo "frames $first to $last, numbered as in the whole film and the same images"
