#!/bin/sh
# The work the class archive is trained on (docker/run.sh train): waits until the Ledger at $1 is ready, then
# registers a user and, for about TRAINING_SECONDS (default 20), makes deposits, withdrawals and transfers and
# reads accounts, history pages, search, reports, CSV and a verification, so that the classes (and, on Java 25,
# the method profiles) of the everyday requests go into the archive, not only those of the start. Needs curl.
# Any request that fails fails the training: an archive trained on error answers would miss the real paths.
set -eu
base=$1
seconds=${TRAINING_SECONDS:-20}
command -v curl >/dev/null || { echo "train-workload.sh needs curl" >&2; exit 1; }

tries=0
until curl -fsS -o /dev/null "$base/q/health/ready" 2>/dev/null; do
  tries=$((tries + 1))
  [ "$tries" -lt 1200 ] || { echo "train-workload.sh: $base did not become ready" >&2; exit 1; }
  sleep 0.1
done

credentials='{"username":"training","password":"training password, not kept"}'
curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$credentials" "$base/api/auth/register"
token=$(curl -fsS -H 'Content-Type: application/json' -d "$credentials" "$base/api/auth/login" |
  sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "train-workload.sh: the login answered no token" >&2; exit 1; }
auth="Authorization: Bearer $token"
json='Content-Type: application/json'
first=$(curl -fsS -H "$auth" "$base/api/accounts" | sed -n 's/[^0-9]*"id" *: *\([0-9]*\).*/\1/p')
second=$(curl -fsS -H "$auth" -H "$json" -d '{"name":"Savings","currency":"USD"}' "$base/api/accounts" |
  sed -n 's/[^0-9]*"id" *: *\([0-9]*\).*/\1/p')
[ -n "$first" ] && [ -n "$second" ] || { echo "train-workload.sh: no accounts" >&2; exit 1; }

get() { curl -fsS -o /dev/null -H "$auth" "$base$1"; }
post() { curl -fsS -o /dev/null -H "$auth" -H "$json" -d "$2" "$base$1"; }
today=$(date -u +%F)
end=$(( $(date +%s) + seconds ))
round=0
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  # several requests per curl process: the service, not process start-up, should do most of the work
  curl -fsS -o /dev/null -H "$auth" -H "$json" \
    -d '{"amount":"12.50","description":"Salary","payee":"Employer"}' "$base/api/accounts/$first/deposits" \
    --next -fsS -o /dev/null -H "$auth" -H "$json" \
    -d '{"amount":"2.25","description":"Coffee","payee":"Cafe"}' "$base/api/accounts/$first/withdrawals" \
    --next -fsS -o /dev/null -H "$auth" -H "$json" \
    -d '{"amount":"1.00","description":"wrk"}' "$base/api/accounts/$first/deposits" \
    --next -fsS -o /dev/null -H "$auth" "$base/api/accounts/$first" \
    --next -fsS -o /dev/null -H "$auth" "$base/api/accounts/$first/transactions?limit=50" \
    --next -fsS -o /dev/null -H "$auth" "$base/api/accounts"
  if [ $((round % 10)) -eq 0 ]; then
    post /api/transfers "{\"fromAccountId\":$first,\"toAccountId\":$second,\"amount\":\"1.00\"}"
    get "/api/accounts/$first/transactions?limit=50&order=recorded"
    get "/api/entries?limit=50&q=salary"
    get "/api/reports/spending?from=2020-01-01&to=$today&interval=month"
    get "/api/reports/income-expense?from=2020-01-01&to=$today&interval=month"
    get "/api/reports/net-worth?from=2020-01-01&to=$today&interval=month"
    get "/api/accounts/$first/balance-series"
    get /api/me
  fi
done
get "/api/accounts/$first/transactions.csv"
get "/api/accounts/$first/verify"
get /api/limits
get /api/currencies
curl -fsS -o /dev/null -H "$auth" -X POST "$base/api/auth/logout"
