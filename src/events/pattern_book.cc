#include "events/pattern_book.h"

#include <algorithm>
#include <cstring>

#include "base/fold.h"
#include "base/tsv.h"

namespace dyad {

namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (auto w : SplitList(s, ' ')) out.push_back(Fold(w));
  return out;
}

// The clause_words.tsv name of each ClauseWord.
constexpr std::pair<std::string_view, ClauseWord> kClauseWordNames[] = {
    {"agent", ClauseWord::kAgent},
    {"attack_only_verb", ClauseWord::kAttackOnlyVerb},
    {"complementizer", ClauseWord::kComplementizer},
    {"conditional_aux", ClauseWord::kConditionalAux},
    {"coordinator", ClauseWord::kCoordinator},
    {"copula", ClauseWord::kCopula},
    {"death_phrase", ClauseWord::kDeathPhrase},
    {"demonstrative_of", ClauseWord::kDemonstrativeOf},
    {"denial_verb", ClauseWord::kDenialVerb},
    {"expected", ClauseWord::kExpected},
    {"first_person", ClauseWord::kFirstPerson},
    {"future_aux", ClauseWord::kFutureAux},
    {"group_filler", ClauseWord::kGroupFiller},
    {"instead", ClauseWord::kInstead},
    {"instigation", ClauseWord::kInstigation},
    {"intent_adjective", ClauseWord::kIntentAdjective},
    {"intent_noun", ClauseWord::kIntentNoun},
    {"kill", ClauseWord::kKill},
    {"locative", ClauseWord::kLocative},
    {"named_after_place", ClauseWord::kNamedAfterPlace},
    {"negating_verb", ClauseWord::kNegatingVerb},
    {"negation", ClauseWord::kNegation},
    {"object_link", ClauseWord::kObjectLink},
    {"official_sector", ClauseWord::kOfficialSector},
    {"passive_aux", ClauseWord::kPassiveAux},
    {"perfect_aux", ClauseWord::kPerfectAux},
    {"plan_noun", ClauseWord::kPlanNoun},
    {"plan_verb", ClauseWord::kPlanVerb},
    {"predicative_prep", ClauseWord::kPredicativePrep},
    {"quantity", ClauseWord::kQuantity},
    {"relative_subject", ClauseWord::kRelativeSubject},
    {"scheduled_aux", ClauseWord::kScheduledAux},
    {"speech", ClauseWord::kSpeech},
    {"strike_verb", ClauseWord::kStrikeVerb},
    {"subordinator", ClauseWord::kSubordinator},
    {"time_noun", ClauseWord::kTimeNoun},
    {"unaccusative", ClauseWord::kUnaccusative},
    {"verb_idiom", ClauseWord::kVerbIdiom},
    {"verbal_attack", ClauseWord::kVerbalAttack},
};

bool ValidCode(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

}  // namespace

