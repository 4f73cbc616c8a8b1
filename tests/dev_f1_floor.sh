#!/usr/bin/env bash
# Fails when event F1 on the dev gold falls below the floor of
# tests/eval_floor.tsv for a language. Skips (exit 0 with a message) where
# ../shared is absent, as in a user's clone.
# Usage: dev_f1_floor.sh PATH/TO/dyad SOURCE_DIR
set -u
dyad=$1
src=$2
gold="$src/../shared/gold/dev.jsonl"
if [ ! -f "$gold" ]; then
  echo "skip: $gold not found (../shared is absent in a user's clone)"
  exit 0
fi
"$dyad" eval --json "$gold" >"${TMPDIR:-/tmp}/dyad-dev-eval.json" || exit 1
python3 - "${TMPDIR:-/tmp}/dyad-dev-eval.json" "$src/tests/eval_floor.tsv" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))
bad = 0
for line in open(sys.argv[2]):
    if not line.strip() or line.startswith("#"):
        continue
    lang, floor = line.split()
    f1 = res["by_lang"].get(lang, {}).get("event", {}).get("f1", 0.0)
    ok = f1 + 1e-9 >= float(floor)
    print("%s event F1 %.3f (floor %s) %s" % (lang, f1, floor, "ok" if ok else "BELOW THE FLOOR"))
    bad += not ok
sys.exit(1 if bad else 0)
PY
