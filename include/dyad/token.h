// Token, Reading and Sentence: the output of segmentation and morphology.
//
// A Token is a span of the document's text (byte offsets, end exclusive) plus
// the morphological readings of its form and the one chosen by
// disambiguation. Readings live in the Morphology's per-form cache and are
// immutable once created, so a Token only points at them: tokens are small,
// cheap to copy, and valid as long as the Morphology that analysed them.
#ifndef DYAD_TOKEN_H_
#define DYAD_TOKEN_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Coarse part of speech (Universal Dependencies' inventory). The fine
// analysis stays in Reading::tags.
enum class Pos : uint8_t {
  kX = 0,  // unknown / other
  kNoun,
  kPropn,
  kVerb,
  kAux,
  kAdj,
  kAdv,
  kDet,
  kPron,
  kAdp,
  kCconj,
  kSconj,
  kNum,
  kPart,
  kIntj,
  kPunct,
  kSym,
};

// "NOUN", "PROPN", ... (UD names).
std::string_view PosName(Pos pos);

// A later stage's memo on a cached form or reading: what its own
// dictionaries say about that form (the actor resolver keeps the first step
// of its trie walks here), so that it is looked up once per distinct form
// instead of once per token. `owner` is the id of the stage instance that
// wrote it (NewStageMemoOwner()); another owner's value reads as absent.
// Thread-safe: a race only computes the same value twice.
class StageMemo {
 public:
  StageMemo() = default;
  StageMemo(const StageMemo& o) : bits_(o.bits_.load(std::memory_order_relaxed)) {}
  StageMemo& operator=(const StageMemo& o) {
    bits_.store(o.bits_.load(std::memory_order_relaxed),
                std::memory_order_relaxed);
    return *this;
  }
  // The 48-bit value `owner` stored, if it is the last writer.
  bool Get(uint16_t owner, uint64_t* value) const {
    uint64_t b = bits_.load(std::memory_order_relaxed);
    if ((b >> 48) != owner) return false;
    *value = b & kValueMask;
    return true;
  }
  void Set(uint16_t owner, uint64_t value) const {
    bits_.store((uint64_t{owner} << 48) | (value & kValueMask),
                std::memory_order_relaxed);
  }
  static constexpr uint64_t kValueMask = (uint64_t{1} << 48) - 1;

 private:
  mutable std::atomic<uint64_t> bits_{0};
};

// A fresh owner id for a StageMemo writer (never 0; wraps after 65,535).
uint16_t NewStageMemoOwner();

// One analysis of a word form: `lemma` and tags as the analyser gave them.
// `tags` is the Apertium tag sequence joined with '.', e.g. "vblex.pp.m.sg"
// for "lancé", "n.f.pl" for "attaques"; empty for unknown words.
struct Reading {
  std::string lemma;
  Pos pos = Pos::kX;
  std::string tags;
  std::string folded_lemma;  // lemma without case and accents (dictionary key)
  StageMemo memo;            // of the lemma, for later stages
  // True when the tag sequence contains `tag` as a whole element.
  bool HasTag(std::string_view tag) const;
};

// Everything known about one surface form; owned by the Morphology cache.
struct FormAnalysis {
  std::vector<Reading> readings;  // never empty once analysed
  bool known = false;             // false: guessed (not in the dictionary)
  std::string folded_form;  // the form without case and accents
  StageMemo memo;           // of the form, for later stages
};

struct Token {
  uint32_t begin = 0;  // byte offset in Document::text
  uint32_t end = 0;    // exclusive
  // Set by Morphology; null right after segmentation.
  const FormAnalysis* analysis = nullptr;
  uint16_t reading = 0;  // index of the chosen reading in analysis->readings
  // Segmentation flags.
  enum Flags : uint8_t {
    kNone = 0,
    kElided = 1 << 0,      // an elided clitic ("l'", "qu'", "d'")
    kClitic = 1 << 1,      // an inverted clitic ("-t-il", "-elle")
    kMultiword = 1 << 2,   // merged multiword unit ("au lieu de")
    kParagraph = 1 << 3,   // first token after a paragraph break
  };
  uint8_t flags = kNone;

  std::string_view Text(std::string_view doc_text) const {
    return doc_text.substr(begin, end - begin);
  }
  const Reading* chosen() const {
    return analysis ? &analysis->readings[reading] : nullptr;
  }
  Pos pos() const { return analysis ? chosen()->pos : Pos::kX; }
};

struct Sentence {
  uint32_t begin = 0;  // byte offsets of the sentence in Document::text
  uint32_t end = 0;
  std::vector<Token> tokens;
};

}  // namespace dyad

#endif  // DYAD_TOKEN_H_
