#!/usr/bin/env bash
# Measures the real app under Xvfb: time from process start to the sign-in window (median of
# RUNS starts), as seen from outside and as the app stamps its first frame
# (STEPWISE_FIRST_FRAME), and resident memory at sign-in and inside a lesson.
#   usage: benches/startup-and-memory.sh [BINARY] [RUNS]
# Needs xvfb, x11-utils and xdotool (Debian packages).
set -euo pipefail
binary="${1:-target/release/stepwise}"
runs="${2:-10}"
work=$(mktemp -d)
Xvfb :95 -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=:95
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

wait_for_window() {
  for _ in $(seq 400); do
    xwininfo -root -tree 2>/dev/null | grep -q '"Stepwise"' && return 0
    sleep 0.005
  done
  return 1
}

times=()
frames=()
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  STEPWISE_FIRST_FRAME=1 "$binary" --data-dir "$work/data" >/dev/null 2>"$work/stderr" &
  app=$!
  wait_for_window
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  # The app's own stamp of its first drawn frame (from inside, since the process started).
  for _ in $(seq 200); do grep -q 'first frame' "$work/stderr" && break; sleep 0.01; done
  frames+=($(sed -n 's/^first frame: \([0-9]*\).*/\1/p' "$work/stderr" | head -n 1))
  kill "$app"; wait "$app" 2>/dev/null || true
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start to window: median ${sorted[$((runs / 2))]} ms (min ${sorted[0]}, max ${sorted[$((runs - 1))]}) over $runs runs"
sorted=($(printf '%s\n' "${frames[@]}" | sort -n))
echo "start to first frame (in the app): median ${sorted[$((runs / 2))]} ms (min ${sorted[0]}, max ${sorted[$((runs - 1))]})"

"$binary" --data-dir "$work/data" >/dev/null 2>&1 &
app=$!
wait_for_window
sleep 2
rss() { awk '/VmRSS/ {total = $2} /RssAnon/ {anon = $2} END {printf "%.1f (own %.1f)", total / 1024, anon / 1024}' "/proc/$app/status"; }
echo "resident memory at sign-in: $(rss) MB"
window=$(xdotool search --name '^Stepwise$' | head -1)
xdotool windowfocus "$window"; sleep 0.3
# I am new → first picture → This is me → Home → start the lesson → to the first picture step.
for key in Return Return Tab Return Return Return Return Return Return; do xdotool key "$key"; sleep 0.6; done
sleep 1
echo "resident memory inside a lesson (a picture step): $(rss) MB"
[ -z "${SHOT:-}" ] || import -window root "$SHOT"
kill "$app"; wait "$app" 2>/dev/null || true
