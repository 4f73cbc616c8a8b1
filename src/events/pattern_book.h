// PatternBook: the event patterns of one language (verbs.tsv, nouns.tsv,
// light_verbs.tsv; docs/PATTERNS.md), compiled for matching, plus the clause
// words of clause_words.tsv. Immutable after Load(); thread-safe.
#ifndef DYAD_EVENTS_PATTERN_BOOK_H_
#define DYAD_EVENTS_PATTERN_BOOK_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// The kinds of clause words (clause_words.tsv) the clause analysis and the
// event coder ask about. Kinds of the file not named here are not loaded.
enum class ClauseWord : uint8_t {
  kAgent,
  kAttackOnlyVerb,
  kComplementizer,
  kConditionalAux,
  kCoordinator,
  kCopula,
  kDeathPhrase,
  kDemonstrativeOf,
  kDenialVerb,
  kExpected,
  kFirstPerson,
  kFutureAux,
  kGroupFiller,
  kInstead,
  kInstigation,
  kIntentAdjective,
  kIntentNoun,
  kKill,
  kLocative,
  kNamedAfterPlace,
  kNegatingVerb,
  kNegation,
  kObjectLink,
  kOfficialSector,
  kPassiveAux,
  kPerfectAux,
  kPlanNoun,
  kPlanVerb,
  kPredicativePrep,
  kQuantity,
  kRelativeSubject,
  kScheduledAux,
  kSpeech,
  kStrikeVerb,
  kSubordinator,
  kTimeNoun,
  kUnaccusative,
  kVerbIdiom,
  kVerbalAttack,
};

// What the pattern book knows of a word: the kinds of clause words it is a
// word of (a bit per ClauseWord), those it is the first word of a
// multiword entry of ("trouver" of the death_phrase "trouver mort"), and
// its number among the words of patterns (PatternElement::ids). Looked up
// once per token and sentence (ClauseSentence) instead of once per
// question.
struct WordInfo {
  uint64_t is = 0;
  uint64_t starts = 0;
  uint32_t pattern_word = 0;  // 0: in no pattern
  bool Is(ClauseWord k) const { return (is >> static_cast<int>(k)) & 1; }
  bool Starts(ClauseWord k) const {
    return (starts >> static_cast<int>(k)) & 1;
  }
};

// Words (folded) to what the pattern book knows of them, in open
// addressing. Asked for every token's lemma and form, most often about a
// word it does not hold: a lookup is a cheap hash of 8 bytes at a time and
// mostly one probe, where std::unordered_map cost a byte-wise hash, a
// division and a list walk.
class WordTable {
 public:
  // The entry of `word`, added (empty) when absent.
  WordInfo& operator[](std::string_view word);
  // The entry of `word`, or nullptr.
  const WordInfo* Find(std::string_view word) const;

 private:
  static uint64_t Hash(std::string_view word);
  // The slot of `word` (its hash is `h`): where it is, or the empty slot
  // where it would go.
  size_t SlotOf(std::string_view word, uint64_t h) const;
  void Grow();

  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // index in words_ and infos_ + 1; 0: empty
  };
  std::vector<Slot> slots_;  // a power of two, at most a quarter full
  std::vector<std::string> words_;
  std::vector<WordInfo> infos_;
};

struct PatternElement {
  enum class Kind { kSource, kTarget, kSelf, kWord, kInf, kReflexive } kind;
  std::vector<std::string> words;  // kWord alternatives, kInf lemma (folded)
  std::vector<uint32_t> ids;       // kWord: WordInfo::pattern_word of words
};

struct Pattern {
  std::vector<std::string> key;        // folded lemma(s) of the verb or noun
  std::vector<PatternElement> before;  // elements before `*`
  std::vector<PatternElement> after;   // elements after `*`
  std::string cameo;
  std::string rule;  // "fr/verbs:attaquer#2"
  int literals = 0;  // specificity
  bool has_source = false, has_target = false, direct_target = false;
};

class PatternBook {
 public:
  // Loads `<dir>/<lang>/{verbs,nouns,light_verbs,clause_words}.tsv`; missing
  // files are fine for user directories (`required` false).
  Status Load(const std::string& dir, const std::string& lang, bool required);

  // Patterns keyed by the verb lemma `lemma` (folded), best first.
  const std::vector<Pattern>* Verb(std::string_view lemma) const;
  // Noun patterns whose key starts with `lemma` (folded), best first.
  const std::vector<Pattern>* Noun(std::string_view lemma) const;
  bool IsLightVerb(std::string_view lemma) const {
    return light_verbs_.find(lemma) != light_verbs_.end();
  }
  // What the book knows of `word` (folded).
  // (Inline: asked for every token's lemma and form.)
  const WordInfo& Word(std::string_view word) const {
    static constexpr WordInfo kUnknown;
    const WordInfo* w = words_.Find(word);
    return w ? *w : kUnknown;
  }
  // Clause words of `kind` contain `word` (folded).
  bool Is(ClauseWord kind, std::string_view word) const {
    return Word(word).Is(kind);
  }
  // Clause words of `kind` contain `first` + " " + `second` ("trouver
  // mort", "sous pression").
  bool IsPair(ClauseWord kind, std::string_view first,
              std::string_view second) const;
  // The value of a number word ("trois" → 3), or -1.
  long long NumberWord(std::string_view lemma) const;

  // Inflection suffixes that lead an unknown verb form back to its lemma,
  // in file order: ("ied", "y") for "denied" → "deny".
  const std::vector<std::pair<std::string, std::string>>& VerbSuffixes() const {
    return verb_suffixes_;
  }
  size_t size() const { return count_; }
  // Sorts each lemma's patterns, best first, and numbers their words.
  void Finish();

 private:
  // (Looked up with string views at every token: hashed, no copies.)
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const {
      return std::hash<std::string_view>{}(v);
    }
  };
  template <typename T>
  using ViewMap = std::unordered_map<std::string, T, ViewHash, std::equal_to<>>;
  using PatternMap = ViewMap<std::vector<Pattern>>;

  Status LoadPatterns(const std::string& path, const std::string& lang,
                      const std::string& kind, PatternMap* out);
  PatternMap verbs_, nouns_;
  std::unordered_set<std::string, ViewHash, std::equal_to<>> light_verbs_;
  WordTable words_;
  ViewMap<long long> numbers_;
  std::vector<std::pair<std::string, std::string>> verb_suffixes_;
  size_t count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_PATTERN_BOOK_H_
