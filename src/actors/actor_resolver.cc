// Actor resolution over one analysed document. See include/dyad/actors.h.
//
// Per sentence, every token gets its longest dictionary match (names on
// folded surface forms, agents/titles/epithets on folded lemmas). A left to
// right scan then builds chunks around a head:
//   [det] [qualifier 's?] HEAD [demonym] [complement: de/of [det] X] [name]
// where a qualifier or demonym gives the country (l'armée turque, the
// Turkish army, Israel's army), a complement gives a country, an org or a
// person (les troupes du régime de Bachar al-Assad, soldiers of Ukraine), and
// a person's name right after a title, agent or any noun with a demonym is
// an apposition that names the person (le président syrien Bachar al-Assad).
// Titles with a country resolve to the holder of the office on the document
// date; epithets and pronouns resolve to the most recent compatible person.
#include <algorithm>
#include <cstdlib>
#include <deque>
#include <iterator>
#include <optional>
#include <utility>

#include "actors/actor_knowledge.h"
#include "base/fold.h"
#include "dyad/actors.h"

namespace dyad {

std::string_view ActorKindName(ActorMention::Kind kind) {
  switch (kind) {
    case ActorMention::Kind::kPerson:
      return "person";
    case ActorMention::Kind::kTitle:
      return "title";
    case ActorMention::Kind::kState:
      return "state";
    case ActorMention::Kind::kMetonym:
      return "metonym";
    case ActorMention::Kind::kOrganisation:
      return "organisation";
    case ActorMention::Kind::kAgent:
      return "agent";
    case ActorMention::Kind::kGroup:
      return "group";
    case ActorMention::Kind::kPronoun:
      return "pronoun";
    case ActorMention::Kind::kEpithet:
      return "epithet";
    case ActorMention::Kind::kPlace:
      return "place";
  }
  return "?";
}

namespace {

using Kind = NameEntry::Kind;

// yyyymmdd of an ISO date, 0 when absent or malformed.
int32_t DateNumber(const std::string& iso) {
  int32_t d = 0;
  if (iso.size() != 10 || !ParseRoleDate(iso, false, 0, &d)) return 0;
  return d;
}

// Whether the Damerau–Levenshtein (optimal string alignment) distance of
// `a` and `b` is exactly 1: one substitution, insertion, deletion or swap of
// adjacent bytes. One pass, no table: the typo loop asks it of tens of
// demonym forms at every candidate word. Strings of 48 bytes or more are
// never one edit apart (no demonym is that long).
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);  // a is the longer
  constexpr size_t kMax = 48;
  if (a.size() > b.size() + 1 || a.size() >= kMax) return false;
  size_t i = 0;  // the first difference
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);
  if (i == a.size()) return false;                      // equal
  if (a.substr(i + 1) == b.substr(i + 1)) return true;  // a substitution
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);  // a transposition
}

// A first-level subdivision code in one spelling: ISO 3166-2 "US-TX" and
// GeoNames "US.TX" agree where the two systems use the same letters.
std::string Admin1Key(std::string_view code) {
  std::string k(code);
  for (char& c : k) {
    if (c == '-') c = '.';
  }
  return k;
}

std::string_view SectorWord(const std::string& sector) {
  // (Every mention without a dictionary name asks: the 3-letter codes are
  // compared as integers, not as strings.)
  constexpr auto code = [](std::string_view c) {
    return static_cast<uint32_t>(static_cast<unsigned char>(c[0])) |
           static_cast<uint32_t>(static_cast<unsigned char>(c[1])) << 8 |
           static_cast<uint32_t>(static_cast<unsigned char>(c[2])) << 16;
  };
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"GOV", "government"},   {"MIL", "military"},    {"COP", "police"},
      {"REB", "rebels"},       {"OPP", "opposition"},  {"CVL", "civilians"},
      {"JUD", "judiciary"},    {"LEG", "legislature"}, {"MED", "media"},
      {"BUS", "business"},     {"LAB", "labour"},      {"REF", "refugees"},
      {"REL", "religious"},    {"EDU", "education"},   {"HLH", "health"},
      {"SPY", "intelligence"}, {"CRM", "criminals"},   {"NGO", "NGO"},
      {"IGO", "IGO"},          {"ELI", "elite"},       {"PTY", "party"}};
  static_assert(
      std::all_of(std::begin(kWords), std::end(kWords),
                  [](const auto& kw) { return kw.first.size() == 3; }));
  if (sector.size() != 3) return sector;
  const uint32_t c = code(sector);
  for (const auto& [k, w] : kWords) {
    if (code(k) == c) return w;
  }
  return sector;
}

// Grammar words of a token, kept with the first step of its names-trie walk
// in the form's StageMemo: bits 0-31 the names trie's root child + 1 (0 =
// no name starts with it), bits 32-39 these flags.
enum GrammarFlag : uint8_t {
  kGDeterminer = 1,
  kGHonorific = 2,
  kGPossessive = 4,
  kGCoordinator = 8,
  kGComplement = 16,
  // Some reading's lemma (or the form) starts a key of the lemma trie
  // (agents, titles, epithets): without it, and without a name starting
  // here or next, no mention can start at the token.
  kGLemmaStart = 32,
};

// Bits 40-47 of the form's memo, filled on demand: whether the form may be
// a typo of a demonym (a demonym form of 4 letters or more at edit distance
// 1; most forms are not, and the scan costs tens of edit distances).
constexpr uint64_t kTypoKnown = uint64_t{1} << 40;
constexpr uint64_t kTypoSome = uint64_t{1} << 41;
// Bit 42: the form is the second or a later token of some name
// (TokenTrie::IsInner): a names-trie walk goes on through it, else stops
// before it without a lookup.
constexpr uint64_t kNameInner = uint64_t{1} << 42;

// A reading's memo (of its folded lemma): bits 0-31 the lemma trie's root
// child + 1 (0 = no key starts with it), bit 32 whether the lemma is a
// later token of some key (kLemmaInner).
constexpr uint64_t kLemmaInner = uint64_t{1} << 32;
uint64_t LemmaMemoValue(const LangKnowledge& lk, std::string_view lemma) {
  return static_cast<uint64_t>(lk.lemmas.RootChild(lemma) + 1) |
         (lk.lemmas.IsInner(lemma) ? kLemmaInner : 0);
}

uint64_t FormMemoValue(const LangKnowledge& lk, std::string_view folded,
                       const FormAnalysis* analysis) {
  const ActorGrammar& g = lk.grammar;
  auto in = [&](const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), folded) != words.end();
  };
  uint64_t flags = (in(g.determiner) ? kGDeterminer : 0) |
                   (in(g.honorific) ? kGHonorific : 0) |
                   (in(g.possessive) ? kGPossessive : 0) |
                   (in(g.coordinator) ? kGCoordinator : 0) |
                   (in(g.complement) ? kGComplement : 0);
  bool lemma_start = lk.lemmas.RootChild(folded) >= 0;
  if (analysis) {
    for (const Reading& r : analysis->readings) {
      lemma_start = lemma_start || (!r.folded_lemma.empty() &&
                                    lk.lemmas.RootChild(r.folded_lemma) >= 0);
    }
  }
  if (lemma_start) flags |= kGLemmaStart;
  int64_t child = lk.names.RootChild(folded);
  return static_cast<uint64_t>(child + 1) | (flags << 32) |
         (lk.names.IsInner(folded) ? kNameInner : 0);
}

// The state of `country` (an alpha-3 code), or null.
const StateInfo* StateOf(const ActorKnowledge& k, const std::string& country) {
  auto it = k.state_index.find(country);
  return it == k.state_index.end() ? nullptr : &k.states[it->second];
}

// NameFromCountry's two halves, for a caller that has one of them already;
// `st` is StateOf(a->country). (Pointers, not copies: this runs at most
// mentions.)
void NameOnly(const StateInfo* st, Actor* a) {
  const std::string* base = st ? &st->name_en : &a->country;
  if (base->empty()) base = &a->org;
  const std::string_view word = SectorWord(a->sector);
  // (Written in place: an agent given a country later, GiveCountry, reuses
  // its name's buffer.)
  std::string& name = a->name;
  if (base->empty()) {
    name.assign(word);
  } else if (word.empty()) {
    name.assign(*base);
  } else {
    name.clear();
    name.reserve(base->size() + 1 + word.size());
    name.append(*base).append(1, ' ').append(word);
  }
}

void CameoOnly(const ActorKnowledge& k, const StateInfo* st, Actor* a) {
  const std::string* code = st ? &st->cameo : &a->country;
  if (code->empty() && !a->org.empty()) {
    if (auto it = k.org_index.find(a->org); it != k.org_index.end()) {
      code = &k.orgs[it->second].cameo;
    }
  }
  std::string& cameo = a->cameo;  // (in place, as NameOnly)
  cameo.clear();
  cameo.reserve(code->size() + a->sector.size());
  cameo.append(*code).append(a->sector);
}

// An actor's name and CAMEO code from its country (or organisation) and
// sector, for actors no dictionary names: "Turkey military", TURMIL (the
// state's CAMEO code, which is not always its alpha-3: ROU is ROM).
void NameFromCountry(const ActorKnowledge& k, Actor* a) {
  const StateInfo* st = StateOf(k, a->country);
  NameOnly(st, a);
  CameoOnly(k, st, a);
}