Status PatternBook::LoadPatterns(const std::string& path,
                                 const std::string& lang,
                                 const std::string& kind, PatternMap* out) {
  std::unordered_map<std::string, int> per_lemma;
  return ReadTsv(path, [&](int64_t, const auto& f) {
    if (f.size() < 3) {
      return Status::InvalidArgument(
          "expected lemma <TAB> pattern <TAB> cameo [<TAB> example]; see "
          "docs/PATTERNS.md");
    }
    Pattern p;
    p.key = Words(f[0]);
    if (p.key.empty()) return Status::InvalidArgument("empty lemma");
    if (!ValidCode(f[2])) {
      return Status::InvalidArgument("'" + std::string(f[2]) +
                                     "' is not a CAMEO code (2 to 4 digits)");
    }
    p.cameo = std::string(f[2]);
    bool seen_self = false;
    for (auto el : SplitList(f[1], ' ')) {
      PatternElement e{PatternElement::Kind::kWord, {}, {}};
      if (el == "*") {
        if (seen_self) return Status::InvalidArgument("two '*' in a pattern");
        seen_self = true;
        continue;
      } else if (el == "$") {
        e.kind = PatternElement::Kind::kSource;
        p.has_source = true;
      } else if (el == "+") {
        e.kind = PatternElement::Kind::kTarget;
        p.has_target = true;
        if (seen_self && p.after.empty()) p.direct_target = true;
      } else if (el == "INF" || el.substr(0, 4) == "INF:") {
        e.kind = PatternElement::Kind::kInf;
        if (el.size() > 4) e.words.push_back(Fold(el.substr(4)));
        ++p.literals;
      } else if (el == "se" && !seen_self) {
        e.kind = PatternElement::Kind::kReflexive;
        ++p.literals;
      } else {
        for (auto w : SplitList(el, '|')) e.words.push_back(Fold(w));
        if (e.words.empty()) return Status::InvalidArgument("empty word");
        ++p.literals;
      }
      (seen_self ? p.after : p.before).push_back(std::move(e));
    }
    if (!seen_self) return Status::InvalidArgument("a pattern needs one '*'");
    std::string key;
    for (const auto& k : p.key) key += (key.empty() ? "" : " ") + k;
    p.rule = lang + "/" + kind + ":" + std::string(f[0]) + "#" +
             std::to_string(++per_lemma[key]);
    (*out)[p.key[0]].push_back(std::move(p));
    ++count_;
    return Status::Ok();
  });
}

Status PatternBook::Load(const std::string& dir, const std::string& lang,
                         bool required) {
  auto optional = [&](Status s) {
    if (!required && s.code() == StatusCode::kNotFound) return Status::Ok();
    return s;
  };
  const std::string base = dir + "/" + lang + "/";
  DYAD_RETURN_IF_ERROR(
      optional(LoadPatterns(base + "verbs.tsv", lang, "verbs", &verbs_)));
  DYAD_RETURN_IF_ERROR(
      optional(LoadPatterns(base + "nouns.tsv", lang, "nouns", &nouns_)));
  DYAD_RETURN_IF_ERROR(
      optional(ReadTsv(base + "light_verbs.tsv", [&](int64_t, const auto& f) {
        light_verbs_.insert(Fold(f[0]));
        return Status::Ok();
      })));
  DYAD_RETURN_IF_ERROR(
      optional(ReadTsv(base + "clause_words.tsv", [&](int64_t, const auto& f) {
        if (f.size() < 2) return Status::Ok();  // a kind with no words
        for (auto w : SplitList(f[1])) {
          if (f[0] == "verb_suffix") {
            size_t eq = w.find('=');
            verb_suffixes_.emplace_back(
                Fold(w.substr(0, eq)),
                eq == std::string_view::npos ? "" : Fold(w.substr(eq + 1)));
          } else if (f[0] == "number") {
            size_t eq = w.find('=');
            if (eq == std::string_view::npos) {
              return Status::InvalidArgument("number words are word=value");
            }
            numbers_[Fold(w.substr(0, eq))] =
                std::atoll(std::string(w.substr(eq + 1)).c_str());
          } else {
            auto kind = std::find_if(
                std::begin(kClauseWordNames), std::end(kClauseWordNames),
                [&](const auto& k) { return k.first == f[0]; });
            if (kind == std::end(kClauseWordNames)) {
              return Status::InvalidArgument(
                  "unknown kind '" + std::string(f[0]) +
                  "' of clause words; the kinds are listed in the file's "
                  "header");
            }
            const uint64_t bit = uint64_t{1} << static_cast<int>(kind->second);
            std::string word = Fold(w);
            // Every prefix of a multiword entry that ends before a space
            // may be the first word of an IsPair question.
            for (size_t sp = word.find(' '); sp != std::string::npos;
                 sp = word.find(' ', sp + 1)) {
              words_[word.substr(0, sp)].starts |= bit;
            }
            words_[word].is |= bit;
          }
        }
        return Status::Ok();
      })));
  return Status::Ok();
}

