#!/usr/bin/env bash
# Ledger benchmark: deposits per second with concurrent clients on SQLite with durable commits, and
# history page latency at a depth of 1,000,000 entries. Starts its own service on a fresh data directory.
#
#   bench/run.sh                 # CLIENTS=16 WARMUP=90 SECONDS_=30 ENTRIES=1000000
#
# Needs only Java 17+. Passwords are hashed with bcrypt cost 4 here: this measures the ledger, not login.
source "$(dirname "$0")/common.sh"
CLIENTS=${CLIENTS:-16}
WARMUP=${WARMUP:-90}
SECONDS_=${SECONDS_:-30}
ENTRIES=${ENTRIES:-1000000}

start
echo "== deposits: warm-up ${WARMUP}s, then ${SECONDS_}s measured, $CLIENTS clients, synchronous=FULL"
bench LedgerBench deposits "$BASE" "$CLIENTS" "$WARMUP" >/dev/null
bench LedgerBench deposits "$BASE" "$CLIENTS" "$SECONDS_"

echo "== history at $ENTRIES entries"
read -r TOKEN ACCOUNT < <(bench LedgerBench user "$BASE")
stop
bench SeedHistory "$DATA/ledger.db" "$ACCOUNT" "$ENTRIES" 2>/dev/null
start
bench LedgerBench history "$BASE" "$TOKEN" "$ACCOUNT" 3000
started=$(date +%s%N)
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/accounts/$ACCOUNT/verify"
echo
echo "verify of $ENTRIES entries: $(( ($(date +%s%N) - started) / 1000000 )) ms"
