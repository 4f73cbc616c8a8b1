// Morphology: lemma, part of speech and features for every token.
//
// Reads Apertium's compiled analysers (fra-cat.automorf.bin for French,
// eng-spa.automorf.bin for English, from Debian's apertium-fra-cat and
// apertium-eng-spa) through the lttoolbox library. Each distinct surface form
// is analysed once and kept in a cache shared by all threads; a new form
// takes a lock around the (non thread-safe) lttoolbox processor, a known one
// only a shared lock. Then rules of our own choose one reading per token from
// its neighbours (no CG, no HMM: a few dozen word-order rules), and
// multiword units listed in `<data_dir>/<lang>/multiwords.tsv` (au lieu de,
// du côté de, cessez-le-feu) are merged into one token.
//
// Unknown words keep their form as lemma; a capitalised unknown word is a
// proper noun, a number is NUM, punctuation PUNCT.
//
// Readings in token.h terms: lemmas are the dictionary's ("Le" → "le",
// "Paris" stays "Paris"); a contraction is one reading with the first unit's
// lemma and POS and the units' tags joined by '+' ("des" → lemma "de", ADP,
// tags "pr+det.def.mf.pl"); a merged multiword has the lemma and tags of its
// line in multiwords.tsv ("au lieu de", ADP, "pr").
//
// Thread-safe. Memory grows with the number of distinct forms seen.
#ifndef DYAD_MORPHOLOGY_H_
#define DYAD_MORPHOLOGY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/token.h"

namespace dyad {

struct MorphologyOptions {
  std::string lang;      // "fr" or "en"
  std::string data_dir;  // dyad's data directory (multiwords, rules)
  // The Apertium analyser; empty = the Debian path for `lang`.
  std::string analyser_path;
};

class Morphology {
 public:
  // Fails with NotFound (saying which package to install) when the analyser
  // file is missing, InvalidArgument for an unsupported language.
  static Result<std::unique_ptr<Morphology>> Create(
      const MorphologyOptions& options);
  ~Morphology();

  // Fills Token::analysis / Token::reading for every token of `*sentence`
  // and merges multiword units. `text` is the document text the offsets
  // refer to.
  Status Analyze(std::string_view text, Sentence* sentence) const;

  // The readings of one form (analysed and cached on first use).
  const FormAnalysis* Lookup(std::string_view form) const;

  // Number of distinct forms in the cache.
  size_t CacheSize() const;

  const std::string& lang() const;

 private:
  struct Impl;
  explicit Morphology(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_MORPHOLOGY_H_
