#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server on 127.0.0.1 for the tests and benchmarks. Sourced, not run.
#   ehya_pg_start DIR   initdb in DIR (owned by the postgres OS user), start on a free port, create
#                       the application's group roles (scripts/server/roles.sql) and the login role
#                       ehya_test; exports EHYA_TEST_PG=postgresql://ehya_test@127.0.0.1:PORT/postgres
#   ehya_pg_stop        stops it and removes DIR
# EHYA_PG_DURABLE=1 keeps fsync and synchronous commit on (the benchmarks: SQLite's synchronous=FULL
# is compared with a server that writes as durably).
# Fails, saying why, when the server cannot be set up: no test is skipped for want of a server.

EHYA_PG_BIN=${EHYA_PG_BIN:-/usr/lib/postgresql/15/bin}

ehya_pg_as() { # run as the postgres OS user when we are root (initdb refuses root)
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ehya_pg_free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

ehya_pg_start() {
  local dir=$1 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  if [[ ! -x $EHYA_PG_BIN/initdb ]]; then
    echo "pg: PostgreSQL 15 is not installed ($EHYA_PG_BIN/initdb missing)" >&2
    return 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      echo "pg: the postgres user cannot reach $dir (a parent folder is closed to it); choose another" >&2
      return 1
    fi
  fi
  if ! ehya_pg_as "$EHYA_PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1; then
    echo "pg: initdb failed; its log:" >&2
    cat "$dir/initdb.log" >&2
    return 1
  fi
  local port
  port=$(ehya_pg_free_port)
  # Throwaway: no fsync (unless EHYA_PG_DURABLE=1), many connections for the concurrency tests,
  # sockets only in DIR.
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [[ ${EHYA_PG_DURABLE:-0} == 1 ]] && durability=""
  if ! ehya_pg_as "$EHYA_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
          $durability -c max_connections=200" \
      >/dev/null; then
    echo "pg: the server did not start on 127.0.0.1:$port; its log:" >&2
    cat "$dir/server.log" >&2
    ehya_pg_as "$EHYA_PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    return 1
  fi
  export EHYA_PG_DIR=$dir EHYA_PG_PORT=$port
  if ! psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -f "$root/scripts/server/roles.sql" \
      -c "CREATE ROLE ehya_test LOGIN CREATEDB CREATEROLE IN ROLE ehya_admin" >/dev/null; then
    echo "pg: creating the roles failed" >&2
    ehya_pg_stop
    return 1
  fi
  export EHYA_TEST_PG="postgresql://ehya_test@127.0.0.1:$port/postgres"
  echo "pg: throwaway PostgreSQL on 127.0.0.1:$port ($dir)" >&2
}

ehya_pg_stop() {
  [[ -n ${EHYA_PG_DIR:-} && -d $EHYA_PG_DIR/data ]] || return 0
  ehya_pg_as "$EHYA_PG_BIN/pg_ctl" -D "$EHYA_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$EHYA_PG_DIR"
  unset EHYA_PG_DIR EHYA_PG_PORT EHYA_TEST_PG
}
