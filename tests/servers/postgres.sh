#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster for the tests.
#   postgres.sh start DIR PORT PASSWORD
#   postgres.sh stop  DIR PORT
# initdb refuses to run as root, so as root the cluster belongs to the
# postgres user and lives in DIR (which that user must be able to reach).
# The cluster has a superuser role "parity" with PASSWORD (scram over TCP)
# and an empty database "parity_test". PARITY_PG_EXTRA_OPTIONS adds server
# settings ("-c max_locks_per_transaction=1024" for the plan benchmark).
set -euo pipefail

action=${1:?start or stop}
dir=${2:?data directory}
port=${3:?port}
password=${4:-}

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$pgbin" || ! -x "$pgbin/initdb" ]]; then
    echo "postgres.sh: PostgreSQL server binaries not found; install the postgresql package (scripts/setup.sh does)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
start)
    stop_cluster   # a cluster left behind by an interrupted run
    rm -rf "$dir"
    mkdir -p "$dir/data" "$dir/socket"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres:postgres "$dir"
        # The postgres user must reach the folder; add that permission
        # only, never take any away (the parent may be /tmp itself).
        chmod a+rx "$(dirname "$dir")"
    fi
    pwfile="$dir/pwfile"
    printf '%s\n' "$password" >"$pwfile"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pwfile"
    chmod 600 "$pwfile"
    as_owner "$pgbin/initdb" -D "$dir/data" -U parity --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; echo "postgres.sh: initdb failed in $dir" >&2; exit 1; }
    rm -f "$pwfile"
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 ${PARITY_PG_EXTRA_OPTIONS:-}" \
        start >/dev/null \
        || { cat "$dir/server.log" >&2; echo "postgres.sh: server did not start on port $port" >&2; exit 1; }
    as_owner "$pgbin/psql" -X -q -h "$dir/socket" -p "$port" -U parity -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE parity_test" \
        || { echo "postgres.sh: could not create database parity_test" >&2; exit 1; }
    echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port (data in $dir)"
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    echo "PostgreSQL on port $port stopped"
    ;;
*)
    echo "usage: $0 start|stop DIR PORT [PASSWORD]" >&2
    exit 2
    ;;
esac
