#include "morph/disambiguator.h"

#include <array>
#include <bit>

namespace dyad {
namespace {

constexpr uint8_t kFr = 1;
constexpr uint8_t kEn = 2;
constexpr uint8_t kBoth = kFr | kEn;

constexpr Features P(Pos p) { return PosBit(p); }
constexpr Features kNominal =
    P(Pos::kNoun) | P(Pos::kPropn) | P(Pos::kAdj) | P(Pos::kNum);
constexpr Features kVerbal = P(Pos::kVerb) | P(Pos::kAux);
constexpr Features kAuxiliary = kFHaver | kFSer;

// What a rule sees of token i.
struct Ctx {
  const FormEntry* const* e;
  const Token* tok;
  size_t n;
  size_t i;
  const Features* chosen;  // chosen features of tokens < i

  Features Prev(size_t k = 1) const { return i >= k ? chosen[i - k] : 0; }
  const Reading* PrevReading(size_t k = 1) const {
    return i >= k ? &e[i - k]->analysis.readings[tok[i - k].reading] : nullptr;
  }
  Features NextAny(size_t k = 1) const { return i + k < n ? e[i + k]->any : 0; }
  Features NextAll(size_t k = 1) const { return i + k < n ? e[i + k]->all : 0; }
  bool Skippable(size_t j, Features f) const {
    if (tok[j].flags & Token::kClitic) return true;            // a-t-il lancé
    if ((f & P(Pos::kPunct)) && (f & kFUnknown)) return true;  // « »
    return false;
  }
  // The first token after i that is not an adverb, quote or inverted
  // clitic (at most three skipped); n when none.
  size_t NextContent() const {
    for (size_t j = i + 1, skipped = 0; j < n && skipped <= 3; ++j, ++skipped) {
      const FormEntry* x = e[j];
      bool adverb = (x->any & P(Pos::kAdv)) && !(x->any & kFPp);
      if (!adverb && !Skippable(j, x->all)) return j;
    }
    return n;
  }
  // The chosen features of the nearest token before i that is not an
  // adverb, quote or inverted clitic.
  Features PrevContent() const {
    for (size_t k = 1; k <= 4 && k <= i; ++k) {
      Features f = chosen[i - k];
      if ((f & P(Pos::kAdv)) || Skippable(i - k, f)) continue;
      return f;
    }
    return 0;
  }
  bool SentenceStart() const { return i == 0 || (Prev() & P(Pos::kPunct)); }
  bool HasLemma(std::string_view lemma) const {
    for (const Reading& r : e[i]->analysis.readings) {
      if (r.lemma == lemma) return true;
    }
    return false;
  }
  bool PrevLemmaEndsWith(std::string_view s) const {
    const Reading* r = PrevReading();
    return r != nullptr && r->lemma.size() >= s.size() &&
           std::string_view(r->lemma).substr(r->lemma.size() - s.size()) == s;
  }
};

enum class Action : uint8_t { kSelect, kRemove };

}  // namespace

struct Disambiguator::Rule {
  const char* name;
  uint8_t langs;
  Features about;  // the readings the rule selects or removes
  Action action;
  bool (*when)(const Ctx&);
};

namespace {

using Rule = Disambiguator::Rule;

constexpr Action kSelect = Action::kSelect;
constexpr Action kRemove = Action::kRemove;

// The rule table, in the order rules are tried. One line of reason each.
const Rule kRules[] = {
    // A capitalised word inside the sentence (or an acronym anywhere) with a
    // proper-noun reading is a name: "Smith", "US", "OTAN".
    {"capitalised-is-proper", kBoth, P(Pos::kPropn), kSelect,
     [](const Ctx& c) {
       uint8_t s = c.e[c.i]->shape;
       if (s & kShapeAllCaps) return true;
       if (!(s & kShapeCapitalised)) return false;
       if (!c.SentenceStart()) return true;
       // Sentence-initially only when no function-word reading competes.
       constexpr Features kFunction =
           P(Pos::kDet) | P(Pos::kPron) | P(Pos::kAdp) | P(Pos::kCconj) |
           P(Pos::kSconj) | P(Pos::kAdv) | P(Pos::kAux);
       return !(c.e[c.i]->any & kFunction);
     }},
    // A preposition before a nominal group: "attaques contre l'armée",
    // "on Monday".
    {"preposition-before-nominal", kBoth, P(Pos::kAdp), kSelect,
     [](const Ctx& c) {
       return (c.NextAny() &
               (kNominal | P(Pos::kDet) | P(Pos::kPron) | kFDetUnit)) != 0;
     }},
    // "en" before a gerund is the preposition: "en tuant".
    {"en-before-gerund", kFr, P(Pos::kAdp), kSelect,
     [](const Ctx& c) { return (c.NextAny() & kFGer) && c.HasLemma("en"); }},
    // "s'" before il/ils is "si": "s'il".
    {"si-before-il", kFr, P(Pos::kSconj), kSelect,
     [](const Ctx& c) { return (c.NextAll() & kFSubjPron) != 0; }},
    // Possessive 's after a noun; "it's", "he's" are "is".
    {"genitive-after-noun", kEn, kFGenitive, kSelect,
     [](const Ctx& c) { return !(c.Prev() & P(Pos::kPron)); }},
    // After a determiner: a noun or adjective, not a verb: "l'armée",
    // "des attaques", "the killed".
    {"after-determiner-nominal", kBoth, kNominal, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kDet) | kFDetUnit)) != 0 ||
              (c.Prev() & kFGenitive) != 0;
     }},
    // Adjective before a noun (that cannot be an adjective itself) after a
    // determiner or preposition, or first: "le petit revirement", "de
    // bonnes relations".
    {"adjective-before-noun", kBoth, P(Pos::kAdj), kSelect,
     [](const Ctx& c) {
       return (c.i == 0 ||
               (c.Prev() & (P(Pos::kDet) | kFDetUnit | P(Pos::kAdp)))) &&
              (c.NextAny() & P(Pos::kNoun)) && !(c.NextAny() & P(Pos::kAdj));
     }},
    // Otherwise the noun: "des militaires turcs".
    {"determiner-noun", kBoth, P(Pos::kNoun), kSelect,
     [](const Ctx& c) { return (c.Prev() & (P(Pos::kDet) | kFDetUnit)) != 0; }},
    // French adjectives follow the noun: "militaires turcs" (but "est",
    // "a" after a noun are être/avoir: "la délégation est attendue").
    {"adjective-after-noun", kFr, P(Pos::kAdj), kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn))) &&
              (c.e[c.i]->any & P(Pos::kNoun)) &&
              !(c.e[c.i]->any & (kFSer | kFHaver));
     }},
    // An auxiliary, a modal or a negation then a noun/verb: the verb: "did
    // not attack", "will strike", "has never shelled".
    {"verb-after-auxiliary", kEn, P(Pos::kVerb), kSelect,
     [](const Ctx& c) {
       for (size_t k = 1; k <= 3 && k <= c.i; ++k) {
         Features f = c.chosen[c.i - k];
         if (f & (P(Pos::kAdv) | P(Pos::kPart))) continue;
         return (f & (P(Pos::kAux) | kFModal)) != 0;
       }
       return false;
     }},
    // After a comma or at the start, an -ing form before its object is the
    // participle: "..., killing six civilians".
    {"gerund-before-object", kEn, kFGer, kSelect,
     [](const Ctx& c) {
       return (c.i == 0 || (c.Prev() & P(Pos::kPunct))) &&
              (c.NextAny() & (P(Pos::kDet) | P(Pos::kNum) | P(Pos::kPropn) |
                              P(Pos::kPron) | P(Pos::kAdj))) != 0;
     }},
    // avoir/have followed by a participle is the auxiliary: "a lancé",
    // "n'a pas lancé", "has attacked".
    {"auxiliary-before-participle", kBoth, kFHaver, kSelect,
     [](const Ctx& c) {
       size_t j = c.NextContent();
       return j < c.n && (c.e[j]->any & kFPp);
     }},
    // ... and otherwise the main verb: "il a des problèmes".
    {"have-without-participle", kBoth, kFHaver, kRemove,
     [](const Ctx&) { return true; }},
    // être/be: the auxiliary/copula reading (UD AUX).
    {"be-is-auxiliary", kBoth, kFSer, kSelect, [](const Ctx&) { return true; }},
    // A participle after an auxiliary: "a lancé", "ont été tués",
    // "were killed".
    {"participle-after-auxiliary", kBoth, kFPp, kSelect,
     [](const Ctx& c) { return (c.PrevContent() & kAuxiliary) != 0; }},
    // A clitic after a subject pronoun, another clitic or "ne":
    // "il la soutient", "ne les a".
    {"clitic-after-subject", kFr, kFClitic, kSelect,
     [](const Ctx& c) {
       const Reading* r = c.PrevReading();
       return (c.Prev() & (kFSubjPron | kFClitic)) ||
              (r != nullptr && r->lemma == "ne");
     }},
    // which/that after a noun or comma and before a finite verb: the
    // relative pronoun: "the attack, which killed five".
    {"relative-before-verb", kEn, kFRelative, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn) | P(Pos::kPunct))) &&
              (c.NextAny() & kFFinite);
     }},
    // le/la/les before a nominal: the article: "la Russie", "la mort".
    {"determiner-before-nominal", kBoth, P(Pos::kDet), kSelect,
     [](const Ctx& c) {
       return (c.NextAny() & (kNominal | P(Pos::kAdv))) &&
              !(c.NextAll() & kVerbal);
     }},
    // A clitic before a verb: "la soutient", "s'est", "l'a".
    {"clitic-before-verb", kFr, P(Pos::kPron), kSelect,
     [](const Ctx& c) { return (c.NextAny() & kVerbal) != 0; }},
    // "que" after a noun or pronoun introduces a relative clause.
    {"relative-after-noun", kBoth, kFRelative, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn) | P(Pos::kPron))) !=
              0;
     }},
    // ... and elsewhere is the conjunction: "a annoncé que", "said that".
    {"conjunction-elsewhere", kBoth, P(Pos::kSconj), kSelect,
     [](const Ctx& c) { return (c.e[c.i]->any & kFRelative) != 0; }},
    // "to" or a modal + verb: the infinitive: "to attack", "will attack".
    {"infinitive-after-to-or-modal", kEn, kFInf, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & kFModal) ||
              ((c.Prev() & P(Pos::kAdp)) && c.PrevLemmaEndsWith("to"));
     }},
    // A preposition or a verb + infinitive/noun: the infinitive:
    // "commencent à devenir", "a fait savoir".
    {"infinitive-after-preposition-or-verb", kFr, kFInf, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kAdp) | P(Pos::kVerb))) &&
              !(c.Prev() & kFDetUnit);
     }},
    // After a preposition, no finite verb: "by rebels", "de lancer".
    {"no-finite-after-preposition", kBoth, kFFinite, kRemove,
     [](const Ctx& c) { return (c.Prev() & P(Pos::kAdp)) != 0; }},
    // After an adjective or number, not a verb (English nominal groups).
    {"no-verb-after-adjective", kEn, kVerbal, kRemove,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kAdj) | P(Pos::kNum))) != 0;
     }},
    // A participle before "by"/"par": passive: "killed by rebels".
    {"participle-before-agent", kBoth, kFPp, kSelect,
     [](const Ctx& c) {
       if (c.i + 1 >= c.n) return false;
       for (const Reading& r : c.e[c.i + 1]->analysis.readings) {
         if (r.lemma == "by" || r.lemma == "par") return true;
       }
       return false;
     }},
    // After a subject, English -ed is the past tense: "Smith said".
    {"past-after-subject", kEn, kFPastTense, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn) | kFSubjPron)) &&
              !(c.Prev() & kFGenitive);
     }},
    // After a subject pronoun, a finite verb: "il attaque", "we have".
    {"verb-after-subject-pronoun", kBoth, kFFinite, kSelect,
     [](const Ctx& c) { return (c.Prev() & kFSubjPron) != 0; }},
    // Noun then ambiguous noun/verb then article: the verb: "l'armée
    // attaque les rebelles", "the army attacks the rebels".
    {"verb-between-subject-and-object", kBoth, kFFinite, kSelect,
     [](const Ctx& c) {
       return (c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn))) &&
              (c.NextAll() & (P(Pos::kDet) | kFDetUnit));
     }},
    // Subject noun, ambiguous noun/verb, then a bare noun and a preposition:
    // the verb of a verb + bare noun idiom: "l'ONU fait part de", "la
    // police fait état de", "le ministre rend hommage à".
    {"verb-before-bare-noun-idiom", kFr, kFFinite, kSelect,
     [](const Ctx& c) {
       if (!(c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn))) || c.i + 2 >= c.n) {
         return false;
       }
       return (c.NextAny() & P(Pos::kNoun)) &&
              !(c.NextAny() & (P(Pos::kDet) | kFDetUnit | P(Pos::kAdj))) &&
              (c.NextAny(2) & P(Pos::kAdp));
     }},
    // Noun then ambiguous noun/verb then "to": the verb: "the government
    // refuses to accept".
    {"verb-before-to", kEn, kFFinite, kSelect,
     [](const Ctx& c) {
       if (!(c.Prev() & (P(Pos::kNoun) | P(Pos::kPropn))) || c.i + 1 >= c.n) {
         return false;
       }
       const auto& next = c.e[c.i + 1]->analysis.readings;
       return next.size() == 1 && next[0].lemma == "to";
     }},
    // English adjectives come before the noun: "Palestinian leader".
    {"adjective-before-noun-en", kEn, P(Pos::kAdj), kSelect,
     [](const Ctx& c) { return (c.NextAny() & P(Pos::kNoun)) != 0; }},
    // After a verb, adverb rather than noun: "n'a pas", "a ensuite".
    {"adverb-after-verb", kBoth, P(Pos::kAdv), kSelect,
     [](const Ctx& c) { return (c.Prev() & kVerbal) != 0; }},
};

