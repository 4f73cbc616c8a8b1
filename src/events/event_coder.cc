// Event coding: predicates × patterns → events. See include/dyad/event_coder.h.
#include "dyad/event_coder.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "base/fold.h"
#include "base/tsv.h"
#include "events/cameo_table.h"
#include "events/clause_analyzer.h"
#include "events/pattern_book.h"

namespace dyad {

namespace {

// How a pattern bound to a predicate.
struct Binding {
  const Pattern* pattern = nullptr;
  int source = -1, target = -1;  // mention indices
  size_t trigger_end = 0;        // last token of the trigger (inclusive)
  int inf = -1;                  // predicate index of a consumed infinitive
  int score = -1;
  bool host_source = false;  // the source is the clause's doer (host_doer)
  std::string failed;        // why the best failing pattern failed
};

// A reading of token `t` of part of speech `pos` (and with `tag` when not
// empty), whatever the tagger chose, or nullptr.
const Reading* ReadingOf(const Token& t, Pos pos, std::string_view tag = {}) {
  if (!t.analysis) return nullptr;
  for (const Reading& r : t.analysis->readings) {
    if (r.pos == pos && (tag.empty() || r.HasTag(tag))) return &r;
  }
  return nullptr;
}

// A number written in digits ("14", "14 000") or words ("trois"), or -1.
long long NumberAt(const ClauseSentence& s, const PatternBook& book, size_t i) {
  if (i >= s.size()) return -1;
  std::string_view t = s.tok(i).Text(s.text);
  long long n = 0;
  bool digits = false;
  for (char c : t) {
    if (c >= '0' && c <= '9') {
      n = n * 10 + (c - '0');
      digits = true;
      if (n > 100000000) return -1;
    } else if (c == ' ' || c == '\xc2' || c == '\xa0' || c == '\xe2' ||
               c == '\x80' || c == '\xaf') {
      continue;  // grouping spaces (incl. U+00A0, U+202F)
    } else {
      return book.NumberWord(s.lemma[i]);  // "six", "trois", "dozens"
    }
  }
  if (digits) return n;
  return book.NumberWord(s.lemma[i]);
}

// The record's location for a mention that is a place (`place` set).
Location LocationOf(const ActorMention& m) {
  const Place& p = *m.place;
  Location loc;
  loc.name = p.name;
  loc.text = m.actor.text;
  loc.country = p.country;
  loc.lat = p.lat;
  loc.lon = p.lon;
  loc.geonames_id = p.geonames_id;
  return loc;
}

class SentenceCoder {
 public:
  SentenceCoder(const PatternBook& book, const CameoTable& cameo,
                const ClauseAnalyzer& clauses, const ClauseSentence& s,
                std::string* explain)
      : book_(book),
        cameo_(cameo),
        clauses_(clauses),
        s_(s),
        explain_(explain) {}

  void Code(const AnalyzedDocument& doc, int sentence_index,
            std::vector<Event>* out) {
    preds_ = clauses_.Analyze(s_);
    AddNominalPredicates();
    std::vector<Event> events;
    std::vector<int> from_pred;
    for (size_t pi = 0; pi < preds_.size(); ++pi) {
      Predicate& p = preds_[pi];
      if (p.consumed) {
        Note(p, "consumed by its governor's pattern");
        continue;
      }
      Binding b = Match(static_cast<int>(pi));
      if (!b.pattern) {
        Note(p, b.failed.empty() ? "no pattern for this lemma" : b.failed);
        continue;
      }
      if (b.inf >= 0) preds_[b.inf].consumed = true;
      std::vector<std::pair<int, int>> dyads = {{b.source, b.target}};
      std::vector<int> more = CoordinatedAfter(b.target);
      if ((b.source < 0 || b.host_source) && !more.empty() &&
          p.form == Predicate::Form::kNoun &&
          MutualRoot(b.pattern->cameo.substr(0, 2))) {
        // "un accord entre X et Y", "talks between X and Y": each party
        // towards each other (not "l'attentat qui a tué deux Français et un
        // Américain").
        std::vector<int> parties = {b.target};
        parties.insert(parties.end(), more.begin(), more.end());
        dyads.clear();
        for (int x : parties) {
          for (int y : parties) {
            if (x != y) dyads.push_back({x, y});
          }
        }
      } else {
        // Coordinated targets each receive it: "a rencontré X et Y", "met
        // X, Y and Z".
        for (int t : more) dyads.push_back({b.source, t});
      }
      // Coordinated complements of an event noun each do it: "sous la
      // pression de l'Égypte, de l'Éthiopie et du Kenya".
      if (p.form == Predicate::Form::kNoun && b.source >= 0 &&
          b.source != p.subject && !b.host_source &&
          s_.mentions[b.source]->first_token > p.verb) {
        for (int co : CoordinatedAfter(b.source)) {
          if (co != b.target) dyads.push_back({co, b.target});
        }
      }
      // Coordinated subjects each do the deed.
      if (b.source == p.subject) {
        for (int co : p.co_subjects) dyads.push_back({co, b.target});
        // "X et Y ont signé un accord" with no target: both directions, for
        // what two parties do together (cooperate, consult, agree, aid,
        // yield, fight); "X and Y called for ..." is two appeals.
        if (b.target < 0 && !p.co_subjects.empty() &&
            MutualRoot(b.pattern->cameo.substr(0, 2))) {
          dyads = {{b.source, p.co_subjects[0]}, {p.co_subjects[0], b.source}};
        }
      }
      for (auto [src, tgt] : dyads) {
        // What is "anti-X" is against X, never X's doing.
        if (src >= 0 && AntiMention(src)) src = -1;
        if (src < 0 && tgt < 0) {
          Note(p, "matched " + b.pattern->rule +
                      " but names no actor on either side: not coded");
          continue;
        }
        if (src >= 0 && tgt >= 0 && SameActor(src, tgt)) {
          Note(p, "matched " + b.pattern->rule +
                      " but source and target are the same actor: not coded");
          continue;
        }
        Event e;
        if (!Fill(doc, sentence_index, p, b, src, tgt, &e)) continue;
        if (VerbalAttack(p, e, src, tgt)) Recode("111", &e);
        const bool by_attack = CauseNoun(static_cast<int>(pi), &e);
        // Only a finite clause names its subject reliably enough ("des
        // attentats le visant": who aimed them is not the clause's doer).
        if (p.Is(ClauseWord::kAttackOnlyVerb) &&
            (!by_attack || p.form != Predicate::Form::kFinite)) {
          Note(p, "matched " + b.pattern->rule +
                      " but its subject is no attack noun: not coded");
          continue;
        }
        IntentOfInfinitive(p, &e);
        if (src < 0 && !by_attack && ThingStrikes(p, e)) {
          Note(p, "its subject is a thing, not an attack: not coded");
          continue;
        }
        Note(p, "coded " + e.cameo + " by " + b.pattern->rule + ": " +
                    Describe(src) + " -> " + Describe(tgt));
        events.push_back(std::move(e));
        from_pred.push_back(static_cast<int>(pi));
      }
    }
    FoldResults(&events, &from_pred);
    DropNounsInsideVerbEvents(&events, &from_pred);
    LinkDeaths(&events, &from_pred);
    AnnouncedArrests(&events, &from_pred);
    YieldToInstigator(&events, from_pred);
    Dedupe(&events);
    // A statement, an appeal, an intention, a consultation, support,
    // cooperation or aid (roots 01-07) with no doer is no event record:
    // who said, met or helped is what it reports ("on avait rencontré des
    // jeunes", "was welcomed in Cairo").
    std::erase_if(events, [&](const Event& e) {
      const std::string root = e.cameo_root();
      const bool dropped = !e.source && root >= "01" && root <= "07";
      if (dropped && explain_) {
        *explain_ += "  dropped '" + e.trigger_text +
                     "': a verbal or cooperative event needs a doer\n";
      }
      return dropped;
    });
    for (auto& e : events) Locate(&e);
    for (auto& e : events) out->push_back(std::move(e));
  }

 private:
  void Note(const Predicate& p, const std::string& what) {
    if (!explain_) return;
    std::string kind;
    switch (p.form) {
      case Predicate::Form::kFinite:
        kind = "finite";
        break;
      case Predicate::Form::kParticiple:
        kind = "participle";
        break;
      case Predicate::Form::kGerund:
        kind = "gerund";
        break;
      case Predicate::Form::kInfinitive:
        kind = "infinitive";
        break;
      case Predicate::Form::kNoun:
        kind = "noun";
        break;
    }
    *explain_ += "  [" + std::string(s_.tok(p.verb).Text(s_.text)) + "] " +
                 p.lemma + " (" + kind + (p.passive ? ", passive" : "") +
                 (p.negated ? ", negated" : "") +
                 (p.modality != "asserted" ? ", " + p.modality : "") +
                 ") subject: " + Describe(p.subject);
    if (p.agent >= 0) *explain_ += ", agent: " + Describe(p.agent);
    if (!p.notes.empty()) *explain_ += ";" + p.notes;
    *explain_ += "\n      → " + what + "\n";
  }

  std::string Describe(int m) const {
    if (m < 0) return "none";
    const Actor& a = s_.mentions[m]->actor;
    return "'" + a.text + "' (" + (a.cameo.empty() ? "?" : a.cameo) + ")";
  }

  bool SameActor(int a, int b) const {
    if (a == b) return true;
    const Actor& x = s_.mentions[a]->actor;
    const Actor& y = s_.mentions[b]->actor;
    if (!x.id.empty() && x.id == y.id) return true;
    return Apposed(std::min(a, b), std::max(a, b));
  }

  // Mention `b` stands in apposition to mention `a` just before it: one
  // actor named twice, only a comma between, both with the same CAMEO code
  // ("le président russe, Vladimir Poutine", "Mahmoud Abbas, président de
  // l'Autorité palestinienne"). A coordination needs a coordinator at the
  // end of the list ("X, Y et Z"), see CoordinatedAfter.
  bool Apposed(int a, int b) const {
    const ActorMention& x = *s_.mentions[a];
    const ActorMention& y = *s_.mentions[b];
    if (x.actor.cameo.empty() || x.actor.cameo != y.actor.cameo) return false;
    size_t k = x.end_token;
    return k + 1 == y.first_token && s_.form[k] == ",";
  }

  // Mentions coordinated after mention `m` ("X et Y", "X, Y and Z").
  std::vector<int> CoordinatedAfter(int m) const {
    std::vector<int> out;
    while (m >= 0) {
      size_t k = s_.mentions[m]->end_token;
      if (k + 1 >= s_.size()) break;
      bool joint = s_.LemmaIs(k, ClauseWord::kCoordinator) ||
                   (s_.pos(k) == Pos::kPunct && s_.form[k] == ",");
      int next = joint ? MentionAfterJoiner(k + 1) : -1;
      // "ceux du Hamas et ceux du gouvernement israélien", "those of X and
      // those of Y".
      if (next < 0 && joint && s_.LemmaIs(k, ClauseWord::kCoordinator)) {
        next = DemonstrativeOf(k + 1);
        if (next >= 0) {
          out.push_back(next);
          m = next;
          continue;
        }
      }
      if (next < 0) break;
      // A comma must lead on, through a list of mentions, to a final
      // coordinator: "X, Y et Z"; "X, Y, a dit" is an apposition.
      if (s_.form[k] == "," && !IsCoordinator(k + 1) &&
          !ListEndsWithCoordinator(next)) {
        break;
      }
      out.push_back(next);
      m = next;
    }
    return out;
  }

