#include "events/pattern_book.h"

#include <algorithm>

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
    {"kill", ClauseWord::kKill},
    {"locative", ClauseWord::kLocative},
    {"named_after_place", ClauseWord::kNamedAfterPlace},
    {"negating_verb", ClauseWord::kNegatingVerb},
    {"negation", ClauseWord::kNegation},
    {"object_link", ClauseWord::kObjectLink},
    {"official_sector", ClauseWord::kOfficialSector},
    {"passive_aux", ClauseWord::kPassiveAux},
    {"perfect_aux", ClauseWord::kPerfectAux},
    {"plan_verb", ClauseWord::kPlanVerb},
    {"predicative_prep", ClauseWord::kPredicativePrep},
    {"quantity", ClauseWord::kQuantity},
    {"relative_subject", ClauseWord::kRelativeSubject},
    {"scheduled_aux", ClauseWord::kScheduledAux},
    {"speech", ClauseWord::kSpeech},
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
      PatternElement e{PatternElement::Kind::kWord, {}};
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
            if (kind == std::end(kClauseWordNames)) continue;  // not asked
            const uint64_t bit = uint64_t{1} << static_cast<int>(kind->second);
            std::string word = Fold(w);
            // Every prefix of a multiword entry that ends before a space
            // may be the first word of an IsPair question.
            for (size_t sp = word.find(' '); sp != std::string::npos;
                 sp = word.find(' ', sp + 1)) {
              words_[word.substr(0, sp)].starts |= bit;
            }
            words_[std::move(word)].is |= bit;
          }
        }
        return Status::Ok();
      })));
  return Status::Ok();
}

void PatternBook::Finish() {
  for (auto* book : {&verbs_, &nouns_}) {
    for (auto& [k, v] : *book) {
      std::stable_sort(
          v.begin(), v.end(), [](const Pattern& a, const Pattern& b) {
            return a.key.size() + a.literals > b.key.size() + b.literals;
          });
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

WordKinds PatternBook::Kinds(std::string_view word) const {
  auto it = words_.find(word);
  return it == words_.end() ? WordKinds{} : it->second;
}

bool PatternBook::IsPair(ClauseWord kind, std::string_view first,
                         std::string_view second) const {
  if (!Kinds(first).Starts(kind)) return false;
  std::string pair;
  pair.reserve(first.size() + 1 + second.size());
  pair.append(first).append(1, ' ').append(second);
  return Kinds(pair).Is(kind);
}

long long PatternBook::NumberWord(std::string_view lemma) const {
  auto it = numbers_.find(lemma);
  return it == numbers_.end() ? -1 : it->second;
}

}  // namespace dyad
