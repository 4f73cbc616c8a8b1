// Disambiguator: chooses one reading per token from its neighbours, with a
// short ordered table of word-order rules of our own (no Constraint Grammar,
// no HMM: those cost 4 to 150 times more than the rest of the pipeline).
//
// Internal to the morph stage (users call dyad::Morphology).
//
// Design. Tokens are decided left to right. For token i the candidates start
// as all its readings (the first 32). Each rule of the language's table, in
// order, names
//   - the readings it is about (a feature mask, see tagset.h),
//   - an action: SELECT (keep only those) or REMOVE (drop those),
//   - a condition on the context: the readings already chosen to the left
//     (i-1, i-2, or the nearest one that is not an adverb / quote / inverted
//     clitic), and the readings still possible to the right (union or
//     intersection of the features of i+1, i+2).
// A rule applies only when it keeps at least one candidate and removes at
// least one; later rules see the narrowed set. Whatever is left is settled by
// a preference order of POS per language (French: ADP > DET > CCONJ > PRON >
// AUX > ADV > SCONJ > NOUN > ...; English alike with VERB before ADJ), then
// by Apertium's order. Typical rules: a participle after a form of
// avoir/être/have/be → the auxiliary reading and the participle; le/la/les
// before a noun → DET, after a subject pronoun or before a verb → PRON; after
// a determiner → NOUN/ADJ, not VERB; after a noun, French ADJ/NOUN → ADJ;
// `en` before a gerund → ADP; `to` or a modal + verb → infinitive; English
// -ed after a subject → past, before `by` → participle.
//
// Cost: a handful of bit tests per rule and ambiguous token; no allocation.
// Immutable; thread-safe.
#ifndef DYAD_MORPH_DISAMBIGUATOR_H_
#define DYAD_MORPH_DISAMBIGUATOR_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/token.h"
#include "morph/form_entry.h"

namespace dyad {

class Disambiguator {
 public:
  // `lang` is "fr" or "en" (anything else gets the rules common to both).
  explicit Disambiguator(std::string_view lang);

  // Sets tokens[i].reading for i < n from entries[i] (the analysis of token
  // i, never null). `chosen` is scratch space for n Features.
  void Choose(const FormEntry* const* entries, Token* tokens, size_t n,
              Features* chosen) const;

  // Number of rules in this language's table.
  size_t RuleCount() const { return rule_count_; }

  struct Rule;

 private:
  uint8_t lang_bit_;
  size_t rule_count_ = 0;
  const uint8_t* rank_;  // Pos → preference (lower is better)
};

}  // namespace dyad

#endif  // DYAD_MORPH_DISAMBIGUATOR_H_
