#!/usr/bin/env bash
# Introspection benchmark: how long `parity-cli inspect` takes on a large
# schema, against the dialect's own client running the same catalog queries.
#
#   bench/introspection.sh BUILD_DIR
#
# Starts its own throwaway PostgreSQL (port 55532) and MariaDB (port 53406)
# under /tmp/parity-bench-servers and stops them on the way out; builds the
# same schema in each and in a SQLite file; then, per dialect, reports the
# median wall time of BENCH_RUNS runs for the baseline and for parity-cli,
# parity-cli's peak resident memory, and whether they meet the targets.
#
# Environment: BENCH_TABLES (2000), BENCH_VIEWS (50), BENCH_RUNS (5),
# BENCH_DIALECTS ("postgres mariadb sqlite").
# Exit status: 0 when every target is met, 1 when one is missed or a step failed.
set -euo pipefail

build_dir=$(cd "${1:?usage: introspection.sh BUILD_DIR}" && pwd)
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(dirname "$bench_dir")
cli="$build_dir/bin/parity-cli"

tables=${BENCH_TABLES:-2000}
views=${BENCH_VIEWS:-50}
runs=${BENCH_RUNS:-5}
dialects=${BENCH_DIALECTS:-postgres mariadb sqlite}
max_ratio=1.5
max_peak_mb=150

server_root=/tmp/parity-bench-servers
pg_port=55532
mariadb_port=53406
password=parity-bench-pw
pg_dir="$server_root/postgres-$pg_port"
mariadb_dir="$server_root/mariadb-$mariadb_port"
pg_url="postgresql://parity:$password@127.0.0.1:$pg_port/parity_test"
mariadb_url="mysql://parity:$password@127.0.0.1:$mariadb_port/parity_test"

say() { printf '==> %s\n' "$*" >&2; }
die() {
    printf 'bench: %s\n' "$*" >&2
    exit 1
}

[[ -x "$cli" ]] || die "$cli not found: build it first (cmake --build build --target parity-cli)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found: install the 'time' package (scripts/setup.sh does)"