  // The mention of "ceux de X", "celle du X", "those of X", "that of X" at
  // token k (the demonstrative), or -1.
  int DemonstrativeOf(size_t k) const {
    if (k + 1 >= s_.size() || !s_.FormIs(k, ClauseWord::kDemonstrativeOf)) {
      return -1;
    }
    if (int m = s_.MentionStarting(k + 1); m >= 0) return m;  // "du Hamas"
    if (s_.lemma[k + 1] == "de" || s_.lemma[k + 1] == "of") {
      return s_.MentionStarting(k + 2);
    }
    return -1;
  }

  // From mention `m` on, mentions separated by commas reach a coordinator
  // followed by one more mention.
  // Mention m holds an "anti-X" word: it names what it is against.
  bool AntiMention(int m) const {
    for (size_t k = s_.mentions[m]->first_token; k < s_.mentions[m]->end_token;
         ++k) {
      if (s_.form[k].size() > 5 && s_.form[k].compare(0, 5, "anti-") == 0) {
        return true;
      }
    }
    return false;
  }

  // The mention that starts at j, or right after a determiner at j ("par
  // la police", "by the army"), or -1.
  int MentionPastDeterminer(size_t j) const {
    if (j < s_.size() && s_.mention_at[j] < 0 && s_.pos(j) == Pos::kDet) ++j;
    return s_.MentionStarting(j);
  }

  // A coordinating conjunction (by its part of speech too: folded "où" is
  // "ou").
  bool IsCoordinator(size_t j) const {
    return j < s_.size() && s_.pos(j) == Pos::kCconj &&
           s_.LemmaIs(j, ClauseWord::kCoordinator);
  }

  // The mention that starts at j, past what may repeat before each member
  // of a list: a coordinator after a comma (", et de la France") and the
  // list's preposition ("de X et de Y", "à X et à Y").
  int MentionAfterJoiner(size_t j) const {
    if (IsCoordinator(j) && s_.mention_at[j] < 0) ++j;
    if (j + 1 < s_.size() && s_.mention_at[j] < 0 && s_.pos(j) == Pos::kAdp &&
        (s_.lemma[j] == "de" || s_.lemma[j] == "à" || s_.lemma[j] == "a" ||
         s_.lemma[j] == "of" || s_.lemma[j] == "to")) {
      ++j;
    }
    return s_.MentionStarting(j);
  }

  bool ListEndsWithCoordinator(int m) const {
    while (m >= 0) {
      size_t e = s_.mentions[m]->end_token;
      if (e + 1 >= s_.size()) return false;
      int next = MentionAfterJoiner(e + 1);
      if (next < 0) return false;
      if (s_.LemmaIs(e, ClauseWord::kCoordinator) || IsCoordinator(e + 1)) {
        return true;
      }
      if (s_.form[e] != ",") return false;
      m = next;
    }
    return false;
  }

  // Event nouns: "des attaques contre", "une discussion téléphonique avec".
  void AddNominalPredicates() {
    for (size_t i = 0; i < s_.size(); ++i) {
      const std::string_view lemma = NounLemma(i);
      if (lemma.empty() || !book_.Noun(lemma)) continue;
      Predicate p;
      p.form = Predicate::Form::kNoun;
      p.verb = p.first = i;
      p.lemma = lemma;
      p.word = book_.Word(lemma);
      {
        size_t k = i;
        if (k > 0 && s_.pos(k - 1) == Pos::kDet) --k;
        p.instigation =
            k > 0 && s_.pos(k - 1) == Pos::kAdp &&
            s_.lemma_info[k - 1].Starts(ClauseWord::kInstigation) &&
            book_.IsPair(ClauseWord::kInstigation, s_.lemma[k - 1], lemma);
      }
      p.clause_end = s_.size();
      for (const Predicate& q : preds_) {
        if (q.form == Predicate::Form::kFinite && q.first > i) {
          p.clause_end = std::min(p.clause_end, q.first);
        }
      }
      // The verb this noun is the object of: a light verb lends its subject,
      // negation and modality ("a lancé des attaques").
      for (size_t q = preds_.size(); q-- > 0;) {
        const Predicate& g = preds_[q];
        if (g.form == Predicate::Form::kNoun || g.verb >= i) continue;
        bool clear = true;
        for (size_t k = g.verb + 1; k < i; ++k) {
          // Nor another event noun: the light verb's object is the first
          // ("a annoncé l'interdiction de toute manifestation").
          // Nor a noun other than a time, a quantity or the noun of an
          // idiom of the verb ("une série de frappes", "fait part de son
          // intention"; not "un taux d'occupation").
          if (s_.mention_at[k] >= 0 || s_.pos(k) == Pos::kVerb ||
              s_.pos(k) == Pos::kPunct ||
              (s_.pos(k) == Pos::kNoun &&
               !s_.LemmaIs(k, ClauseWord::kQuantity) &&
               !s_.LemmaIs(k, ClauseWord::kTimeNoun) &&
               !(g.word.Starts(ClauseWord::kVerbIdiom) &&
                 book_.IsPair(ClauseWord::kVerbIdiom, g.lemma, s_.lemma[k])) &&
               !HasReading(k, Pos::kNum) && !HasReading(k, Pos::kAdj) &&
               !HasReading(k, Pos::kDet))) {
            clear = false;
          }
        }
        if (clear && i - g.verb <= 7 && book_.IsLightVerb(g.lemma)) {
          p.governor = static_cast<int>(q);
          p.subject = g.subject;
          p.co_subjects = g.co_subjects;
          p.negated = g.negated;
          p.modality = g.modality;
          p.first = g.first;
          if (g.passive) p.subject = g.agent;
          p.notes += " object of light verb '" + g.lemma + "';";
        }
        break;
      }
      // "X were on strike", "X est en visite à Y", "X is on standby": the
      // subject of a copula and a predicative preposition before the noun.
      if (p.governor < 0 && p.subject < 0) {
        size_t k = i;
        if (k > 0 && s_.pos(k - 1) == Pos::kDet) --k;
        if (k >= 2 && s_.LemmaIs(k - 1, ClauseWord::kPredicativePrep) &&
            s_.LemmaIs(k - 2, ClauseWord::kCopula)) {
          size_t c = k - 2;
          while (c > 0 &&
                 (s_.pos(c - 1) == Pos::kAux || s_.pos(c - 1) == Pos::kAdv)) {
            --c;
          }
          std::vector<int> co;
          p.subject = clauses_.SubjectBefore(s_, c, &co);
          p.co_subjects = co;
          if (p.subject >= 0) p.notes += " subject of the copula;";
          p.predicative = p.subject;
        }
      }
      // "en niant toute sympathie pour le Hamas", "ruled out any talks": the
      // object of a verb of denial did not happen (its doer is the verb's).
      if (p.governor < 0) {
        for (size_t q = preds_.size(); q-- > 0;) {
          const Predicate& g = preds_[q];
          if (g.form == Predicate::Form::kNoun || g.verb >= i) continue;
          if (i - g.verb <= 3 && g.Is(ClauseWord::kDenialVerb)) {
            bool clear = true;
            for (size_t k = g.verb + 1; k < i; ++k) {
              if (s_.mention_at[k] >= 0 || s_.pos(k) == Pos::kPunct ||
                  s_.pos(k) == Pos::kVerb || s_.pos(k) == Pos::kNoun) {
                clear = false;
              }
            }
            if (clear) {
              p.governor = static_cast<int>(q);
              p.subject = g.subject;
              p.co_subjects = g.co_subjects;
              p.negated = !g.negated;
              p.modality = g.modality;
              p.notes += " object of '" + g.lemma + "': negated;";
            }
          }
          break;
        }
      }
      if (p.governor < 0) {
        // The finite clause the noun stands in, after its verb.
        for (size_t q = preds_.size(); q-- > 0;) {
          const Predicate& g = preds_[q];
          if (g.form != Predicate::Form::kFinite || g.verb >= i) continue;
          if (i < g.clause_end) p.host_doer = g.passive ? g.agent : g.subject;
          break;
        }
      }
      preds_.push_back(std::move(p));
    }
    // Back into text order, with governor indices following their
    // predicates.
    std::vector<size_t> order(preds_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return preds_[a].verb < preds_[b].verb;
    });
    std::vector<int> new_index(order.size());
    for (size_t i = 0; i < order.size(); ++i)
      new_index[order[i]] = static_cast<int>(i);
    std::vector<Predicate> sorted;
    sorted.reserve(order.size());
    for (size_t old : order) {
      sorted.push_back(std::move(preds_[old]));
      if (sorted.back().governor >= 0) {
        sorted.back().governor = new_index[sorted.back().governor];
      }
      if (sorted.back().speech >= 0) {
        sorted.back().speech = new_index[sorted.back().speech];
      }
    }
    preds_ = std::move(sorted);
  }

  // The folded noun lemma of token i: its chosen reading when a noun, or a
  // noun reading the tagger passed over right after a determiner ("une
  // offensive" read as an adjective); "" otherwise.
  std::string_view NounLemma(size_t i) const {
    const Token& t = s_.tok(i);
    if (s_.pos(i) == Pos::kNoun) return s_.lemma[i];
    // A multiword event noun may start with its adjective ("legal
    // challenge", "general strike"): TryPattern checks the rest of the key.
    if (s_.pos(i) == Pos::kAdj && i + 1 < s_.size() &&
        s_.pos(i + 1) == Pos::kNoun && book_.Noun(s_.lemma[i])) {
      return s_.lemma[i];
    }
    if (!t.analysis || i == 0) return "";
    Pos prev = s_.pos(i - 1);
    if (prev != Pos::kDet && !(prev == Pos::kAdp && !s_.IsPreposition(i - 1))) {
      return "";
    }
    for (const Reading& r : t.analysis->readings) {
      if (r.pos == Pos::kNoun) return r.folded_lemma;
    }
    return "";
  }

  // The actor an event noun's predicative phrase is apposed to ("X, en
  // visite au Japon", "Paris en état de siège"), or -1.
  int PredicativeHolder(const Predicate& p) const {
    size_t k = p.verb;
    if (k > 0 && s_.pos(k - 1) == Pos::kDet) --k;
    if (k >= 2 && s_.LemmaIs(k - 1, ClauseWord::kPredicativePrep)) {
      size_t e = k - 1;  // the mention ends here, before an optional comma
      if (s_.form[e - 1] == ",") --e;
      if (e > 0 && s_.mention_at[e - 1] >= 0 &&
          s_.mentions[s_.mention_at[e - 1]]->end_token == e) {
        return s_.mention_at[e - 1];
      }
    }
    return p.predicative;
  }

