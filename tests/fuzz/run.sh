#!/usr/bin/env bash
# Fuzzes the progress-file reader and the lesson loader for a bounded time each, then keeps
# what was found in the corpus (minimised). Needs the nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
#   bash tests/fuzz/run.sh [SECONDS per target, default 300]
# A crash stops the script; its input is in tests/fuzz/artifacts/<target>/. Not run in CI:
# the build alone takes minutes.
set -euo pipefail
seconds=${1:-300}
cd "$(dirname "$0")/../.."
fuzz=(cargo +nightly fuzz)
# No sanitizer: the code is safe Rust, and panics are what we look for; it runs twice as fast.
"${fuzz[@]}" build --fuzz-dir tests/fuzz -s none
for target in progress_file lesson_folder; do
    corpus="tests/fuzz/corpus/$target"
    found=$(mktemp -d)
    log="$found.log"
    echo "== $target: $seconds s"
    "${fuzz[@]}" run --fuzz-dir tests/fuzz -s none "$target" "$found" "$corpus" -- \
        -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 >"$log" 2>&1 || {
        tail -40 "$log"
        echo "== $target CRASHED: see tests/fuzz/artifacts/$target/"
        exit 1
    }
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log"
    grep -E "^#[0-9]+.*DONE" "$log" | tail -1
    # What the run found joins the kept corpus, minimised to the inputs that add coverage.
    "${fuzz[@]}" run --fuzz-dir tests/fuzz -s none "$target" "$corpus" "$found" -- -merge=1 \
        >>"$log" 2>&1
    echo "corpus: $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
    rm -rf "$found" "$log"
done
