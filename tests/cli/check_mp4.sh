#!/usr/bin/env bash
# Films a camera path to MP4 and reads it back with ffprobe: H.264, yuv420p, the size asked
# for, the expected number of frames and the duration they make at the frame rate.
# Usage: check_mp4.sh OUT.mp4 WIDTH HEIGHT FRAMES FPS lunarviz render ARGS...
set -euo pipefail
out=$1; width=$2; height=$3; frames=$4; fps=$5; shift 5
rm -f "$out"
"$@" --out "$out" --size "${width}x${height}" --fps "$fps" >/dev/null
probe=$(ffprobe -v error -count_frames -select_streams v:0 \
  -show_entries stream=codec_name,width,height,pix_fmt,nb_read_frames:format=duration \
  -of default=nw=1 "$out")
expect() {
  grep -qx "$1" <<<"$probe" || { echo "expected $1 in:"; echo "$probe"; exit 1; }
}
expect "codec_name=h264"
expect "pix_fmt=yuv420p"
expect "width=$width"
expect "height=$height"
expect "nb_read_frames=$frames"
duration=$(grep '^duration=' <<<"$probe" | cut -d= -f2)
python3 -c "import sys; d=float('$duration'); e=$frames/$fps; sys.exit(0 if abs(d-e)<1e-3 else 1)" ||
  { echo "duration $duration s, expected $frames / $fps s"; exit 1; }
echo "$out: $frames H.264 frames, ${width}x${height}, yuv420p, $duration s"