  // The source of a nominal event besides a light verb: "de X" / "of X"
  // right after the noun, "X's" before it, or a demonym ("l'offensive
  // turque").
  int NominalSource(const Predicate& p, size_t key_size) const {
    // "Macron, en visite en Belgique, ...", "Blair, on a visit to Iraq":
    // the actor the noun's predicative phrase is apposed to.
    size_t k = p.verb;
    // "la présidente du CICR, arrivée lundi à Gaza, ...": a bare noun
    // apposed to a mention.
    if (k >= 2 && s_.form[k - 1] == "," && s_.mention_at[k - 2] >= 0 &&
        s_.mentions[s_.mention_at[k - 2]]->end_token == k - 1) {
      return s_.mention_at[k - 2];
    }
    if (k > 0 && s_.pos(k - 1) == Pos::kDet) --k;
    if (int m = PredicativeHolder(p); m >= 0) return m;
    size_t i = p.verb + key_size;  // after a multiword key ("visite d'État")
    while (i < s_.size() && i <= p.verb + 2 &&
           (s_.pos(i) == Pos::kAdj || s_.pos(i) == Pos::kAdv)) {
      if (s_.mention_at[i] >= 0) break;
      // "autour de", "près de", "lors de": an adverb + de is a preposition.
      if (s_.pos(i) == Pos::kAdv && i + 1 < s_.size() &&
          s_.lemma[i + 1] == "de") {
        return -1;
      }
      ++i;
    }
    // "under pressure from X": X presses.
    const bool from = p.instigation && i < s_.size() && s_.lemma[i] == "from";
    if (i < s_.size() && (s_.lemma[i] == "de" || s_.lemma[i] == "of" || from)) {
      int m = s_.MentionStarting(i);  // "des forces"
      size_t j = i + 1;
      if (j < s_.size() && IsQuoteToken(j)) ++j;  // de « gilets jaunes »
      if (m < 0 && j < s_.size()) m = s_.MentionStarting(j);
      // "l'attentat de Nice": a place after "de" is where, not who.
      if (m >= 0 && !NamedAfterPlace(p.verb, m) &&
          s_.mentions[m]->kind != ActorMention::Kind::kPlace) {
        return m;
      }
    }
    if (p.verb >= 2 && s_.form[p.verb - 1] == "'s" &&
        s_.mention_at[p.verb - 2] >= 0) {
      return s_.mention_at[p.verb - 2];
    }
    // "an EU demand", "despite US objections": a name right before the
    // noun.
    if (p.verb >= 1 && s_.mention_at[p.verb - 1] >= 0 &&
        s_.mentions[s_.mention_at[p.verb - 1]]->end_token == p.verb) {
      return s_.mention_at[p.verb - 1];
    }
    return ParticipleAgent(p.verb);
  }

  // "les violences et dégradations commises par des casseurs", "the
  // attacks carried out by X": the agent of a passive participle right
  // after the noun (past adjectives, quotation marks and coordinated
  // nouns) is the noun's doer.
  int ParticipleAgent(size_t noun) const {
    for (const Predicate& q : preds_) {
      if (q.form != Predicate::Form::kParticiple || !q.passive || q.agent < 0 ||
          q.verb <= noun || q.verb > noun + 5) {
        continue;
      }
      for (size_t k = noun + 1; k < q.verb; ++k) {
        const Pos pos = s_.pos(k);
        if (pos != Pos::kAdj && pos != Pos::kNoun && pos != Pos::kCconj &&
            !IsQuoteToken(k)) {
          return -1;
        }
        if (s_.mention_at[k] >= 0) return -1;
      }
      return q.agent;
    }
    return -1;
  }

  // "les accords d'Oslo", "l'accord de Paris sur le climat", "la
  // conférence de Genève": a capital or place after a noun of clause_words
  // `named_after_place` names the thing, not an actor of it.
  bool NamedAfterPlace(size_t noun, int m) const {
    using Kind = ActorMention::Kind;
    const Kind k = s_.mentions[m]->kind;
    return (k == Kind::kMetonym || k == Kind::kPlace) &&
           s_.LemmaIs(noun, ClauseWord::kNamedAfterPlace);
  }

  // A pattern word matches a token's lemma or form, or one word of a
  // multiword token ("côté" in "du côté de").
  bool WordMatches(const PatternElement& e, size_t i) const {
    // The lemma or the form: by number (WordInfo::pattern_word), with no
    // string compared.
    const uint32_t lemma = s_.lemma_info[i].pattern_word;
    const uint32_t form = s_.form_info[i].pattern_word;
    if (lemma != 0 || form != 0) {
      for (uint32_t id : e.ids) {
        if (id == lemma || id == form) return true;
      }
    }
    // A plural the analyser does not know ("fournitures"): its singular.
    std::string_view unknown_singular;
    const Token& t = s_.tok(i);
    if (t.analysis && !t.analysis->known && s_.form[i].size() > 3 &&
        (s_.form[i].back() == 's' || s_.form[i].back() == 'x')) {
      unknown_singular = std::string_view(s_.form[i]);
      unknown_singular.remove_suffix(1);
    }
    const bool multiword = t.flags & Token::kMultiword;
    if (unknown_singular.empty() && !multiword) return false;
    for (const auto& w : e.words) {
      if (!unknown_singular.empty() && unknown_singular == w) return true;
      if (multiword) {
        for (auto part : SplitList(s_.lemma[i], ' ')) {
          if (part == w) return true;
        }
      }
    }
    return false;
  }

  // The first mention starting in [from, limit), skipping tokens that are
  // not prepositions when `direct` (a direct object), or anything within 3
  // tokens otherwise.
  // A direct object may name its actor through up to two "N de/of/by/with
  // X" (object_link: "a critiqué la position de X", "welcomed the decision
  // by X", "his relationship with X", "l'interdiction de tout rassemblement
  // de gilets jaunes"): X is the target.
  int MentionAfter(size_t from, size_t limit, bool direct, size_t* end) const {
    // A mention that took in the contracted preposition the pattern just
    // matched ("aux Palestiniens"; not "du/des", which may be an article).
    if (from > 0 && from < s_.size() && s_.mention_at[from] >= 0 &&
        s_.mentions[s_.mention_at[from]]->first_token == from - 1 &&
        s_.IsPreposition(from - 1)) {
      const int m = s_.mention_at[from];
      *end = s_.mentions[m]->end_token;
      return m;
    }
    int links = 0;
    size_t link_noun = 0;  // the noun before the latest object link
    // A relative clause on the object ends the clause but not the search.
    if (direct && limit < s_.size() && limit > 0 &&
        s_.pos(limit - 1) == Pos::kNoun && IsRelativePronoun(limit)) {
      limit = s_.size();
    }
    bool past_prep = false;
    for (size_t k = from; k < limit && k < from + 8 + 4 * links; ++k) {
      int m = s_.MentionStarting(k);
      if (m >= 0) {
        if (links > 0 && NamedAfterPlace(link_noun, m)) return -1;
        using Kind = ActorMention::Kind;
        const Kind kind = s_.mentions[m]->kind;
        if (past_prep && kind != Kind::kPlace && kind != Kind::kState &&
            kind != Kind::kMetonym) {
          return -1;
        }
        *end = s_.mentions[m]->end_token;
        return m;
      }
      if (s_.mention_at[k] >= 0) return -1;  // inside another mention
      // "a bombardé lundi des positions", "shelled on Monday the town".
      if (direct && s_.LemmaIs(k, ClauseWord::kTimeNoun)) continue;
      if (direct && links < 2 && k > from && s_.pos(k - 1) == Pos::kNoun &&
          !s_.LemmaIs(k - 1, ClauseWord::kTimeNoun) &&
          s_.LemmaIs(k, ClauseWord::kObjectLink)) {
        ++links;
        link_noun = k - 1;
        continue;
      }
      // "a levé les mesures qui frappaient X", "a levé les charges qui
      // pesaient à l'encontre de X": the actor a relative clause on the
      // object names.
      if (direct && links < 2 && k > 0 && s_.pos(k - 1) == Pos::kNoun &&
          IsRelativePronoun(k)) {
        size_t a = k + 1;
        while (a < limit &&
               (s_.pos(a) == Pos::kAux || s_.pos(a) == Pos::kAdv ||
                (s_.pos(a) == Pos::kPron && s_.mention_at[a] < 0))) {
          ++a;
        }
        if (a < limit && s_.pos(a) == Pos::kVerb) {
          ++a;
          if (a < limit && s_.IsPreposition(a) && s_.MentionStarting(a) < 0)
            ++a;
          ++links;
          link_noun = k - 1;
          k = a - 1;
          continue;
        }
      }
      // "condamnons les crimes de guerre, ceux du Hamas": the object's
      // actor in an apposed demonstrative.
      if (direct && k > from && s_.form[k] == "," &&
          s_.pos(k - 1) == Pos::kNoun) {
        if (int m = DemonstrativeOf(k + 1); m >= 0) {
          *end = s_.mentions[m]->end_token;
          return m;
        }
      }
      // "a condamné les violences commises par des casseurs", "condemned
      // the attacks carried out by X": the doer of what the object names.
      if (direct && links < 2 && s_.pos(k) == Pos::kVerb &&
          s_.HasTag(k, Tag::kPp)) {
        size_t a = k + 1;
        while (a < limit && a <= k + 4 && !s_.LemmaIs(a, ClauseWord::kAgent) &&
               s_.pos(a) != Pos::kVerb && s_.pos(a) != Pos::kPunct) {
          ++a;
        }
        if (a < limit && a <= k + 4 && s_.LemmaIs(a, ClauseWord::kAgent)) {
          ++links;
          link_noun = k;
          k = a;
          continue;
        }
      }
      if (direct && (s_.IsPreposition(k) || s_.pos(k) == Pos::kVerb ||
                     s_.pos(k) == Pos::kPunct)) {
        if (!IsQuoteToken(k)) return -1;
      }
      if (!direct && (k >= from + 3 || s_.pos(k) == Pos::kPunct)) return -1;
      // "a legal challenge to the curfew in the High Court": past another
      // preposition (not an object link) only a place is still what the
      // object concerns ("inquiet des combats à Goma").
      if (!direct && k > from && s_.IsPreposition(k) &&
          !s_.LemmaIs(k, ClauseWord::kObjectLink)) {
        past_prep = true;
      }
    }
    return -1;
  }

  // The closing comma of an incidental phrase opened by the comma at k: a
  // second comma within 12 tokens before `limit`, with no verb, auxiliary
  // or coordinator-led clause between; k when there is none.
  size_t IncidentalEnd(size_t k, size_t limit) const {
    for (size_t c = k + 1; c < limit && c <= k + 12; ++c) {
      const Pos pos = s_.pos(c);
      if (pos == Pos::kVerb || pos == Pos::kAux) return k;
      if (s_.form[c] == ",") return c > k + 1 ? c : k;
    }
    return k;
  }

  // Token k is a relative pronoun standing for a subject ("qui", "who").
  bool IsRelativePronoun(size_t k) const {
    return k < s_.size() && s_.pos(k) == Pos::kPron &&
           s_.LemmaIs(k, ClauseWord::kRelativeSubject);
  }

