#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for tests and benchmarks.
#
#   eval "$(scripts/pg-cluster.sh start)"   # exports WHOSAID_TEST_DATABASE_URL and WHOSAID_PG_DIR
#   ...
#   scripts/pg-cluster.sh stop              # stops the cluster in $WHOSAID_PG_DIR (or the DIR given) and deletes it
#   scripts/pg-cluster.sh halt|resume [DIR] # stops / restarts the server on the same port, keeping the data (fault tests)
#
# The cluster lives in a fresh temporary folder, listens on 127.0.0.1 only, on a free port in 20000-32767 (below the kernel's ephemeral ports, which a client may take),
# with trust authentication for the postgres user (it is reachable from this machine only, and only while it runs).
# As root, initdb and postgres run as the `postgres` user (PostgreSQL refuses to run as root).
# PG_BIN overrides where the server binaries are found; WHOSAID_PG_DB names the database (default whosaid_test).
set -euo pipefail

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return; fi
  if command -v pg_config >/dev/null 2>&1; then pg_config --bindir; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  echo "pg-cluster: PostgreSQL server binaries not found (set PG_BIN)" >&2
  exit 1
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin dir port db attempt
  bin=$(find_bin)
  db="${WHOSAID_PG_DB:-whosaid_test}"
  dir=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-pg.XXXXXX")
  chmod 755 "$dir"
  if [[ "$(id -u)" == "0" ]]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 12768))
    port_in_use "$port" && continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null; then
      as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
      echo "$port" >"$dir/port"
      echo "export WHOSAID_PG_DIR=$dir"
      echo "export WHOSAID_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/$db"
      return
    fi
  done
  echo "pg-cluster: could not start PostgreSQL; see $dir/server.log" >&2
  exit 1
}

# The cluster folder named by $1 or $WHOSAID_PG_DIR, checked to be one this script made.
cluster_dir() {
  local dir="${1:-${WHOSAID_PG_DIR:-}}"
  if [[ -z "$dir" || ! -d "$dir/data" ]]; then
    echo "pg-cluster: no cluster folder given (pass DIR or set WHOSAID_PG_DIR)" >&2
    exit 1
  fi
  case "$dir" in
    */whosaid-pg.*) echo "$dir" ;;
    *) echo "pg-cluster: $dir is not a folder this script made" >&2; exit 1 ;;
  esac
}

stop() {
  local dir
  dir=$(cluster_dir "${1:-}")
  as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

halt() {
  local dir
  dir=$(cluster_dir "${1:-}")
  as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

resume() {
  local dir port
  dir=$(cluster_dir "${1:-}")
  port=$(cat "$dir/port")
  as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  halt) halt "${2:-}" ;;
  resume) resume "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR] | halt [DIR] | resume [DIR]" >&2; exit 2 ;;
esac
