// EventDater: the date of each coded event (see dyad/dates.h).
//
// Per event: the tense of its verb group (the trigger's tokens, else the
// nearest finite verb before it in its clause) and its modality give a
// direction; the date expression of its clause, else the nearest one of its
// sentence (asserted past events only), is resolved in that direction and
// kept if it agrees with the tense (a past event is not after the news);
// without one, asserted events that are not anterior take the publication
// date. Date expressions are found only in sentences that have
// events (in all of them when explaining).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "dyad/dates.h"

namespace dyad {
namespace {

std::string_view KindName(DateMention::Kind k) {
  switch (k) {
    case DateMention::Kind::kCalendar:
      return "calendar";
    case DateMention::Kind::kWeekday:
      return "weekday";
    case DateMention::Kind::kDayOffset:
      return "day offset";
    case DateMention::Kind::kPeriod:
      return "period";
    case DateMention::Kind::kAgo:
      return "ago";
  }
  return "?";
}

std::string_view DirectionName(TimeDirection d) {
  switch (d) {
    case TimeDirection::kPast:
      return "past";
    case TimeDirection::kFuture:
      return "future";
    case TimeDirection::kNearest:
      break;
  }
  return "nearest";
}

std::string Quote(std::string_view text, Span s) {
  std::string out(1, '\'');
  if (s.end <= text.size() && s.begin <= s.end) {
    out.append(text.substr(s.begin, s.end - s.begin));
  }
  out.push_back('\'');
  return out;
}

std::string Show(const ResolvedDate& r) {
  if (!r.ok()) return "null";
  return r.date + " (" + std::string(DatePrecisionName(r.precision)) + ")";
}

// The date mentions of one sentence and the clause of each token.
struct SentenceDates {
  int index = -1;
  std::vector<DateMention> mentions;
  std::vector<int> clause;  // per token: number of clause breaks up to it
};

void Load(const DateLexicon& lex, const AnalyzedDocument& doc, int index,
          SentenceDates* out) {
  const Sentence& s = doc.sentences[index];
  const std::string_view text = doc.doc->text;
  out->index = index;
  out->mentions = lex.Find(s, text);
  out->clause.assign(s.tokens.size(), 0);
  int c = 0;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (lex.IsClauseBreak(s, text, i)) ++c;
    out->clause[i] = c;
  }
}

}  // namespace

EventDater::~EventDater() = default;

Result<std::unique_ptr<EventDater>> EventDater::Create(
    const std::string& data_dir, const std::vector<std::string>& languages) {
  std::unique_ptr<EventDater> d(new EventDater());
  for (const std::string& lang : languages) {
    auto lex = DateLexicon::Load(data_dir + "/" + lang + "/dates.tsv");
    if (!lex.ok()) return lex.status();
    d->languages_.push_back(lang);
    d->lexicons_.push_back(std::move(lex).value());
  }
  return d;
}

const DateLexicon* EventDater::lexicon(const std::string& lang) const {
  for (size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == lang) return lexicons_[i].get();
  }
  return nullptr;
}

