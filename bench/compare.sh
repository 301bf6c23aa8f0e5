#!/usr/bin/env bash
# Reads, writes and start-up side by side, measured in one run on this machine, with wrk on the same cores:
#   - throughput of GET /q/health/live (HTTP, no auth, no database: the floor), GET /api/accounts/{id},
#     a 50-row history page and deposits, each as a ratio to the floor;
#   - deposits against a bare durable SQLite transaction loop with the same settings (bench/SqliteLoop.java);
#   - one-client history latency at ENTRIES entries (by day and in recording order, first and deep pages),
#     search latency (common and rare texts, a payee), reports over the five years (spending by category,
#     payee and tag, income against expense, net worth by day and month), a deposit dated five
#     years back, verify of ENTRIES entries;
#   - start-up to ready on an existing data directory, resident memory at idle, and deposits in the first
#     30 s after start against settled deposits.
# Every start is README's production command, docker/run.sh (docker/java-options and the class archive), with
# the Java of JAVA_HOME, else the one on PATH; the archive is made first (docker/run.sh train).
#
#   bench/compare.sh                      # SQLite: WARMUP=60 SECONDS_=20 ENTRIES=1000000 CONNECTIONS=16 THREADS=2
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/compare.sh   # the service on Java 25, with its AOT cache
#   LEDGER_CDS=off bench/compare.sh       # without the class archive
#   DB=postgresql PGPASSWORD=… bench/compare.sh   # the PostgreSQL build against a local server (PGHOST,
#                                         # PGUSER: localhost, postgres); a database is created and dropped
#
# Needs Java 17+, wrk (apt-get install wrk) and, for PostgreSQL, psql.
DB=${DB:-sqlite}
if [ "$DB" = postgresql ]; then
  BUILD_PROFILE=-Ppostgresql
  PGHOST=${PGHOST:-localhost}
  PGUSER=${PGUSER:-postgres}
  export PGHOST PGUSER
  BENCH_DB="ledger_bench_$$"
  psql -q -d postgres -c "CREATE DATABASE $BENCH_DB"
  export QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$PGHOST:5432/$BENCH_DB"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$BENCH_DB"
  export QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
