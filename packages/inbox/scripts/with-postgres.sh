#!/usr/bin/env bash
# Runs a command (default: the inbox tests) with DATABASE_URL pointing at a throw-away
# PostgreSQL made from Debian's server binaries in a temp folder, then stops and deletes it.
#   bash scripts/with-postgres.sh                 # npm test, on SQLite and PostgreSQL
#   bash scripts/with-postgres.sh npm run bench   # the bench, both databases
# PG_BIN (server binaries folder) and PG_PORT (default 54329) override the defaults.
set -euo pipefail
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found: apt-get install -y postgresql (or set PG_BIN)" >&2
  exit 1
fi
PORT=${PG_PORT:-54329}
DIR=$(mktemp -d /tmp/govkit-inbox-pg.XXXXXX)
AS=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: run the server as the postgres user.
  chown postgres "$DIR"
  AS=(runuser -u postgres --)
fi
stop() {
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
"${AS[@]}" "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -l "$DIR/server.log" -w start >/dev/null
"${AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres inbox
export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/inbox"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at $DATABASE_URL" >&2
if [ $# -eq 0 ]; then set -- npm test; fi
"$@"
