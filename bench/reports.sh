#!/usr/bin/env bash
# Report latency alone (the report lines of bench/compare.sh, and a few more, without its throughput runs): ENTRIES entries
# over five years in one account (bench/SeedHistory.java), then one client per report with wrk, 10 s warm-up
# and SECONDS_ measured each.
#
#   bench/reports.sh             # SQLite: SECONDS_=20 ENTRIES=1000000
#
# Needs Java 17+ and wrk (apt-get install wrk).
source "$(dirname "$0")/common.sh"
SECONDS_=${SECONDS_:-20}
ENTRIES=${ENTRIES:-1000000}
command -v wrk >/dev/null || { echo "bench/reports.sh needs wrk: apt-get install wrk" >&2; exit 1; }
echo 'wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")' >"$DATA/get.lua"

start
read -r TOKEN ACCOUNT < <(bench LedgerBench user "$BASE")
export TOKEN
stop
seed_report=$(bench SeedHistory "$DATA/ledger.db" "$ACCOUNT" "$ENTRIES" 2>/dev/null)
grep -v '^query plan' <<<"$seed_report"
read -r _ FIRST_DAY LAST_DAY < <(grep '^days ' <<<"$seed_report")
start
latency() {
  local label=$1 url=$2
  wrk -t1 -c1 -d10s -s "$DATA/get.lua" "$url" >/dev/null
  wrk -t1 -c1 -d"${SECONDS_}s" --latency -s "$DATA/get.lua" "$url" |
    awk -v l="$label" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {print l ": p50 " p50 ", p99 " p99 (bad ? " (" bad " answers not 2xx!)" : "")}'
}
R="from=$(date -u -d "@$(( FIRST_DAY * 86400 ))" +%F)&to=$(date -u -d "@$(( LAST_DAY * 86400 ))" +%F)"
latency "spending by category over five years, by month" "$BASE/api/reports/spending?$R&interval=month"
latency "  by week" "$BASE/api/reports/spending?$R&interval=week"
latency "income against expense over five years, by month" "$BASE/api/reports/income-expense?$R&interval=month"
latency "  by week" "$BASE/api/reports/income-expense?$R&interval=week"
latency "spending by payee over five years, by month" "$BASE/api/reports/spending?$R&interval=month&groupBy=payee"
latency "  by week" "$BASE/api/reports/spending?$R&interval=week&groupBy=payee"
latency "spending by tag over five years, by month" "$BASE/api/reports/spending?$R&interval=month&groupBy=tag"
latency "net worth over five years, by day" "$BASE/api/reports/net-worth?$R&interval=day"
latency "  by month" "$BASE/api/reports/net-worth?$R&interval=month"
latency "  by month, converted" "$BASE/api/reports/net-worth?$R&interval=month&currency=USD"
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/reports/spending?$R&interval=year&groupBy=payee" | head -c 600
echo
