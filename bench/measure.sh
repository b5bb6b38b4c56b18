# Shared by the benchmark scripts (sourced, not run).
# measure COMMAND...: one warm-up run, then $runs timed runs. Sets
# measured_seconds (median wall time) and measured_peak_kb (largest RSS).
# Needs $runs and a scratch folder $work from the script that sources it.
measure() {
    local times=() peak=0 start end rss i
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s.%N)
        if ! /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err"; then
            cat "$work/err" >&2
            return 1
        fi
        end=$(date +%s.%N)
        times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }')")
        rss=$(tail -n 1 "$work/rss")
        ((rss > peak)) && peak=$rss
    done
    measured_seconds=$(printf '%s\n' "${times[@]}" | sort -g | awk '
        { v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    measured_peak_kb=$peak
}