fi
source "$(dirname "$0")/common.sh"
WARMUP=${WARMUP:-60}
SECONDS_=${SECONDS_:-20}
ENTRIES=${ENTRIES:-1000000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
# README's production command
LAUNCH=docker/run.sh
command -v wrk >/dev/null || { echo "bench/compare.sh needs wrk: apt-get install wrk" >&2; exit 1; }
if [ "$DB" = postgresql ]; then
  trap 'stop; rm -rf "$DATA"; psql -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB" || true' EXIT
  SEED_TARGET="jdbc:postgresql://$PGHOST:5432/$BENCH_DB?user=$PGUSER&password=${PGPASSWORD:-}"
else
  SEED_TARGET="$DATA/ledger.db"
fi
SERVICE_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
docker/run.sh train
if "$SERVICE_JAVA" -version 2>&1 | grep -q '"\(2[5-9]\|[3-9][0-9]\)'; then archive=target/quarkus-app/ledger.aot
else archive=target/quarkus-app/ledger.jsa; fi
if [ "${LEDGER_CDS:-on}" != off ] && [ -f "$archive" ]; then archive="class archive $archive"; else archive="no class archive"; fi
echo "database: $DB; service: $LAUNCH on $("$SERVICE_JAVA" -version 2>&1 | head -n 1), $archive; $(cat docker/java-options)"

LUA="$DATA/wrk"
mkdir -p "$LUA"
cat >"$LUA/get.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
LUA
deposit_script "$LUA/deposit.lua"

# Requests per second of one wrk run.
rate() {
  local seconds=$1 script=$2 url=$3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" -s "$script" "$url" 2>/dev/null |
    awk '/Requests\/sec/ {printf "%.0f", $2}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

start
read -r TOKEN ACCOUNT < <(bench LedgerBench user "$BASE")
export TOKEN
for _ in $(seq 1 60); do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"amount":"5.00","description":"seed"}' "$BASE/api/accounts/$ACCOUNT/deposits"
done
HEALTH="$BASE/q/health/live"
ONE="$BASE/api/accounts/$ACCOUNT"
PAGE="$BASE/api/accounts/$ACCOUNT/transactions?limit=50"
POST="$BASE/api/accounts/$ACCOUNT/deposits"

echo "== warm-up: ${WARMUP}s over all four requests (not reported)"
quarter=$(( WARMUP / 4 > 0 ? WARMUP / 4 : 1 ))
for url in "$HEALTH" "$ONE" "$PAGE"; do rate "$quarter" "$LUA/get.lua" "$url" >/dev/null; done
rate "$quarter" "$LUA/deposit.lua" "$POST" >/dev/null

echo "== measured: ${SECONDS_}s each, wrk -t$THREADS -c$CONNECTIONS"
health=$(rate "$SECONDS_" "$LUA/get.lua" "$HEALTH")
one=$(rate "$SECONDS_" "$LUA/get.lua" "$ONE")
page=$(rate "$SECONDS_" "$LUA/get.lua" "$PAGE")
deposits=$(rate "$SECONDS_" "$LUA/deposit.lua" "$POST")
stop
loop=$(bench SqliteLoop "$DATA/loop" "$SECONDS_" | awk '{print $(NF-1)}')

printf '\n| request | throughput | ratio |\n| --- | --- | --- |\n'
printf '| GET /q/health/live | %s/s | 1.00 (the floor) |\n' "$health"
printf '| GET /api/accounts/{id} | %s/s | %s x health |\n' "$one" "$(ratio "$one" "$health")"
printf '| GET .../transactions?limit=50 | %s/s | %s x health |\n' "$page" "$(ratio "$page" "$health")"
printf '| POST .../deposits | %s/s | %s x a bare durable SQLite loop (%s tx/s) |\n\n' "$deposits" \
  "$(ratio "$deposits" "$loop")" "$loop"

echo "== at $ENTRIES entries, after a restart"
seed_report=$(bench SeedHistory "$SEED_TARGET" "$ACCOUNT" "$ENTRIES" 2>/dev/null)
echo "$seed_report"
seeded=$(awk '/^seeded/ {print $(NF-1)}' <<<"$seed_report")
started=$(date +%s%N)
start
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
sleep 10
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE/status")
echo "start-up to ready on an existing data directory: ${ready_ms} ms; resident memory at idle (10 s after ready): $(( rss_kib / 1024 )) MiB"
cold=$(rate 30 "$LUA/deposit.lua" "$POST")
# one client, wrk's own latency (the Java client of bench/LedgerBench.java adds its own ~0.3 ms)
read -r _ FIRST_DAY LAST_DAY < <(grep '^days ' <<<"$seed_report")
# A cursor names a position and carries a check value (app.ledger.journal.history.PageCursor).
cursor() {
  local plain=$1
  printf '%s.%s' "$plain" "$(printf 'ledger-cursor:%s' "$plain" | sha256sum | cut -c1-8)" | base64 -w0 | tr '+/' '-_' | tr -d '='
}
# 500 positions spread over the whole depth, in each order
{
  echo 'wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")'
  echo 'occurred = {'
  for _ in $(seq 1 500); do
    echo "\"$(cursor "1o$(( FIRST_DAY + (RANDOM * 32768 + RANDOM) % (LAST_DAY - FIRST_DAY + 1) )).$(( (RANDOM * 32768 + RANDOM) % seeded + 1 ))")\","
  done
  echo '}'
  echo 'recorded = {'
  for _ in $(seq 1 500); do
    echo "\"$(cursor "1r0.$(( (RANDOM * 32768 + RANDOM) % (seeded - 51) + 51 ))")\","
  done
  echo '}'
} >"$LUA/cursors.lua"
cat "$LUA/cursors.lua" >"$LUA/deep.lua"
cat >>"$LUA/deep.lua" <<LUA
request = function()
  return wrk.format(nil, "/api/accounts/$ACCOUNT/transactions?limit=50&cursor=" .. occurred[math.random(#occurred)])
end
LUA
cat "$LUA/cursors.lua" >"$LUA/deep-recorded.lua"
cat >>"$LUA/deep-recorded.lua" <<LUA
request = function()
  return wrk.format(nil, "/api/accounts/$ACCOUNT/transactions?limit=50&order=recorded&cursor="
    .. recorded[math.random(#recorded)])
end
LUA
latency() {
  local label=$1 script=$2 url=$3
  wrk -t1 -c1 -d10s -s "$script" "$url" >/dev/null
  wrk -t1 -c1 -d"${SECONDS_}s" --latency -s "$script" "$url" |
    awk -v l="$label" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {print l ": p50 " p50 ", p99 " p99 (bad ? " (" bad " answers not 2xx!)" : "")}'
}
# Nothing has read history since the restart: the JIT's first compilations of the read path would land in the
# case measured first (its p99 carried them: 3.1-4.1 ms against 1.5-2.5 ms for the same request measured again),
# so each of the four is warmed before any is measured, as the throughput figures are.
wrk -t1 -c1 -d10s -s "$LUA/get.lua" "$PAGE" >/dev/null
wrk -t1 -c1 -d10s -s "$LUA/deep.lua" "$PAGE" >/dev/null
wrk -t1 -c1 -d10s -s "$LUA/get.lua" "$PAGE&order=recorded" >/dev/null
wrk -t1 -c1 -d10s -s "$LUA/deep-recorded.lua" "$PAGE" >/dev/null
latency "history by day at $seeded entries, one client: first page" "$LUA/get.lua" "$PAGE"
latency "  pages at random depths (any day of five years)" "$LUA/deep.lua" "$PAGE"
latency "  in recording order: first page" "$LUA/get.lua" "$PAGE&order=recorded"
latency "  in recording order: pages at random depths" "$LUA/deep-recorded.lua" "$PAGE"
SEARCH="$BASE/api/entries?limit=50"
latency "search across accounts, first page: a common text (q=salary, 10% of entries)" "$LUA/get.lua" "$SEARCH&q=salary"
latency "  a rare text (q=salary 77770, one entry)" "$LUA/get.lua" "$SEARCH&q=salary%2077770"
latency "  a payee (payee=market 42, 0.05% of entries)" "$LUA/get.lua" "$SEARCH&payee=market%2042"
latency "  no filter" "$LUA/get.lua" "$SEARCH"
REPORT_RANGE="from=$(date -u -d "@$(( FIRST_DAY * 86400 ))" +%F)&to=$(date -u -d "@$(( LAST_DAY * 86400 ))" +%F)"
latency "spending by category over five years, by month" "$LUA/get.lua" \
  "$BASE/api/reports/spending?$REPORT_RANGE&interval=month"
latency "  by week" "$LUA/get.lua" "$BASE/api/reports/spending?$REPORT_RANGE&interval=week"
latency "income against expense over five years, by month" "$LUA/get.lua" \
  "$BASE/api/reports/income-expense?$REPORT_RANGE&interval=month"
latency "spending by payee over five years, by month" "$LUA/get.lua" \
  "$BASE/api/reports/spending?$REPORT_RANGE&interval=month&groupBy=payee"
latency "  by tag, by week" "$LUA/get.lua" "$BASE/api/reports/spending?$REPORT_RANGE&interval=week&groupBy=tag"
latency "net worth over five years, by day" "$LUA/get.lua" "$BASE/api/reports/net-worth?$REPORT_RANGE&interval=day"
latency "  by month, converted" "$LUA/get.lua" \
  "$BASE/api/reports/net-worth?$REPORT_RANGE&interval=month&currency=USD"
# A deposit dated five years back, against one dated today: each is one request of its own, one after the other.
deposit_ms() {
  local day=$1
  curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"amount\":\"1.00\",\"description\":\"dated\",\"occurredOn\":\"$day\"}" "$POST"
}
median_ms() { sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR + 1) / 2)] * 1000}'; }
five_years_ago=$(date -u -d '5 years ago' +%F)
today=$(date -u +%F)
for _ in $(seq 1 20); do deposit_ms "$today" >/dev/null; done
backdated=$(for _ in $(seq 1 50); do deposit_ms "$five_years_ago"; done | median_ms)
dated_today=$(for _ in $(seq 1 50); do deposit_ms "$today"; done | median_ms)
echo "a deposit dated five years back, one at a time: median ${backdated} ms (dated today: ${dated_today} ms)"
started=$(date +%s%N)
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/accounts/$ACCOUNT/verify"
echo
verify_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_after=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE/status")
rate "$WARMUP" "$LUA/deposit.lua" "$POST" >/dev/null
settled=$(rate "$SECONDS_" "$LUA/deposit.lua" "$POST")
echo "verify of $ENTRIES+ entries: ${verify_ms} ms (resident memory after it: $(( rss_after / 1024 )) MiB)"
echo "deposits in the first 30 s after start: ${cold}/s; settled: ${settled}/s; $(ratio "$cold" "$settled") of settled"