  // Token k has a reading of part of speech `pos` (whatever the tagger
  // chose: "third" read as a noun is an ordinal too).
  bool HasReading(size_t k, Pos pos) const {
    return ReadingOf(s_.tok(k), pos) != nullptr;
  }

  // Token k can be read as a gerund (whatever the tagger chose).
  bool HasGerundReading(size_t k) const {
    return ReadingOf(s_.tok(k), Pos::kVerb, "ger") != nullptr;
  }

  bool IsQuoteToken(size_t k) const {
    return s_.form[k] == "«" || s_.form[k] == "»" || s_.form[k] == "\"" ||
           s_.form[k] == "“" || s_.form[k] == "”";
  }

  // Tries every pattern of the predicate's lemma; returns the best binding.
  Binding Match(int pi) {
    const Predicate& p = preds_[pi];
    const std::vector<Pattern>* pats = p.form == Predicate::Form::kNoun
                                           ? book_.Noun(p.lemma)
                                           : book_.Verb(p.lemma);
    if (!pats && p.form != Predicate::Form::kNoun) pats = UnknownVerb(p);
    Binding best;
    if (!pats) return best;
    for (const Pattern& pat : *pats) {
      Binding b;
      b.pattern = &pat;
      std::string why;
      // (Why a pattern failed is only worth its string building when
      // explaining: most patterns tried fail.)
      if (TryPattern(pi, pat, &b, explain_ ? &why : nullptr)) {
        // A match that names an actor beats one that names none (which
        // could not be coded anyway).
        if (b.source >= 0 || b.target >= 0) b.score += 1000;
        // Among patterns of the same code, one that binds more actors wins
        // over a more literal one ("welcomed the decision by X": `$ * +`
        // over `$ * decision`).
        auto bound = [](const Binding& x) {
          return (x.source >= 0) + (x.target >= 0);
        };
        bool same_code =
            best.pattern && best.score >= 0 && best.pattern->cameo == pat.cameo;
        if (same_code ? bound(b) > bound(best) ||
                            (bound(b) == bound(best) && b.score > best.score)
                      : b.score > best.score) {
          best = b;
        }
      } else if (explain_ && best.failed.empty()) {
        best.failed = pat.rule + " failed: " + why;
      }
    }
    if (best.score < 0) best.pattern = nullptr;
    return best;
  }

  // A verb the analyser does not know ("raided", "stormed") has its form
  // as lemma: its patterns are those of the lemma an inflection suffix of
  // the language (clause_words.tsv `verb_suffix`) leads back to, doubled
  // final consonant undone ("stopped" → "stop").
  const std::vector<Pattern>* UnknownVerb(const Predicate& p) const {
    const Token& t = s_.tok(p.verb);
    if (t.analysis && t.analysis->known) return nullptr;
    const std::string_view form = s_.form[p.verb];
    for (const auto& [suffix, ending] : book_.VerbSuffixes()) {
      if (form.size() <= suffix.size() + 2 ||
          form.compare(form.size() - suffix.size(), suffix.size(), suffix) !=
              0) {
        continue;
      }
      std::string stem(form.substr(0, form.size() - suffix.size()));
      if (auto* pats = book_.Verb(stem + ending)) return pats;
      if (ending.empty() && stem.size() > 2 &&
          stem.back() == stem[stem.size() - 2]) {
        if (auto* pats = book_.Verb(stem.substr(0, stem.size() - 1)))
          return pats;
      }
    }
    return nullptr;
  }

  // Whether `pat` binds predicate `pi`; when it does not, says why in
  // `*why` unless `why` is null.
  bool TryPattern(int pi, const Pattern& pat, Binding* b, std::string* why) {
    const Predicate& p = preds_[pi];
    size_t cursor = p.verb + 1;
    // Multiword nouns: the key continues after the noun.
    for (size_t k = 1; k < pat.key.size(); ++k, ++cursor) {
      if (cursor >= s_.size() || s_.lemma[cursor] != pat.key[k]) {
        if (why) *why = "the rest of '" + pat.key[0] + " ...' is not there";
        return false;
      }
    }
    for (const auto& e : pat.before) {
      if (e.kind == PatternElement::Kind::kReflexive && !p.reflexive) {
        if (why) *why = "needs a reflexive 'se'";
        return false;
      }
    }
    const bool active = !p.passive;
    int source = -1;
    bool from_host = false;  // source borrowed from the clause (host_doer)
    if (p.form == Predicate::Form::kNoun) {
      // "l'arrestation de X" (`$ * de +`): X is the patient, not the doer.
      bool patient_de =
          pat.after.size() >= 2 &&
          pat.after[0].kind == PatternElement::Kind::kWord &&
          pat.after[1].kind == PatternElement::Kind::kTarget &&
          (std::find(pat.after[0].words.begin(), pat.after[0].words.end(),
                     "de") != pat.after[0].words.end() ||
           std::find(pat.after[0].words.begin(), pat.after[0].words.end(),
                     "of") != pat.after[0].words.end());
      source = p.subject >= 0 ? p.subject
               : patient_de   ? -1
                              : NominalSource(p, pat.key.size());
      // "... dans le cadre d'un accord avec Israël": the doer of the clause.
      if (source < 0 && !patient_de && p.host_doer >= 0) {
        source = p.host_doer;
        from_host = true;
      }
    } else if (active) {
      source = p.subject;
    } else {
      // Passive: the agent is the doer; without a direct-object slot the
      // grammatical subject stays the source ("est attendue à Moscou").
      source = p.agent >= 0 ? p.agent : (pat.direct_target ? -1 : p.subject);
    }
    int target = -1;
    size_t trigger_end = p.verb + pat.key.size() - 1;
    int score = pat.literals * 10;
    bool first = true;
    bool after_target = false;  // the previous element was `+`
    size_t clause_end = p.clause_end;
    for (const auto& e : pat.after) {
      switch (e.kind) {
        case PatternElement::Kind::kWord: {
          // Within 6 words (a mention is one); after a target, mentions and
          // quotation marks do not count ("called the UK's £3bn rebate from the
          // European Union \"unjustified\""). A word may be the subordinator
          // that ends the clause ("s'oppose à ce que la Chine ..."): what
          // follows is then in reach.
          size_t found = s_.size();
          for (size_t k = cursor, words = 0; k <= clause_end && words < 6;
               ++k) {
            if (k == clause_end &&
                (k >= s_.size() ||
                 !s_.FormIs(k, ClauseWord::kComplementizer))) {
              break;
            }
            // An incidental phrase between commas with no verb (", sous la
            // pression de X et de Y,") is passed over whole.
            if (s_.form[k] == ",") {
              if (size_t c = IncidentalEnd(k, clause_end); c > k) {
                k = c;
                continue;
              }
            }
            if (WordMatches(e, k)) {
              found = k;
              if (k == clause_end) clause_end = s_.size();
              break;
            }
            // An actor's name counts as one word ("une plainte devant la
            // Cour internationale de justice contre Israël").
            const bool inside_mention =
                s_.mention_at[k] >= 0 && k > 0 &&
                s_.mention_at[k - 1] == s_.mention_at[k];
            if (after_target ? s_.mention_at[k] < 0 && !IsQuoteToken(k)
                             : !inside_mention) {
              ++words;
            }
          }
          if (found == s_.size()) {
            if (why) *why = "no '" + e.words[0] + "' after the verb";
            return false;
          }
          cursor = found + 1;
          trigger_end = found;
          break;
        }
        case PatternElement::Kind::kTarget: {
          if (first && !active && p.form != Predicate::Form::kNoun) {
            target = p.subject;  // the patient of a passive
          } else {
            size_t end = cursor;
            int m = MentionAfter(cursor, clause_end, first, &end);
            if (m >= 0 && m != source) {
              target = m;
              cursor = end;
              // "appelle l'UE, l'ONU et l'UA à ...": the words that follow
              // come after the whole list.
              for (int co : CoordinatedAfter(m)) {
                cursor = s_.mentions[co]->end_token;
              }
            } else if (first && p.object_clitic) {
              // "l'accuse de mensonge": the clitic stands for the latest
              // actor before it that is not the subject.
              for (size_t k = p.first; k-- > 0;) {
                int a = s_.mention_at[k];
                if (a >= 0 && a != source && a != p.subject) {
                  target = a;
                  break;
                }
              }
            } else if (!first && cursor > 0 &&
                       s_.pos(cursor - 1) == Pos::kAdp) {
              // A preposition the pattern names is there for its object:
              // "strike on|against +" does not match "on strike across
              // Wales on Friday".
              if (why) {
                *why =
                    "no actor after '" + std::string(s_.form[cursor - 1]) + "'";
              }
              return false;
            }
          }
          break;
        }
        case PatternElement::Kind::kInf: {
          int found = -1;
          for (size_t q = pi + 1; q < preds_.size(); ++q) {
            const Predicate& c = preds_[q];
            if (c.form != Predicate::Form::kInfinitive || c.verb < cursor ||
                c.verb > cursor + 8) {
              continue;
            }
            if (!e.words.empty() && c.lemma != e.words[0]) continue;
            found = static_cast<int>(q);
            break;
          }
          if (found < 0) {
            if (why) *why = "no infinitive complement";
            return false;
          }
          b->inf = found;
          cursor = preds_[found].verb + 1;
          trigger_end = preds_[found].verb;
          break;
        }
        default:
          break;
      }
      after_target = e.kind == PatternElement::Kind::kTarget;
      first = false;
    }
    // A pattern without `+` that ends in a word or an infinitive still
    // reaches the actor its last word leads to: the infinitive's direct
    // object ("refuses to accept Syria's denials") or an object link
    // ("l'interdiction de tout rassemblement de gilets jaunes").
    bool implicit_target = false;
    // (A relative clause on the object starts at the clause's end.)
    const bool relative = IsRelativePronoun(cursor);
    if (!pat.has_target && !pat.after.empty() &&
        pat.after.back().kind != PatternElement::Kind::kTarget &&
        (cursor < p.clause_end || (cursor == p.clause_end && relative))) {
      const bool inf = pat.after.back().kind == PatternElement::Kind::kInf;
      const bool participle =
          s_.pos(cursor) == Pos::kVerb && s_.HasTag(cursor, Tag::kPp);
      // "looks forward to continuing his relationship with X": the object
      // of the verb form the pattern's last word governs.
      const bool verb_form =
          (s_.pos(cursor) == Pos::kVerb &&
           (s_.HasTag(cursor, Tag::kGer) || s_.HasTag(cursor, Tag::kPprs) ||
            s_.HasTag(cursor, Tag::kInf))) ||
          HasGerundReading(cursor);  // "strengthening" read as a noun
      if (inf || participle || verb_form || relative ||
          s_.LemmaIs(cursor, ClauseWord::kObjectLink)) {
        size_t end = cursor;
        // (An infinitive's object may stand after a preposition it
        // governs: "assister à la fin du soutien de la Russie".)
        size_t from = inf || participle || relative ? cursor : cursor + 1;
        if (inf && s_.IsPreposition(from) && s_.MentionStarting(from) < 0) {
          ++from;
        }
        int m = MentionAfter(from, p.clause_end, true, &end);
        // Or the target the infinitive's own pattern binds ("son intention
        // de venir en aide aux Palestiniens").
        if (m < 0 && inf && b->inf >= 0) {
          Binding ib = Match(b->inf);
          if (ib.pattern) m = ib.target;
        }
        if (m >= 0 && m != source) {
          target = m;
          implicit_target = true;
        }
      }
    }
    // The clause's doer is the noun's source only for an event with a
    // target of its own ("un accord avec Israël", "des heurts avec la
    // police").
    // Not for violence: "will not tolerate attacks such as last Friday's
    // bombing" does not make the speaker the bomber.
    if (from_host && (target < 0 || pat.cameo[0] > '1' ||
                      (pat.cameo[0] == '1' && pat.cameo[1] >= '5'))) {
      source = -1;
    }
    // "l'arrestation de X par la police", "the arrest of X by police": an
    // event noun's agent after its patient.
    // (Or after a patient that is no actor: "l'arraisonnement du bateau
    // par la marine".)
    if (p.form == Predicate::Form::kNoun && source < 0 && target >= 0) {
      // The "target" found past the patient is the agent ("du bateau par
      // la marine").
      size_t b = s_.mentions[target]->first_token;
      if (b > 0 && s_.pos(b - 1) == Pos::kDet && s_.mention_at[b - 1] < 0) --b;
      if (b > p.verb + 2 && s_.LemmaIs(b - 1, ClauseWord::kAgent)) {
        source = target;
        target = -1;
      }
    }
    // "l'arrestation du ministre par la police": with an agent after it,
    // the noun's complement is its patient.
    if (p.form == Predicate::Form::kNoun && source >= 0 && target < 0 &&
        !from_host && s_.mentions[source]->first_token > p.verb &&
        s_.mentions[source]->first_token <= p.verb + 2) {
      const size_t e = s_.mentions[source]->end_token;
      if (e + 1 < s_.size() && s_.LemmaIs(e, ClauseWord::kAgent)) {
        if (int a = MentionPastDeterminer(e + 1); a >= 0 && a != source) {
          target = source;
          implicit_target = true;
          source = a;
        }
      }
    }
    if (p.form == Predicate::Form::kNoun && source < 0) {
      const size_t from = target >= 0 ? cursor : p.verb + pat.key.size();
      for (size_t k = from; k + 1 < s_.size() && k < from + 5; ++k) {
        if (s_.pos(k) == Pos::kPunct || s_.pos(k) == Pos::kVerb ||
            s_.pos(k) == Pos::kAux ||
            (s_.mention_at[k] >= 0 && s_.mention_at[k] != target)) {
          break;
        }
        if (s_.pos(k) != Pos::kAdp || s_.mention_at[k] >= 0 ||
            !s_.LemmaIs(k, ClauseWord::kAgent)) {
          continue;
        }
        if (int a = MentionPastDeterminer(k + 1); a >= 0 && a != target) {
          source = a;
        }
        break;
      }
    }
    // "des manifestations anti-françaises", "anti-French demonstrations":
    // the state the noun's mention is against is its target.
    if (p.form == Predicate::Form::kNoun && target < 0) {
      const int m = s_.mention_at[p.verb];
      if (m >= 0 && m != source && AntiMention(m)) {
        target = m;
        implicit_target = true;
      }
    }
    // "Paris en état de siège", "l'opposant, en garde à vue": in a state
    // of coercion (17x) the actor is the one undergoing it.
    if (p.form == Predicate::Form::kNoun && source >= 0 && target < 0 &&
        pat.cameo.compare(0, 2, "17") == 0 && source == PredicativeHolder(p)) {
      target = source;
      implicit_target = true;
      source = -1;
    }
    // "a accepté, sous la pression de X, de ...", "arrested at the request
    // of X": the clause's doer acted at X's behest.
    if (p.instigation && source >= 0 && target < 0 && p.host_doer >= 0 &&
        p.host_doer != source) {
      target = p.host_doer;
      implicit_target = true;
    }
    if (source >= 0) score += pat.has_source ? 3 : 1;
    if (target >= 0) score += implicit_target ? 1 : 3;
    if (!pat.has_source) source = -1;
    if (!pat.has_target && !implicit_target) target = -1;
    b->source = source;
    b->host_source = from_host && source >= 0;
    b->target = target;
    b->trigger_end = trigger_end;
    b->score = score;
    return true;
  }

