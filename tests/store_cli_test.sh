#!/usr/bin/env bash
# End-to-end tests of the event store: dyad code --db (idempotent, replacing
# changed documents, keeping skipped ones), dyad query and dyad export, and a
# kill -9 in the middle of a run: the database stays consistent and a second
# run completes it without duplicates.
# Usage: store_cli_test.sh PATH/TO/dyad SOURCE_DIR
set -u
dyad=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
expect_status() {  # expect_status NAME WANT CMD...: stdout/stderr in $tmp/out, $tmp/err
  local name=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" = "$want" ]; then pass "$name"; else
    fail "$name (exit $got, want $want)"; sed 's/^/     /' "$tmp/err" | head -5; fi
}
expect_in() {  # expect_in NAME FILE TEXT: FILE contains TEXT
  if grep -qF -- "$3" "$2"; then pass "$1"; else
    fail "$1 (no '$3' in $2)"; sed 's/^/     /' "$2" | head -5; fi
}
expect_eq() {  # expect_eq NAME GOT WANT
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1 (got '$2', want '$3')"; fi
}
sql() {  # sql DB QUERY: the first column of the first row
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2"
}
db=$tmp/events.sqlite

# Coding the examples twice stores them once.
expect_status "code --db examples" 0 "$dyad" code --db "$db" "$src/examples"
[ -s "$tmp/out" ] && fail "events on stdout without --format" || pass "events not on stdout without --format"
expect_in "summary says what was stored" "$tmp/err" "6 documents added, 0 replaced, 0 unchanged"
docs1=$(sql "$db" "SELECT count(*) FROM documents")
events1=$(sql "$db" "SELECT count(*) FROM events")
expect_status "code --db examples again" 0 "$dyad" code --db "$db" "$src/examples"
expect_in "second run leaves them unchanged" "$tmp/err" "0 documents added, 0 replaced, 6 unchanged; 0 events written"
expect_eq "same document count" "$(sql "$db" "SELECT count(*) FROM documents")" "$docs1"
expect_eq "same event count" "$(sql "$db" "SELECT count(*) FROM events")" "$events1"
expect_eq "schema version" "$(sql "$db" "PRAGMA user_version")" "1"
expect_eq "WAL journal" "$(sql "$db" "PRAGMA journal_mode")" "wal"

# A changed text replaces the document's events.
printf '{"id": "fr-001", "lang": "fr", "date": "2020-02-20", "text": "L'"'"'armée turque a bombardé Idleb."}\n' >"$tmp/changed.jsonl"
expect_status "code a changed document" 0 "$dyad" code --db "$db" --format json "$tmp/changed.jsonl"
expect_in "changed document replaced" "$tmp/err" "0 documents added, 1 replaced"
expect_eq "its events are the new ones" \
  "$(sql "$db" "SELECT count(*) FROM events WHERE doc_id = 'fr-001' AND date <> '2020-02-20'")" "0"
expect_eq "events on stdout with --format" "$(wc -l <"$tmp/out")" \
  "$(sql "$db" "SELECT count(*) FROM events WHERE doc_id = 'fr-001'")"

# Skipped documents are stored with their reason.
printf '{"id": "ok", "lang": "en", "text": "The army attacked rebels."}\n{"id": "broken", "text": \n' >"$tmp/mixed.jsonl"
expect_status "code with a bad line" 0 "$dyad" code --db "$db" "$tmp/mixed.jsonl"
expect_eq "the bad line is stored as skipped" \
  "$(sql "$db" "SELECT reason FROM documents WHERE id = 'mixed.jsonl:2'")" "bad JSON"

# query.
expect_status "query table" 0 "$dyad" query --db "$db"
expect_in "query table has a header" "$tmp/out" "trigger"
expect_status "query count" 0 "$dyad" query --db "$db" --agg count --format csv
expect_eq "query count matches" "$(tail -1 "$tmp/out")" "$(sql "$db" "SELECT count(*) FROM events")"
expect_status "query filters" 0 "$dyad" query --db "$db" --country SYR --root 19 --from 2020-01-01 --format json
expect_status "query timeline by week" 0 "$dyad" query --db "$db" --agg timeline --period week
expect_status "query goldstein per dyad and month" 0 "$dyad" query --db "$db" --agg goldstein --period month --format csv
expect_in "goldstein header" "$tmp/out" "month,source,target,events,goldstein"
expect_status "query top actors" 0 "$dyad" query --db "$db" --agg actors --top 3 --format json
expect_eq "top 3 actors" "$(wc -l <"$tmp/out")" "3"
expect_status "query top dyads" 0 "$dyad" query --db "$db" --agg dyads
expect_status "query one-a-day" 0 "$dyad" query --db "$db" --one-a-day --format json
expect_in "one-a-day counts mentions" "$tmp/out" '"mentions":'
expect_status "bad date is bad usage" 1 "$dyad" query --db "$db" --from 20-02-2020
expect_in "bad date says how to write it" "$tmp/err" "YYYY-MM-DD"
expect_status "bad --agg is bad usage" 1 "$dyad" query --db "$db" --agg everything
expect_status "missing db is bad usage" 1 "$dyad" query --db "$tmp/none.sqlite"
expect_in "missing db says how to make one" "$tmp/err" "dyad code --db"
printf 'not a database at all, just some text that is long enough to be a header' >"$tmp/junk.sqlite"
expect_status "foreign file is refused" 1 "$dyad" query --db "$tmp/junk.sqlite"
expect_status "unwritable db path is refused" 1 "$dyad" code --db "$tmp/no/such/dir/x.sqlite" "$src/examples"