// Whether a mention of `e` tells what the document is about: a state (name,
// metonym, demonym: the context a typo correction needs) or a first-level
// subdivision (where homonymous places are looked for).
bool DocStateOrAdmin1(const ActorKnowledge& k, const NameEntry& e) {
  return e.kind == Kind::kState || e.kind == Kind::kMetonym ||
         e.kind == Kind::kDemonymAdj || e.kind == Kind::kDemonymNoun ||
         (e.kind == Kind::kPlace &&
          k.places[e.index]->kind == Place::Kind::kAdmin1);
}

// The first demonym form that may be a typo's correction of the folded
// `form` (non-empty): demonym_forms is sorted by first letter then length,
// and candidates have the same first letter and a length within one.
std::vector<std::pair<std::string, int32_t>>::const_iterator TypoFirst(
    const LangKnowledge& lk, std::string_view form) {
  return std::lower_bound(lk.demonym_forms.begin(), lk.demonym_forms.end(),
                          std::pair<char, size_t>(form[0], form.size() - 1),
                          [](const std::pair<std::string, int32_t>& a,
                             const std::pair<char, size_t>& key) {
                            return a.first[0] != key.first
                                       ? a.first[0] < key.first
                                       : a.first.size() < key.second;
                          });
}

// What a chunk resolved to, before it becomes an ActorMention.
struct Resolved {
  std::string country, org, sector, name, id, cameo_base;
  int32_t person = -1;
  bool has_actor = false;
  std::string why;
};

// What Resolve() computes for every token of a document before resolving
// sentence by sentence: 16 bytes a token, the only per-token array the
// scan reads. (The analysis of the next document evicts the resolver's
// arrays from the cache: with 90 bytes a token in several arrays, folded
// form views and trie-value pointers among them, writing and reading them
// back cost more cache misses than the tries did. The folded form is read
// from the token's FormAnalysis when a mention may start there.)
struct TokenState {
  uint64_t form = 0;       // the form's memo (FormMemoValue)
  uint32_t name_node = 0;  // names-trie node of the longest name starting here
  uint16_t name_len = 0;   // its length in tokens (0 = none)
  uint8_t upper = 0;       // the word starts with a capital letter
  // The token has no analysis to read its folded form from: it is in
  // DocTokens::owned.
  uint8_t owned = 0;
};
static_assert(sizeof(TokenState) == 16);

// The document's tokens, sentence by sentence (`start[s]` is sentence s's
// first token; one more entry at the end).
struct DocTokens {
  std::vector<TokenState> tokens;
  std::vector<size_t> start;
  // Folded forms of the tokens with no analysis (TokenState::owned), by
  // document token index, in order (a deque: the views stay valid).
  std::deque<std::pair<size_t, std::string>> owned;

  std::string_view Form(const Token& t, size_t at) const {
    if (!tokens[at].owned) return t.analysis->folded_form;
    auto it = std::lower_bound(owned.begin(), owned.end(), at,
                               [](const std::pair<size_t, std::string>& o,
                                  size_t k) { return o.first < k; });
    return it->second;
  }
};

// A lemma-trie match memoised per token position (len 0 = none).
struct LemmaMatch {
  uint32_t node = 0;
  uint32_t len = 0;
};

// What SentenceResolver has computed for a token (bits of
// ResolveScratch::done).
enum Done : uint8_t {
  kMatchDone = 1,  // lemma_match
  kLemmaDone = 2,  // lemmas
};

// Resolve()'s working arrays, kept per thread from one document to the next
// (no allocation per document once they have grown).
struct ResolveScratch {
  DocTokens dt;
  std::vector<int32_t> doc_states;
  std::vector<std::string> doc_admin1;
  // Per token of the sentence being resolved (SentenceResolver), filled on
  // demand: only `done` is reset per sentence.
  std::vector<std::string_view> lemmas;
  std::vector<uint8_t> done;
  std::vector<LemmaMatch> lemma_match;
};

ResolveScratch& ThreadScratch() {
  thread_local ResolveScratch scratch;
  return scratch;
}

class SentenceResolver {
 public:
  SentenceResolver(const ActorKnowledge& k, const LangKnowledge& lk,
                   const AnalyzedDocument& doc, int32_t date,
                   std::vector<ActorMention>* doc_mentions,
                   const std::vector<int32_t>& doc_states,
                   ResolveScratch* scratch)
      : k_(k),
        lk_(lk),
        doc_(doc),
        text_(doc.doc->text),
        date_(date),
        out_(doc_mentions),
        doc_states_(doc_states),
        lemmas_(scratch->lemmas),
        done_(scratch->done),
        lemma_match_(scratch->lemma_match) {}

  void Run(int sentence_index) {
    sentence_ = sentence_index;
    const Sentence& s = doc_.sentences[sentence_index];
    toks_ = &s.tokens;
    const size_t n = s.tokens.size();
    n_ = n;
    base_ = dt_->start[sentence_index];
    ts_ = dt_->tokens.data() + base_;
    lemmas_.resize(n);
    lemma_match_.resize(n);
    done_.assign(n, 0);
    const size_t first_mention = out_->size();
    for (size_t i = 0; i < n;) {
      // Most tokens start nothing: no name here or next, no agent or title
      // lemma, no determiner or honorific before one (the form's memo says
      // so without touching its readings).
      if (ts_[i].name_len == 0 && (i + 1 >= n || ts_[i + 1].name_len == 0) &&
          !Has(kGDeterminer | kGHonorific | kGLemmaStart, i)) {
        ++i;
        continue;
      }
      size_t end = ParseMention(i);
      i = end > i ? end : i + 1;
    }
    ShareCoordinatedDemonym(first_mention);
    InheritSentenceCountry(first_mention);
  }

  // "le gouvernement et le peuple chinois": a demonym after the last of
  // coordinated agents qualifies each of them.
  void ShareCoordinatedDemonym(size_t first) {
    for (size_t m = out_->size(); m-- > first + 1;) {
      ActorMention& b = (*out_)[m];
      ActorMention& a = (*out_)[m - 1];
      if (a.kind != ActorMention::Kind::kAgent || !a.actor.country.empty() ||
          !a.actor.org.empty() || b.kind != ActorMention::Kind::kAgent ||
          b.actor.country.empty() || a.sentence != b.sentence ||
          a.end_token + 1 != b.first_token ||
          !Has(kGCoordinator, a.end_token)) {
        continue;
      }
      const Reading* last = (*toks_)[b.end_token - 1].chosen();
      if (!last || last->pos != Pos::kAdj) continue;  // the demonym ends b
      GiveCountry(&a, b.actor.country, "the demonym of the coordinated noun");
    }
  }

  // A domestic agent with no country of its own ("les rebelles", "la
  // police", "les civils") belongs to the country the sentence is about when
  // every other mention of the sentence that has a country agrees on one.
  void InheritSentenceCountry(size_t first) {
    std::string country;
    bool consensus = true;
    bool placed = false;  // a place or a capital of that country says where
    for (size_t m = first; m < out_->size(); ++m) {
      const Actor& a = (*out_)[m].actor;
      if (a.country.empty()) continue;
      if (!country.empty() && country != a.country) consensus = false;
      country = a.country;
      placed = placed || (*out_)[m].kind == ActorMention::Kind::kPlace ||
               (*out_)[m].kind == ActorMention::Kind::kMetonym;
    }
    // A movement of one country keeps it unless the sentence is set
    // elsewhere.
    for (const auto& [m, home] : homes_) {
      if (m < first || m >= out_->size()) continue;
      if (consensus && placed && !country.empty()) continue;
      GiveCountry(&(*out_)[m], *home, "the movement");
    }
    homes_.clear();
    if (!consensus || country.empty()) return;
    for (size_t m = first; m < out_->size(); ++m) {
      GiveCountry(&(*out_)[m], country, "the sentence");
    }
  }

  // Then, agents still without a country belong to the country the whole
  // document is about ("a country implied by the article": "the police" in
  // a story set in Manchester), when one country clearly dominates its
  // mentions: at least 2, and at least twice as many as any other.
  // `first` is the document's first mention in *out_ (Resolve appends).
  void InheritDocumentCountry(size_t first) {
    // (A few countries per document: a vector, not a map. The order does
    // not matter: a top that passes the test below is unique.)
    std::vector<std::pair<std::string_view, int>> counts;
    for (size_t i = first; i < out_->size(); ++i) {
      const ActorMention& m = (*out_)[i];
      if (!m.actor.country.empty() && m.kind != ActorMention::Kind::kAgent) {
        auto it = std::find_if(
            counts.begin(), counts.end(),
            [&](const auto& c) { return c.first == m.actor.country; });
        if (it == counts.end()) {
          counts.emplace_back(m.actor.country, 1);
        } else {
          ++it->second;
        }
      }
    }
    std::string top;
    int best = 0, second = 0;
    for (const auto& [c, n] : counts) {
      if (n > best) {
        second = best;
        best = n;
        top = std::string(c);
      } else if (n > second) {
        second = n;
      }
    }
    if (best < 2 || best < 2 * second) return;
    for (size_t i = first; i < out_->size(); ++i) {
      GiveCountry(&(*out_)[i], top, "the document");
    }
  }