  bool Fill(const AnalyzedDocument& doc, int sentence_index, const Predicate& p,
            const Binding& b, int src, int tgt, Event* e) {
    const CameoCode* code = cameo_.Find(b.pattern->cameo);
    if (!code) {
      Note(p, "pattern " + b.pattern->rule + " names an unknown CAMEO code " +
                  b.pattern->cameo);
      return false;
    }
    const Sentence& sent = *s_.sentence;
    e->doc_id = doc.doc->id;
    e->sentence = sentence_index;
    e->span = {sent.begin, sent.end};
    if (src >= 0) e->source = s_.mentions[src]->actor;
    if (tgt >= 0) e->target = s_.mentions[tgt]->actor;
    SetCode(b.pattern->cameo, *code, e);
    size_t t0 = std::min(p.first, p.verb);
    size_t t1 = std::max(b.trigger_end, p.verb);
    e->trigger_span = {s_.tok(t0).begin, s_.tok(t1).end};
    e->trigger_text = std::string(s_.text.substr(
        e->trigger_span.begin, e->trigger_span.end - e->trigger_span.begin));
    e->negated = p.negated;
    e->modality = p.modality;
    e->rule = b.pattern->rule;
    e->confidence =
        std::min(0.95, 0.4 + 0.1 * std::min(b.pattern->literals, 3) +
                           (src >= 0 ? 0.15 : 0) + (tgt >= 0 ? 0.15 : 0));
    e->fatalities = Fatalities(p, tgt);
    return true;
  }

  // "Mbeki has attacked British imperialists", "Sarkozy attaque Hollande":
  // a person who attacks people who are not soldiers, with a verb that
  // also means criticise (clause_words `verbal_attack`), criticises them.
  // An attack on a state or a place, or by or on the military, stays one.
  bool VerbalAttack(const Predicate& p, const Event& e, int src,
                    int tgt) const {
    if (src < 0 || tgt < 0 || e.cameo_root() != "19" ||
        !p.Is(ClauseWord::kVerbalAttack)) {
      return false;
    }
    using Kind = ActorMention::Kind;
    const ActorMention& a = *s_.mentions[src];
    const ActorMention& t = *s_.mentions[tgt];
    const bool person = a.kind == Kind::kPerson || a.kind == Kind::kTitle ||
                        (a.kind == Kind::kPronoun && !a.actor.id.empty());
    if (!person || a.actor.sector == "MIL" || a.actor.sector == "REB") {
      return false;
    }
    if (t.kind == Kind::kState || t.kind == Kind::kMetonym ||
        t.kind == Kind::kPlace || t.actor.sector == "MIL") {
      return false;
    }
    if (explain_) {
      *explain_ += "  '" + e.trigger_text +
                   "': a person attacking civilians or politicians criticises "
                   "(111)\n";
    }
    return true;
  }

  // "Un attentat-suicide a tué 50 personnes", "l'attentat du 7 avril qui
  // avait tué deux Français", "a car bomb killed", "une frappe aérienne
  // israélienne a touché un hôpital": a killing or a strike (clause_words
  // `kill`, `strike_verb`) whose subject is an attack noun is that attack,
  // with the noun's code (1831, 183, 195) rather than the verb's 190.
  // Returns whether it was.
  bool CauseNoun(int pi, Event* e) {
    const Predicate& p = preds_[pi];
    if ((!p.Is(ClauseWord::kKill) && !p.Is(ClauseWord::kStrikeVerb)) ||
        e->cameo_root() != "19") {
      return false;
    }
    // "tué par une frappe aérienne israélienne": the agent is the attack.
    if (p.passive) return AttackMention(p.agent, e);
    // The subject mention's own noun ("une frappe aérienne russe").
    if (AttackMention(p.subject, e)) return true;
    size_t k = p.first;
    // Through a relative "qui" and a date complement ("du 7 avril").
    if (k > 0 && IsRelativePronoun(k - 1)) {
      --k;
    }
    for (size_t back = 0; k-- > 0 && back < 6; ++back) {
      const Pos pos = s_.pos(k);
      if (pos == Pos::kNoun && !s_.LemmaIs(k, ClauseWord::kTimeNoun)) break;
      // Adjectives, and participles read as adjectives ("une voiture
      // piégée").
      if (pos != Pos::kAdj && pos != Pos::kDet && pos != Pos::kNum &&
          pos != Pos::kAdp && pos != Pos::kAdv &&
          !s_.LemmaIs(k, ClauseWord::kTimeNoun) && !IsParticiple(k)) {
        return false;
      }
    }
    if (k >= s_.size() || s_.pos(k) != Pos::kNoun) return false;
    // A noun compound: the head may come first ("un attentat suicide").
    return RecodeAsAttackNoun(k, e) || (k > 0 && s_.pos(k - 1) == Pos::kNoun &&
                                        RecodeAsAttackNoun(k - 1, e));
  }

  // Recodes `e` as the attack its mention `m` names, when the mention's
  // first word past its determiners is an attack noun.
  bool AttackMention(int m, Event* e) {
    if (m < 0) return false;
    const ActorMention& a = *s_.mentions[m];
    size_t k = a.first_token;
    while (k < a.end_token && s_.pos(k) == Pos::kDet) ++k;
    return k < a.end_token && s_.pos(k) == Pos::kNoun &&
           RecodeAsAttackNoun(k, e);
  }

  bool IsParticiple(size_t k) const {
    for (const Predicate& q : preds_) {
      if (q.verb == k) return q.form == Predicate::Form::kParticiple;
    }
    return false;
  }

  // Gives `e` the code of the attack noun at token k (its own predicate's
  // pattern) when it has a violent one; returns whether it did.
  bool RecodeAsAttackNoun(size_t k, Event* e) {
    for (size_t q = 0; q < preds_.size(); ++q) {
      if (preds_[q].form != Predicate::Form::kNoun || preds_[q].verb != k) {
        continue;
      }
      // When its patterns want a target the clause gives the verb ("une
      // roquette contre X"; "une roquette a atteint X"): its first violent
      // one.
      const Pattern* pat = Match(static_cast<int>(q)).pattern;
      if (pat == nullptr) pat = ViolentNounPattern(s_.lemma[k]);
      if (pat == nullptr || !Violent(pat->cameo)) return false;
      if (explain_) {
        *explain_ += "  '" + e->trigger_text + "' is the '" +
                     std::string(s_.tok(k).Text(s_.text)) +
                     "' attack that did it: " + pat->cameo + "\n";
      }
      Recode(pat->cameo, e);
      e->rule += " + " + pat->rule;
      return true;
    }
    return false;
  }

