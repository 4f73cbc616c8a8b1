// Benchmarks of the linguistic front end on real news (named workloads):
//   BM_Segment/fr|en   ICU sentence and token segmentation only
//   BM_Analyze/fr|en   segmentation + morphology, warm per-form cache
//   BM_AnalyzeCold/fr|en  the same with a new Morphology (cold cache) each time
// Counters: words/s (tokens), bytes/s, peak RSS (MB) of the whole process.
// Corpora: bench/corpora.py (see bench/run.sh).
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "dyad/analyzer.h"
#include "dyad/morphology.h"
#include "dyad/segmenter.h"

namespace dyad::bench {
namespace {

const char* Lang(const benchmark::State& state) {
  return state.range(0) == 0 ? "fr" : "en";
}

void Report(benchmark::State& state, size_t tokens, size_t bytes) {
  state.counters["words/s"] = benchmark::Counter(
      static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["peak_MB"] = PeakRssMb();
  state.SetLabel(Lang(state));
}

void BM_Segment(benchmark::State& state) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  auto seg = Segmenter::Create(Lang(state), DYAD_SOURCE_DATA_DIR);
  if (!seg.ok()) return state.SkipWithError(seg.status().ToString().c_str());
  size_t tokens = 0, bytes = 0;
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    for (const Document& d : docs) {
      sentences.clear();
      (*seg)->Segment(d.text, &sentences).IgnoreError();
      for (const auto& s : sentences) tokens += s.tokens.size();
      bytes += d.text.size();
    }
  }
  Report(state, tokens, bytes);
}
BENCHMARK(BM_Segment)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void AnalyzeAll(const Segmenter& seg, const Morphology& morph,
                const std::vector<Document>& docs, size_t* tokens,
                size_t* bytes) {
  std::vector<Sentence> sentences;
  for (const Document& d : docs) {
    sentences.clear();
    seg.Segment(d.text, &sentences).IgnoreError();
    for (auto& s : sentences) {
      morph.Analyze(d.text, &s).IgnoreError();
      *tokens += s.tokens.size();
    }
    *bytes += d.text.size();
  }
}

void BM_Analyze(benchmark::State& state) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  auto seg = Segmenter::Create(Lang(state), DYAD_SOURCE_DATA_DIR);
  auto morph = Morphology::Create({Lang(state), DYAD_SOURCE_DATA_DIR, ""});
  if (!seg.ok() || !morph.ok()) return state.SkipWithError("cannot load");
  size_t tokens = 0, bytes = 0;
  AnalyzeAll(**seg, **morph, docs, &tokens, &bytes);  // warm the cache
  tokens = bytes = 0;
  for (auto _ : state) AnalyzeAll(**seg, **morph, docs, &tokens, &bytes);
  Report(state, tokens, bytes);
  state.counters["forms"] = static_cast<double>((*morph)->CacheSize());
}
BENCHMARK(BM_Analyze)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_AnalyzeCold(benchmark::State& state) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  auto seg = Segmenter::Create(Lang(state), DYAD_SOURCE_DATA_DIR);
  if (!seg.ok()) return state.SkipWithError("cannot load");
  size_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    auto morph = Morphology::Create({Lang(state), DYAD_SOURCE_DATA_DIR, ""});
    if (!morph.ok()) return state.SkipWithError("cannot load");
    AnalyzeAll(**seg, **morph, docs, &tokens, &bytes);
  }
  Report(state, tokens, bytes);
}
BENCHMARK(BM_AnalyzeCold)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
