#!/usr/bin/env bash
# Benchmarks `dyad serve` with wrk: a temporary database loaded with the
# example articles (examples/, plus examples/dispatches.jsonl repeated into
# 1,000 documents), then GET /v1/events and POST /v1/code for SECONDS each.
# Prints wrk's requests/s and latency for each workload.
# Usage: bench/serve_bench.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
seconds=${2:-5}
conns=${3:-8}
dyad=$build/dyad
[ -x "$dyad" ] || { echo "no $dyad: build first (make build)"; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk (or make deps)"; exit 1; }
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

python3 - "$here/examples/dispatches.jsonl" "$tmp/load.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], "w") as out:
    for i in range(250):
        for rec in lines:
            out.write(json.dumps(dict(rec, id="%s-%d" % (rec["id"], i)), ensure_ascii=False) + "\n")
PY
"$dyad" code --db "$tmp/bench.sqlite" "$here/examples" "$tmp/load.jsonl" 2>&1 | tail -1

"$dyad" serve --db "$tmp/bench.sqlite" --port 0 --threads 16 2>"$tmp/serve.err" &
pid=$!
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://[^:]*:\([0-9]*\)/.*|\1|p' "$tmp/serve.err")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "dyad serve did not start:"; cat "$tmp/serve.err"; exit 1; }
url=http://127.0.0.1:$port
curl -s "$url/healthz" 2>/dev/null && echo || true

# One French dispatch as the POST body (not stored: store=0).
python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["text"])' \
  "$here/examples/dispatches.jsonl" >"$tmp/body.txt"
cat >"$tmp/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"
local f = io.open("$tmp/body.txt", "rb")
wrk.body = f:read("*a")
f:close()
LUA

echo "== GET /v1/events?limit=100 (${seconds}s, $conns connections)"
wrk -t2 -c"$conns" -d"${seconds}s" --latency "$url/v1/events?limit=100" |
  grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
echo "== GET /v1/events?actor=TUR&root=19&one_a_day=true"
wrk -t2 -c"$conns" -d"${seconds}s" --latency "$url/v1/events?actor=TUR&root=19&one_a_day=true" |
  grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
echo "== GET /v1/stats?period=week"
wrk -t2 -c"$conns" -d"${seconds}s" --latency "$url/v1/stats?period=week" |
  grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
echo "== POST /v1/code?lang=fr (one dispatch, $(wc -c <"$tmp/body.txt") bytes)"
wrk -t2 -c"$conns" -d"${seconds}s" --latency -s "$tmp/post.lua" "$url/v1/code?lang=fr" |
  grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
