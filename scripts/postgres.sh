#!/usr/bin/env bash
# A throw-away PostgreSQL on loopback, for the tests and for developers. No Docker.
#
#   scripts/postgres.sh start   initdb (first time) and start; prints the JDBC URL
#   scripts/postgres.sh stop    stop it (the data stays in $PGDATA until you delete it)
#   scripts/postgres.sh url     print the JDBC URL
#   scripts/postgres.sh reset   stop it and delete its data
#
# Settings (environment): PGPORT (5433), PGROOT (/tmp/rollout-postgres-PGPORT), ROLLOUT_DB (rollout),
# ROLLOUT_DB_USER (rollout), ROLLOUT_DB_PASSWORD (rollout-test-password).
# Runs as root (as CI does; the server itself runs as the postgres user) or as a user
# who owns PGROOT.
set -euo pipefail

PGPORT=${PGPORT:-5433}
PGROOT=${PGROOT:-${TMPDIR:-/tmp}/rollout-postgres-$PGPORT}
PGDATA="$PGROOT/data"
SOCKDIR="$PGROOT/run"
LOGDIR="$PGROOT/log"
DB=${ROLLOUT_DB:-rollout}
DB_USER=${ROLLOUT_DB_USER:-rollout}
DB_PASSWORD=${ROLLOUT_DB_PASSWORD:-rollout-test-password}

pgbin() {
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
  echo "/usr/lib/postgresql/$version/bin"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() {
  echo "jdbc:postgresql://127.0.0.1:$PGPORT/$DB"
}

start() {
  local bin owner
  bin=$(pgbin)
  owner=$([ "$(id -u)" = 0 ] && echo postgres || id -un)
  mkdir -p "$PGROOT"
  install -d -m 700 -o "$owner" "$PGDATA"
  install -d -m 755 -o "$owner" "$SOCKDIR" "$LOGDIR"
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$LOGDIR/initdb.log"
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$PGDATA" -l "$LOGDIR/server.log" -w -t 60 \
      -o "-p $PGPORT -k $SOCKDIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  fi
  local psql=("$bin/psql" -h "$SOCKDIR" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q)
  if ! as_postgres "${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1; then
    as_postgres "${psql[@]}" -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
  fi
  if ! as_postgres "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_postgres "${psql[@]}" -c "CREATE DATABASE \"$DB\" OWNER \"$DB_USER\""
  fi
  url
}

stop() {
  local bin
  bin=$(pgbin)
  if [ -s "$PGDATA/PG_VERSION" ]; then
    as_postgres "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  reset) stop; rm -rf "$PGROOT" ;;
  *) echo "usage: $0 start|stop|url|reset" >&2; exit 2 ;;
esac
