#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests (and the PostgreSQL benchmarks): its own data folder, loopback
# only, trust authentication, the database charterbot_test. Uses Debian's postgresql package
# (apt-get install postgresql). Prints the URL to put in TEST_DATABASE_URL.
#
# FOR TESTS ONLY: it runs PostgreSQL with fsync=off, synchronous_commit=off and full_page_writes=off, which
# makes the test runs fast and means a crash or power cut can lose committed rows or corrupt the cluster.
# A production database must keep the defaults: fsync = on, synchronous_commit = on and
# full_page_writes = on; otherwise an audit record or a digest claim charterbot saw committed may be gone
# after a crash, and a digest may be posted twice. See README, "Running several instances".
#   scripts/start-postgres.sh          start (initialising the folder the first time)
#   scripts/start-postgres.sh stop     stop it
set -euo pipefail
DATA="${CHARTERBOT_PG_DATA:-/tmp/charterbot-pg}"
PORT="${CHARTERBOT_PG_PORT:-25432}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
# PostgreSQL refuses to run as root: run its programs as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-start}" = stop ]; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -m fast stop || true
  exit 0
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
fi
as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'charterbot_test'" | grep -q 1 ||
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres charterbot_test
echo "postgres://postgres@127.0.0.1:$PORT/charterbot_test"
