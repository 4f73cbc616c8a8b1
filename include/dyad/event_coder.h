// EventCoder: the events a sentence reports, from its clause analysis and
// the event patterns of data/<lang>/ (verbs.tsv, nouns.tsv, light_verbs.tsv;
// format in docs/PATTERNS.md), with CAMEO code, PLOVER type, Goldstein value
// and quad class from data/common/cameo.tsv.
//
// Per sentence, the clause analysis finds each predicate (a verb with its
// auxiliaries, or an event noun), its voice (passive, reduced participle),
// its subject (through relatives, participial phrases and coordination), a
// passive agent, infinitive complements and their governor, negation and
// modality (future, conditional). Each predicate is matched against the
// patterns of its lemma; the best match binds the source ($) and the target
// (+) to actor mentions. Participles that report deaths fold into the attack
// they result from (fatalities). `Explain` writes why each predicate was or
// was not coded.
//
// Immutable after Create(); Code() is const and thread-safe.
#ifndef DYAD_EVENT_CODER_H_
#define DYAD_EVENT_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analyzer.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

class EventCoder {
 public:
  // Loads the patterns of every language of `analyzer` from `data_dir`
  // (and `user_dirs`). Fails naming the file and line of a malformed entry.
  static Result<std::unique_ptr<EventCoder>> Create(
      const std::string& data_dir, const std::vector<std::string>& user_dirs,
      const Analyzer& analyzer);
  ~EventCoder();

  // Appends the events of `doc` (whose actor mentions are `actors`). When
  // `explain` is not null, appends a readable account of the clause analysis
  // and of every coding decision.
  Status Code(const AnalyzedDocument& doc,
              const std::vector<ActorMention>& actors,
              std::vector<Event>* events, std::string* explain = nullptr) const;

  // Number of patterns loaded for `lang` (verbs + nouns).
  size_t PatternCount(const std::string& lang) const;

 private:
  struct Impl;
  explicit EventCoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_EVENT_CODER_H_
