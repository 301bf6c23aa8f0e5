#!/usr/bin/env bash
# Ledger benchmark: deposits per second with concurrent clients on SQLite with durable commits, and
# history page latency at a depth of 1,000,000 entries. Starts its own service on a fresh data directory.
#
#   bench/run.sh                 # defaults below
#   CLIENTS=16 WARMUP=60 SECONDS_=30 ENTRIES=1000000 bench/run.sh
#
# Needs only Java 17+. Passwords are hashed with bcrypt cost 4 here: this measures the ledger, not login.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-16}
WARMUP=${WARMUP:-60}
SECONDS_=${SECONDS_:-30}
ENTRIES=${ENTRIES:-1000000}
PORT=${PORT:-8099}
BASE="http://localhost:$PORT"
CP='target/quarkus-app/app/*:target/quarkus-app/lib/main/*'

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests
DATA=$(mktemp -d)
LOG="$DATA/service.log"
SERVICE=

start() {
  LEDGER_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT LEDGER_AUTH_BCRYPT_COST=4 \
    java -jar target/quarkus-app/quarkus-run.jar >>"$LOG" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do
    curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "service did not start; see $LOG" >&2
  exit 1
}
stop() {
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  SERVICE=
}
trap 'stop; rm -rf "$DATA"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
start

echo "== deposits: warm-up ${WARMUP}s, then ${SECONDS_}s measured, $CLIENTS clients, synchronous=FULL"
java bench/LedgerBench.java deposits "$BASE" "$CLIENTS" "$WARMUP" >/dev/null
java bench/LedgerBench.java deposits "$BASE" "$CLIENTS" "$SECONDS_"

echo "== history at $ENTRIES entries"
read -r TOKEN ACCOUNT < <(java bench/LedgerBench.java user "$BASE")
stop
java -cp "$CP" bench/SeedHistory.java "$DATA/ledger.db" "$ACCOUNT" "$ENTRIES"
start
java bench/LedgerBench.java history "$BASE" "$TOKEN" "$ACCOUNT" 2000
start_verify=$(date +%s%N)
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/accounts/$ACCOUNT/verify"
echo
echo "verify of $ENTRIES entries: $(( ($(date +%s%N) - start_verify) / 1000000 )) ms"