# export.
expect_status "export gdelt" 0 "$dyad" export --db "$db" --format gdelt
expect_eq "gdelt rows have 61 columns" "$(awk -F'\t' '{print NF}' "$tmp/out" | sort -u)" "61"
expect_status "export plover" 0 "$dyad" export --db "$db" --format plover
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/out" && pass "plover lines are JSON" || fail "plover lines are JSON"
expect_status "export csv" 0 "$dyad" export --db "$db" --format csv --output "$tmp/events.csv"
python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1]))); assert len(set(map(len,r)))==1, set(map(len,r))' "$tmp/events.csv" && pass "csv rows have the header's width" || fail "csv rows"
expect_status "export graphml" 0 "$dyad" export --db "$db" --format graphml --one-a-day
python3 -c 'import sys, xml.dom.minidom as m; d=m.parse(sys.argv[1]); assert d.getElementsByTagName("edge")' "$tmp/out" && pass "graphml is well-formed" || fail "graphml is well-formed"
expect_status "export needs a format" 1 "$dyad" export --db "$db"

# Kill -9 in the middle of a run.
big=$tmp/big.jsonl
python3 - "$src/examples/dispatches.jsonl" "$big" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], "w") as out:
    for i in range(1500):
        for rec in lines:
            rec = dict(rec, id="%s-%d" % (rec["id"], i))
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
PY
total=$(wc -l <"$big")
kdb=$tmp/kill.sqlite
"$dyad" code --db "$kdb" "$big" >/dev/null 2>"$tmp/kill.err" &
pid=$!
stored=0
for _ in $(seq 1 300); do  # until a few batches are committed
  sleep 0.05
  [ -f "$kdb" ] && stored=$(sql "$kdb" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  [ "${stored:-0}" -ge 600 ] && break
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
after_kill=$(sql "$kdb" "SELECT count(*) FROM documents")
if [ "$after_kill" -gt 0 ] && [ "$after_kill" -lt "$total" ]; then
  pass "killed mid-run ($after_kill of $total documents stored)"
else
  fail "killed mid-run ($after_kill of $total documents stored)"
fi
expect_eq "integrity_check after kill -9" "$(sql "$kdb" "PRAGMA integrity_check")" "ok"
expect_eq "no event without its document" \
  "$(sql "$kdb" "SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.doc_id WHERE d.id IS NULL")" "0"
expect_eq "every document has all its events" \
  "$(sql "$kdb" "SELECT count(*) FROM documents d WHERE d.events <> (SELECT count(*) FROM events e WHERE e.doc_id = d.id)")" "0"
expect_status "re-run after the kill" 0 "$dyad" code --db "$kdb" "$big"
expect_in "re-run keeps what was stored" "$tmp/err" "$after_kill unchanged"
expect_eq "re-run stores every document" "$(sql "$kdb" "SELECT count(*) FROM documents")" "$total"
expect_eq "no duplicate event" \
  "$(sql "$kdb" "SELECT count(*) FROM (SELECT doc_id, event_id FROM events GROUP BY 1, 2 HAVING count(*) > 1)")" "0"
"$dyad" code --db "$tmp/one.sqlite" "$src/examples/dispatches.jsonl" 2>/dev/null
per_copy=$(sql "$tmp/one.sqlite" "SELECT count(*) FROM events")
expect_eq "as many events as an uninterrupted run" \
  "$(sql "$kdb" "SELECT count(*) FROM events")" "$((per_copy * 1500))"
expect_eq "integrity_check after the re-run" "$(sql "$kdb" "PRAGMA integrity_check")" "ok"

echo "$fails failure(s)"
[ "$fails" = 0 ]