// Fallback POS preference, by Pos value (lower is better).
constexpr std::array<uint8_t, 17> MakeRank(std::initializer_list<Pos> order) {
  std::array<uint8_t, 17> rank{};
  for (auto& r : rank) r = 100;
  uint8_t k = 0;
  for (Pos p : order) rank[static_cast<int>(p)] = k++;
  return rank;
}

constexpr std::array<uint8_t, 17> kRankFr = MakeRank(
    {Pos::kPunct, Pos::kAdp, Pos::kDet, Pos::kCconj, Pos::kPron, Pos::kAux,
     Pos::kAdv, Pos::kSconj, Pos::kNoun, Pos::kPropn, Pos::kAdj, Pos::kVerb,
     Pos::kNum, Pos::kPart, Pos::kIntj, Pos::kSym, Pos::kX});
constexpr std::array<uint8_t, 17> kRankEn = MakeRank(
    {Pos::kPunct, Pos::kDet, Pos::kAdp, Pos::kPron, Pos::kAux, Pos::kCconj,
     Pos::kSconj, Pos::kNoun, Pos::kPropn, Pos::kVerb, Pos::kAdj, Pos::kAdv,
     Pos::kPart, Pos::kNum, Pos::kIntj, Pos::kSym, Pos::kX});

}  // namespace