  // "les mesures qui frappaient X", "the sanctions hitting Iran": a violent
  // verb whose subject is a noun that is neither an actor nor an attack
  // reports no attack.
  bool ThingStrikes(const Predicate& p, const Event& e) const {
    if (p.passive || p.form == Predicate::Form::kNoun || !Violent(e.cameo)) {
      return false;
    }
    size_t k = p.first;
    if (k > 0 && IsRelativePronoun(k - 1)) {
      --k;
    }
    for (size_t back = 0; k > 0 && back < 3 && s_.pos(k - 1) == Pos::kAdj;
         ++back) {
      --k;
    }
    if (k == 0 || s_.pos(k - 1) != Pos::kNoun || s_.mention_at[k - 1] >= 0) {
      return false;
    }
    return ViolentNounPattern(s_.lemma[k - 1]) == nullptr;  // not an attack
  }

  // Whether a CAMEO code is of force (roots 18-20).
  static bool Violent(std::string_view cameo) {
    const std::string_view r = cameo.substr(0, 2);
    return r == "18" || r == "19" || r == "20";
  }

  // The first pattern of force of a noun, or null: the noun names an attack.
  const Pattern* ViolentNounPattern(std::string_view lemma) const {
    if (const std::vector<Pattern>* pats = book_.Noun(lemma)) {
      for (const Pattern& pat : *pats) {
        if (Violent(pat.cameo)) return &pat;
      }
    }
    return nullptr;
  }

  // "we are ready to negotiate with Israel", "prêt à coopérer avec X", "son
  // intention de négocier avec X", "its readiness to resume talks": an
  // infinitive after an adjective of readiness or a noun of intention
  // (clause_words `intent_adjective`, `intent_noun`) is an intention, the 03
  // code of its kind (036 to meet or negotiate, 032 diplomatic, 031
  // economic, 033 aid, 035 yield), or a threat (13x) for a protest, a
  // sanction, repression or force. Other kinds keep their code, planned
  // (modality future), as does the infinitive of a noun of plan
  // (`plan_noun`).
  void IntentOfInfinitive(const Predicate& p, Event* e) const {
    // The infinitive itself, or the event noun of an infinitive light verb
    // ("its readiness to resume talks with X"), which starts at the verb.
    const bool infinitive =
        p.form == Predicate::Form::kInfinitive ||
        (p.form == Predicate::Form::kNoun && p.governor >= 0 &&
         preds_[p.governor].form == Predicate::Form::kInfinitive);
    if (!infinitive || p.first < 2) return;
    const size_t head = p.first - 2;
    // A plan ("son projet de construire", "its plans to build") is the
    // event itself, to come (annotation ruling 12).
    if (s_.WordIs(head, ClauseWord::kPlanNoun)) {
      if (e->modality == "asserted") e->modality = "future";
      return;
    }
    if (!s_.WordIs(head, ClauseWord::kIntentAdjective) &&
        !s_.WordIs(head, ClauseWord::kIntentNoun)) {
      return;
    }
    static const std::pair<const char*, const char*> kIntent[] = {
        {"03", ""},    {"04", "036"}, {"05", "032"}, {"06", "031"},
        {"07", "033"}, {"08", "035"}, {"14", "133"}, {"16", "131"},
        {"17", "137"}, {"18", "138"}, {"19", "138"}, {"20", "138"}};
    for (const auto& [root, code] : kIntent) {
      if (e->cameo_root() != root) continue;
      if (*code == '\0') return;  // already an intention
      if (explain_) {
        *explain_ += "  '" + e->trigger_text + "' after '" +
                     std::string(s_.tok(head).Text(s_.text)) +
                     "': an intention (" + code + ")\n";
      }
      Recode(code, e);
      return;
    }
    if (e->modality == "asserted") e->modality = "future";
  }

  // Gives `e` the CAMEO code `code` and what the code table says of it.
  void Recode(const std::string& code, Event* e) const {
    if (const CameoCode* c = cameo_.Find(code)) SetCode(code, *c, e);
  }

  static void SetCode(const std::string& code, const CameoCode& c, Event* e) {
    e->cameo = code;
    e->plover_type = c.plover_type;
    e->plover_mode = c.plover_mode;
    e->goldstein = c.goldstein;
    e->quad_class = c.quad_class;
  }

  // Deaths the clause reports: a number next to a kill word ("tuant 14
  // soldats", "14 militaires ont trouvé la mort", "faisant 12 morts",
  // "killing six civilians", "three soldiers were killed").
  std::optional<int64_t> Fatalities(const Predicate& p, int tgt) const {
    bool kill = p.Is(ClauseWord::kKill);
    size_t lo = p.first >= 8 ? p.first - 8 : 0;
    size_t hi = std::min(p.clause_end, p.verb + 8);
    if (!kill) return std::nullopt;
    // A number in the target mention or just before the verb group.
    auto number_in = [&](size_t a, size_t z) -> long long {
      for (size_t k = a; k < z && k < s_.size(); ++k) {
        long long n = NumberAt(s_, book_, k);
        if (n > 0) return n;
      }
      return -1;
    };
    if (tgt >= 0) {
      const ActorMention* m = s_.mentions[tgt];
      size_t a = m->first_token >= 1 ? m->first_token - 1 : 0;
      if (long long n = number_in(a, m->end_token); n > 0) return n;
    }
    if (p.passive || p.form == Predicate::Form::kNoun) {
      if (long long n = number_in(lo, p.first); n > 0) return n;
    }
    if (long long n = number_in(p.verb + 1, hi); n > 0) return n;
    return std::nullopt;
  }

  // Result participles ("tuant plusieurs militaires") fold into the attack
  // of the same clause when the target key is the same (one event with the
  // deaths); otherwise they stay events of their own.
  void FoldResults(std::vector<Event>* events, std::vector<int>* from) {
    auto key = [](const std::optional<Actor>& a) {
      return a ? (a->org.empty() ? a->country : a->org) : std::string();
    };
    std::vector<char> drop(events->size());
    for (size_t i = 0; i < events->size(); ++i) {
      const Predicate& p = preds_[(*from)[i]];
      if (p.form != Predicate::Form::kGerund &&
          p.form != Predicate::Form::kParticiple) {
        continue;
      }
      const Event& r = (*events)[i];
      if (!Violent(r.cameo)) continue;
      for (size_t j = 0; j < events->size(); ++j) {
        if (j == i || drop[j]) continue;
        Event& a = (*events)[j];
        // (Victims with no country yet, "tuant des civils", are people of
        // the attack's place: the same key.)
        const bool same_target =
            key(a.target) == key(r.target) ||
            (r.target && key(r.target).empty() && a.target);
        if (Violent(a.cameo) && same_target && key(a.source) == key(r.source)) {
          if (r.fatalities && !a.fatalities) a.fatalities = r.fatalities;
          drop[i] = 1;
          if (explain_) {
            *explain_ += "  folded '" + r.trigger_text + "' into '" +
                         a.trigger_text + "' (same dyad)\n";
          }
          break;
        }
      }
    }
    Drop(drop, events, from);
  }

  // Removes the events marked in `drop` (and their predicates in `from`),
  // in place: most sentences drop none.
  static void Drop(const std::vector<char>& drop, std::vector<Event>* events,
                   std::vector<int>* from) {
    size_t kept = 0;
    for (size_t i = 0; i < events->size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) {
        (*events)[kept] = std::move((*events)[i]);
        (*from)[kept] = (*from)[i];
      }
      ++kept;
    }
    events->erase(events->begin() + kept, events->end());
    from->erase(from->begin() + kept, from->end());
  }

  // Roots of what two coordinated subjects with no target do to each other.
  static bool MutualRoot(const std::string& root) {
    return root == "03" || root == "04" || root == "05" || root == "06" ||
           root == "08" || root == "19";
  }

  // Roots of events that carry a content: appeals, intentions, demands,
  // disapproval, rejections, threats.
  static bool ContentRoot(const Event& e) {
    const std::string root = e.cameo_root();
    return root == "02" || root == "03" || root == "10" || root == "11" ||
           root == "12" || root == "13";
  }

  // A noun inside the words a verb's pattern matched ("refuse tout dialogue
  // avec", "called for the release of") is part of that event, not one of
  // its own.
  void DropNounsInsideVerbEvents(std::vector<Event>* events,
                                 std::vector<int>* from) {
    std::vector<char> drop(events->size());
    for (size_t i = 0; i < events->size(); ++i) {
      const Predicate& p = preds_[(*from)[i]];
      // What a speaker says "we" will do, when the saying is itself a
      // threat, an appeal, a promise, a demand, an accusation or a
      // rejection, is its content ("« Nous combattrons », a prévenu X").
      if (p.speech >= 0) {
        for (size_t j = 0; j < events->size(); ++j) {
          if ((*from)[j] == p.speech && ContentRoot((*events)[j])) {
            drop[i] = 1;
            if (explain_) {
              *explain_ += "  dropped '" + (*events)[i].trigger_text +
                           "': what '" + (*events)[j].trigger_text + "' says\n";
            }
          }
        }
        continue;
      }
      // What a threat, an appeal, a demand or an accusation says in a
      // clause of its own is its content ("a prévenu que toute personne
      // qui manifesterait serait arrêtée").
      if (p.form != Predicate::Form::kNoun) {
        for (size_t j = 0; j < events->size() && !drop[i]; ++j) {
          const Predicate& q = preds_[(*from)[j]];
          if (j == i || q.form == Predicate::Form::kNoun ||
              !ContentRoot((*events)[j]) || q.verb >= p.verb) {
            continue;
          }
          // (Adverbs may come before the subordinator: "a prévenu un peu
          // plus tôt que".)
          for (size_t k = q.verb + 1; k <= q.verb + 7 && k < p.verb; ++k) {
            if (k > q.verb + 3 && s_.pos(k - 1) != Pos::kAdv &&
                !s_.FormIs(k, ClauseWord::kComplementizer)) {
              break;
            }
            if (s_.FormIs(k, ClauseWord::kComplementizer)) {
              drop[i] = 1;
              // Whom a threat or a warning is about is its target ("a
              // prévenu que tout manifestant serait arrêté").
              Event& said = (*events)[j];
              const Event& content = (*events)[i];
              if (said.cameo_root() == "13" && !said.target && content.target) {
                said.target = content.target;
              }
              if (explain_) {
                *explain_ += "  dropped '" + (*events)[i].trigger_text +
                             "': what '" + (*events)[j].trigger_text +
                             "' says\n";
              }
              break;
            }
          }
        }
        continue;
      }
      // (A demand qualifying the clause is an event of its own.)
      if (p.governor >= 0 || p.instigation) continue;
      uint32_t at = s_.tok(p.verb).begin;
      for (size_t j = 0; j < events->size(); ++j) {
        const Predicate& q = preds_[(*from)[j]];
        if (j == i) continue;
        const Span& t = (*events)[j].trigger_span;
        // A noun's pattern may name another event noun ("la trêve dans les
        // combats entre X et Y"): that one is part of it.
        if (q.form == Predicate::Form::kNoun) {
          // Nor is what an agreement, an appeal or a demand named by a noun
          // provides for, when it names no doer of its own ("un accord pour
          // une trêve et la libération d'otages").
          const std::string root = (*events)[j].cameo_root();
          const bool provides = (ContentRoot((*events)[j]) || root == "05") &&
                                !(*events)[i].source && q.verb < p.verb &&
                                p.verb <= q.verb + 8 && p.verb < q.clause_end;
          if (q.verb != p.verb && ((t.begin <= at && at < t.end) || provides)) {
            drop[i] = 1;
            if (explain_) {
              *explain_ += "  dropped '" + (*events)[i].trigger_text +
                           "': inside '" + (*events)[j].trigger_text + "'\n";
            }
            break;
          }
          continue;
        }
        // What an appeal, a promise, a demand, an accusation, a rejection or
        // a threat is about is not an event of its own ("a appelé la Russie
        // à arrêter son soutien aux atrocités").
        // Nor what an agreement or an approval provides for when it names
        // no doer of its own ("a approuvé un accord pour la libération
        // d'otages").
        const bool content =
            ContentRoot((*events)[j]) ||
            ((*events)[j].cameo_root() == "05" && !(*events)[i].source);
        const bool after = at >= t.end && p.verb < q.clause_end;
        if ((t.begin <= at && at < t.end) || (content && after)) {
          drop[i] = 1;
          // "a suspendu l'aide fournie au Népal": what the verb acts on is
          // the noun's event, whose target is the verb's.
          Event& host = (*events)[j];
          const Event& noun = (*events)[i];
          if (t.begin <= at && at < t.end && !host.target && noun.target &&
              !content &&
              (!host.source ||
               host.source->span.begin != noun.target->span.begin)) {
            host.target = noun.target;
          }
          if (explain_) {
            *explain_ += "  dropped '" + (*events)[i].trigger_text +
                         "': inside '" + (*events)[j].trigger_text + "'\n";
          }
          break;
        }
      }
    }
    Drop(drop, events, from);
  }

