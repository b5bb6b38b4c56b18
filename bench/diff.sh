#!/usr/bin/env bash
# Diff benchmark: how long comparing two large, drifted PostgreSQL schemas
# takes, for compareCatalogs alone and for `parity-cli diff` end to end.
#
#   bench/diff.sh BUILD_DIR
#
# Starts its own throwaway PostgreSQL (port 55632) under /tmp/parity-diffbench
# and stops it on the way out. Builds database "base" with
# generate-postgres.sql, copies it to "drifted" (CREATE DATABASE … TEMPLATE)
# and applies drift-postgres.sql there (postgres-pair.sh); writes a snapshot
# of each; then reports
#   * parity-diffbench on the two snapshots: compareCatalogs alone, BENCH_COMPARE_RUNS runs;
#   * parity-cli diff on the two snapshots (reading JSON, comparing, writing JSON);
#   * parity-cli diff on the two live databases (both introspected, in parallel);
# the last two as the median wall time of BENCH_RUNS runs, with peak resident
# memory from /usr/bin/time.
#
# Environment: BENCH_TABLES (2000), BENCH_VIEWS (50), BENCH_RUNS (5),
# BENCH_COMPARE_RUNS (21).
# Exit status: 0 when every target is met, 1 when one is missed or a step failed.
set -euo pipefail

build_dir=$(cd "${1:?usage: diff.sh BUILD_DIR}" && pwd)
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(dirname "$bench_dir")
cli="$build_dir/bin/parity-cli"
diffbench="$build_dir/bench/bin/parity-diffbench"

tables=${BENCH_TABLES:-2000}
views=${BENCH_VIEWS:-50}
runs=${BENCH_RUNS:-5}
compare_runs=${BENCH_COMPARE_RUNS:-21}
max_compare_ms=100

server_root=/tmp/parity-diffbench
pg_port=55632
password=parity-bench-pw

say() { printf '==> %s\n' "$*" >&2; }
die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

[[ -x "$cli" ]] || die "$cli not found: build it first (cmake --build build --target parity-cli)"
[[ -x "$diffbench" ]] || die "$diffbench not found: build it first (cmake --build build --target parity-diffbench)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found: install the 'time' package (scripts/setup.sh does)"

work=$(mktemp -d /tmp/parity-diffbench-work.XXXXXX)
# The server and the pair: see postgres-pair.sh.
# shellcheck source=postgres-pair.sh
source "$bench_dir/postgres-pair.sh"
cleanup() {
    pair_stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- Timing -------------------------------------------------------------------
# measure COMMAND...: see measure.sh.
# shellcheck source=measure.sh
source "$bench_dir/measure.sh"

# figure NAME: the value parity-diffbench printed on its "NAME:" line.
figure() {
    awk -v name="$1:" 'index($0, name) == 1 { sub(/^[^:]*: */, ""); print; found = 1 }
        END { exit !found }' "$work/diffbench.out" \
        || die "parity-diffbench printed no \"$1\" figure"
}

# ---- The pair of databases ------------------------------------------------------
pair_start_server
pair_build
for db in base drifted; do
    "$cli" inspect "$url_base/$db" --format json -o "$work/$db.parity.json" \
        || die "parity-cli inspect of $db failed"
done
pair_check "$work/base.parity.json" "$work/drifted.parity.json"

# ---- compareCatalogs alone ------------------------------------------------------
say "parity-diffbench: compareCatalogs, $compare_runs runs"
"$diffbench" "$work/base.parity.json" "$work/drifted.parity.json" --runs "$compare_runs" >"$work/diffbench.out" \
    || die "parity-diffbench failed"
cat "$work/diffbench.out" >&2
changes=$(figure changes)
((changes > 0)) || die "the diff of base and drifted found no changes: the drift or the comparison is broken"
compare_ms=$(figure "compare median ms")
compare_peak_mb=$(figure "peak rss mb")

# ---- parity-cli diff end to end -------------------------------------------------
say "parity-cli diff on the two snapshots, median of $runs"
measure "$cli" diff "$work/base.parity.json" "$work/drifted.parity.json" --format json -o /dev/null \
    || die "parity-cli diff on the snapshots failed"
snapshot_s=$measured_seconds
snapshot_kb=$measured_peak_kb

say "parity-cli diff on the two live databases, median of $runs"
measure "$cli" diff "$url_base/base" "$url_base/drifted" -o /dev/null \
    || die "parity-cli diff on the live databases failed"
live_s=$measured_seconds
live_kb=$measured_peak_kb

# ---- Report -----------------------------------------------------------------------
from_tables=$(figure "from tables")
to_tables=$(figure "to tables")
compare_result=$(awk -v ms="$compare_ms" -v max="$max_compare_ms" 'BEGIN { print (ms <= max ? "PASS" : "FAIL") }')

echo
echo "Diff benchmark: PostgreSQL, $from_tables tables -> $to_tables tables, $changes changes"
echo "changes by kind: $(figure "changes by kind")"
echo "median of $compare_runs runs for compareCatalogs, of $runs for parity-cli (after one warm-up run)"
printf '%-30s %10s %8s   %-12s %s\n' step "median ms" "peak MB" target result
printf '%-30s %10.1f %8.1f   %-12s %s\n' "compareCatalogs" "$compare_ms" "$compare_peak_mb" \
    "<= $max_compare_ms ms" "$compare_result"
printf '%-30s %10.1f %8.1f   %-12s %s\n' "parity-cli diff, snapshots" \
    "$(awk -v s="$snapshot_s" 'BEGIN { print s * 1000 }')" "$(awk -v kb="$snapshot_kb" 'BEGIN { print kb / 1024 }')" "-" "-"
printf '%-30s %10.1f %8.1f   %-12s %s\n' "parity-cli diff, live databases" \
    "$(awk -v s="$live_s" 'BEGIN { print s * 1000 }')" "$(awk -v kb="$live_kb" 'BEGIN { print kb / 1024 }')" "-" "-"
echo "(the peak of compareCatalogs is parity-diffbench's, with both catalogs loaded;"
echo " the plan target, <= 1.5 s and <= 150 MB end to end, is bench-plan's)"
if [[ $compare_result != PASS ]]; then
    echo "compareCatalogs missed its target"
    exit 1
fi
echo "All targets met"
