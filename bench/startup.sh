#!/usr/bin/env bash
# Start-up, idle memory and warm-up of the production command, RUNS times, each on a fresh copy of a seeded data
# directory:
#   - ready: from the launch to the first 200 of /q/health/ready;
#   - idle RSS: resident memory of the JVM 10 s after ready;
#   - with THROUGHPUT=1 also deposits in the first 30 s after that against settled deposits (a 60 s warm-up,
#     then 20 s), wrk -t2 -c16 as bench/compare.sh.
# The seeded data directory (a user, 60 deposits and ENTRIES entries, by bench/SeedHistory.java) is made once and
# kept in target/bench/startup-ENTRIES; its user's token and account are in the .user file next to it (the token
# lives 12 h: delete both to seed again). Each data directory is prepared by one start that is not measured
# (it applies the migrations of this build and lets docker/run.sh make its class archive).
#
#   bench/startup.sh                               # RUNS=5 ENTRIES=100000 THROUGHPUT=0
#   RUNS=3 ENTRIES=1000000 THROUGHPUT=1 bench/startup.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh     # the service on Java 25, its AOT cache
#   LAUNCH='java -XX:+UseSerialGC -jar target/quarkus-app/quarkus-run.jar' bench/startup.sh   # another command
#   JAVA_OPTS_APPEND='-XX:TieredStopAtLevel=1' bench/startup.sh   # further JVM options (docker/run.sh adds them)
#
# Needs Java 17+, curl and, with THROUGHPUT=1, wrk (apt-get install wrk).
source "$(dirname "$0")/common.sh"
RUNS=${RUNS:-5}
ENTRIES=${ENTRIES:-100000}
THROUGHPUT=${THROUGHPUT:-0}
LAUNCH=${LAUNCH:-docker/run.sh}
SEEDED=${SEEDED:-target/bench/startup-$ENTRIES}
SERVICE_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ ! -f "$SEEDED/ledger.db" ] || [ ! -f "$SEEDED.user" ]; then
  echo "== seeding $SEEDED with $ENTRIES entries (once)"
  rm -rf "$SEEDED" "$SEEDED.user"
  start
  read -r token account < <(bench LedgerBench user "$BASE")
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"amount":"5.00","description":"seed"}' "$BASE/api/accounts/$account/deposits"
  done
  stop
  bench SeedHistory "$DATA/ledger.db" "$account" "$ENTRIES" >/dev/null
  mkdir -p "$(dirname "$SEEDED")"
  cp -a "$DATA" "$SEEDED"
  rm -f "$SEEDED/service.log"
  echo "$token $account" >"$SEEDED.user"
fi
read -r TOKEN ACCOUNT <"$SEEDED.user"
export TOKEN

deposit_script "$DATA/deposit.lua"
deposits() {
  wrk -t2 -c16 -d"$1s" -s "$DATA/deposit.lua" "$BASE/api/accounts/$ACCOUNT/deposits" 2>/dev/null |
    awk '/Requests\/sec/ {printf "%.0f", $2}'
}

RUN_DATA="$DATA/run"
# one start on the seed itself, not measured: this build's migrations, and the class archive of docker/run.sh
DATA="$SEEDED" start
stop
echo "service: $LAUNCH ${JAVA_OPTS_APPEND:-} on $("$SERVICE_JAVA" -version 2>&1 | head -n 1); $(cat docker/java-options)"
echo "data: a copy of $SEEDED ($(du -sh "$SEEDED/ledger.db" | cut -f1))"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$RUN_DATA"
  cp -a "$SEEDED" "$RUN_DATA"
  sync
  started=$(date +%s%N)
  LEDGER_DATA_DIR="$RUN_DATA" QUARKUS_HTTP_PORT=$PORT LEDGER_HTTP_MAX_CONNECTIONS_PER_ADDRESS=1000000 \
    $LAUNCH >"$LOG" 2>&1 &
  SERVICE=$!
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$SERVICE" 2>/dev/null || { echo "the service did not start; its log:" >&2; tail -n 20 "$LOG" >&2; exit 1; }
    sleep 0.01
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep 10
  rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE/status")
  line="run $run: ready ${ready_ms} ms; idle RSS $(( rss_kib / 1024 )) MiB"
  if [ "$THROUGHPUT" = 1 ]; then
    cold=$(deposits 30)
    deposits 60 >/dev/null
    settled=$(deposits 20)
    line="$line; deposits first 30 s ${cold}/s, settled ${settled}/s, ratio $(awk -v a="$cold" -v b="$settled" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
  fi
  echo "$line"
  stop
done
