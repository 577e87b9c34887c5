#!/usr/bin/env bash
# A throwaway PostgreSQL for the store tests, listening only on 127.0.0.1. Prints one line to
# stdout, the `export TEST_DATABASE_URL=...` to eval; everything else goes to stderr:
#
#   eval "$(bash scripts/ci-postgres.sh)"
#
# Idempotent: a second run finds the server already running and prints the same line.
# Installs Debian's postgresql when it is missing (needs root, as in CI).
set -euo pipefail

PORT="${HIRELANE_PG_PORT:-54329}"
ROOT="${HIRELANE_PG_DIR:-/tmp/hirelane-ci-postgres}"
DB=hirelane_test
ROLE=hirelane
PASSWORD=hirelane

log() { echo "ci-postgres: $*" >&2; }

# Debian installs each major version side by side; take the newest.
find_bindir() {
  { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null || true; } |
    sort -V | tail -n 1
}

BINDIR="$(find_bindir)"
if [ -z "$BINDIR" ]; then
  log "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BINDIR="$(find_bindir)"
fi

# initdb and postgres refuse to run as root: run them as the package's postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

DATA="$ROOT/data"
mkdir -p "$ROOT"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$ROOT"; fi

if [ ! -s "$DATA/PG_VERSION" ]; then
  log "creating a cluster in $DATA"
  # Trust on the Unix socket (inside $ROOT, for this script); passwords over TCP.
  as_owner "$BINDIR/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "reusing the server running on 127.0.0.1:$PORT"
else
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $ROOT" start >&2
fi

# CREATEDB: each test file works in a database of its own, so files can run in parallel.
as_owner "$BINDIR/psql" -h "$ROOT" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt >&2 <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '$ROLE', '$PASSWORD')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', '$DB', '$ROLE')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB')
\gexec
SQL

echo "export TEST_DATABASE_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
