#!/usr/bin/env bash
# Films a camera path twice and checks the PNG sequences: the expected number of frames,
# numbered from 00000 without gaps, and the two runs identical byte for byte.
# Usage: check_film.sh OUT_DIR EXPECTED_FRAMES PATH_NAME lunarviz render ARGS...
set -euo pipefail
out=$1; expected=$2; name=$3; shift 3
rm -rf "$out"
mkdir -p "$out"
"$@" --out "$out/a" >/dev/null
"$@" --out "$out/b" >/dev/null
count=$(find "$out/a" -name "${name}_*.png" | wc -l)
if [ "$count" -ne "$expected" ]; then
  echo "expected $expected frames, found $count"; exit 1
fi
for ((i = 0; i < expected; i++)); do
  frame=$(printf '%s_%05d.png' "$name" "$i")
  [ -f "$out/a/$frame" ] || { echo "missing $frame: the sequence has a gap"; exit 1; }
  cmp -s "$out/a/$frame" "$out/b/$frame" || { echo "$frame differs between two renders"; exit 1; }
done
echo "$count frames, numbered without gaps, identical in two renders"