void EventDater::Date(const AnalyzedDocument& doc, std::vector<Event>* events,
                      std::string* explain) const {
  if (!doc.doc) return;
  const std::string_view text = doc.doc->text;
  const std::string& pub = doc.doc->date;
  CivilDay pub_day;
  const bool has_pub = ParseCivilDay(pub, &pub_day);
  const DateLexicon* lex = lexicon(doc.lang);
  const int n_sentences = static_cast<int>(doc.sentences.size());
  if (explain) {
    *explain += "dates (publication " + (has_pub ? pub : "unknown") + "):\n";
    if (lex) {
      SentenceDates sd;
      for (int si = 0; si < n_sentences; ++si) {
        Load(*lex, doc, si, &sd);
        for (const DateMention& m : sd.mentions) {
          *explain += "  sentence " + std::to_string(si) + ": " +
                      Quote(text, m.span) + " " +
                      std::string(KindName(m.kind)) +
                      (m.bound ? " (a bound, not a date)" : "") + " → " +
                      Show(ResolveDate(m, pub, TimeDirection::kNearest)) +
                      " if nearest\n";
        }
      }
    }
  }
  SentenceDates sd;
  std::vector<std::pair<size_t, const DateMention*>> candidates;
  for (Event& e : *events) {
    e.date.clear();
    e.date_precision.clear();
    const bool asserted =
        e.modality != "future" && e.modality != "conditional";
    Tense tense = Tense::kUnknown;
    candidates.clear();
    if (lex && e.sentence >= 0 && e.sentence < n_sentences) {
      const Sentence& s = doc.sentences[e.sentence];
      const size_t n = s.tokens.size();
      // The trigger's tokens [first, end).
      size_t first = n, end = 0;
      for (size_t k = 0; k < n; ++k) {
        const Token& t = s.tokens[k];
        if (t.begin >= e.trigger_span.begin && t.end <= e.trigger_span.end) {
          first = std::min(first, k);
          end = k + 1;
        }
      }
      if (first < end) {
        if (sd.index != e.sentence) Load(*lex, doc, e.sentence, &sd);
        tense = lex->TenseOf(s, first, end);
        if (tense == Tense::kUnknown) {  // infinitive, gerund, noun
          size_t lo = first;
          while (lo > 0 && first - lo < 10 &&
                 sd.clause[lo - 1] == sd.clause[first]) {
            --lo;
          }
          tense = lex->TenseOf(s, lo, first);
        }
        // The clause's date expressions, then (for a past event) the
        // sentence's; ranked by own clause first, then fewer verbs in
        // between (a date beside another predicate is that one's), then
        // distance.
        for (const DateMention& m : sd.mentions) {
          if (m.bound) continue;
          const bool same = sd.clause[m.first_token] == sd.clause[first];
          if (!same && (!asserted || tense != Tense::kPast)) continue;
          size_t lo = end, hi = m.first_token, dist = 0;
          if (m.end_token <= first) {
            lo = m.end_token, hi = first;
          }
          if (hi > lo) dist = hi - lo;
          size_t verbs = 0;
          for (size_t k = lo; k < hi; ++k) {
            if (s.tokens[k].pos() == Pos::kVerb) ++verbs;
          }
          candidates.emplace_back((same ? 0 : n * n) + verbs * n + dist, &m);
        }
        std::sort(candidates.begin(), candidates.end());
      }
    }
    TimeDirection dir = TimeDirection::kNearest;
    if (e.modality == "future" || tense == Tense::kFuture) {
      dir = TimeDirection::kFuture;
    } else if (tense == Tense::kPast || tense == Tense::kAnterior) {
      dir = TimeDirection::kPast;
    }
    // The first candidate that resolves and agrees with the tense (a past
    // event is not dated after the news, a future one not before it).
    const DateMention* best = nullptr;
    ResolvedDate r;
    for (const auto& [rank, m] : candidates) {
      r = ResolveDate(*m, pub, dir);
      if (!r.ok()) continue;
      if (has_pub && dir == TimeDirection::kPast && r.date > pub) continue;
      if (has_pub && dir == TimeDirection::kFuture &&
          r.precision == DatePrecision::kDay && r.date < pub) {
        continue;
      }
      best = m;
      break;
    }
    std::string why;
    if (best) {
      e.date = r.date;
      e.date_precision = DatePrecisionName(r.precision);
      if (explain) why = Quote(text, best->span) + " → " + Show(r);
    } else if (asserted && tense != Tense::kAnterior && has_pub) {
      e.date = FormatCivilDay(pub_day);
      e.date_precision = "day";
      if (explain) why = "no usable date expression: publication date";
    } else if (explain) {
      why = "no usable date expression; " +
            std::string(!has_pub ? "no publication date"
                        : tense == Tense::kAnterior ? "anterior to the news"
                                                    : e.modality) +
            ": null";
    }
    if (explain) {
      *explain += "  event " + e.event_id + " '" + e.trigger_text +
                  "' (tense " + std::string(TenseName(tense)) + ", modality " +
                  e.modality + ", looking " +
                  std::string(DirectionName(dir)) + "): " + why + "\n";
    }
  }
}

}  // namespace dyad
