#!/usr/bin/env bash
# Starts or stops a throwaway MariaDB server for the tests.
#   mariadb.sh start DIR PORT PASSWORD
#   mariadb.sh stop  DIR PORT
# mariadbd aborts as root without --user, so as root it runs as mysql. The
# server has a user "parity"@"%" with PASSWORD and all privileges, a database
# "parity_test", and no anonymous users (they would shadow TCP logins).
set -euo pipefail

action=${1:?start or stop}
dir=${2:?data directory}
port=${3:?port}
password=${4:-}

for tool in mariadb-install-db mariadbd mariadb mariadb-admin; do
    if ! command -v "$tool" >/dev/null 2>&1 && [[ ! -x /usr/sbin/$tool ]]; then
        echo "mariadb.sh: $tool not found; install the mariadb-server and mariadb-client packages (scripts/setup.sh does)" >&2
        exit 1
    fi
done
mariadbd_bin=$(command -v mariadbd || echo /usr/sbin/mariadbd)

run_user=()
owner=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    owner=mysql
    run_user=(--user=mysql)
fi

stop_server() {
    if [[ -S "$dir/mysqld.sock" ]]; then
        mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -u root shutdown >/dev/null 2>&1 || true
    fi
    if [[ -f "$dir/mysqld.pid" ]]; then
        local pid
        pid=$(cat "$dir/mysqld.pid" 2>/dev/null || true)
        for _ in $(seq 1 50); do
            [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
    fi
}

case "$action" in
start)
    stop_server
    rm -rf "$dir"
    mkdir -p "$dir/data"
    [[ $(id -u) -eq 0 ]] && chown -R mysql:mysql "$dir"
    mariadb-install-db --no-defaults "${run_user[@]}" --datadir="$dir/data" \
        --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1 \
        || { cat "$dir/install.log" >&2; echo "mariadb.sh: mariadb-install-db failed in $dir" >&2; exit 1; }
    "$mariadbd_bin" --no-defaults "${run_user[@]}" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
        --pid-file="$dir/mysqld.pid" --port="$port" --bind-address=127.0.0.1 --skip-name-resolve \
        --log-error="$dir/server.log" --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        >/dev/null 2>&1 &
    for _ in $(seq 1 150); do
        if mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -u root ping >/dev/null 2>&1; then
            break
        fi
        sleep 0.2
    done
    if ! mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -u root ping >/dev/null 2>&1; then
        cat "$dir/server.log" >&2 || true
        echo "mariadb.sh: server did not start on port $port" >&2
        exit 1
    fi
    mariadb --no-defaults --socket="$dir/mysqld.sock" -u root <<SQL
DELETE FROM mysql.global_priv WHERE User = '';
FLUSH PRIVILEGES;
CREATE USER 'parity'@'%' IDENTIFIED BY '${password}';
CREATE USER 'parity'@'localhost' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON *.* TO 'parity'@'%' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'parity'@'localhost' WITH GRANT OPTION;
CREATE DATABASE parity_test;
FLUSH PRIVILEGES;
SQL
    echo "MariaDB $("$mariadbd_bin" --version | awk '{print $3}') listening on 127.0.0.1:$port (data in $dir, run as $owner)"
    ;;
stop)
    stop_server
    rm -rf "$dir"
    echo "MariaDB on port $port stopped"
    ;;
*)
    echo "usage: $0 start|stop DIR PORT [PASSWORD]" >&2
    exit 2
    ;;
esac
