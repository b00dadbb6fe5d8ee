#!/usr/bin/env bash
# Measures the real app under Xvfb: time from process start to the sign-in window (median of
# RUNS starts), as seen from outside and as the app stamps its first frame
# (STEPWISE_FIRST_FRAME), resident memory at sign-in and inside a lesson, and the coach area
# with 200 learners and 1,000,000 answers (time to open it, resident memory).
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

# The coach area with 200 learners and 1,000,000 answers (made by `stepwise demo`), opened
# through the real PIN screen in a portable copy whose stepwise.toml has a coach PIN.
big="$work/big"
portable="$work/portable"
mkdir -p "$portable"
"$binary" demo --data-dir "$big" --learners 200 --attempts 1000000 >/dev/null
cp "$binary" "$portable/stepwise"
pin_line=$(printf '246810\n246810\n' | "$binary" config set-coach-pin | grep coach_pin_hash)
"$binary" config init --out "$portable/stepwise.toml" --coach-pin-hash "$pin_line" \
  --data-folder "$big" >/dev/null
"$portable/stepwise" >/dev/null 2>&1 &
app=$!
wait_for_window
sleep 2
echo "resident memory at sign-in with 200 learners: $(rss) MB"
window=$(xdotool search --name '^Stepwise$' | head -1)
xdotool windowfocus "$window"; sleep 0.3
# The Coach button (top right), the PIN, then Enter twice: to Open, and Open.
xdotool mousemove --window "$window" 1204 50 click 1; sleep 0.8
xdotool type --delay 80 246810; sleep 0.3
xdotool key Return; sleep 0.6; xdotool key Return
for _ in $(seq 600); do grep -q 'coach overview' "$big/stepwise.log" && break; sleep 0.1; done
sed -n 's/.*coach overview: \(.*\)$/coach area opened (in the app): \1/p' "$big/stepwise.log" | tail -n 1
sleep 1
echo "resident memory in the coach area, 200 learners, 1,000,000 answers: $(rss) MB"
[ -z "${COACH_SHOT:-}" ] || import -window root "$COACH_SHOT"
kill "$app"; wait "$app" 2>/dev/null || true
