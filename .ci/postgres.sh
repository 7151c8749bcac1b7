# A throwaway PostgreSQL server for the tests. Source this file, then:
#   postgres_start   installs Debian's postgresql when absent, starts a server as an unprivileged user in a
#                    temporary folder on a free loopback port, and exports DIGESTBOT_TEST_POSTGRES
#   postgres_stop    stops it and removes the folder (.ci/run calls it from an EXIT trap, so also on failure)
# Run by hand: `source .ci/postgres.sh && postgres_start`, then `dotnet test`, then `postgres_stop`.

postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
    fi
  done | sort -V | tail -n 1
}

postgres_install() {
  if [ -n "$(postgres_bin)" ]; then
    return 0
  fi
  echo "postgres: installing Debian's postgresql package" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

# A loopback port nothing listens on: bash's /dev/tcp fails to connect to it.
postgres_free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# The server refuses to run as root: as root, run it as the package's postgres user.
postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_start() {
  postgres_install || { echo "postgres: could not install postgresql" >&2; return 1; }
  local bin port
  bin=$(postgres_bin)
  port=$(postgres_free_port) || { echo "postgres: no free loopback port" >&2; return 1; }
  POSTGRES_DIR=$(mktemp -d /tmp/digestbot-postgres.XXXXXX)
  export POSTGRES_DIR
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$POSTGRES_DIR"
  fi
  postgres_as_owner "$bin/initdb" -D "$POSTGRES_DIR/data" -U digestbot --auth=trust -E UTF8 --no-locale >"$POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$POSTGRES_DIR/initdb.log" >&2; return 1; }
  # fsync off: a test server loses nothing that matters when the machine dies, and runs much faster.
  postgres_as_owner "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 60 \
    -o "-p $port -k $POSTGRES_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >&2 \
    || { cat "$POSTGRES_DIR/server.log" >&2; return 1; }
  export DIGESTBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=digestbot;Database=postgres"
  echo "postgres: test server on 127.0.0.1:$port ($POSTGRES_DIR)" >&2
}

postgres_stop() {
  if [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR/data" ]; then
    postgres_as_owner "$(postgres_bin)/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$POSTGRES_DIR"
    echo "postgres: test server stopped" >&2
  fi
}
