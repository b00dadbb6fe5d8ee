#!/usr/bin/env bash
# No network, ever: the real binary's commands, and its window under Xvfb, run under strace;
# any socket but a local one (AF_UNIX: X11, sound; AF_NETLINK: the kernel's own, e.g. device
# lists) fails the check. Usage: .ci/no-network.sh [path/to/stepwise]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
binary="${1:-$target/ci/stepwise}"
[ -x "$binary" ] || cargo build --profile ci --locked --bin stepwise
work=$(mktemp -d)
data="$work/data"

trace() {
  local name=$1; shift
  strace -f -qq -e trace=socket -o "$work/trace.$name" "$binary" "$@" >"$work/out.$name" 2>&1 ||
    { echo "stepwise $* failed:"; cat "$work/out.$name"; exit 1; }
}

trace doctor --data-dir "$data" doctor
trace demo --data-dir "$data" demo --learners 3 --attempts 60 --seed 7
trace export --data-dir "$data" export --out "$work/pc.stepwise"
trace import --data-dir "$work/other" import "$work/pc.stepwise"
trace report --data-dir "$data" report --format csv --out "$work/report"
trace backup --data-dir "$data" backup now
trace xapi --data-dir "$data" export --xapi --out "$work/statements.json"
trace lessons lessons check

# The window: sign-in, as a learner first meets it, for three seconds.
display_number=96
Xvfb ":$display_number" -screen 0 1280x720x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do DISPLAY=":$display_number" xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=":$display_number" strace -f -qq -e trace=socket -o "$work/trace.window" \
  "$binary" --data-dir "$data" >"$work/out.window" 2>&1 &
tracer=$!
sleep 3
# The app is strace's child: end it, and strace ends with it.
pkill -TERM -P "$tracer" 2>/dev/null || true
for _ in $(seq 50); do kill -0 "$tracer" 2>/dev/null || break; sleep 0.1; done
kill -KILL "$tracer" 2>/dev/null || true
wait "$tracer" 2>/dev/null || true

cat "$work"/trace.* >"$work/all"
sockets=$(grep -c 'socket(' "$work/all" || true)
families=$(grep -o 'socket(AF_[A-Z0-9]*' "$work/all" | sort | uniq -c | sed 's/socket(//' | tr '\n' ' ' || true)
echo "sockets opened: $sockets ($families)"
if grep 'socket(' "$work/all" | grep -vE 'socket\(AF_(UNIX|LOCAL|NETLINK),'; then
  echo "a socket other than a local one was opened: Stepwise must never use the network"
  exit 1
fi
[ -s "$work/trace.window" ] || { echo "the window was not traced"; exit 1; }
grep -q 'socket(AF_UNIX' "$work/trace.window" || { echo "the window never reached the X server"; exit 1; }
echo "no network: passed"
