#!/usr/bin/env bash
# Window benchmark: does the workbench window stay responsive on big schemas?
#
#   bench/gui.sh BUILD_DIR
#
# Starts its own throwaway PostgreSQL (port 31733) under /tmp/parity-guibench
# and stops it on the way out; builds the pair "base" and "drifted" the way
# the diff and plan benchmarks do (postgres-pair.sh). Then, under the
# offscreen platform,
#   * parity-guibench --compare drifted base: a real compare in the window
#     (reference drifted, the desired state; target base, the database that
#     would change: the direction of `parity-cli plan base drifted`), with an
#     event-loop latency probe on the UI thread until the scripts are final
#     and the hazards measured; the worst stall, the times to the comparison
#     and to the scripts shown, and the window's calls replayed one by one;
#   * parity-guibench --synthetic BENCH_SYNTHETIC_TABLES: two snapshots of
#     that many tables compared in the window, then the reference tree
#     scrolled top to bottom and expanded (every group, then 200 tables),
#     with the worst and median step times;
# each with the peak resident memory of its process. Then a summary block.
#
# Targets: UI stall <= 50 ms, peak memory <= 300 MB. A miss is printed as
# MISSED and does not fail the run.
#
# Environment: BENCH_TABLES (2000), BENCH_VIEWS (50), BENCH_SYNTHETIC_TABLES (10000),
# BENCH_GUI_STACKS (unset: when set, parity-guibench --stacks prints the UI
# thread's stack to stderr whenever it stalls over 100 ms).
# Exit status: 0 when both runs completed (targets met or not), 1 when a step failed.
set -euo pipefail

build_dir=$(cd "${1:?usage: gui.sh BUILD_DIR}" && pwd)
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(dirname "$bench_dir")
guibench="$build_dir/bench/bin/parity-guibench"

tables=${BENCH_TABLES:-2000}
views=${BENCH_VIEWS:-50}
synthetic_tables=${BENCH_SYNTHETIC_TABLES:-10000}

server_root=/tmp/parity-guibench
# Below Linux's ephemeral port range (32768-60999), and not plan.sh's 31732.
pg_port=31733
password=parity-bench-pw

say() { printf '==> %s\n' "$*" >&2; }
die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

stacks=()
[[ -z ${BENCH_GUI_STACKS:-} ]] || stacks=(--stacks)

[[ -x "$guibench" ]] || die "$guibench not found: build it first (cmake --build build --target parity-guibench)"

export QT_QPA_PLATFORM=offscreen

work=$(mktemp -d /tmp/parity-guibench-work.XXXXXX)
# The server and the pair: see postgres-pair.sh.
# shellcheck source=postgres-pair.sh
source "$bench_dir/postgres-pair.sh"
cleanup() {
    pair_stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- The pair of databases ------------------------------------------------------
pair_start_server
pair_build

# ---- The window ----------------------------------------------------------------
say "parity-guibench --compare drifted base (reference drifted, target base)"
"$guibench" "${stacks[@]}" --compare "$url_base/drifted" "$url_base/base" | tee "$work/compare.out" \
    || die "parity-guibench --compare failed"
# The pair is not needed any more: the synthetic run has the machine to itself.
pair_stop_server

say "parity-guibench --synthetic $synthetic_tables"
"$guibench" "${stacks[@]}" --synthetic "$synthetic_tables" | tee "$work/synthetic.out" \
    || die "parity-guibench --synthetic failed"

# ---- Report -----------------------------------------------------------------------
# lines FILE PATTERN...: the figure lines of one run, indented.
lines() {
    local file=$1 pattern
    shift
    for pattern in "$@"; do
        grep -E "^$pattern" "$file" | sed 's/^/  /' || true
    done
}

echo
echo "Window benchmark (offscreen platform)"
echo "Compare in the window: PostgreSQL pair, $tables tables and $views views, drifted (see drift-postgres.sql)"
lines "$work/compare.out" "ui stall" "time to" "peak memory"
echo "Synthetic comparison: $synthetic_tables tables a side, snapshots"
lines "$work/synthetic.out" "ui stall" "time to" "scrolling" "expanding" "peak memory"
missed=$(cat "$work/compare.out" "$work/synthetic.out" | grep -cE '\) MISSED$' || true)
if ((missed > 0)); then
    echo "$missed target(s) MISSED (the run does not fail on a miss)"
else
    echo "All targets met"
fi
