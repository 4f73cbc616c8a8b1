// ClauseAnalyzer: predicates of a sentence with their subject, voice,
// negation, modality and governor, over the morphology and the actor
// mentions. Internal to src/events/ (see include/dyad/event_coder.h).
//
// Heuristic and fast: no parser. A verb group is the verb with the
// auxiliaries, clitics, negation particles and adverbs before it. The
// subject is the nearest actor mention to the left of the group that is not
// the object of a preposition, crossing participial phrases ("l'armée
// syrienne soutenue par l'aviation russe a lancé") and going through a
// relative pronoun to its antecedent ("les rebelles qui ont attaqué");
// a coordinated mention before it is a co-subject ("X et Y ont signé").
// A gerund or present participle takes the subject of the clause it hangs
// on; an infinitive hangs on the nearest verb before it.
#ifndef DYAD_EVENTS_CLAUSE_ANALYZER_H_
#define DYAD_EVENTS_CLAUSE_ANALYZER_H_

#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/token.h"
#include "events/pattern_book.h"

namespace dyad {

// The elements of a reading's tags (Reading::tags) the clause analysis asks
// about.
enum class Tag : uint8_t {
  kCni,   // conditional
  kFti,   // future
  kGer,   // gerund
  kInd,   // indefinite
  kInf,   // infinitive
  kPast,  // past tense (English)
  kPp,    // past participle
  kPprs,  // present participle
  kPro,   // clitic pronoun
  kRef,   // reflexive
  kSubj,  // subject pronoun
  kTn,    // tonic pronoun
};

// A sentence as the clause analysis sees it.
struct ClauseSentence {
  const Sentence* sentence = nullptr;
  std::string_view text;  // the document text
  // Folded, per token: views of the morphology's cache (or of `folded`),
  // not copies.
  std::vector<std::string_view> lemma, form;
  // The folded forms the morphology has none of (reserved for every token
  // before the first is added: the strings never move).
  std::vector<std::string> folded;
  // What the pattern book knows of each token's lemma and form (see
  // LookUpWords).
  std::vector<WordInfo> lemma_info, form_info;
  std::vector<const ActorMention*> mentions;  // of this sentence, by position
  std::vector<int> mention_at;                // token → mention index or -1
  std::vector<char> is_adp_a;                 // French "a" read as "à"
  // The reading the clause analysis uses: the tagger's, or another one the
  // actor mentions make clear (see EventCoder::Code). Set with SetReading.
  std::vector<const Reading*> reading;
  // Its tags as bits (a bit per Tag), parsed at the first question
  // (kTagsKnown set) rather than at every question.
  mutable std::vector<uint32_t> tags;
  static constexpr uint32_t kTagsKnown = uint32_t{1} << 31;

  size_t size() const { return lemma.size(); }
  const Token& tok(size_t i) const { return sentence->tokens[i]; }
  Pos pos(size_t i) const { return reading[i] ? reading[i]->pos : Pos::kX; }
  bool LemmaIs(size_t i, ClauseWord kind) const {
    return lemma_info[i].Is(kind);
  }
  bool FormIs(size_t i, ClauseWord kind) const { return form_info[i].Is(kind); }
  // Its lemma or its form.
  bool WordIs(size_t i, ClauseWord kind) const {
    return LemmaIs(i, kind) || FormIs(i, kind);
  }
  // Looks up what every token's lemma and form are (lemma_info,
  // form_info), once lemma and form are filled in.
  void LookUpWords(const PatternBook& book);
  // Gives token i another lemma (and what it is).
  void SetLemma(size_t i, std::string_view l, const PatternBook& book) {
    lemma[i] = l;
    lemma_info[i] = book.Word(l);
  }
  void SetReading(size_t i, const Reading* r) {
    reading[i] = r;
    tags[i] = 0;
  }
  // Token i's reading has tag `t`.
  bool HasTag(size_t i, Tag t) const {
    uint32_t bits = tags[i];
    if (!(bits & kTagsKnown)) bits = tags[i] = TagBits(reading[i]);
    return (bits >> static_cast<int>(t)) & 1;
  }
  // The Tag bits of `r`'s tags, with kTagsKnown (only that for no reading).
  static uint32_t TagBits(const Reading* r);
  // A real preposition (not "du/des" = de + article).
  bool IsPreposition(size_t i) const;
  // The mention starting exactly at token i, or -1.
  int MentionStarting(size_t i) const;
};

struct Predicate {
  enum class Form { kFinite, kParticiple, kGerund, kInfinitive, kNoun };
  Form form = Form::kFinite;
  size_t verb = 0;        // the verb (or noun) token
  size_t first = 0;       // first token of the verb group
  size_t clause_end = 0;  // objects are looked for before this token
  std::string lemma;      // folded
  WordInfo word;          // what the pattern book knows of lemma
  bool Is(ClauseWord kind) const { return word.Is(kind); }
  bool passive = false;
  bool reflexive = false;
  bool object_clitic = false;  // "l'accuse", "les a attaqués"
  bool negated = false;
  std::string modality = "asserted";
  int subject = -1;  // mention index
  std::vector<int> co_subjects;
  int agent = -1;     // mention of a passive agent (par / by)
  int governor = -1;  // predicate this infinitive / gerund depends on
  // For a noun with no light verb: the doer of the finite clause it stands
  // in ("X a libéré des otages dans le cadre d'un accord avec Y"), its
  // source when the noun names none of its own.
  int host_doer = -1;
  // A noun of demand or pressure qualifying its clause ("sous la pression
  // de X", "at the request of X"): the clause's doer is its target.
  bool instigation = false;
  // For an event noun after a copula and a predicative preposition ("X est
  // en grève"): X's mention.
  int predicative = -1;
  bool consumed = false;  // an infinitive a governor's pattern took
  int speech = -1;    // the speech predicate whose speaker "nous/we" stands for
  std::string notes;  // for explain
};

class ClauseAnalyzer {
 public:
  explicit ClauseAnalyzer(const PatternBook& words) : w_(words) {}

  // Finds the verbal predicates of `s`, in text order.
  std::vector<Predicate> Analyze(const ClauseSentence& s) const;

  // The subject of a predicate whose verb group starts at `first`
  // (searching left), or -1; sets *co to coordinated subjects.
  int SubjectBefore(const ClauseSentence& s, size_t first,
                    std::vector<int>* co) const;

 private:
  bool Negation(const ClauseSentence& s, size_t i) const;
  void SpeakerForFirstPerson(const ClauseSentence& s,
                             std::vector<Predicate>* preds) const;
  const PatternBook& w_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CLAUSE_ANALYZER_H_