  // Where the event happened: a place named in the sentence (the closest
  // to the trigger, after it first: "a bombardé des positions à Idleb"), or
  // a state or seat of power introduced by a locative preposition ("in
  // Syria", "à Moscou"); a place that is the target ("a bombardé Idleb") is
  // also where it happened. A source is never the location ("Moscou a
  // condamné").
  void Locate(Event* e) const {
    const ActorMention* best = nullptr;
    long best_score = 0;
    const uint32_t at = e->trigger_span.end;
    for (const ActorMention* m : s_.mentions) {
      if (!m->place) continue;
      if (e->source && m->actor.span.begin == e->source->span.begin) continue;
      if (m->kind != ActorMention::Kind::kPlace) {
        // "demande à Téhéran de ...": a state that is the target after a
        // governed preposition is not where it happened, unless it is
        // where a visit or a meeting went ("est attendue à Moscou").
        if (e->target && m->actor.span.begin == e->target->span.begin &&
            e->cameo_root() != "04") {
          continue;
        }
        size_t k = m->first_token;
        if (k == 0 || !(s_.LemmaIs(k - 1, ClauseWord::kLocative) ||
                        s_.LemmaIs(k, ClauseWord::kLocative))) {
          continue;
        }
      }
      long d = static_cast<long>(m->actor.span.begin) - static_cast<long>(at);
      long score = d >= 0 ? d : -2 * d;  // after the trigger first
      if (!best || score < best_score) {
        best = m;
        best_score = score;
      }
    }
    if (!best) return;
    e->location = LocationOf(*best);
  }

  // Deaths and the attacks that caused them, in one sentence:
  //  - an attack noun with a doer but no target, and victims of a death
  //    clause ("14 militaires turcs ont trouvé la mort dans des
  //    bombardements des forces syriennes"): the victims are the target;
  //  - an agentless killing in an attack ("les civils ont été tués lors de
  //    ces attaques") in a sentence whose attack has a doer: that doer.
  void LinkDeaths(std::vector<Event>* events, std::vector<int>* from) {
    auto violent = [](const Event& e) { return Violent(e.cameo); };
    // Victims: the subject of a passive kill or of a death phrase.
    int victims = -1;
    const Predicate* death = nullptr;
    for (const Predicate& p : preds_) {
      bool dies = (p.Is(ClauseWord::kKill) && p.passive && p.agent < 0) ||
                  DeathPhrase(p);
      if (dies && p.subject >= 0) {
        victims = p.subject;
        death = &p;
        break;
      }
    }
    for (size_t i = 0; i < events->size(); ++i) {
      Event& e = (*events)[i];
      const Predicate& p = preds_[(*from)[i]];
      if (!violent(e)) continue;
      if (p.form == Predicate::Form::kNoun && e.source && !e.target &&
          victims >= 0) {
        e.target = s_.mentions[victims]->actor;
        const ActorMention* v = s_.mentions[victims];
        for (size_t k = v->first_token ? v->first_token - 1 : 0;
             k < v->end_token; ++k) {
          if (long long n = NumberAt(s_, book_, k); n > 0) {
            e.fatalities = n;
            break;
          }
        }
        (void)death;
        if (explain_)
          *explain_ +=
              "  victims of '" + e.trigger_text + "': " + e.target->text + "\n";
      }
      if (!e.source && e.target && p.passive && p.agent < 0 &&
          AttackNounAfter(p.verb)) {
        for (size_t j = 0; j < events->size(); ++j) {
          const Event& a = (*events)[j];
          if (j != i && violent(a) && a.source) {
            e.source = a.source;
            if (explain_)
              *explain_ += "  agentless '" + e.trigger_text +
                           "' given the attack's doer " + a.source->text + "\n";
            break;
          }
        }
      }
    }
  }

  // An agentless arrest or detention (root 17, passive with no agent)
  // reported by an official of a state ("Le ministre pakistanais a annoncé
  // que X avait été arrêté", "le parquet a annoncé qu'un homme avait été
  // placé en garde à vue"): the official's state did it, the official is
  // the source.
  void AnnouncedArrests(std::vector<Event>* events,
                        const std::vector<int>* from) const {
    for (size_t i = 0; i < events->size(); ++i) {
      Event& e = (*events)[i];
      const Predicate& p = preds_[(*from)[i]];
      if (e.source || e.cameo_root() != "17" || !p.passive || p.agent >= 0) {
        continue;
      }
      for (const Predicate& q : preds_) {
        if (q.verb >= p.first || q.subject < 0 || q.passive ||
            !q.Is(ClauseWord::kSpeech)) {
          continue;
        }
        const Actor& a = s_.mentions[q.subject]->actor;
        if (a.country.empty() ||
            !book_.Is(ClauseWord::kOfficialSector, Fold(a.sector))) {
          continue;
        }
        e.source = a;
        if (explain_) {
          *explain_ += "  agentless '" + e.trigger_text +
                       "' given the official who announced it: " + a.text +
                       "\n";
        }
        break;
      }
    }
  }

  // "L'Iran a accepté, sous la pression de X, de cesser ...": a concession
  // made under pressure is made to whoever pressed, unless it names another
  // party than the yielder's own side.
  void YieldToInstigator(std::vector<Event>* events,
                         const std::vector<int>& from) const {
    auto same = [](const Actor& a, const Actor& b) {
      return a.span.begin == b.span.begin && a.span.end == b.span.end;
    };
    const size_t n = events->size();
    for (size_t y = 0; y < n; ++y) {
      if ((*events)[y].cameo_root() != "08" || !(*events)[y].source) continue;
      bool replaced = false;
      for (size_t i = 0; i < n; ++i) {
        const Event& d = (*events)[i];
        if (!preds_[from[i]].instigation || !d.source || !d.target ||
            !same(*d.target, *(*events)[y].source)) {
          continue;
        }
        Event& e = (*events)[y];
        if (!replaced && e.target && !e.target->country.empty() &&
            e.target->country != e.source->country) {
          break;  // a party of its own
        }
        if (explain_) {
          *explain_ += "  '" + e.trigger_text + "' yields to '" +
                       d.source->text + "' (" + d.trigger_text + ")\n";
        }
        if (!replaced) {
          e.target = d.source;
          replaced = true;
        } else {
          Event copy = e;
          copy.target = d.source;
          events->push_back(std::move(copy));
        }
      }
    }
  }

  // An attack noun (a noun with a violent pattern) within a few words after
  // token `v`: "tués lors de ces attaques", "killed in the raid".
  bool AttackNounAfter(size_t v) const {
    for (size_t k = v + 1; k < s_.size() && k <= v + 5; ++k) {
      if (ViolentNounPattern(s_.lemma[k]) != nullptr) return true;
    }
    return false;
  }

  // "trouver la mort", "lose their lives": a verb + noun of clause_words'
  // death_phrase right after it.
  bool DeathPhrase(const Predicate& p) const {
    if (!p.word.Starts(ClauseWord::kDeathPhrase)) return false;
    for (size_t k = p.verb + 1; k < s_.size() && k <= p.verb + 3; ++k) {
      if (book_.IsPair(ClauseWord::kDeathPhrase, p.lemma, s_.lemma[k])) {
        return true;
      }
    }
    return false;
  }

  // A light verb and its noun ("a lancé des attaques contre") may both
  // match: one event per dyad, root and polarity in a sentence.
  void Dedupe(std::vector<Event>* events) const {
    // (In place: the events kept so far are the first `kept`.)
    size_t kept = 0;
    for (size_t i = 0; i < events->size(); ++i) {
      const Event& e = (*events)[i];
      bool dup = false;
      for (size_t j = 0; j < kept; ++j) {
        const Event& k = (*events)[j];
        auto span = [](const std::optional<Actor>& a) {
          return a ? std::make_pair(a->span.begin, a->span.end)
                   : std::make_pair(0u, 0u);
        };
        if (span(k.source) == span(e.source) &&
            span(k.target) == span(e.target) &&
            k.cameo_root() == e.cameo_root() && k.negated == e.negated) {
          dup = true;
        }
        // "a libéré 39 femmes et enfants palestiniens": coordinated actors
        // of one kind (same country, organisation and sector) in one event
        // are one group.
        auto same_kind = [](const std::optional<Actor>& a,
                            const std::optional<Actor>& b) {
          if (!a || !b) return !a && !b;
          return a->country == b->country && a->org == b->org &&
                 a->sector == b->sector;
        };
        if (k.trigger_span.begin == e.trigger_span.begin &&
            k.cameo == e.cameo && k.negated == e.negated &&
            same_kind(k.source, e.source) && same_kind(k.target, e.target)) {
          dup = true;
        }
      }
      if (dup) continue;
      if (kept != i) (*events)[kept] = std::move((*events)[i]);
      ++kept;
    }
    events->erase(events->begin() + kept, events->end());
  }

  const PatternBook& book_;
  const CameoTable& cameo_;
  const ClauseAnalyzer& clauses_;
  const ClauseSentence& s_;
  std::string* explain_;
  std::vector<Predicate> preds_;
};

