# shellcheck shell=bash disable=SC2154,SC2034 # variables set and read by the sourcing script
# Shared by diff.sh and plan.sh (sourced, not run): a throwaway PostgreSQL
# holding the benchmark pair, database "base" made by generate-postgres.sql
# and database "drifted", a copy of base with drift-postgres.sql applied.
#
# Before sourcing, the script sets bench_dir, repo_root, work (a scratch
# folder), tables, views, pg_port, server_root and password, and defines say and die. Sourcing sets
# pg_dir and url_base (append /DATABASE for a spec) and exports PGPASSWORD.
#
#   pair_start_server      starts the server (pair_stop_server undoes it)
#   pair_build             creates base and drifted
#   pair_check BASE DRIFT  fails unless two snapshots hold the whole pair
#   pair_copy NAME SOURCE  creates database NAME from the template SOURCE
#   psql_on DB ARGS...     psql on one database, stopping at the first error
#
# The caller's EXIT trap calls pair_stop_server, which does nothing when the
# server was never started.

pg_dir="$server_root/postgres-$pg_port"
url_base="postgresql://parity:$password@127.0.0.1:$pg_port"
export PGPASSWORD=$password
pair_started=0

psql_on() { psql -X -q -v ON_ERROR_STOP=1 -d "postgresql://parity@127.0.0.1:$pg_port/$1" "${@:2}"; }

pair_start_server() {
    mkdir -p "$server_root"
    chmod 755 "$server_root"
    say "starting a throwaway PostgreSQL on port $pg_port"
    pair_started=1
    # A port in Linux's ephemeral range (32768-60999) can be held for a
    # moment by some program's outgoing connection: one more try.
    bash "$repo_root/tests/servers/postgres.sh" start "$pg_dir" "$pg_port" "$password" >&2 \
        || { sleep 3 && bash "$repo_root/tests/servers/postgres.sh" start "$pg_dir" "$pg_port" "$password" >&2; } \
        || die "could not start PostgreSQL on port $pg_port"
}

pair_stop_server() {
    if ((pair_started)); then
        bash "$repo_root/tests/servers/postgres.sh" stop "$pg_dir" "$pg_port" >/dev/null 2>&1 || true
        rmdir "$server_root" 2>/dev/null || true
        pair_started=0
    fi
}

# CREATE DATABASE … TEMPLATE needs the template to have no session. A client
# that has just exited can leave its backend behind for a moment, so the copy
# is tried again before it counts as failed.
pair_copy() {
    local name=$1 source=$2 _
    for _ in 1 2 3 4 5; do
        if psql_on parity_test -c "CREATE DATABASE \"$name\" TEMPLATE \"$source\"" 2>"$work/copy.err"; then
            return 0
        fi
        sleep 1
    done
    cat "$work/copy.err" >&2
    return 1
}

pair_build() {
    local t0
    say "generating base: $tables tables and $views views"
    t0=$SECONDS
    psql_on parity_test -c 'CREATE DATABASE base'
    psql_on base -v tables="$tables" -v views="$views" -f "$bench_dir/generate-postgres.sql" >/dev/null
    psql_on base -f "$bench_dir/chain-postgres.sql" >/dev/null
    say "generated in $((SECONDS - t0)) s"

    say "copying base to drifted and applying the drift"
    t0=$SECONDS
    pair_copy drifted base || die "could not copy base to drifted"
    psql_on drifted -v tables="$tables" -v views="$views" -f "$bench_dir/drift-postgres.sql" >/dev/null
    say "drifted in $((SECONDS - t0)) s"
    # Autovacuum would otherwise work through thousands of new tables while
    # the tools are timed; both databases are settled first.
    psql_on base -c 'VACUUM ANALYZE' >/dev/null
    psql_on drifted -c 'VACUUM ANALYZE' >/dev/null
}

# Guards against a fast run that compared two empty or identical catalogs.
pair_check() {
    local base=$1 drifted=$2 last_table first_new
    last_table=$(printf 't%04d' "$tables")
    first_new=$(printf 't%04d' $((tables + 1)))
    grep -q "\"$last_table\"" "$base" || die "the base snapshot lacks table $last_table"
    grep -q "\"$first_new\"" "$drifted" || die "the drifted snapshot lacks the new table $first_new"
    ! grep -q '"t0010"' "$drifted" || die "the drifted snapshot still has t0010, which the drift drops"
    grep -q '"suspended"' "$base" || die "the base snapshot lacks the enum label 'suspended'"
    ! grep -q '"suspended"' "$drifted" || die "the drifted snapshot still has the enum label 'suspended', which the drift removes"
}
