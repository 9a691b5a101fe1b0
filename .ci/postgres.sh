#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the portal tests: `start` prints the TEST_DATABASE_URL,
# `stop <dir>` stops the server and removes the cluster. Debian's server refuses to run as root,
# so as root it runs as the package's postgres user.
set -euo pipefail
bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$1" in
  start)
    if [ -z "$(bin)" ]; then
      apt-get update -qq
      apt-get install -y -qq postgresql >/dev/null
    fi
    dir=$(mktemp -d /tmp/regioruimte-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=${PGPORT_TEST:-54329}
    as_pg "$(bin)/initdb" -D "$dir/data" -A trust -U regioruimte -E UTF8 --no-locale >/dev/null
    as_pg "$(bin)/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -c listen_addresses=127.0.0.1 -k $dir" start >/dev/null
    echo "$dir postgres://regioruimte@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$(bin)/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null || true
    rm -rf "$2"
    ;;
esac
