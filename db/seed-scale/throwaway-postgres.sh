#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for seed:scale and bench:load (the same steps as CI's), with
# pg_stat_statements loaded so the load benchmark can count statements and their time.
#
#   eval "$(db/seed-scale/throwaway-postgres.sh start)"   # prints export DATABASE_URL=… and PG_THROWAWAY_DIR=…
#   db/seed-scale/throwaway-postgres.sh stop "$PG_THROWAWAY_DIR"
#
# Run as root (initdb refuses root, so it runs as the postgres user) or as the postgres user.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    DIR=$(mktemp -d /tmp/rn-scale-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    cd "$DIR"
    PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
    NAME=${PG_NAME:-restorative_scale}
    as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 start -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off \
      -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c shared_buffers=256MB -c max_connections=60" >/dev/null \
      || { cat "$DIR/log" >&2; exit 1; }
    as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$NAME"
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/$NAME"
    echo "export PG_THROWAWAY_DIR=$DIR"
    ;;
  stop)
    DIR=${2:?which server? pass the PG_THROWAWAY_DIR that start printed}
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