 private:
  // Gives a domestic agent with no country nor organisation `country`.
  void GiveCountry(ActorMention* x, const std::string& country,
                   const char* whose) {
    static constexpr std::string_view kDomestic[] = {"GOV", "MIL", "COP", "REB",
                                                     "OPP", "CVL", "JUD", "LEG",
                                                     "PTY", "LAB", "ELI"};
    // (A pronoun standing for such an agent, "they" for "police", too.)
    if ((x->kind != ActorMention::Kind::kAgent &&
         x->kind != ActorMention::Kind::kPronoun) ||
        !x->actor.country.empty() || !x->actor.org.empty() ||
        (x->kind == ActorMention::Kind::kPronoun && !x->actor.id.empty())) {
      return;
    }
    bool domestic = false;
    for (std::string_view d : kDomestic) {
      domestic = domestic || x->actor.sector == d;
    }
    if (!domestic) return;
    x->actor.country = country;
    NameFromCountry(k_, &x->actor);
    if (reasons_)
      x->why += std::string("; country of ") + whose + " (" + country + ")";
  }

  struct Match {
    size_t len = 0;
    const NameEntry* entry = nullptr;
  };

  // The longest match at i among `kinds` (names on forms, the others on
  // lemmas, then on forms minus a plural -s/-x for unknown plurals).
  Match At(size_t i, std::initializer_list<Kind> kinds) const {
    Match best;
    int best_rank = 0;
    if (i >= n_) return best;
    // Each position is looked up in each trie once per sentence (the names
    // trie once per document, by Resolve).
    if (!(done_[i] & kMatchDone)) {
      done_[i] |= kMatchDone;
      // Agents, titles and epithets are nouns or adjectives (or words the
      // analyser does not know): other words need no lemma lookup.
      // (The form's memo says first whether any of its lemmas starts a
      // key at all, before its reading is read.)
      Pos p = Has(kGLemmaStart, i) ? (*toks_)[i].pos() : Pos::kPunct;
      if (p == Pos::kNoun || p == Pos::kAdj || p == Pos::kPropn ||
          p == Pos::kX || p == Pos::kNum || p == Pos::kPron) {
        // The first step of the lemma trie's walk is memoised on the
        // reading (one lookup per distinct lemma, not per token).
        FillLemmas(i, i + 1);
        const Reading* r = (*toks_)[i].chosen();
        int64_t first;
        if (r && !r->folded_lemma.empty()) {
          uint64_t v;
          if (!r->memo.Get(owner_, &v)) {
            v = LemmaMemoValue(lk_, lemmas_[i]);
            r->memo.Set(owner_, v);
          }
          first = static_cast<int64_t>(v & 0xFFFFFFFFu) - 1;
        } else {
          first = lk_.lemmas.RootChild(lemmas_[i]);
        }
        LemmaMatch& lm = lemma_match_[i];
        lm.len =
            first < 0
                ? 0
                : static_cast<uint32_t>(lk_.lemmas.LongestNode(
                      static_cast<uint32_t>(first), i, n_,
                      [this](size_t k) {
                        FillLemmas(k, k + 1);
                        return lemmas_[k];
                      },
                      [this](size_t k) { return LemmaInner(k); }, &lm.node));
      } else {
        lemma_match_[i].len = 0;
      }
    }
    auto consider = [&](size_t len, const TokenTrie& trie, uint32_t node) {
      if (len == 0 || len < best.len) return;
      for (int32_t v : trie.Values(node)) {
        const LangKnowledge::BriefEntry& e = lk_.brief[v];
        if (e.exact && !ExactIs(i, i + len, lk_.entries[v].exact)) continue;
        // Longest first; at equal length the kind listed first wins.
        int rank = 0;
        for (Kind k : kinds) {
          if (e.kind == k) break;
          ++rank;
        }
        if (rank == static_cast<int>(kinds.size())) continue;
        if (len > best.len || !best.entry || rank < best_rank) {
          best = {len, &lk_.entries[v]};
          best_rank = rank;
        }
      }
    };
    consider(ts_[i].name_len, lk_.names, ts_[i].name_node);
    consider(lemma_match_[i].len, lk_.lemmas, lemma_match_[i].node);
    return best;
  }

  // The longest title on lemmas at i that ends by `limit` (At() gives the
  // longest of all; this one is bounded).
  Match TitleBefore(size_t i, size_t limit) const {
    Match best;
    if (i >= limit) return best;
    FillLemmas(i, i + 1);
    int64_t first = lk_.lemmas.RootChild(lemmas_[i]);
    if (first < 0) return best;
    const std::vector<int32_t>* vals = nullptr;
    size_t len = lk_.lemmas.LongestFromLazy(
        static_cast<uint32_t>(first), i, limit,
        [this](size_t k) {
          FillLemmas(k, k + 1);
          return lemmas_[k];
        },
        &vals, nullptr, [this](size_t k) { return LemmaInner(k); });
    if (len == 0) return best;
    for (int32_t v : *vals) {
      if (lk_.brief[v].kind != Kind::kTitle) continue;
      if (lk_.brief[v].exact && !ExactIs(i, i + len, lk_.entries[v].exact)) {
        continue;
      }
      return {len, &lk_.entries[v]};
    }
    return best;
  }

  // Whether the tokens [b, e) as written, joined by one space, are `want`
  // (without building the string: "un", "au" are checked at every turn).
  bool ExactIs(size_t b, size_t e, std::string_view want) const {
    size_t at = 0;
    for (size_t k = b; k < e; ++k) {
      if (k > b) {
        if (at >= want.size() || want[at] != ' ') return false;
        ++at;
      }
      std::string_view t = (*toks_)[k].Text(text_);
      if (want.substr(at, t.size()) != t) return false;
      at += t.size();
    }
    return at == want.size();
  }

  // Token i's folded form (i < n_).
  std::string_view Form(size_t i) const {
    return dt_->Form((*toks_)[i], base_ + i);
  }

  bool Is(const std::vector<std::string>& words, size_t i) const {
    if (i >= n_) return false;
    const std::string_view f = Form(i);
    return std::find(words.begin(), words.end(), f) != words.end();
  }

