// Tagset: Apertium tags → coarse Pos, and the feature bits the
// disambiguator tests.
//
// Internal to the morph stage (users see Reading::pos and Reading::tags in
// include/dyad/token.h).
//
// The POS comes from the first tag of the first unit: n→NOUN, np→PROPN,
// vblex→VERB, vbser/vbhaver/vbmod/vaux/vbdo→AUX, adj→ADJ, adv/preadv→ADV,
// det/predet→DET, prn/rel→PRON, pr→ADP, cnjcoo→CCONJ, cnjsub/cnjadv→SCONJ,
// num→NUM, gen→PART ("'s"), ij→INTJ, sent/cm/lpar/rpar/lquot/rquot/guio/apos
// and the other punctuation tags→PUNCT; anything else X.
//
// Features: a 64-bit set per reading, computed once when a form enters the
// cache, so that rules test bits instead of strings. Stateless, thread-safe.
#ifndef DYAD_MORPH_TAGSET_H_
#define DYAD_MORPH_TAGSET_H_

#include <cstdint>
#include <string_view>

#include "dyad/token.h"

namespace dyad {

// The Pos of an Apertium tag (the first tag of an analysis).
Pos PosFromApertiumTag(std::string_view tag);

// The Pos of a Reading::tags string ("vblex.pp.m.sg" → VERB); X when empty.
Pos PosFromTags(std::string_view tags);

// Pos from its UD name ("NOUN"); false when unknown.
bool PosFromName(std::string_view name, Pos* pos);

using Features = uint64_t;

// One bit per Pos: bits 0..16.
constexpr Features PosBit(Pos pos) {
  return Features{1} << static_cast<int>(pos);
}

// Tag and lemma-class bits (from bit 24).
enum : Features {
  kFPp = Features{1} << 24,           // past participle (pp)
  kFInf = Features{1} << 25,          // infinitive (inf)
  kFGer = Features{1} << 26,          // gerund / present participle
  kFFinite = Features{1} << 27,       // a finite verb form (pri, past, ...)
  kFSubjunctive = Features{1} << 28,  // prs, pis
  kFDetUnit = Features{1} << 29,      // a det unit, also in "des" (pr+det)
  kFContraction = Features{1} << 30,  // several units ("de+le")
  kFClitic = Features{1} << 31,       // prn pro (le, la, se, en, y)
  kFSubjPron = Features{1} << 32,     // a subject pronoun (il, he, they)
  kFGenitive = Features{1} << 33,     // 's
  kFRelative = Features{1} << 34,     // rel
  kFHaver = Features{1} << 35,        // vbhaver (auxiliary avoir / have)
  kFSer = Features{1} << 36,          // vbser (être / be)
  kFModal = Features{1} << 37,        // vbmod, vaux
  kFPastTense = Features{1} << 38,    // past (English simple past)
  kFBaseForm = Features{1} << 39,     // English inf / pres (non-3sg)
  kFLemmaHave = Features{1} << 40,    // lemma avoir / have (any POS)
  kFLemmaBe = Features{1} << 41,      // lemma être / be (any POS)
  kFUnknown = Features{1} << 42,      // guessed reading
};

// Features of one reading (`lemma` for the lemma classes).
Features FeaturesOf(const Reading& reading);

}  // namespace dyad

#endif  // DYAD_MORPH_TAGSET_H_