work=$(mktemp -d /tmp/parity-bench.XXXXXX)
pg_started=0
mariadb_started=0
cleanup() {
    if ((pg_started)); then
        bash "$repo_root/tests/servers/postgres.sh" stop "$pg_dir" "$pg_port" >/dev/null 2>&1 || true
    fi
    if ((mariadb_started)); then
        bash "$repo_root/tests/servers/mariadb.sh" stop "$mariadb_dir" "$mariadb_port" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$server_root"
chmod 755 "$server_root"

# ---- Catalog SQL for the baseline -------------------------------------------
# Concatenates the project's catalog queries for one dialect into one script
# the dialect's client can run, filling in bind placeholders the way the
# introspector would. Queries the server rejects are dropped (they are the
# alternatives for other server versions, which the introspector would not
# run either) and so are per-object templates ({table}, for exact row
# counts, which inspect does not do by default). Each is noted on stderr.
#   catalog_script DIALECT_FOLDER OUTPUT CHECK_FUNCTION
# CHECK_FUNCTION FILE runs one query file and fails when the server rejects it.
catalog_script() {
    local folder=$1 output=$2 check=$3
    local file name prepared used=0
    : >"$output"
    for file in "$repo_root/resources/sql/$folder"/*.sql; do
        [[ -e "$file" ]] || die "no catalog SQL in resources/sql/$folder"
        name=$(basename "$file")
        if grep -q '{[a-z_]*}' "$file"; then
            say "baseline: skipping $folder/$name (per-object template)"
            continue
        fi
        prepared="$work/$folder-$name"
        # Fill binds the way the introspector would: ? (MySQL, SQLite) is the
        # database being read; :name binds get a value by what they name.
        QMARK=$([[ $folder == postgres ]] || echo 1) perl -pe '
            next if /^\s*--/;
            s/\?/'"'parity_test'"'/g if $ENV{QMARK};
            s/(?<![:\w]):(\w*schema\w*)/'"'public'"'/gi;
            s/(?<![:\w]):(\w*view\w*)/'"'v001'"'/gi;
            s/(?<![:\w]):(\w*table\w*)/'"'t0001'"'/gi;
        ' "$file" >"$prepared"
        if grep -Pv '^\s*--' "$prepared" | grep -Pq '(?<![:\w]):[A-Za-z_]\w*|\$[0-9]'; then
            die "baseline: $folder/$name has a bind placeholder this script cannot fill; teach catalog_script about it"
        fi
        # A statement per file: strip a trailing semicolon, then end it with one.
        perl -0pe 's/;\s*\z//; s/\s*\z/;\n/' "$prepared" >"$prepared.stmt"
        if ! "$check" "$prepared.stmt" >/dev/null 2>"$prepared.err"; then
            # The mariadb client echoes the statement before the error line.
            say "baseline: skipping $folder/$name (this server rejects it: $( (grep -m 1 -i error "$prepared.err" || head -n 1 "$prepared.err") | sed 's/ at line [0-9]* in file: [^:]*://'))"
            continue
        fi
        cat "$prepared.stmt" >>"$output"
        used=$((used + 1))
    done
    ((used > 0)) || die "baseline: no $folder catalog query ran"
    say "baseline: $used $folder catalog queries in one session"
}

# ---- Timing -------------------------------------------------------------------
# measure COMMAND...: see measure.sh.
# shellcheck source=measure.sh
source "$bench_dir/measure.sh"

results=()
failures=0
# record DIALECT BASELINE_S PARITY_S PEAK_KB: one row of the final table.
record() {
    local row
    row=$(awk -v d="$1" -v n="$tables" -v b="$2" -v p="$3" -v kb="$4" \
        -v max_ratio="$max_ratio" -v max_mb="$max_peak_mb" 'BEGIN {
        ratio = p / b; mb = kb / 1024
        printf "%-9s %7d %11.3f %9.3f %6.2f %8.1f   %-5s %s\n", d, n, b, p, ratio, mb,
            (ratio <= max_ratio ? "PASS" : "FAIL"), (mb <= max_mb ? "PASS" : "FAIL")
    }')
    [[ $row == *FAIL* ]] && failures=$((failures + 1))
    results+=("$row")
}

# Checks that a snapshot really holds the whole generated schema, so a fast
# run that read nothing cannot pass.
check_snapshot() {
    local dialect=$1 snapshot=$2 last_table last_view
    last_table=$(printf 't%04d' "$tables")
    last_view=$(printf 'v%03d' "$views")
    grep -q "\"$last_table\"" "$snapshot" || die "$dialect: the snapshot lacks table $last_table"
    grep -q "\"$last_view\"" "$snapshot" || die "$dialect: the snapshot lacks view $last_view"
    grep -q '"t0001_parent_fk"\|"t0002_status_created_idx"' "$snapshot" \
        || die "$dialect: the snapshot lacks the generated keys and indexes"
}

# bench_dialect NAME SPEC BASELINE_COMMAND...
bench_dialect() {
    local name=$1 spec=$2
    shift 2
    say "$name: baseline, median of $runs"
    measure "$@" || die "$name: the baseline failed"
    local baseline=$measured_seconds

    say "$name: parity-cli inspect, median of $runs"
    "$cli" inspect "$spec" --format json -o "$work/$name.parity.json" \
        || die "$name: parity-cli inspect failed"
    check_snapshot "$name" "$work/$name.parity.json"
    measure "$cli" inspect "$spec" --format json -o /dev/null || die "$name: parity-cli inspect failed"
    record "$name" "$baseline" "$measured_seconds" "$measured_peak_kb"
}

# ---- PostgreSQL ---------------------------------------------------------------
bench_postgres() {
    say "postgres: starting a throwaway server on port $pg_port"
    pg_started=1
    bash "$repo_root/tests/servers/postgres.sh" start "$pg_dir" "$pg_port" "$password" >&2
    export PGPASSWORD=$password
    local psql=(psql -X -q -v ON_ERROR_STOP=1 -d "postgresql://parity@127.0.0.1:$pg_port/parity_test")
    say "postgres: generating $tables tables and $views views"
    local t0=$SECONDS
    "${psql[@]}" -v tables="$tables" -v views="$views" -f "$bench_dir/generate-postgres.sql" >/dev/null
    say "postgres: generated in $((SECONDS - t0)) s"
    pg_file() { "${psql[@]}" -o /dev/null -f "$1"; }
    catalog_script postgres "$work/postgres-catalog.sql" pg_file
    bench_dialect postgres "$pg_url" "${psql[@]}" -o /dev/null -f "$work/postgres-catalog.sql"
}

# ---- MariaDB --------------------------------------------------------------------
bench_mariadb() {
    say "mariadb: starting a throwaway server on port $mariadb_port"
    mariadb_started=1
    bash "$repo_root/tests/servers/mariadb.sh" start "$mariadb_dir" "$mariadb_port" "$password" >&2
    export MYSQL_PWD=$password
    local client=(mariadb --no-defaults --batch --abort-source-on-error -h 127.0.0.1 -P "$mariadb_port" -u parity parity_test)
    say "mariadb: generating $tables tables and $views views"
    local t0=$SECONDS
    # `source` is a client command: it must start a line of its own.
    "${client[@]}" -e "SET @bench_tables = $tables, @bench_views = $views;
source $bench_dir/generate-mariadb.sql"
    say "mariadb: generated in $((SECONDS - t0)) s"
    # The client's `source` command runs a file in the client's one session.
    mariadb_file() { "${client[@]}" -e "source $1"; }
    catalog_script mysql "$work/mysql-catalog.sql" mariadb_file
    bench_dialect mariadb "$mariadb_url" "${client[@]}" -e "source $work/mysql-catalog.sql"
}

# ---- SQLite ---------------------------------------------------------------------
bench_sqlite() {
    local db="$work/bench.db"
    say "sqlite: generating $tables tables and $views views"
    sqlite3 :memory: ".parameter set @tables $tables" ".parameter set @views $views" \
        ".read $bench_dir/generate-sqlite.sql" >"$work/sqlite-schema.sql"
    sqlite3 -bail "$db" <"$work/sqlite-schema.sql"
    local client=(sqlite3 -batch -bail "$db")
    sqlite_file() { "${client[@]}" ".read $1"; }
    catalog_script sqlite "$work/sqlite-catalog.sql" sqlite_file
    bench_dialect sqlite "sqlite:$db" "${client[@]}" ".read $work/sqlite-catalog.sql"
}

for dialect in $dialects; do
    case "$dialect" in
    postgres) bench_postgres ;;
    mariadb) bench_mariadb ;;
    sqlite) bench_sqlite ;;
    *) die "unknown dialect '$dialect' in BENCH_DIALECTS (postgres, mariadb, sqlite)" ;;
    esac
done

echo
echo "Introspection benchmark: median of $runs runs; targets: ratio <= $max_ratio, peak <= $max_peak_mb MB"
printf '%-9s %7s %11s %9s %6s %8s   %-5s %s\n' dialect tables "baseline s" "parity s" ratio "peak MB" ratio peak
for line in "${results[@]}"; do
    echo "$line"
done
if ((failures > 0)); then
    echo "$failures dialect(s) missed a target"
    exit 1
fi
echo "All targets met"
