// Evaluation: scoring emitted events against gold events, exactly as
// ../shared/docs/gold-format.md (and docs/EVAL.md) define it.
//
// An emitted event matches a gold event of the same sentence when
//  1. its CAMEO root equals the gold root or the root of one of `alt`;
//  2. source keys match and 3. target keys match (key = org when set, else
//     country; a null actor or key matches only null); for consultations
//     (gold root 04 except the visits 042 and 043) source and target may be
//     swapped;
//  4. `negated` agrees.
// Each gold event is matched at most once, and each emitted event too: the
// matching is the best one-to-one matching of a sentence (a maximum bipartite
// matching, so an early emitted event cannot take the gold event a later one
// needed). Variants: "type" (rule 1 and 4), "dyad" (rules 2-3 and 4),
// "event" (1-4), "strict" (the full code equals the gold code or one of
// `alt`, keys and sectors of both actors match, and 4).
// A metric with no emitted (or no gold) event has precision (or recall) 0.
//
// Pure functions; thread-safe.
#ifndef DYAD_EVAL_H_
#define DYAD_EVAL_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct EvalActor {
  std::string country;  // "" = null
  std::string org;      // "" = null
  std::string sector;   // "" = null
  // The matching key: org when set, else country ("" = null).
  const std::string& key() const { return org.empty() ? country : org; }
};

struct EvalEvent {
  std::optional<EvalActor> source;  // nullopt = null actor
  std::optional<EvalActor> target;
  std::string cameo;
  std::vector<std::string> alt;  // gold only
  bool negated = false;
};

struct EvalSentence {
  std::string id;
  std::string lang;
  std::string text;
  std::string date;  // publication date, "" = null
  std::string doc;   // the article it comes from ("doc" field), "" = none
  std::vector<EvalEvent> gold;
  std::vector<EvalEvent> emitted;
};

struct Metric {
  int64_t tp = 0;
  int64_t emitted = 0;
  int64_t gold = 0;
  double precision() const { return emitted ? double(tp) / emitted : 0.0; }
  double recall() const { return gold ? double(tp) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void Add(const Metric& m) {
    tp += m.tp;
    emitted += m.emitted;
    gold += m.gold;
  }
};

struct Metrics {
  Metric type, dyad, event, strict;
  void Add(const Metrics& m) {
    type.Add(m.type);
    dyad.Add(m.dyad);
    event.Add(m.event);
    strict.Add(m.strict);
  }
};

struct EvalReport {
  Metrics overall;
  std::map<std::string, Metrics> by_lang;
  int64_t sentences = 0;
  // Confusion of CAMEO roots over the best dyad matching: (gold root,
  // emitted root) → count; "-" stands for no event on that side.
  std::map<std::pair<std::string, std::string>, int64_t> confusion;
};

// Scores one sentence.
Metrics ScoreSentence(const EvalSentence& sentence);

// Scores a whole set.
EvalReport Score(const std::vector<EvalSentence>& sentences);

// The indices (gold, emitted) of the best one-to-one matching of a sentence
// under the "event" rules.
std::vector<std::pair<int, int>> MatchEvents(const EvalSentence& sentence);

// Reads a gold file (JSON Lines, ../shared/docs/gold-format.md) into
// sentences with no emitted events. Fails on the first bad line, naming it.
Result<std::vector<EvalSentence>> ReadGold(std::string_view origin,
                                           std::string_view content);

// Adds emitted events (JSON Lines event records, docs/event-record.md) to the
// gold sentences whose id equals the record's `doc_id`. Records whose doc_id
// is no gold sentence are an error (a scoring mix-up).
Status AddEmitted(std::string_view origin, std::string_view content,
                  std::vector<EvalSentence>* sentences);

// The `--json` form: {"type": M, "dyad": M, "event": M, "strict": M,
// "by_lang": {...}, "sentences": N}, each M = {"precision", "recall", "f1",
// "tp", "emitted", "gold"}.
std::string ReportJson(const EvalReport& report);

// The readable form: the four metrics overall and per language, and the
// confusion table of roots.
std::string ReportText(const EvalReport& report);

}  // namespace dyad

#endif  // DYAD_EVAL_H_
