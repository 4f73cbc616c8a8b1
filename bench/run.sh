#!/usr/bin/env bash
# Runs dyad's benchmarks on the corpora of ../shared and prints the figures
# that go into BENCHMARKS.md. Usage: bench/run.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=../shared
corpus=${DYAD_BENCH_DIR:-/tmp/dyad-bench}
if [ ! -d "$shared/corpora" ]; then
  echo "bench: $shared/corpora not found; the benchmarks need ../shared" >&2
  exit 1
fi
python3 bench/corpora.py "$shared" "$corpus"
export DYAD_BENCH_DIR=$corpus
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), commit $(git rev-parse --short HEAD)"
"$build/analysis_bench" --benchmark_counters_tabular=true
"$build/actors_bench" --benchmark_counters_tabular=true
"$build/pipeline_bench" --benchmark_counters_tabular=true
echo "== whole pipeline: dyad code (wall time, peak RSS)"
for lang in fr en; do
  for t in 1 2; do
    /usr/bin/time -f "$lang threads=$t: %e s, peak %M KB" \
      "$build/dyad" code --threads "$t" "$corpus/$lang.jsonl" >/dev/null 2>"$corpus/time.txt" || true
    tail -2 "$corpus/time.txt"
  done
done
