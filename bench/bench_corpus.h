// Loads a benchmark corpus (JSON Lines made by bench/corpora.py from
// ../shared/corpora) through dyad's own DocumentReader.
#ifndef DYAD_BENCH_BENCH_CORPUS_H_
#define DYAD_BENCH_BENCH_CORPUS_H_

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/document_reader.h"

namespace dyad::bench {

// $DYAD_BENCH_DIR, else /tmp/dyad-bench (bench/run.sh writes it).
inline std::string CorpusDir() {
  const char* d = std::getenv("DYAD_BENCH_DIR");
  return d && *d ? d : "/tmp/dyad-bench";
}

// The documents of `<CorpusDir()>/<lang>.jsonl`; empty (with a message on
// stderr) when the file is missing.
inline const std::vector<Document>& Corpus(const std::string& lang) {
  static std::vector<Document>* docs[2] = {nullptr, nullptr};
  int i = lang == "fr" ? 0 : 1;
  if (docs[i] == nullptr) {
    docs[i] = new std::vector<Document>();
    StderrReporter reporter(stderr);
    DocumentReader reader(ReaderOptions{}, &reporter);
    std::string path = CorpusDir() + "/" + lang + ".jsonl";
    Status s = reader.ReadPath(
        path, [&](Document&& d) { docs[i]->push_back(std::move(d)); });
    if (!s.ok()) {
      std::fprintf(stderr,
                   "%s\nrun: python3 bench/corpora.py ../shared %s\n",
                   s.ToString().c_str(), CorpusDir().c_str());
    }
  }
  return *docs[i];
}

inline size_t TotalBytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

// Peak resident set size of this process so far, in MB.
inline double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_CORPUS_H_
