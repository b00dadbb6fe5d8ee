#!/usr/bin/env bash
# Launches the real binary under Xvfb, waits for its window, takes a screenshot, checks it is
# not blank, and closes the app as a window manager's close button would.
# SMOKE_BINARY (an installed stepwise, with its own config) and SMOKE_USER (run it as this OS
# user) let the package check launch the installed app as an ordinary person would.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
work=$(mktemp -d)
chmod 755 "$work"
if [ -n "${SMOKE_BINARY:-}" ]; then
  binary="$SMOKE_BINARY"
  data_args=()
  data_dir=$("$binary" doctor | sed -n 's/^Data folder:  //p')
else
  cargo build --profile ci --locked --bin stepwise
  binary="$target/ci/stepwise"
  data_args=(--data-dir "$work/data")
  data_dir="$work/data"
fi
as_user=()
if [ -n "${SMOKE_USER:-}" ]; then
  as_user=(setpriv --reuid="$SMOKE_USER" --regid="$(id -g "$SMOKE_USER")" --init-groups
           env HOME="$(getent passwd "$SMOKE_USER" | cut -d: -f6)")
fi
display_number=97
Xvfb ":$display_number" -screen 0 1280x720x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
export DISPLAY=":$display_number"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# The app writes its log in the data folder at start: proof it used the folder meant for it.
log_before=$(stat -c %s "$data_dir/stepwise.log" 2>/dev/null || echo 0)
start=$(date +%s%N)
${as_user[@]+"${as_user[@]}"} "$binary" ${data_args[@]+"${data_args[@]}"} >"$work/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 100); do
  window=$(xwininfo -root -tree 2>/dev/null | grep -m1 '"Stepwise"' || true)
  [ -n "$window" ] && break
  kill -0 "$app" 2>/dev/null || { echo "the app exited early:"; cat "$work/app.log"; exit 1; }
  sleep 0.1
done
[ -n "$window" ] || { echo "no Stepwise window after 10 s"; cat "$work/app.log"; exit 1; }
echo "window after $(( ($(date +%s%N) - start) / 1000000 )) ms"
sleep 1.5
shot="${SMOKE_SCREENSHOT:-$work/smoke.png}"
import -window root "$shot"
colours=$(convert "$shot" -format '%k' info:)
echo "screenshot $shot has $colours colours"
[ "$colours" -gt 20 ] || { echo "the window looks blank"; exit 1; }
rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
anon=$(awk '/RssAnon/ {print $2}' "/proc/$app/status")
# The binary carries the lessons and their voice files; the pages of it that were read count
# as resident too (shared and reclaimable); the app's own memory is the anonymous part.
echo "resident memory at sign-in: $((rss / 1024)) MB, of which the app's own: $((anon / 1024)) MB"

/usr/bin/python3 .ci/close-window.py Stepwise
for _ in $(seq 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app" 2>/dev/null; then echo "the app did not close"; kill "$app"; exit 1; fi
wait "$app" || { echo "the app closed with an error"; cat "$work/app.log"; exit 1; }
[ -f "$data_dir/stepwise.sqlite" ] || { echo "no database was made in $data_dir"; exit 1; }
log_after=$(stat -c %s "$data_dir/stepwise.log" 2>/dev/null || echo 0)
[ "$log_after" -gt "$log_before" ] || { echo "the app wrote nothing in $data_dir"; exit 1; }
echo "smoke test passed"