  // lemmas_[k] for k in [b, e): the chosen reading's folded lemma, else the
  // folded form; filled on demand (most tokens never need theirs).
  void FillLemmas(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      if (done_[k] & kLemmaDone) continue;
      done_[k] |= kLemmaDone;
      const Reading* r = (*toks_)[k].chosen();
      lemmas_[k] = r && !r->folded_lemma.empty() ? r->folded_lemma : Form(k);
    }
  }

  // Whether token k's lemma (lemmas_[k]) is a later token of some key of the
  // lemma trie, from its reading's memo.
  bool LemmaInner(size_t k) const {
    FillLemmas(k, k + 1);
    const Reading* r = (*toks_)[k].chosen();
    if (r && !r->folded_lemma.empty()) {
      uint64_t v;
      if (!r->memo.Get(owner_, &v)) {
        v = LemmaMemoValue(lk_, lemmas_[k]);
        r->memo.Set(owner_, v);
      }
      return v & kLemmaInner;
    }
    return lk_.lemmas.IsInner(lemmas_[k]);
  }

  // A grammar word of the language (GrammarFlag), from the form's memo.
  bool Has(uint8_t flag, size_t i) const {
    return i < n_ && (ts_[i].form >> 32) & flag;
  }

  size_t SkipDeterminers(size_t i) const {
    while (Has(kGDeterminer, i)) ++i;
    return i;
  }

  // Whether a word of [b, e) starts with a capital letter.
  bool AnyUpper(size_t b, size_t e) const {
    for (size_t k = b; k < e && k < n_; ++k) {
      if (ts_[k].upper) return true;
    }
    return false;
  }

  // "anti-français", "anti-French": what a noun is against, not whose.
  bool IsAnti(size_t i) const {
    if (i >= n_) return false;
    const std::string_view f = Form(i);
    return f.size() > 5 && f.substr(0, 5) == "anti-";
  }

  bool IsQuote(size_t i) const {
    if (i >= n_) return false;
    const std::string_view f = Form(i);
    return f == "«" || f == "»" || f == "\"" || f == "“" || f == "”";
  }

  // A person's name starting exactly at i.
  Match PersonAt(size_t i) const {
    if (i >= n_ || !ts_[i].upper) return {};
    return At(i, {Kind::kPerson});
  }

  void ResolvePerson(int32_t p, Resolved* r) const {
    const PersonInfo& person = k_.people[p];
    r->person = p;
    r->name = person.name;
    r->id = person.id;
    r->has_actor = true;
    const RoleInfo* role = k_.RoleOn(p, date_);
    if (role) {
      r->country = role->country;
      r->org = role->org;
      r->sector = role->sector;
      if (reasons_) {
        const std::string& what = !role->office.empty()  ? role->office
                                  : !role->title.empty() ? role->title
                                                         : role->sector;
        r->why += "; in role (" + what + ") on " +
                  (date_ ? "the document date" : "the latest record");
      }
    } else if (!person.roles.empty()) {
      // Out of office on that date: the country of the spell before it (a
      // former official is an elite, ELI).
      const RoleInfo* last = nullptr;
      for (const RoleInfo& ro : person.roles) {
        if (ro.end < date_ && (!last || ro.end > last->end)) last = &ro;
      }
      if (!last) last = &person.roles.front();
      r->country = last->country;
      r->org = last->org;
      r->sector = last->end < date_ ? "ELI" : last->sector;
      if (reasons_) r->why += "; not in office on the document date";
    }
  }

  struct Qualifier {
    std::string country, org;
    int32_t person = -1;
    size_t end = 0;
    std::string why;
    std::string sector = {};  // a country-tied group's: "Hamas leader" REB
  };

  // A demonym adjective at i (with typo tolerance when allowed).
  std::optional<Qualifier> Demonym(size_t i, bool allow_typo) const {
    if (i >= n_) return std::nullopt;
    Match m = At(i, {Kind::kDemonymAdj});
    if (m.entry) {
      return Qualifier{
          k_.states[m.entry->index].alpha3, "", -1, i + m.len,
          reasons_ ? "demonym '" + std::string((*toks_)[i].Text(text_)) + "'"
                   : std::string()};
    }
    if (!allow_typo || ts_[i].upper) return std::nullopt;
    const std::string_view form_i = Form(i);
    if (form_i.size() < 4) return std::nullopt;
    // (Most forms are no demonym's typo: the memo says so in one load.)
    if (!TypoCandidates(i)) return std::nullopt;
    if (At(i, {Kind::kAgent, Kind::kTitle, Kind::kEpithet}).entry)
      return std::nullopt;
    // demonym_forms is sorted by first letter then length: only forms with
    // the same first letter and a length within one.
    const char c0 = form_i[0];
    const size_t len = form_i.size();
    auto lo = TypoFirst(lk_, form_i);
    for (auto it = lo; it != lk_.demonym_forms.end() && it->first[0] == c0 &&
                       it->first.size() <= len + 1;
         ++it) {
      const auto& [form, st] = *it;
      if (form.size() < 4 || !OneEditApart(form, form_i)) continue;
      // Context must support the correction: a person of that state named
      // right after, or that state named elsewhere in the document.
      const std::string& a3 = k_.states[st].alpha3;
      bool support = false;
      if (Match pm = PersonAt(i + 1); pm.entry) {
        const RoleInfo* ro = k_.RoleOn(pm.entry->index, date_);
        if (!ro && !k_.people[pm.entry->index].roles.empty()) {
          ro = &k_.people[pm.entry->index].roles.front();
        }
        support = ro && ro->country == a3;
      }
      if (!support) {
        support = std::find(doc_states_.begin(), doc_states_.end(), st) !=
                  doc_states_.end();
      }
      if (support) {
        return Qualifier{a3, "", -1, i + 1,
                         reasons_
                             ? "typo '" + std::string((*toks_)[i].Text(text_)) +
                                   "' read as '" + form +
                                   "' (the context names " + a3 + ")"
                             : std::string()};
      }
    }
    return std::nullopt;
  }

  // Whether some demonym form of 4 letters or more is at edit distance 1
  // of Form(i) (the candidates Demonym's typo loop tries), memoised on
  // the form (bits kTypoKnown, kTypoSome of its memo).
  bool TypoCandidates(size_t i) const {
    uint64_t& fm = ts_[i].form;
    if (fm & kTypoKnown) return fm & kTypoSome;
    const std::string_view f = Form(i);
    bool some = false;
    for (auto it = TypoFirst(lk_, f);
         it != lk_.demonym_forms.end() && it->first[0] == f[0] &&
         it->first.size() <= f.size() + 1;
         ++it) {
      if (it->first.size() >= 4 && OneEditApart(it->first, f)) {
        some = true;
        break;
      }
    }
    fm |= kTypoKnown | (some ? kTypoSome : 0);
    const FormAnalysis* a = (*toks_)[i].analysis;
    if (a && !a->folded_form.empty()) a->memo.Set(owner_, fm);
    return some;
  }

  // de/du/des/of [det] X, where X names a state, metonym, organisation,
  // person, or is itself an agent or title with its qualifiers.
  std::optional<Qualifier> Complement(size_t i, int depth) const {
    if (!Has(kGComplement, i)) return std::nullopt;
    size_t j = SkipDeterminers(i + 1);
    if (IsQuote(j)) j = SkipDeterminers(j + 1);  // des « gilets jaunes »
    Match m = At(j, {Kind::kState, Kind::kMetonym, Kind::kOrganisation,
                     Kind::kPerson, Kind::kPlace});
    if (m.entry && (m.entry->kind != Kind::kPerson || ts_[j].upper) &&
        (m.entry->kind != Kind::kPlace ||
         PlausiblePlace(j, j + m.len, m.entry->index))) {
      Qualifier q;
      q.end = j + m.len;
      const NameEntry& e = *m.entry;
      if (e.kind == Kind::kOrganisation) {
        q.org = k_.orgs[e.index].key;
        q.country = k_.orgs[e.index].country;
        if (!q.country.empty()) q.sector = k_.orgs[e.index].Sector(date_);
      } else if (e.kind == Kind::kPerson) {
        Resolved r;
        ResolvePerson(e.index, &r);
        q.country = r.country;
        q.org = r.org;
        q.person = e.index;
      } else if (e.kind == Kind::kPlace) {
        q.country = k_.places[e.index]->country;
      } else {
        q.country = k_.states[e.index].alpha3;
      }
      if (reasons_) q.why = "complement '" + Words(j, q.end) + "'";
      return q;
    }
    if (depth >= 2) return std::nullopt;
    Match head = At(j, {Kind::kAgent, Kind::kTitle});
    if (!head.entry) {
      // A plain noun coordinated with a qualified one: "de la sécurité et
      // de renseignements russes".
      if (j < toks_->size() && (*toks_)[j].pos() == Pos::kNoun &&
          Has(kGCoordinator, j + 1)) {
        return Complement(j + 2, depth + 1);
      }
      return std::nullopt;
    }
    size_t e = j + head.len;
    auto inner = Demonym(e, false);
    if (inner) {
      inner->end = std::max(inner->end, e + 1);
      return inner;
    }
    auto comp = Complement(e, depth + 1);
    if (comp) return comp;
    // "de la sécurité et de renseignements russes": a coordinated
    // complement whose demonym qualifies the whole.
    if (e < n_ && Has(kGCoordinator, e)) {
      if (auto next = Complement(e + 1, depth + 1)) return next;
    }
    return std::nullopt;
  }

  std::string Words(size_t b, size_t e) const {
    const auto& t = *toks_;
    return std::string(text_.substr(t[b].begin, t[e - 1].end - t[b].begin));
  }

  // Parses the mention starting at i (if any), records it, returns its end.
  size_t ParseMention(size_t i) {
    const size_t begin = i;
    // Anaphors may start with a determiner-like word: "ce dernier".
    if (Match an = At(i, {Kind::kAnaphor}); an.entry) {
      return ResolveAnaphor(i, i, i + an.len, lk_.anaphors[an.entry->index]);
    }
    size_t j = SkipDeterminers(i);
    if (j >= n_) return i + 1;
    // "Mr Brown", "M. Diop": an honorific and a surname name the one person
    // of that surname in office on the date (or the only one on record).
    if (Has(kGHonorific, j) && j + 1 < n_ && ts_[j + 1].upper) {
      if (!At(j + 1, {Kind::kPerson}).entry) {
        if (int32_t p = BySurname(Form(j + 1)); p >= 0) {
          Resolved r;
          if (reasons_)
            r.why = "honorific + surname '" + Words(j + 1, j + 2) + "'";
          ResolvePerson(p, &r);
          Emit(begin, j + 2, std::move(r), ActorMention::Kind::kPerson, false);
          return j + 2;
        }
      }
    }

    // "George Bush": a first name and a surname several people share, none
    // listed with these two words alone.
    if (ts_[j].upper && j + 1 < n_ && ts_[j + 1].upper &&
        !At(j, {Kind::kPerson}).entry && !At(j + 1, {Kind::kPerson}).entry &&
        !Has(kGHonorific, j)) {
      if (int32_t p = BySurname(Form(j + 1), Form(j)); p >= 0) {
        Resolved r;
        if (reasons_) r.why = "first name + surname '" + Words(j, j + 2) + "'";
        ResolvePerson(p, &r);
        Emit(begin, j + 2, std::move(r), ActorMention::Kind::kPerson, false);
        return j + 2;
      }
    }

    // English order: [demonym | state | org | metonym ('s)] HEAD
    std::optional<Qualifier> pre;
    size_t head_at = j;
    if (lk_.grammar.demonym_before) {
      Match q = At(j, {Kind::kDemonymAdj, Kind::kState, Kind::kOrganisation,
                       Kind::kMetonym});
      // ("anti-French protesters" are not French.)
      if (q.entry && !IsAnti(j)) {
        size_t after = j + q.len;
        if (Has(kGPossessive, after)) ++after;
        size_t after_det = after;
        Match h = At(after_det, {Kind::kAgent, Kind::kTitle, Kind::kEpithet});
        if (h.entry) {
          Qualifier qq;
          if (q.entry->kind == Kind::kOrganisation) {
            qq.org = k_.orgs[q.entry->index].key;
            qq.country = k_.orgs[q.entry->index].country;
            if (!qq.country.empty()) {
              qq.sector = k_.orgs[q.entry->index].Sector(date_);
            }
          } else {
            qq.country = k_.states[q.entry->index].alpha3;
          }
          qq.end = after;
          if (reasons_) qq.why = "qualifier '" + Words(j, j + q.len) + "'";
          pre = qq;
          head_at = after_det;
        }
      }
    }

    Match head =
        At(head_at,
           {Kind::kPerson, Kind::kTitle, Kind::kEpithet, Kind::kAgent,
            Kind::kState, Kind::kMetonym, Kind::kOrganisation, Kind::kPlace,
            Kind::kDemonymNoun, Kind::kDemonymAdj, Kind::kAnaphor});
    // "le président de la République de Chine": a state's name that starts
    // inside a title and runs past it is the complement of a shorter title
    // ("président" + "République de Chine", Taiwan), not "président de la
    // République" + "Chine".
    if (head.entry && head.entry->kind == Kind::kTitle && head.len > 2) {
      const size_t title_end = head_at + head.len;
      for (size_t k = head_at + 1; k + 1 < title_end; ++k) {
        if (!Has(kGComplement, k)) continue;
        size_t s = SkipDeterminers(k + 1);
        if (s >= title_end) continue;
        Match st = At(s, {Kind::kState});
        if (!st.entry || s + st.len <= title_end) continue;
        if (Match shorter = TitleBefore(head_at, k); shorter.entry) {
          head = shorter;
        }
        break;
      }
    }
    if (!head.entry) {
      // Any noun + demonym + person name is an apposition naming the person
      // (son allié turc Recep Tayyip Erdogan).
      // (A demonym is a name: none starts after the noun, no reading read.)
      // One plain adjective may come between ("une frappe aérienne
      // israélienne").
      size_t dem_at = head_at + 1;
      if (lk_.grammar.demonym_after && dem_at + 1 < toks_->size() &&
          ts_[dem_at].name_len == 0 && ts_[dem_at + 1].name_len > 0 &&
          !ts_[dem_at].upper && (*toks_)[dem_at].pos() == Pos::kAdj) {
        ++dem_at;
      }
      if (dem_at < toks_->size() && ts_[dem_at].name_len > 0 &&
          (*toks_)[head_at].pos() == Pos::kNoun) {
        if (auto dem = Demonym(dem_at, false)) {
          if (Match pm = PersonAt(dem->end); pm.entry) {
            Resolved r;
            if (reasons_)
              r.why = "apposition '" + Words(head_at, dem->end) + "' + name";
            ResolvePerson(pm.entry->index, &r);
            Emit(begin, dem->end + pm.len, std::move(r),
                 ActorMention::Kind::kPerson, false);
            return dem->end + pm.len;
          }
          // "des positions kurdes", "les villages syriens": something of
          // that country, with no sector.
          Resolved r;
          r.country = dem->country;
          r.has_actor = true;
          if (reasons_) r.why = "noun + " + dem->why;
          Emit(begin, dem->end, std::move(r), ActorMention::Kind::kGroup,
               (*toks_)[head_at].chosen() &&
                   (*toks_)[head_at].chosen()->HasTag("pl"));
          return dem->end;
        }
      }
      return i + 1;
    }
    const NameEntry& e = *head.entry;
    size_t end = head_at + head.len;
    Resolved r;

    switch (e.kind) {
      case Kind::kPerson: {
        // A lower-case homograph is no name; a variant that starts with a
        // title ("la reine Élisabeth", "le roi Philippe") is.
        if (!AnyUpper(head_at, end)) return i + 1;
        if (reasons_) r.why = "name '" + Words(head_at, end) + "'";
        ResolvePerson(e.index, &r);
        Emit(begin, end, std::move(r), ActorMention::Kind::kPerson, false);
        return end;
      }
      case Kind::kState:
      case Kind::kMetonym: {
        // A lower-case word is a homograph ("hexagone"); a phrase of several
        // words is a name however written ("le royaume chérifien").
        if (!ts_[head_at].upper && head.len < 2) return i + 1;
        const StateInfo& st = k_.states[e.index];
        r.country = st.alpha3;
        r.sector = e.kind == Kind::kMetonym ? e.sector : "GOV";
        r.name = st.name_en;
        r.has_actor = true;
        if (reasons_)
          r.why = std::string(e.kind == Kind::kMetonym ? "metonym" : "state") +
                  " '" + Words(head_at, end) + "'";
        Emit(begin, end, std::move(r),
             e.kind == Kind::kMetonym ? ActorMention::Kind::kMetonym
                                      : ActorMention::Kind::kState,
             false);
        if (k_.gazetteer) {
          // The country (or the capital) as a place, for "in Syria", "à
          // Moscou" as an event's location.
          // (A state's is found once, in Create: state_places_.)
          if (e.kind == Kind::kState) {
            out_->back().place = (*state_places_)[e.index];
          } else {
            for (const Place* pl :
                 k_.gazetteer->Lookup(Fold(Words(head_at, end)))) {
              if (pl->country == st.alpha3 && pl->kind == Place::Kind::kCity) {
                out_->back().place = pl;
                break;
              }
            }
          }
        }
        return end;
      }
      case Kind::kOrganisation: {
        const OrgInfo& o = k_.orgs[e.index];
        r.org = o.country.empty() ? o.key : "";
        r.country = o.country;
        r.sector = o.Sector(date_);
        r.name = o.name_en;
        r.id = o.key;
        r.cameo_base = o.party ? o.country + r.sector : o.cameo;
        r.has_actor = true;
        if (reasons_) r.why = "organisation '" + Words(head_at, end) + "'";
        Emit(begin, end, std::move(r), ActorMention::Kind::kOrganisation,
             false);
        return end;
      }
      case Kind::kDemonymNoun:
      case Kind::kDemonymAdj: {
        // English adjectives are capitalised: "Ukrainian positions" is
        // something of that country, "Ukrainian" alone no actor.
        const bool noun_next =
            end < toks_->size() && (*toks_)[end].pos() == Pos::kNoun;
        if (lk_.grammar.demonym_before &&
            (noun_next || e.kind == Kind::kDemonymAdj)) {
          if (!noun_next) return i + 1;
          r.country = k_.states[e.index].alpha3;
          r.has_actor = true;
          if (reasons_) r.why = "demonym '" + Words(head_at, end) + "' + noun";
          // A compound's head is its last noun ("an Israeli air strike").
          size_t last = end;
          while (last + 1 < toks_->size() && last < end + 2 &&
                 (*toks_)[last + 1].pos() == Pos::kNoun &&
                 !ts_[last + 1].upper) {
            ++last;
          }
          Emit(
              begin, last + 1, std::move(r), ActorMention::Kind::kGroup,
              (*toks_)[last].chosen() && (*toks_)[last].chosen()->HasTag("pl"));
          return last + 1;
        }
        // "les Turcs", "the Russians": a group of that state.
        if (!ts_[head_at].upper || pre) return i + 1;
        r.country = k_.states[e.index].alpha3;
        r.name = k_.states[e.index].name_en;
        r.has_actor = true;
        if (reasons_) r.why = "demonym noun '" + Words(head_at, end) + "'";
        Emit(begin, end, std::move(r), ActorMention::Kind::kGroup, true);
        return end;
      }
      case Kind::kAnaphor:
        return ResolveAnaphor(begin, head_at, end, lk_.anaphors[e.index]);
      case Kind::kPlace: {
        if (!PlausiblePlace(head_at, end, e.index)) return i + 1;
        const Place& pl = ChoosePlace(head_at, end, e.index);
        r.country = pl.country;
        r.name = pl.name;
        r.has_actor = true;
        if (reasons_)
          r.why = "place '" + Words(head_at, end) + "' (" +
                  std::string(PlaceKindName(pl.kind)) + " of " + pl.country +
                  ")";
        Emit(begin, end, std::move(r), ActorMention::Kind::kPlace, false);
        out_->back().place = &pl;
        return end;
      }
      case Kind::kTitle:
      case Kind::kAgent:
      case Kind::kEpithet:
        break;
    }

    // HEAD [demonym] [complement] [name]
    std::optional<Qualifier> q = pre;
    if (!q && lk_.grammar.demonym_after && !IsAnti(end)) {
      // ("des manifestants anti-français" are not French.)
      q = Demonym(end, true);
      // One plain adjective may come between ("l'institut culturel
      // allemand", "le ministre délégué français").
      if (!q && end + 1 < toks_->size() && !ts_[end].upper &&
          ((*toks_)[end].pos() == Pos::kAdj || IsQuote(end))) {
        // (or a closing quotation mark: "« gilets jaunes » belges")
        q = Demonym(end + 1, false);
      }
      if (q) end = q->end;
    }
    if (!q || q->country.empty()) {
      if (auto c = Complement(end, 0)) {
        end = c->end;
        if (!q) q = c;
      }
    }
    // (The head's words only go into reasons.)
    const std::string head_words =
        reasons_ ? Words(head_at, head_at + head.len) : std::string();
    // Apposition: a person's name right after the chunk names the person.
    if (Match pm = PersonAt(end); pm.entry && e.kind != Kind::kAgent) {
      if (reasons_) r.why = "'" + head_words + "' + name";
      ResolvePerson(pm.entry->index, &r);
      // With no document date the person's latest role is a guess; the
      // title the text gives says which one ("le premier ministre Charles
      // Michel" is Belgium's prime minister, not the later EU president).
      if (!date_ && e.kind == Kind::kTitle) {
        const TitleInfo& t = lk_.titles[e.index];
        const RoleInfo* best = nullptr;
        for (const RoleInfo& ro : k_.people[pm.entry->index].roles) {
          if (!t.Names(ro)) continue;
          if (q && !q->country.empty() && ro.country != q->country) continue;
          if (!t.country.empty() && ro.country != t.country) continue;
          if (!best || ro.start > best->start) best = &ro;
        }
        if (best) {
          r.country = best->country;
          r.org = best->org;
          r.sector = best->sector;
          if (reasons_) r.why += "; the role the title names";
        }
      }
      // Out of office on the date, a person the text presents as a group's
      // leader belongs to that group ("Tory leader Michael Howard" OPP).
      if (q && !q->sector.empty() && !k_.RoleOn(pm.entry->index, date_)) {
        r.country = q->country;
        r.org.clear();
        r.sector = q->sector;
        if (reasons_) r.why += "; of " + q->why + " (" + q->sector + ")";
      }
      Emit(begin, end + pm.len, std::move(r), ActorMention::Kind::kPerson,
           false);
      return end + pm.len;
    }
    const NameEntry* agent_entry = e.kind == Kind::kAgent ? &e : nullptr;
    if (e.kind == Kind::kEpithet) {
      // le milliardaire américain → the latest person of that country; with
      // none, the word may still be an agent noun.
      const ActorMention* ante =
          q && !q->country.empty() ? LatestPerson(q->country) : nullptr;
      if (ante) {
        Emit(begin, end,
             FromMention(*ante, reasons_ ? "epithet '" + Words(head_at, end) +
                                               "' → " + ante->actor.name
                                         : std::string()),
             ActorMention::Kind::kEpithet, false);
        return end;
      }
      agent_entry = At(head_at, {Kind::kAgent}).entry;
      if (!agent_entry) {
        // "his Spanish counterpart" with no Spanish person named before: the
        // country, with the sector the epithet implies.
        const std::string& sector = lk_.epithets[e.index].sector;
        if (!q || q->country.empty() || sector.empty()) return end;
        r.country = q->country;
        r.sector = sector;
        r.has_actor = true;
        if (reasons_)
          r.why = "epithet '" + Words(head_at, end) + "' (" + sector +
                  "), no earlier person of " + q->country;
        Emit(begin, end, std::move(r), ActorMention::Kind::kEpithet, false);
        return end;
      }
    }
    if (e.kind == Kind::kTitle) {
      const TitleInfo& t = lk_.titles[e.index];
      std::string country = !t.country.empty() ? t.country
                            : q                ? q->country
                                               : "";
      std::string org = q ? q->org : "";
      if (reasons_)
        r.why = "title '" + head_words + "'" + (q ? " + " + q->why : "");
      const RoleInfo* role = nullptr;
      // "les dirigeants turcs": a plural title is the state's officials,
      // not one holder.
      const Reading* hr = (*toks_)[head_at + head.len - 1].chosen();
      const bool plural = hr && hr->HasTag("pl");
      int32_t p = -1;
      const bool whose = !country.empty() || !org.empty();
      for (size_t ki = 0; p < 0 && whose && !plural && ki < t.keys.size();
           ++ki) {
        p = k_.Holder(country, org, t.match, t.keys[ki], date_, &role);
      }
      if (p >= 0) {
        if (reasons_) r.why += " → holder on the document date";
        ResolvePerson(p, &r);
        Emit(begin, end, std::move(r), ActorMention::Kind::kTitle, false);
        return end;
      }
      if (country.empty() && org.empty()) {
        // "le président", "the prime minister" alone: the latest person of
        // the document holding that office or title.
        const ActorMention* ante = plural ? nullptr : LatestHolder(t);
        if (!ante) return end;
        Emit(begin, end,
             FromMention(*ante, reasons_ ? "title '" + head_words + "' → " +
                                               ante->actor.name
                                         : std::string()),
             ActorMention::Kind::kTitle, false);
        return end;
      }
      r.country = country;
      r.org = country.empty() ? org : "";
      r.sector = (t.key == "chief_of_staff_military" || t.key == "general")
                     ? "MIL"
                     : "GOV";
      r.has_actor = true;
      if (reasons_)
        r.why += plural  ? " (plural: officials)"
                 : date_ ? " (no holder on record for that date)"
                         : " (no date)";
      Emit(begin, end, std::move(r), ActorMention::Kind::kTitle, plural);
      return end;
    }
    // Agent. A one-word agent read as an adjective before a noun is that
    // noun's modifier ("military aid", "aide humanitaire"), not an actor.
    if (head.len == 1 && !pre && head_at + 1 < toks_->size()) {
      const Reading* hr = (*toks_)[head_at].chosen();
      const Reading* nr = (*toks_)[head_at + 1].chosen();
      if (hr && nr && hr->pos == Pos::kAdj && nr->pos == Pos::kNoun) {
        return i + 1;
      }
    }
    // In French the adjective follows: "l'aide militaire", "une opération
    // policière" (no determiner of its own, right after a noun).
    if (head.len == 1 && !pre && lk_.grammar.demonym_after &&
        begin == head_at && head_at > 0) {
      const Reading* hr = (*toks_)[head_at].chosen();
      const Reading* pr = (*toks_)[head_at - 1].chosen();
      if (hr && pr && hr->pos == Pos::kAdj && pr->pos == Pos::kNoun) {
        return i + 1;
      }
    }
    const AgentInfo& a = lk_.agents[agent_entry->index];
    r.sector = a.sector;
    r.has_actor = true;
    if (reasons_) r.why = "agent '" + head_words + "' (" + a.sector + ")";
    if (q) {
      r.country = q->country;
      r.org = q->country.empty() ? q->org : "";
      if (reasons_) r.why += " + " + q->why;
      // Leaders, spokesmen and officials of a country-tied group belong to
      // its sector: "Hamas leader" REB, "Tory leader" OPP out of office.
      if (a.sector == "GOV" && !q->sector.empty() && q->sector != "GOV") {
        r.sector = q->sector;
        if (reasons_) r.why += " (the group's sector " + q->sector + ")";
      }
    } else if (Match pm = PersonAt(end); pm.entry) {
      // l'administration Trump: the person's country.
      Resolved pr;
      ResolvePerson(pm.entry->index, &pr);
      r.country = pr.country;
      if (reasons_) r.why += " + name '" + Words(end, end + pm.len) + "'";
      end += pm.len;
    } else if (size_t n = UnknownNameAt(end); n > 0) {
      // "aid worker Margaret Hassan", "le militant Jean Dupont": a person
      // the dictionaries do not know, named after the role noun.
      if (reasons_) r.why += " + name '" + Words(end, end + n) + "'";
      end += n;
    }
    // "les gilets jaunes": a movement of one country, unless the text says
    // otherwise ("les gilets jaunes belges", or the sentence is set in
    // another country's place): settled with the sentence's country.
    if (r.country.empty() && r.org.empty() && !a.home.empty()) {
      homes_.emplace_back(out_->size(), &a.home);
    }
    bool plural =
        (*toks_)[head_at].chosen() && (*toks_)[head_at].chosen()->HasTag("pl");
    Emit(begin, end, std::move(r), ActorMention::Kind::kAgent, plural);
    return end;
  }

  size_t ResolveAnaphor(size_t begin, size_t at, size_t end,
                        const AnaphorInfo& a) {
    if (Is(a.not_before, end)) return end;  // "il y a", "il faut"
    const ActorMention* ante = nullptr;
    for (auto it = out_->rbegin(); it != out_->rend() - doc_first_; ++it) {
      bool person = it->kind == ActorMention::Kind::kPerson ||
                    it->kind == ActorMention::Kind::kTitle ||
                    it->kind == ActorMention::Kind::kEpithet ||
                    it->kind == ActorMention::Kind::kPronoun;
      bool institution = it->kind == ActorMention::Kind::kOrganisation ||
                         it->kind == ActorMention::Kind::kState ||
                         it->kind == ActorMention::Kind::kMetonym;
      if (a.institution ? institution
          : a.plural    ? it->plural  // a group, officials, "ils"
                        : (person && !it->plural)) {
        ante = &*it;
        break;
      }
    }
    if (!ante) return end;
    Emit(begin, end,
         FromMention(*ante, reasons_ ? "anaphor '" + Words(at, end) + "' → " +
                                           ante->actor.text
                                     : std::string()),
         ActorMention::Kind::kPronoun, a.plural);
    return end;
  }

  // A place name must be capitalised, and a one-word name that is also an
  // ordinary word of the language ("Nice" in English, "Mobile") only counts
  // for a large place.
  // Among the places a name can be, the one the document is about: in a
  // first-level subdivision the document names ("Paris, Texas"), else in a
  // state it names, else the gazetteer's first (countries, then the most
  // populous).
  const Place& ChoosePlace(size_t b, size_t e, int32_t index) const {
    const Place* best = k_.places[index];
    if (!k_.gazetteer || !doc_admin1_) return *best;
    // (With no subdivision nor state named, every place scores 0.)
    if (doc_admin1_->empty() && doc_states_.empty()) return *best;
    const auto& candidates = k_.gazetteer->Lookup(Fold(Words(b, e)));
    if (candidates.size() < 2) return *best;
    auto score = [&](const Place* pl) {
      int sc = 0;
      // (A city in a named subdivision; a subdivision does not vote for
      // itself.)
      if (pl->kind == Place::Kind::kCity && !pl->admin1.empty() &&
          !doc_admin1_->empty() &&
          std::find(doc_admin1_->begin(), doc_admin1_->end(),
                    Admin1Key(pl->admin1)) != doc_admin1_->end()) {
        sc += 2;
      }
      for (int32_t st : doc_states_) {
        if (k_.states[st].alpha3 == pl->country) {
          sc += 1;
          break;
        }
      }
      return sc;
    };
    int best_score = score(best);
    for (const Place* pl : candidates) {
      if (pl->kind == Place::Kind::kCountry) continue;
      int sc = score(pl);
      if (sc > best_score) {
        best = pl;
        best_score = sc;
      }
    }
    return *best;
  }

  bool PlausiblePlace(size_t b, size_t e, int32_t index) const {
    // A name is capitalised, or a phrase with a capitalised name in it
    // ("bande de Gaza", "vallée de la Bekaa").
    if (!AnyUpper(b, e)) return false;
    // After a first name ("Margaret Hassan"), a place name is a surname.
    if (b > 0) {
      const Reading* prev = (*toks_)[b - 1].chosen();
      if (prev && prev->HasTag("ant")) return false;
    }
    // Before a capitalised name the dictionary does not know ("Jawad
    // Bendaoud"), a small town's name is a first name.
    if (e - b == 1 && e < toks_->size() && ts_[e].upper &&
        k_.places[index]->population < 1000000) {
      const FormAnalysis* next = (*toks_)[e].analysis;
      if (next && !next->known) return false;
    }
    const Place& pl = *k_.places[index];
    // A first name before a capitalised word is a person's ("Clare Short",
    // not County Clare).
    if (e - b == 1 && e < toks_->size() && ts_[e].upper &&
        pl.population < 1000000 && pl.kind != Place::Kind::kCountry) {
      const Reading* r = (*toks_)[b].chosen();
      if (r && r->HasTag("ant")) return false;
    }
    // (Subdivisions too: "Manche", "Somme", "Centre", "Nord" are words.)
    if (e - b == 1 && pl.population < 1000000 &&
        pl.kind != Place::Kind::kCountry) {
      const FormAnalysis* a = (*toks_)[b].analysis;
      if (a && a->known) {
        for (const Reading& r : a->readings) {
          if (r.pos != Pos::kPropn) return false;
        }
      }
    }
    return true;
  }

  // The person a surname names ("Mr Straw"; "George Bush" with
  // `first_name`). Several people share it: the one in office on the
  // document's date; with none in office (or no date), when all are of one
  // state, the one whose latest role (before the date) began last ("Mr
  // Bush" in 2004 is George W. Bush; "Mr Clarke" one of two British
  // ministers): their state is sure, the person likely. People of several
  // states stay ambiguous.
  int32_t BySurname(std::string_view folded,
                    std::string_view first_name = {}) const {
    auto it = k_.surnames.find(std::string(folded));
    if (it == k_.surnames.end()) return -1;
    std::vector<int32_t> people;
    for (int32_t p : it->second) {
      if (!first_name.empty()) {
        const std::string& name = k_.people[p].name;
        if (Fold(name.substr(0, name.find(' '))) != first_name) continue;
      }
      people.push_back(p);
    }
    if (people.empty()) return -1;
    if (people.size() == 1) return people[0];
    int32_t found = -1;
    for (int32_t p : people) {
      if (date_ && k_.RoleOn(p, date_)) {
        if (found >= 0) return -1;  // two in office: ambiguous
        found = p;
      }
    }
    if (found >= 0) return found;
    std::string country;
    int32_t latest = -1, latest_start = -1;
    for (int32_t p : people) {
      for (const RoleInfo& r : k_.people[p].roles) {
        if (r.country.empty() || r.country == "-") return -1;
        if (country.empty()) country = r.country;
        if (r.country != country) return -1;  // of several states
        if (date_ && r.start > date_) continue;
        if (r.start > latest_start) {
          latest_start = r.start;
          latest = p;
        }
      }
    }
    return latest;
  }

  // The latest person mention of the document whose role (on the date, or
  // the latest on record) is the office or title `t` names.
  const ActorMention* LatestHolder(const TitleInfo& t) const {
    for (auto it = out_->rbegin(); it != out_->rend() - doc_first_; ++it) {
      if (it->actor.id.empty() || (it->kind != ActorMention::Kind::kPerson &&
                                   it->kind != ActorMention::Kind::kTitle)) {
        continue;
      }
      auto p = k_.person_index.find(it->actor.id);
      if (p == k_.person_index.end()) continue;
      const RoleInfo* role = k_.RoleOn(p->second, date_);
      if (role && t.Names(*role)) {
        return &*it;
      }
    }
    return nullptr;
  }

  // The length of a person's name at `i` that no dictionary knows: a
  // first name (tagged as one) and one or two capitalised words, or 0.
  size_t UnknownNameAt(size_t i) const {
    const auto& t = *toks_;
    if (i + 1 >= t.size() || !ts_[i].upper || !ts_[i + 1].upper) return 0;
    const Reading* first = t[i].chosen();
    if (!first || !first->HasTag("ant")) return 0;
    size_t n = 2;
    if (i + 2 < t.size() && ts_[i + 2].upper && t[i + 2].chosen() &&
        t[i + 2].chosen()->pos == Pos::kPropn) {
      n = 3;
    }
    for (size_t k = i + 1; k < i + n; ++k) {
      const Reading* r = t[k].chosen();
      if (!r || (r->pos != Pos::kPropn && r->pos != Pos::kNoun &&
                 r->pos != Pos::kX && r->pos != Pos::kAdj)) {
        return 0;
      }
    }
    return n;
  }

  const ActorMention* LatestPerson(const std::string& country) const {
    for (auto it = out_->rbegin(); it != out_->rend() - doc_first_; ++it) {
      if ((it->kind == ActorMention::Kind::kPerson ||
           it->kind == ActorMention::Kind::kTitle) &&
          it->actor.country == country && !it->actor.id.empty()) {
        return &*it;
      }
    }
    return nullptr;
  }

  Resolved FromMention(const ActorMention& m, std::string why) const {
    Resolved r;
    r.country = m.actor.country;
    r.org = m.actor.org;
    r.sector = m.actor.sector;
    r.name = m.actor.name;
    r.id = m.actor.id;
    r.has_actor = true;
    if (reasons_) r.why = std::move(why);
    return r;
  }

  // (Built in place from `r`'s strings: no copy of the mention.)
  void Emit(size_t b, size_t e, Resolved&& r, ActorMention::Kind kind,
            bool plural) {
    if (!r.has_actor || e <= b) return;
    const auto& t = *toks_;
    ActorMention& m = out_->emplace_back();
    m.sentence = sentence_;
    m.first_token = static_cast<uint32_t>(b);
    m.end_token = static_cast<uint32_t>(e);
    m.kind = kind;
    m.plural = plural;
    m.why = std::move(r.why);
    Actor& a = m.actor;
    a.span = {t[b].begin, t[e - 1].end};
    a.text.assign(text_.substr(a.span.begin, a.span.end - a.span.begin));
    a.country = std::move(r.country);
    a.org = std::move(r.org);
    a.sector = std::move(r.sector);
    a.id = std::move(r.id);
    // The name and code the dictionary gave, else from country and sector.
    const StateInfo* st = r.name.empty() || r.cameo_base.empty()
                              ? StateOf(k_, a.country)
                              : nullptr;
    if (r.name.empty()) {
      NameOnly(st, &a);
    } else {
      a.name = std::move(r.name);
    }
    if (r.cameo_base.empty()) {
      CameoOnly(k_, st, &a);
    } else {
      a.cameo = std::move(r.cameo_base);
    }
  }

  const ActorKnowledge& k_;
  const LangKnowledge& lk_;
  const AnalyzedDocument& doc_;
  std::string_view text_;
  int32_t date_;
  std::vector<ActorMention>* out_;
  const std::vector<int32_t>& doc_states_;
  const std::vector<std::string>* doc_admin1_ = nullptr;
  const std::vector<const Place*>* state_places_ = nullptr;
  int sentence_ = 0;
  const std::vector<Token>* toks_ = nullptr;
  size_t n_ = 0;     // the sentence's tokens
  size_t base_ = 0;  // the document index of its first token
  // Its tokens' states, in dt_ (mutable: see TypoCandidates).
  TokenState* ts_ = nullptr;
  // Per token of the sentence, in the thread's ResolveScratch (references:
  // filled on demand by const methods).
  std::vector<std::string_view>& lemmas_;  // see FillLemmas
  std::vector<uint8_t>& done_;             // Done bits
  std::vector<LemmaMatch>& lemma_match_;   // see At
  DocTokens* dt_ = nullptr;
  uint16_t owner_ = 0;  // StageMemo owner id of the resolver
  // The document's first mention in *out_ (Resolve appends to what the
  // caller had): antecedents are looked for from there on only.
  std::ptrdiff_t doc_first_ = 0;
  bool reasons_ = true;  // build ActorMention::why
  // This sentence's agents of a one-country movement without a country
  // yet: (mention index in *out_, the movement's country).
  std::vector<std::pair<size_t, const std::string*>> homes_;

 public:
  // The folded forms and the names-trie matches of every token, computed
  // once per document.
  void set_doc_tokens(DocTokens* dt, uint16_t owner) {
    dt_ = dt;
    owner_ = owner;
  }
  void set_reasons(bool reasons) { reasons_ = reasons; }
  // Each state's place of kind country, or null (StatePlace).
  void set_state_places(const std::vector<const Place*>* places) {
    state_places_ = places;
  }
  void set_doc_first(size_t first) {
    doc_first_ = static_cast<std::ptrdiff_t>(first);
  }
  // The first-level subdivisions the document names (Admin1Key form).
  void set_doc_admin1(const std::vector<std::string>* admin1) {
    doc_admin1_ = admin1;
  }
};

}  // namespace

