#!/usr/bin/env bash
# Statement import speed: a bank CSV of ROWS_SMALL rows (10,000) and one of ROWS_LARGE rows (100,000), each
# uploaded for a preview and committed, timed from the client; then the small file again into the same
# account, where every row is a duplicate. Figures: seconds and rows per second.
# The small file is timed twice: the first import after the start (a cold JVM), and again into a fresh
# account after WARMUP_ROUNDS imports of another file (preview, commit, undo), as a service that has been
# running a while would do it.
#
#   bench/import.sh               # SQLite; WARMUP_ROUNDS=3
#
# Needs Java 17+ and curl.
source "$(dirname "$0")/common.sh"
ROWS_SMALL=${ROWS_SMALL:-10000}
ROWS_LARGE=${ROWS_LARGE:-100000}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-3}

# Semicolons, day.month.year and a decimal comma, as many European banks write it; a salary first (the
# statement's first day), then spending that never takes the balance below zero.
statement() {
  awk -v rows="$1" 'BEGIN {
    print "Buchungstag;Empfänger;Verwendungszweck;Betrag;Referenz"
    srand(7)
    for (i = 0; i < rows; i++) {
      day = 20000 + int(i * 365 / rows)
      t = day * 86400
      if (i == 0) amount = "250000,00"; else if (i % 30 == 0) amount = "3100,00"
      else amount = sprintf("-%d,%02d", 1 + int(rand() * 80), int(rand() * 100))
      printf "%s;Shop %d;Purchase %d at shop;%s;REF%07d\n", strftime("%d.%m.%Y", t, 1), i % 97, i, amount, i
    }
  }'
}
statement "$ROWS_SMALL" >"$DATA/small.csv"
statement "$ROWS_LARGE" >"$DATA/large.csv"

start
read -r TOKEN ACCOUNT < <(bench LedgerBench user "$BASE")
new_account() {
  curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"currency\":\"EUR\"}" "$BASE/api/accounts" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}
SECOND=$(new_account Second)
MAPPING='{"dateColumn":0,"dateFormat":"dd.MM.yyyy","payeeColumn":1,"descriptionColumns":[2],"amountColumn":3,"decimalSeparator":"comma","referenceColumn":4}'

# prints the seconds the request took; the answer goes to $DATA/answer.json
timed() {
  local out
  out=$(curl -s -o "$DATA/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$@")
  case ${out%% *} in 2??) ;; *) echo "request failed: $out $(head -c 400 "$DATA/answer.json")" >&2; exit 1 ;; esac
  echo "${out#* }"
}
report() { awk -v l="$1" -v s="$2" -v n="$3" 'BEGIN { printf "%s: %.2f s (%d rows/s)\n", l, s, n / s }'; }
import_id() { grep -o '"id":[0-9]*' "$DATA/answer.json" | head -1 | cut -d: -f2; }
preview() {
  timed -F "file=@$1;type=text/csv" -F "mapping=$MAPPING" "$BASE/api/accounts/$2/imports"
}

s=$(preview "$DATA/small.csv" "$ACCOUNT"); id=$(import_id)
report "preview, $ROWS_SMALL CSV rows" "$s" "$ROWS_SMALL"
s=$(timed -H 'Content-Type: application/json' -d '{}' "$BASE/api/imports/$id/commit")
report "commit, $ROWS_SMALL rows, the first import after the start" "$s" "$ROWS_SMALL"
statement "$ROWS_SMALL" | sed 's/;REF/;OTHER/' >"$DATA/warm-up.csv"
WARM_UP=$(new_account Warm-up)
for _ in $(seq 1 "$WARMUP_ROUNDS"); do
  preview "$DATA/warm-up.csv" "$WARM_UP" >/dev/null; id=$(import_id)
  timed -H 'Content-Type: application/json' -d '{}' "$BASE/api/imports/$id/commit" >/dev/null
  timed -X DELETE "$BASE/api/imports/$id" >/dev/null
done
WARM=$(new_account Warm)
s=$(preview "$DATA/small.csv" "$WARM"); id=$(import_id)
report "preview, $ROWS_SMALL CSV rows, after $WARMUP_ROUNDS imports" "$s" "$ROWS_SMALL"
s=$(timed -H 'Content-Type: application/json' -d '{}' "$BASE/api/imports/$id/commit")
report "commit, $ROWS_SMALL rows, after $WARMUP_ROUNDS imports" "$s" "$ROWS_SMALL"
s=$(preview "$DATA/small.csv" "$ACCOUNT")
duplicates=$(grep -o '"duplicate":[0-9]*' "$DATA/answer.json" | head -1 | cut -d: -f2)
report "preview of the same file again ($duplicates of $ROWS_SMALL rows found duplicates)" "$s" "$ROWS_SMALL"
s=$(preview "$DATA/large.csv" "$SECOND"); id=$(import_id)
report "preview, $ROWS_LARGE CSV rows" "$s" "$ROWS_LARGE"
s=$(timed -H 'Content-Type: application/json' -d '{}' "$BASE/api/imports/$id/commit")
report "commit, $ROWS_LARGE rows" "$s" "$ROWS_LARGE"
s=$(timed -X DELETE "$BASE/api/imports/$id")
report "undo, $ROWS_LARGE rows" "$s" "$ROWS_LARGE"
for a in "$ACCOUNT" "$WARM" "$SECOND"; do curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/accounts/$a/verify"; echo; done
# Vert.x warns when a task holds an event loop longer than quarkus.vertx.max-event-loop-execute-time (2 s)
echo "event loop blocked-thread warnings: $(grep -c 'has been blocked' "$LOG" || true)"
