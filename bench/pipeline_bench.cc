// Benchmarks of the later stages and of the whole coder (named workloads):
//   BM_Startup            Coder::Create: every dictionary loaded and compiled
//   BM_Code/fr|en         the whole pipeline per document (analysis, actors,
//                         clauses, events), one thread
//                         (minus BM_WithActors of actors_bench: what clause
//                         analysis and event coding cost)
//   BM_PlacesDates/fr|en/with|without
//                         the whole pipeline on documents with a publication
//                         date (2020-02-15), with place and date resolution
//                         and without (CoderOptions::places/dates false):
//                         what they add (issue 5: at most 20%)
//   BM_WriteJson          the event record writer
// Corpora: bench/corpora.py (see bench/run.sh).
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "dyad/coder.h"
#include "dyad/event_writer.h"

namespace dyad::bench {
namespace {

const char* Lang(const benchmark::State& state) {
  return state.range(0) == 0 ? "fr" : "en";
}

const Coder& SharedCoder() {
  static Coder* c = Coder::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}, {}})
                        .value()
                        .release();
  return *c;
}

void BM_Startup(benchmark::State& state) {
  for (auto _ : state) {
    auto c = Coder::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}, {}});
    if (!c.ok()) return state.SkipWithError(c.status().ToString().c_str());
  }
  state.counters["peak_MB"] = PeakRssMb();
}
BENCHMARK(BM_Startup)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Code(benchmark::State& state) {
  const auto& docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  const Coder& coder = SharedCoder();
  CodedDocument out;
  for (const Document& d : docs) coder.Code(d, &out).IgnoreError();  // warm
  size_t sentences = 0, bytes = 0, events = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      coder.Code(d, &out).IgnoreError();
      sentences += out.analysis.sentences.size();
      events += out.events.size();
      bytes += d.text.size();
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(docs.size() * state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["events"] = static_cast<double>(events);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["peak_MB"] = PeakRssMb();
  state.SetLabel(Lang(state));
}
BENCHMARK(BM_Code)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_PlacesDates(benchmark::State& state) {
  std::vector<Document> docs = Corpus(Lang(state));
  if (docs.empty()) return state.SkipWithError("corpus missing");
  for (Document& d : docs) d.date = "2020-02-15";
  const bool with = state.range(1) == 1;
  static Coder* without_coder = [] {
    CoderOptions o{DYAD_SOURCE_DATA_DIR, {"fr", "en"}, {}};
    o.places = false;
    o.dates = false;
    return Coder::Create(o).value().release();
  }();
  const Coder& coder = with ? SharedCoder() : *without_coder;
  CodedDocument out;
  for (const Document& d : docs) coder.Code(d, &out).IgnoreError();  // warm
  size_t sentences = 0, located = 0, dated = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      coder.Code(d, &out).IgnoreError();
      sentences += out.analysis.sentences.size();
      for (const Event& e : out.events) {
        located += e.location.has_value();
        dated += !e.date.empty();
      }
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["located"] = static_cast<double>(located);
  state.counters["dated"] = static_cast<double>(dated);
  state.SetLabel(std::string(Lang(state)) + (with ? " with" : " without"));
}
BENCHMARK(BM_PlacesDates)
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

void BM_WriteJson(benchmark::State& state) {
  Event e;
  e.event_id = "doc-1";
  e.doc_id = "doc";
  e.source = Actor{"Syria military", "l'armée syrienne", {10, 26}, "SYR", "",
                   "MIL", "SYRMIL", ""};
  e.target = Actor{"Turkey military", "l'armée turque", {60, 74}, "TUR", "",
                   "MIL", "TURMIL", ""};
  e.cameo = "190";
  e.plover_type = "ASSAULT";
  e.goldstein = -10;
  e.quad_class = 4;
  e.trigger_text = "a lancé des attaques contre";
  e.rule = "fr/verbs:lancer#1";
  std::string out;
  for (auto _ : state) {
    out.clear();
    AppendEventJson(e, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WriteJson);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