// The place a sentence sets as the scene for what follows in its
// paragraph: the last place it introduces with a locative preposition ("à
// Idleb", "in Aleppo", "dans la région d'Idleb": up to 3 words back, with no
// verb or punctuation between), as a Location; nullopt when none.
std::optional<Location> SceneOf(const ClauseSentence& s,
                                const PatternBook& book) {
  for (size_t m = s.mentions.size(); m-- > 0;) {
    const ActorMention& a = *s.mentions[m];
    if (!a.place) continue;
    bool locative = false;
    for (size_t k = a.first_token, back = 0; k-- > 0 && back < 4; ++back) {
      if (s.LemmaIs(k, ClauseWord::kLocative)) {
        locative = true;
        break;
      }
      if (s.pos(k) == Pos::kVerb || s.pos(k) == Pos::kPunct ||
          s.mention_at[k] >= 0) {
        break;
      }
    }
    if (!locative) continue;
    return LocationOf(a);
  }
  return std::nullopt;
}

// A noun right after an actor mention that can be its subject, with a
// finite verb reading, is that verb: "Moscou menace Kiev", "Russia attacks
// Ukraine" (headline style, where the tagger sees a noun compound). Not
// when a verb follows ("Syria talks resume"), after a demonym ("Israeli
// strikes"), or after the object of a preposition.
void ReadVerbsAfterSubjects(ClauseSentence* cs, const PatternBook& book) {
  for (size_t i = 1; i + 1 < cs->size(); ++i) {
    if (cs->pos(i) != Pos::kNoun || cs->mention_at[i] >= 0) continue;
    const int m = cs->mention_at[i - 1];
    if (m < 0 || cs->mentions[m]->end_token != i) continue;
    if (cs->pos(i - 1) == Pos::kAdj) continue;
    const size_t start = cs->mentions[m]->first_token;
    if (start > 0 && cs->IsPreposition(start - 1)) continue;
    // "an EU demand": after an indefinite article the name is a modifier.
    if (cs->pos(start) == Pos::kDet && cs->HasTag(start, Tag::kInd)) continue;
    // A verb after it makes it a noun ("Syria talks resume"), unless that
    // word can be an adverb or a preposition too ("X looks forward to").
    const Pos next = cs->pos(i + 1);
    if (next == Pos::kAux) continue;
    const Reading* particle = nullptr;
    if (next == Pos::kVerb) {
      if (const FormAnalysis* a = cs->tok(i + 1).analysis) {
        for (const Reading& r : a->readings) {
          if (r.pos == Pos::kAdv || r.pos == Pos::kAdp) {
            particle = &r;
            break;
          }
        }
      }
      if (!particle) continue;
    }
    const Token& t = cs->tok(i);
    if (!t.analysis) continue;
    for (const Reading& r : t.analysis->readings) {
      if (r.pos == Pos::kVerb && (r.HasTag("pri") || r.HasTag("pres") ||
                                  r.HasTag("past") || r.HasTag("ifi"))) {
        cs->SetReading(i, &r);
        cs->SetLemma(i, r.folded_lemma, book);
        if (particle) {  // and the word after it is its particle
          cs->SetReading(i + 1, particle);
          cs->SetLemma(i + 1, particle->folded_lemma, book);
        }
        break;
      }
    }
  }
}

// An adjective with a participle reading of an event verb, followed by a
// passive agent ("ces deux frères tués à Gaza par l'armée israélienne",
// where the tagger read "tués" as an adjective), is that participle.
void ReadParticiplesWithAgents(ClauseSentence* cs, const PatternBook& book) {
  for (size_t i = 0; i + 2 < cs->size(); ++i) {
    if (cs->mention_at[i] >= 0) continue;
    // Also an English past tense right after a noun that is no actor ("the
    // attacks carried out by X"); after a possessive it is always a
    // participle ("Syria's alleged involvement").
    if (i > 0 && cs->pos(i) == Pos::kVerb && cs->HasTag(i, Tag::kPast) &&
        cs->form[i - 1] == "'s") {
      if (const Reading* r = ReadingOf(cs->tok(i), Pos::kVerb, "pp")) {
        cs->SetReading(i, r);
      }
      continue;
    }
    // And after "X," with a preposition next ("Margaret Hassan, kidnapped
    // in Iraq"), unless a verb of speech ("..., said in a statement").
    if (i > 1 && cs->pos(i) == Pos::kVerb && cs->HasTag(i, Tag::kPast) &&
        cs->form[i - 1] == "," && cs->mention_at[i - 2] >= 0 &&
        cs->IsPreposition(i + 1) && !cs->LemmaIs(i, ClauseWord::kSpeech)) {
      if (const Reading* r = ReadingOf(cs->tok(i), Pos::kVerb, "pp")) {
        cs->SetReading(i, r);
      }
      continue;
    }
    const bool past_after_noun =
        i > 0 && cs->pos(i) == Pos::kVerb && cs->HasTag(i, Tag::kPast) &&
        cs->pos(i - 1) == Pos::kNoun && cs->mention_at[i - 1] < 0;
    if (cs->pos(i) != Pos::kAdj && !past_after_noun) continue;
    const Token& t = cs->tok(i);
    if (!t.analysis) continue;
    const Reading* pp = nullptr;
    for (const Reading& r : t.analysis->readings) {
      if (r.pos == Pos::kVerb && r.HasTag("pp") &&
          (past_after_noun || book.Verb(r.folded_lemma))) {
        pp = &r;
        break;
      }
    }
    if (!pp) continue;
    for (size_t k = i + 1; k + 1 < cs->size() && k <= i + 8; ++k) {
      if (cs->pos(k) == Pos::kVerb || cs->pos(k) == Pos::kAux ||
          cs->pos(k) == Pos::kPunct) {
        break;
      }
      if (cs->LemmaIs(k, ClauseWord::kAgent) &&
          cs->MentionStarting(k + 1) >= 0) {
        cs->SetReading(i, pp);
        cs->SetLemma(i, pp->folded_lemma, book);
        break;
      }
    }
  }
}

}  // namespace

struct EventCoder::Impl {
  CameoTable cameo;
  std::map<std::string, PatternBook> books;  // by language
  std::map<std::string, std::unique_ptr<ClauseAnalyzer>> clauses;
};

EventCoder::EventCoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EventCoder::~EventCoder() = default;

Result<std::unique_ptr<EventCoder>> EventCoder::Create(
    const std::string& data_dir, const std::vector<std::string>& user_dirs,
    const Analyzer& analyzer) {
  auto impl = std::make_unique<Impl>();
  DYAD_RETURN_IF_ERROR(impl->cameo.Load(data_dir + "/common/cameo.tsv"));
  for (const std::string& lang : analyzer.languages()) {
    PatternBook& book = impl->books[lang];
    DYAD_RETURN_IF_ERROR(book.Load(data_dir, lang, true));
    for (const auto& d : user_dirs)
      DYAD_RETURN_IF_ERROR(book.Load(d, lang, false));
    book.Finish();
    impl->clauses[lang] = std::make_unique<ClauseAnalyzer>(book);
  }
  return std::unique_ptr<EventCoder>(new EventCoder(std::move(impl)));
}

size_t EventCoder::PatternCount(const std::string& lang) const {
  auto it = impl_->books.find(lang);
  return it == impl_->books.end() ? 0 : it->second.size();
}

Status EventCoder::Code(const AnalyzedDocument& doc,
                        const std::vector<ActorMention>& actors,
                        std::vector<Event>* events,
                        std::string* explain) const {
  auto book = impl_->books.find(doc.lang);
  if (book == impl_->books.end()) {
    return Status::InvalidArgument("no event patterns for language '" +
                                   doc.lang + "'");
  }
  const ClauseAnalyzer& clauses = *impl_->clauses.at(doc.lang);
  const size_t first_event = events->size();
  size_t next_mention = 0;
  std::optional<Location> scene;  // the paragraph's latest "à X" / "in X"
  ClauseSentence cs;
  cs.text = doc.doc->text;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    cs.sentence = &s;
    const size_t n = s.tokens.size();
    cs.lemma.resize(n);
    cs.form.resize(n);
    cs.mention_at.assign(n, -1);
    cs.is_adp_a.assign(n, 0);
    cs.mentions.clear();
    cs.folded.clear();
    cs.folded.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      const Token& t = s.tokens[i];
      if (t.analysis && !t.analysis->folded_form.empty()) {
        cs.form[i] = t.analysis->folded_form;
      } else {
        AppendFolded(t.Text(cs.text), &cs.folded.emplace_back());
        cs.form[i] = cs.folded.back();
      }
      const Reading* r = t.chosen();
      cs.lemma[i] =
          r && !r->folded_lemma.empty() ? r->folded_lemma : cs.form[i];
    }
    // French "a" before an infinitive is a misspelt "à" ("appelé la Russie
    // a arrêter"): an auxiliary never takes an infinitive.
    if (doc.lang == "fr") {
      for (size_t i = 0; i + 1 < n; ++i) {
        if (cs.form[i] == "a" && s.tokens[i + 1].chosen() &&
            s.tokens[i + 1].chosen()->HasTag("inf")) {
          cs.is_adp_a[i] = 1;
          cs.lemma[i] = "à";
        }
      }
    }
    while (next_mention < actors.size() &&
           actors[next_mention].sentence < static_cast<int>(si)) {
      ++next_mention;
    }
    for (size_t m = next_mention;
         m < actors.size() && actors[m].sentence == static_cast<int>(si); ++m) {
      int idx = static_cast<int>(cs.mentions.size());
      cs.mentions.push_back(&actors[m]);
      for (uint32_t k = actors[m].first_token; k < actors[m].end_token && k < n;
           ++k) {
        cs.mention_at[k] = idx;
      }
    }
    cs.LookUpWords(book->second);
    cs.reading.resize(n);
    cs.tags.assign(n, 0);
    for (size_t i = 0; i < n; ++i) cs.reading[i] = s.tokens[i].chosen();
    ReadVerbsAfterSubjects(&cs, book->second);
    ReadParticiplesWithAgents(&cs, book->second);
    if (explain) {
      *explain += "sentence " + std::to_string(si) + ": " +
                  std::string(cs.text.substr(s.begin, s.end - s.begin)) + "\n";
    }
    if (!s.tokens.empty() && (s.tokens[0].flags & Token::kParagraph)) {
      scene.reset();  // a new paragraph sets its own scene
    }
    const size_t before = events->size();
    SentenceCoder sc(book->second, impl_->cameo, clauses, cs, explain);
    sc.Code(doc, static_cast<int>(si), events);
    // A physical event (material cooperation or conflict: quad classes 2
    // and 4) whose sentence names no place happened where its paragraph
    // set the scene ("A Idleb, l'armée a repris deux villages. Les frappes
    // ont tué six civils."). Statements and appeals keep no place: where
    // they were made is not where the paragraph's events are.
    for (size_t i = before; i < events->size(); ++i) {
      Event& e = (*events)[i];
      if (!e.location && scene && (e.quad_class == 2 || e.quad_class == 4)) {
        e.location = scene;
      }
    }
    if (auto here = SceneOf(cs, book->second)) scene = std::move(here);
  }
  for (size_t i = first_event; i < events->size(); ++i) {
    (*events)[i].event_id =
        doc.doc->id + "-" + std::to_string(i - first_event + 1);
  }
  return Status::Ok();
}

}  // namespace dyad
