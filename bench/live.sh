#!/usr/bin/env bash
# Live-update benchmark: 1,000 and then 10,000 open event streams on one instance while deposits flow;
# deposit-to-event latency, heap per open stream, and the heap once every stream is closed again.
#
#   bench/live.sh                # USERS_PER_10=1 RATE=100 SECONDS_=30
#
# Opening 10,000 connections needs a file-descriptor limit above 10,000 (ulimit -n) in both processes.
source "$(dirname "$0")/common.sh"
RATE=${RATE:-100}
SECONDS_=${SECONDS_:-30}
ulimit -n 30000 2>/dev/null || true

start
echo "(warm-up: 1000 streams for 15 s, not reported)"
bench LiveBench "$BASE" "$SERVICE" 1000 100 15 "$RATE" >/dev/null
for streams in 1000 10000; do
  echo "== $streams streams, $((streams / 10)) users with 10 streams each, $RATE deposits/s for ${SECONDS_}s"
  bench LiveBench "$BASE" "$SERVICE" "$streams" $((streams / 10)) "$SECONDS_" "$RATE"
  sleep 2
  jcmd "$SERVICE" GC.run >/dev/null
  echo "server heap with every stream closed again: $(jcmd "$SERVICE" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
done