void PatternBook::Finish() {
  uint32_t pattern_words = 0;
  for (auto* book : {&verbs_, &nouns_}) {
    for (auto& [k, v] : *book) {
      std::stable_sort(
          v.begin(), v.end(), [](const Pattern& a, const Pattern& b) {
            return a.key.size() + a.literals > b.key.size() + b.literals;
          });
      for (Pattern& p : v) {
        for (auto* elements : {&p.before, &p.after}) {
          for (PatternElement& e : *elements) {
            if (e.kind != PatternElement::Kind::kWord) continue;
            e.ids.clear();
            for (const std::string& w : e.words) {
              uint32_t& id = words_[w].pattern_word;
              if (id == 0) id = ++pattern_words;
              e.ids.push_back(id);
            }
          }
        }
      }
    }
  }
}

const std::vector<Pattern>* PatternBook::Verb(std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? nullptr : &it->second;
}

const std::vector<Pattern>* PatternBook::Noun(std::string_view lemma) const {
  auto it = nouns_.find(lemma);
  return it == nouns_.end() ? nullptr : &it->second;
}

uint64_t WordTable::Hash(std::string_view word) {
  // (Words are short: their first and last bytes, loaded 8 or 4 at a time
  // and overlapping, then every 8 bytes between, make the hash.)
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15;
  const char* p = word.data();
  const size_t n = word.size();
  auto load8 = [](const char* at) {
    uint64_t x;
    std::memcpy(&x, at, 8);
    return x;
  };
  auto load4 = [](const char* at) {
    uint32_t x;
    std::memcpy(&x, at, 4);
    return uint64_t{x};
  };
  uint64_t a, b;
  if (n >= 8) {
    a = load8(p);
    b = load8(p + n - 8);
  } else if (n >= 4) {
    a = load4(p);
    b = load4(p + n - 4);
  } else if (n > 0) {
    a = static_cast<unsigned char>(p[0]) |
        uint64_t{static_cast<unsigned char>(p[n / 2])} << 8;
    b = static_cast<unsigned char>(p[n - 1]);
  } else {
    a = b = 0;
  }
  uint64_t h = (a ^ n) * kMul;
  for (size_t i = 8; i + 8 < n; i += 8) h = (h ^ load8(p + i)) * kMul;
  h = (h ^ (h >> 29) ^ b) * kMul;
  return h ^ (h >> 32);
}

size_t WordTable::SlotOf(std::string_view word, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.entry == 0 || (slot.hash == h && words_[slot.entry - 1] == word)) {
      return i;
    }
  }
}

void WordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.entry == 0) continue;
    slots_[SlotOf(words_[slot.entry - 1], slot.hash)] = slot;
  }
}

WordInfo& WordTable::operator[](std::string_view word) {
  if ((words_.size() + 1) * 4 > slots_.size()) Grow();
  const uint64_t h = Hash(word);
  Slot& slot = slots_[SlotOf(word, h)];
  if (slot.entry == 0) {
    words_.emplace_back(word);
    infos_.emplace_back();
    slot = {h, static_cast<uint32_t>(words_.size())};
  }
  return infos_[slot.entry - 1];
}

const WordInfo* WordTable::Find(std::string_view word) const {
  if (slots_.empty()) return nullptr;
  const Slot& slot = slots_[SlotOf(word, Hash(word))];
  return slot.entry == 0 ? nullptr : &infos_[slot.entry - 1];
}

bool PatternBook::IsPair(ClauseWord kind, std::string_view first,
                         std::string_view second) const {
  if (!Word(first).Starts(kind)) return false;
  std::string pair;
  pair.reserve(first.size() + 1 + second.size());
  pair.append(first).append(1, ' ').append(second);
  return Word(pair).Is(kind);
}

long long PatternBook::NumberWord(std::string_view lemma) const {
  auto it = numbers_.find(lemma);
  return it == numbers_.end() ? -1 : it->second;
}

}  // namespace dyad