Disambiguator::Disambiguator(std::string_view lang)
    : lang_bit_(lang == "fr"   ? kFr
                : lang == "en" ? kEn
                               : 0),
      rank_(lang == "en" ? kRankEn.data() : kRankFr.data()) {
  for (const Rule& r : kRules) {
    if (r.langs & lang_bit_) ++rule_count_;
  }
}

void Disambiguator::Choose(const FormEntry* const* entries, Token* tokens,
                           size_t n, Features* chosen) const {
  Ctx c{entries, tokens, n, 0, chosen};
  for (size_t i = 0; i < n; ++i) {
    c.i = i;
    const FormEntry* e = entries[i];
    const size_t nr = std::min<size_t>(e->features.size(), 32);
    uint32_t cand = nr >= 32 ? UINT32_MAX : (uint32_t{1} << nr) - 1;
    if (nr > 1) {
      for (const Rule& r : kRules) {
        if (!(r.langs & lang_bit_) || !(e->any & r.about)) continue;
        uint32_t match = 0;
        for (size_t k = 0; k < nr; ++k) {
          if ((cand >> k & 1) && (e->features[k] & r.about)) {
            match |= uint32_t{1} << k;
          }
        }
        uint32_t next = r.action == kSelect ? match : cand & ~match;
        if (next == 0 || next == cand) continue;
        if (!r.when(c)) continue;
        cand = next;
        if (std::has_single_bit(cand)) break;
      }
    }
    // Fallback: best POS rank, then Apertium's order.
    uint16_t best = 0;
    uint8_t best_rank = 255;
    for (size_t k = 0; k < nr; ++k) {
      if (!(cand >> k & 1)) continue;
      uint8_t rk = rank_[static_cast<int>(e->analysis.readings[k].pos)];
      if (rk < best_rank) {
        best_rank = rk;
        best = static_cast<uint16_t>(k);
      }
    }
    tokens[i].reading = best;
    chosen[i] = nr > 0 ? e->features[best] : 0;
  }
}

}  // namespace dyad
