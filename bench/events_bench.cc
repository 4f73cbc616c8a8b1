// Benchmark of the event stage alone (named workload):
//   BM_EventsOnly/fr|en  clause analysis and event coding (EventCoder::Code),
//                        one thread: the part of BM_Code of pipeline_bench
//                        that src/events/ costs. Each document is analysed
//                        and its actors resolved right before, untimed, so
//                        that its tokens are as warm in the caches as in a
//                        `dyad code` run; only Code() is timed, in CPU time
//                        of the thread (the machine is shared)
// Corpora: bench/corpora.py (see bench/run.sh).
#include <benchmark/benchmark.h>

#include <time.h>

#include "bench_corpus.h"
#include "dyad/actors.h"
#include "dyad/analyzer.h"
#include "dyad/event_coder.h"

namespace dyad::bench {
namespace {

// CPU time of the calling thread, in seconds.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

const char* Lang(const benchmark::State& state) {
  return state.range(0) == 0 ? "fr" : "en";
}

void BM_EventsOnly(benchmark::State& state) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  static Analyzer* analyzer =
      Analyzer::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}}).value().release();
  static ActorResolver* resolver =
      ActorResolver::Create({DYAD_SOURCE_DATA_DIR, {}}, *analyzer)
          .value()
          .release();
  static EventCoder* coder =
      EventCoder::Create(DYAD_SOURCE_DATA_DIR, {}, *analyzer)
          .value()
          .release();
  AnalyzedDocument analysed;
  std::vector<ActorMention> mentions;
  std::vector<Event> events;
  auto prepare = [&](const Document& d) {
    analyzer->Analyze(d, &analysed).IgnoreError();
    mentions.clear();
    resolver->Resolve(analysed, &mentions, false).IgnoreError();
    events.clear();
  };
  for (const Document& d : docs) {  // warm
    prepare(d);
    coder->Code(analysed, mentions, &events).IgnoreError();
  }
  size_t sentences = 0, coded = 0;
  for (auto _ : state) {
    double spent = 0;
    for (const Document& d : docs) {
      prepare(d);
      const double start = ThreadSeconds();
      coder->Code(analysed, mentions, &events).IgnoreError();
      spent += ThreadSeconds() - start;
      coded += events.size();
      sentences += analysed.sentences.size();
    }
    state.SetIterationTime(spent);
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events"] = static_cast<double>(coded) /
                             static_cast<double>(state.iterations());
  state.SetLabel(Lang(state));
}
BENCHMARK(BM_EventsOnly)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
