// Benchmarks of the actor stage (named workloads):
//   BM_LoadActors        loading and compiling every built-in dictionary
//   BM_AnalyzeOnly/fr|en segmentation + morphology (warm), the baseline
//   BM_WithActors/fr|en  the same + actor resolution: the ratio of the two is
//                        what actor resolution adds
//   BM_ActorsOnly/fr|en  actor resolution alone on pre-analysed documents
// Corpora: bench/corpora.py (see bench/run.sh).
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "dyad/actors.h"
#include "dyad/analyzer.h"

namespace dyad::bench {
namespace {

const char* Lang(const benchmark::State& state) {
  return state.range(0) == 0 ? "fr" : "en";
}

const Analyzer& SharedAnalyzer() {
  static Analyzer* a =
      Analyzer::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}}).value().release();
  return *a;
}

// One resolver for every benchmark: its per-form memo (StageMemo) is
// written once per distinct form, as in a `dyad code` run; a second
// resolver would rewrite every memo on its first pass.
const ActorResolver& SharedResolver() {
  static ActorResolver* r =
      ActorResolver::Create({DYAD_SOURCE_DATA_DIR, {}}, SharedAnalyzer())
          .value()
          .release();
  return *r;
}

void BM_LoadActors(benchmark::State& state) {
  const Analyzer& a = SharedAnalyzer();
  size_t names = 0;
  for (auto _ : state) {
    auto r = ActorResolver::Create({DYAD_SOURCE_DATA_DIR, {}}, a);
    if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
    names = (*r)->stats().names;
  }
  state.counters["names"] = static_cast<double>(names);
}
BENCHMARK(BM_LoadActors)->Unit(benchmark::kMillisecond)->Iterations(3);

void Run(benchmark::State& state, bool with_actors) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  const Analyzer& a = SharedAnalyzer();
  const ActorResolver* resolver = &SharedResolver();
  size_t tokens = 0, bytes = 0, mentions = 0;
  AnalyzedDocument ad;
  std::vector<ActorMention> ms;
  // Warm: the morphology's form cache and, with actors, the resolver's
  // per-form memo, so that both variants are measured warm.
  for (const Document& d : docs) {
    a.Analyze(d, &ad).IgnoreError();
    ms.clear();
    if (with_actors) resolver->Resolve(ad, &ms, false).IgnoreError();
  }
  for (auto _ : state) {
    for (const Document& d : docs) {
      a.Analyze(d, &ad).IgnoreError();
      for (const auto& s : ad.sentences) tokens += s.tokens.size();
      bytes += d.text.size();
      if (with_actors) {
        ms.clear();
        resolver->Resolve(ad, &ms, /*reasons=*/false).IgnoreError();
        mentions += ms.size();
      }
    }
  }
  state.counters["words/s"] = benchmark::Counter(
      static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["mentions"] = static_cast<double>(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["peak_MB"] = PeakRssMb();
  state.SetLabel(Lang(state));
}

// Actor resolution alone, on documents analysed beforehand.
void BM_ActorsOnly(benchmark::State& state) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  const Analyzer& a = SharedAnalyzer();
  const ActorResolver* resolver = &SharedResolver();
  std::vector<AnalyzedDocument> analysed(docs.size());
  size_t tokens = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    a.Analyze(docs[i], &analysed[i]).IgnoreError();
  }
  std::vector<ActorMention> ms;
  for (const auto& ad : analysed) {
    ms.clear();
    resolver->Resolve(ad, &ms, false).IgnoreError();
  }
  for (auto _ : state) {
    for (const auto& ad : analysed) {
      ms.clear();
      resolver->Resolve(ad, &ms, /*reasons=*/false).IgnoreError();
      for (const auto& s : ad.sentences) tokens += s.tokens.size();
    }
  }
  state.counters["words/s"] = benchmark::Counter(
      static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetLabel(Lang(state));
}
BENCHMARK(BM_ActorsOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_AnalyzeOnly(benchmark::State& state) { Run(state, false); }
void BM_WithActors(benchmark::State& state) { Run(state, true); }
BENCHMARK(BM_AnalyzeOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WithActors)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