struct ActorResolver::Impl {
  std::unique_ptr<ActorKnowledge> knowledge;
  // By state index: the gazetteer's place of kind country for the state (a
  // state's mention is also that place), or null.
  std::vector<const Place*> state_places;
  uint16_t memo_owner = NewStageMemoOwner();
};

ActorResolver::ActorResolver(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
ActorResolver::~ActorResolver() = default;

Result<std::unique_ptr<ActorResolver>> ActorResolver::Create(
    const ActorOptions& options, const Analyzer& analyzer) {
  auto k = ActorKnowledge::Load(options.data_dir, options.user_dirs, analyzer,
                                options.places, options.load_threads,
                                options.gazetteer);
  if (!k.ok()) return k.status();
  auto impl = std::make_unique<Impl>();
  impl->knowledge = std::move(k).value();
  ActorKnowledge& ak = *impl->knowledge;
  if (ak.gazetteer) {
    for (const StateInfo& st : ak.states) {
      const Place* place = nullptr;
      for (const Place* pl : ak.gazetteer->Lookup(Fold(st.name_en))) {
        if (pl->country == st.alpha3 && pl->kind == Place::Kind::kCountry) {
          place = pl;
          break;
        }
      }
      impl->state_places.push_back(place);
    }
  }
  // The names whose mentions are the document's context (DocStateOrAdmin1):
  // Resolve reads the values of these keys only.
  for (LangKnowledge& lk : ak.langs) {
    lk.names.Mark([&](const std::vector<int32_t>& values) {
      for (int32_t v : values) {
        if (DocStateOrAdmin1(ak, lk.entries[v])) return true;
      }
      return false;
    });
  }
  return std::unique_ptr<ActorResolver>(new ActorResolver(std::move(impl)));
}

void ActorResolver::AssignCountry(const std::string& alpha3,
                                  Actor* actor) const {
  actor->country = alpha3;
  NameFromCountry(*impl_->knowledge, actor);
}

ActorResolver::Stats ActorResolver::stats() const {
  const ActorKnowledge& k = *impl_->knowledge;
  Stats s;
  s.states = k.states.size();
  s.people = k.people.size();
  s.roles = k.role_count;
  s.organisations = k.orgs.size();
  for (const auto& l : k.langs) {
    s.agents += l.agents.size();
    s.names += l.names.size() + l.lemmas.size();
  }
  return s;
}

Status ActorResolver::Resolve(const AnalyzedDocument& doc,
                              std::vector<ActorMention>* out,
                              bool reasons) const {
  const ActorKnowledge& k = *impl_->knowledge;
  const LangKnowledge* lk = k.lang(doc.lang);
  if (lk == nullptr) {
    return Status::InvalidArgument("no actor dictionaries for language '" +
                                   doc.lang + "'");
  }
  const size_t first_mention = out->size();  // Resolve appends
  const int32_t date = DateNumber(doc.doc->date);
  // States the document names exactly (names, metonyms, demonyms): the
  // context that supports a typo correction elsewhere.
  ResolveScratch& scratch = ThreadScratch();
  std::vector<int32_t>& doc_states = scratch.doc_states;
  std::vector<std::string>& doc_admin1 = scratch.doc_admin1;
  doc_states.clear();
  doc_admin1.clear();
  // Per token of the whole document (sentence by sentence, `start` gives
  // each sentence's first): form memo, capital, names-trie match.
  DocTokens& dt = scratch.dt;
  const uint16_t owner = impl_->memo_owner;
  const std::string_view text = doc.doc->text;
  dt.owned.clear();
  size_t total = 0;
  for (const Sentence& s : doc.sentences) total += s.tokens.size();
  dt.tokens.resize(total);
  dt.start.clear();
  dt.start.reserve(doc.sentences.size() + 1);
  size_t base = 0;
  for (const Sentence& s : doc.sentences) {
    dt.start.push_back(base);
    const size_t n = s.tokens.size();
    TokenState* ts = dt.tokens.data() + base;
    for (size_t i = 0; i < n; ++i) {
      const Token& t = s.tokens[i];
      TokenState& st = ts[i];
      // The memos are scattered over the morphology's cache: one miss per
      // token, the larger part of this loop. Ask for a later token's early.
      if (i + 8 < n && s.tokens[i + 8].analysis != nullptr) {
        __builtin_prefetch(&s.tokens[i + 8].analysis->memo);
      }
      // (ASCII inline: most words; StartsUpper for the others.)
      std::string_view w = t.Text(text);
      // A hashtag names what its word names ("#Israel", "#Gaza"): its
      // folded form is the word's (owned), not its analysis's.
      const bool hashtag = w.size() > 1 && w[0] == '#';
      if (hashtag) w.remove_prefix(1);
      const unsigned char c0 = w.empty() ? 0 : w[0];
      st.upper = c0 < 0x80 ? (c0 >= 'A' && c0 <= 'Z') : StartsUpper(w);
      st.name_len = 0;
      st.owned = 0;
      // Looked up once per distinct form, then read from its memo (which
      // is only set for a non-empty folded form: a hit reads nothing else
      // of the FormAnalysis).
      const FormAnalysis* a = t.analysis;
      if (!hashtag && a && a->memo.Get(owner, &st.form)) continue;
      if (!hashtag && a && !a->folded_form.empty()) {
        st.form = FormMemoValue(*lk, a->folded_form, a);
        a->memo.Set(owner, st.form);
      } else {
        st.owned = 1;
        const std::string& f = dt.owned.emplace_back(base + i, Fold(w)).second;
        st.form = FormMemoValue(*lk, f, nullptr);
      }
    }
    for (size_t i = 0; i < n; ++i) {
      const uint32_t first = static_cast<uint32_t>(ts[i].form);
      if (first == 0) continue;
      uint8_t bits = 0;
      uint32_t node = 0;
      const size_t len = lk->names.LongestNode(
          first - 1, i, n,
          [&](size_t k) { return dt.Form(s.tokens[k], base + k); },
          [&](size_t k) { return (ts[k].form & kNameInner) != 0; }, &node,
          &bits);
      ts[i].name_len = static_cast<uint16_t>(len);
      ts[i].name_node = node;
      // (Only marked keys name a state or a subdivision: see Create.)
      if (len == 0 || !(bits & TokenTrie::kMarked)) continue;
      for (int32_t v : lk->names.Values(node)) {
        const LangKnowledge::BriefEntry& e = lk->brief[v];
        if (e.kind == Kind::kState || e.kind == Kind::kMetonym ||
            e.kind == Kind::kDemonymAdj || e.kind == Kind::kDemonymNoun) {
          doc_states.push_back(e.index);
        } else if (e.kind == Kind::kPlace &&
                   k.places[e.index]->kind == Place::Kind::kAdmin1) {
          doc_admin1.push_back(Admin1Key(k.places[e.index]->admin1));
        }
      }
    }
    base += n;
  }
  dt.start.push_back(base);
  // (Each mention of a state adds it again; the readers ask only whether a
  // state or subdivision is named, for every homonymous place and typo
  // candidate: once each is enough.)
  std::sort(doc_states.begin(), doc_states.end());
  doc_states.erase(std::unique(doc_states.begin(), doc_states.end()),
                   doc_states.end());
  std::sort(doc_admin1.begin(), doc_admin1.end());
  doc_admin1.erase(std::unique(doc_admin1.begin(), doc_admin1.end()),
                   doc_admin1.end());
  SentenceResolver sr(k, *lk, doc, date, out, doc_states, &scratch);
  sr.set_doc_tokens(&dt, owner);
  sr.set_reasons(reasons);
  sr.set_state_places(&impl_->state_places);
  sr.set_doc_first(first_mention);
  sr.set_doc_admin1(&doc_admin1);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    sr.Run(static_cast<int>(i));
  }
  sr.InheritDocumentCountry(first_mention);
  return Status::Ok();
}

}  // namespace dyad
