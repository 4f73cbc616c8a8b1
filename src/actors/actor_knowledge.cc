#include "actors/actor_knowledge.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <future>
#include <unordered_set>

#include "base/fold.h"
#include "base/tsv.h"
#include "dyad/morphology.h"
#include "dyad/segmenter.h"

namespace dyad {

namespace {

// "George W. Bush" → "George W Bush", "George H.W. Bush" → "George H W
// Bush": the full stop after a single capital letter dropped (a space kept
// between two initials).
std::string WithoutInitialStops(const std::string& name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    const bool initial = name[i] == '.' && i > 0 && name[i - 1] >= 'A' &&
                         name[i - 1] <= 'Z' &&
                         (i == 1 || name[i - 2] == ' ' || name[i - 2] == '.');
    if (!initial) {
      out += name[i];
    } else if (i + 1 < name.size() && name[i + 1] != ' ') {
      out += ' ';
    }
  }
  return out;
}

}  // namespace

bool ParseRoleDate(std::string_view s, bool is_end, int32_t absent,
                   int32_t* out) {
  if (s.empty() || s == "-") {
    *out = absent;
    return true;
  }
  auto digits = [](std::string_view d, int32_t* v) {
    if (d.empty()) return false;
    int32_t n = 0;
    for (char c : d) {
      if (c < '0' || c > '9') return false;
      n = n * 10 + (c - '0');
    }
    *v = n;
    return true;
  };
  int32_t y = 0, m = is_end ? 99 : 0, d = is_end ? 99 : 0;
  if (s.size() < 4 || !digits(s.substr(0, 4), &y)) return false;
  if (s.size() > 4) {
    if (s.size() < 7 || s[4] != '-' || !digits(s.substr(5, 2), &m) || m < 1 ||
        m > 12) {
      return false;
    }
    if (s.size() > 7) {
      if (s.size() != 10 || s[7] != '-' || !digits(s.substr(8, 2), &d) ||
          d < 1 || d > 31) {
        return false;
      }
    } else {
      d = is_end ? 99 : 0;
    }
  }
  *out = y * 10000 + m * 100 + d;
  return true;
}

class ActorKnowledgeLoader {
 public:
  ActorKnowledgeLoader(ActorKnowledge* k, const Analyzer& analyzer)
      : k_(k), analyzer_(analyzer) {}

  Status LoadCommon(const std::string& dir, bool required) {
    namespace fs = std::filesystem;
    DYAD_RETURN_IF_ERROR(
        Optional(LoadStates(dir + "/common/states.tsv"), required));
    DYAD_RETURN_IF_ERROR(
        Optional(LoadOrgs(dir + "/common/organisations.tsv"), required));
    DYAD_RETURN_IF_ERROR(
        Optional(LoadParties(dir + "/common/parties.tsv"), false));
    std::error_code ec;
    std::vector<std::string> people_files;
    for (const auto& e : fs::directory_iterator(dir + "/common/people", ec)) {
      if (e.path().extension() == ".tsv") people_files.push_back(e.path());
    }
    std::sort(people_files.begin(), people_files.end());
    for (const auto& f : people_files) DYAD_RETURN_IF_ERROR(LoadPeople(f));
    return Status::Ok();
  }

  Status LoadLang(const std::string& dir, LangKnowledge* lk) {
    lk_ = lk;
    seg_ = analyzer_.segmenter(lk->lang);
    morph_ = analyzer_.morphology(lk->lang);
    const std::string base = dir + "/" + lk->lang + "/";
    DYAD_RETURN_IF_ERROR(
        Optional(LoadGrammar(base + "actor_grammar.tsv"), false));
    DYAD_RETURN_IF_ERROR(Optional(LoadDemonyms(base + "demonyms.tsv"), false));
    DYAD_RETURN_IF_ERROR(Optional(LoadCapitals(base + "capitals.tsv"), false));
    DYAD_RETURN_IF_ERROR(Optional(LoadAgents(base + "agents.tsv"), false));
    DYAD_RETURN_IF_ERROR(Optional(LoadTitles(base + "titles.tsv"), false));
    DYAD_RETURN_IF_ERROR(Optional(LoadEpithets(base + "epithets.tsv"), false));
    DYAD_RETURN_IF_ERROR(Optional(LoadAnaphora(base + "anaphora.tsv"), false));
    return Status::Ok();
  }

  // Names that hold in every language: states (ours and ICU's), organisations,
  // people.
  void AddSharedNames(LangKnowledge* lk) {
    lk_ = lk;
    seg_ = analyzer_.segmenter(lk->lang);
    morph_ = analyzer_.morphology(lk->lang);
    for (size_t i = 0; i < k_->states.size(); ++i) {
      for (const auto& n : state_names_[i]) {
        AddName(n, {NameEntry::Kind::kState, static_cast<int32_t>(i), ""});
        // "the US-led coalition": one token, the state that leads.
        if (lk->lang == "en" && n.find(' ') == std::string::npos) {
          AddName(n + "-led",
                  {NameEntry::Kind::kState, static_cast<int32_t>(i), ""});
        }
      }
    }
    for (size_t i = 0; i < k_->orgs.size(); ++i) {
      for (const auto& n : org_names_[i]) {
        AddName(n,
                {NameEntry::Kind::kOrganisation, static_cast<int32_t>(i), ""});
        // "Ex-Labour MP", "un ex-communiste": a former member's party, one
        // token with its prefix.
        if (k_->orgs[i].party && n.find(' ') == std::string::npos) {
          const bool exact = !n.empty() && n[0] == '=';
          const std::string base = exact ? n.substr(1) : n;
          AddName(
              (exact ? "=ex-" : "ex-") + base,
              {NameEntry::Kind::kOrganisation, static_cast<int32_t>(i), ""});
          if (exact) {
            AddName("=Ex-" + base, {NameEntry::Kind::kOrganisation,
                                    static_cast<int32_t>(i), ""});
          }
        }
      }
    }
    for (size_t i = 0; i < k_->people.size(); ++i) {
      for (std::string n : person_names_[i]) {
        // Mentions start after their determiners: "la reine Élisabeth" is
        // matched as "reine Élisabeth".
        for (std::string_view article : {"le ", "la ", "l'", "the "}) {
          if (n.size() > article.size() + 2 &&
              n.compare(0, article.size(), article) == 0) {
            n.erase(0, article.size());
            break;
          }
        }
        AddName(n, {NameEntry::Kind::kPerson, static_cast<int32_t>(i), ""});
        // "George W Bush", "Joseph R Biden": initials also without their
        // full stops, as news often writes them.
        if (std::string bare = WithoutInitialStops(n); bare != n) {
          AddName(bare,
                  {NameEntry::Kind::kPerson, static_cast<int32_t>(i), ""});
        }
      }
    }
  }

  // Place names of the gazetteer, best place of each folded name. Plain
  // one-word names are folded directly (most of them); others go through
  // the segmenter like every dictionary name.
  void AddPlaceNames(LangKnowledge* lk) {
    lk_ = lk;
    seg_ = analyzer_.segmenter(lk->lang);
    morph_ = analyzer_.morphology(lk->lang);
    for (const PlaceName& pn : place_names_) {
      NameEntry e{NameEntry::Kind::kPlace, pn.index, ""};
      if (pn.name.find_first_of(" '.,\xe2") == std::string_view::npos) {
        lk_->names.Add({pn.folded}, AddEntry(std::move(e)));
      } else {
        AddName(pn.name, std::move(e));
      }
    }
  }

  // k_->places: each place that is the best reading of one of its names;
  // place_names_: each folded name once, with its best place's index. Done
  // once for every language (AddPlaceNames of several languages may then
  // run at the same time, reading them only).
  void IndexPlaces() {
    if (!k_->gazetteer) return;
    std::unordered_set<std::string> seen;
    k_->gazetteer->ForEachName([&](std::string_view name, const Place& place) {
      if (name.size() < 3) return;
      std::string folded = Fold(name);
      const auto& best = k_->gazetteer->Lookup(folded);
      if (best.empty() || best[0] != &place) return;  // only the best reading
      const auto idx = static_cast<int32_t>(k_->places.size());
      auto [at, added] = place_index_.emplace(&place, idx);
      if (added) k_->places.push_back(&place);
      if (!seen.insert(folded).second) return;
      place_names_.push_back({name, std::move(folded), at->second});
    });
  }

  void IndexHolders() {
    for (size_t p = 0; p < k_->people.size(); ++p) {
      const auto& roles = k_->people[p].roles;
      for (size_t r = 0; r < roles.size(); ++r) {
        const RoleInfo& ro = roles[r];
        // The leader of an armed group or of the opposition holds no office
        // of the state ("le dirigeant turc" is not the PKK's leader).
        if (ro.org.empty() && (ro.sector == "REB" || ro.sector == "OPP")) {
          continue;
        }
        std::string aff = ro.country.empty() ? ro.org : ro.country;
        auto v =
            std::make_pair(static_cast<int32_t>(p), static_cast<int32_t>(r));
        if (!ro.office.empty())
          k_->holders_[{aff, "office", ro.office}].push_back(v);
        if (!ro.title.empty())
          k_->holders_[{aff, "title", ro.title}].push_back(v);
      }
    }
  }

 private:
  static Status Optional(Status s, bool required) {
    if (!required && s.code() == StatusCode::kNotFound &&
        s.message().rfind("cannot read", 0) == 0) {
      return Status::Ok();  // a user directory need not have every file
    }
    return s;
  }

  static Status Need(const std::vector<std::string_view>& f, size_t n,
                     const char* what) {
    if (f.size() < n) {
      return Status::InvalidArgument("expected at least " + std::to_string(n) +
                                     " tab-separated fields (" + what +
                                     "), found " + std::to_string(f.size()));
    }
    return Status::Ok();
  }

  static std::string Dash(std::string_view s) {
    return s == "-" ? std::string() : std::string(s);
  }

  static bool IsAcronym(std::string_view s) {
    if (s.size() < 2 || s.size() > 5) return false;
    for (char c : s) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  // "congolais (Brazzaville)" → "congolais"
  static std::string_view StripNote(std::string_view s) {
    size_t p = s.find(" (");
    return p == std::string_view::npos ? s : s.substr(0, p);
  }

  // Whether the segmenter would cut `phrase` at its spaces only: ASCII
  // letters and digits, Latin letters of two UTF-8 bytes (U+00C0-U+024F but
  // × and ÷), single spaces between words. Most names are such; they skip
  // the segmenter (a third of start-up).
  static bool PlainWords(std::string_view phrase) {
    if (phrase.empty() || phrase.front() == ' ' || phrase.back() == ' ') {
      return false;
    }
    for (size_t i = 0; i < phrase.size(); ++i) {
      const unsigned char c = phrase[i];
      if (c == ' ') {
        if (phrase[i + 1] == ' ') return false;
        continue;
      }
      if (c < 0x80) {
        if (!std::isalnum(c)) return false;
        continue;
      }
      if (c < 0xC3 || c > 0xC9 || i + 1 >= phrase.size()) return false;
      const unsigned char d = phrase[i + 1];
      if ((d & 0xC0) != 0x80) return false;
      if (c == 0xC3 && (d == 0x97 || d == 0xB7)) return false;  // × ÷
      ++i;
    }
    return true;
  }

  std::vector<std::string> Tokens(std::string_view phrase, bool lemmas,
                                  bool fold = true) {
    std::vector<std::string> out;
    if (!lemmas && PlainWords(phrase)) {
      for (size_t b = 0; b < phrase.size();) {
        size_t e = phrase.find(' ', b);
        if (e == std::string_view::npos) e = phrase.size();
        const std::string_view w = phrase.substr(b, e - b);
        out.push_back(fold ? Fold(w) : std::string(w));
        b = e + 1;
      }
      return out;
    }
    std::vector<Sentence> sents;
    std::string text(phrase);
    if (!seg_->Segment(text, &sents).ok()) return out;
    for (Sentence& s : sents) {
      if (lemmas && !morph_->Analyze(text, &s).ok()) return {};
      for (const Token& t : s.tokens) {
        std::string_view v = t.Text(text);
        if (lemmas && t.chosen()) v = t.chosen()->lemma;
        out.push_back(fold ? Fold(v) : std::string(v));
      }
    }
    return out;
  }

  int32_t AddEntry(NameEntry e) {
    lk_->entries.push_back(std::move(e));
    return static_cast<int32_t>(lk_->entries.size() - 1);
  }

  // A name of the data files. "fr:X" / "en:X" holds in one language only;
  // "=X" must match with this exact case ("=US" is not "us").
  void AddName(std::string_view phrase, NameEntry e) {
    if (phrase.size() > 3 && phrase[2] == ':') {
      if (phrase.substr(0, 2) != lk_->lang) return;
      phrase.remove_prefix(3);
    }
    bool exact = !phrase.empty() && phrase[0] == '=';
    if (exact) phrase.remove_prefix(1);
    // An acronym that folds to an ordinary word of the language ("WHO" /
    // "who", "US" / "us") must match with its case.
    if (!exact && IsAcronym(phrase)) {
      const FormAnalysis* a = morph_->Lookup(Fold(phrase));
      exact = a != nullptr && a->known;
    }
    if (exact) {
      for (const auto& t : Tokens(phrase, false, /*fold=*/false)) {
        e.exact += (e.exact.empty() ? "" : " ") + t;
      }
    }
    auto toks = Tokens(phrase, false);
    if (toks.empty()) return;
    lk_->names.Add(toks, AddEntry(std::move(e)));
  }

  // Lemma key, plus the surface key (for words the analyser does not know).
  void AddLemmaPhrase(std::string_view phrase, NameEntry e) {
    int32_t id = AddEntry(std::move(e));
    auto lem = Tokens(phrase, true);
    if (!lem.empty()) lk_->lemmas.Add(lem, id);
    auto forms = Tokens(phrase, false);
    if (!forms.empty()) lk_->lemmas.Add(forms, id);
  }

  Status LoadStates(const std::string& path) {
    // alpha-3 → alpha-2 from ICU, for ICU's display names.
    std::unordered_map<std::string, std::string> a2;
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      icu::Locale loc("", *c);
      a2[loc.getISO3Country()] = *c;
    }
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(
          Need(f, 4, "alpha3, cameo, english_name, french_name"));
      StateInfo s{std::string(f[0]), std::string(f[1]), std::string(f[2]),
                  std::string(f[3])};
      if (s.alpha3.size() != 3) {
        return Status::InvalidArgument("'" + s.alpha3 +
                                       "' is not an alpha-3 code");
      }
      std::vector<std::string> names = {s.name_en, s.name_fr};
      for (size_t col = 5; col < f.size() && col < 7; ++col) {
        for (auto n : SplitList(f[col])) names.emplace_back(n);
      }
      if (auto it = a2.find(s.alpha3); it != a2.end()) {
        for (const char* lang : {"en", "fr"}) {
          icu::UnicodeString u;
          icu::Locale("", it->second.c_str())
              .getDisplayCountry(icu::Locale(lang), u);
          std::string utf8;
          u.toUTF8String(utf8);
          if (!utf8.empty() && utf8 != it->second) names.push_back(utf8);
        }
      }
      k_->state_index[s.alpha3] = static_cast<int32_t>(k_->states.size());
      k_->states.push_back(std::move(s));
      state_names_.push_back(std::move(names));
      return Status::Ok();
    });
  }

  Status LoadOrgs(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(
          f, 6,
          "key, country, sector, cameo, english_name, french_name, names"));
      OrgInfo o{std::string(f[0]), Dash(f[1]),        Dash(f[2]),
                Dash(f[3]),        std::string(f[4]), std::string(f[5])};
      std::vector<std::string> names = {o.name_en, o.name_fr};
      if (f.size() > 6) {
        for (auto n : SplitList(f[6])) names.emplace_back(n);
      }
      k_->orgs.push_back(std::move(o));
      org_names_.push_back(std::move(names));
      return Status::Ok();
    });
  }

  Status LoadParties(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 7,
                                "key, country, cameo, english_name, "
                                "french_name, names, government"));
      OrgInfo o{std::string(f[0]), Dash(f[1]),        "PTY",
                Dash(f[2]),        std::string(f[3]), std::string(f[4])};
      o.party = true;
      if (f[6] != "-") {
        for (auto spell : SplitList(f[6])) {
          size_t dots = spell.find("..");
          if (dots == std::string_view::npos) {
            return Status::InvalidArgument(
                "government spells are start..end (ISO dates, open end "
                "allowed), not '" +
                std::string(spell) + "'");
          }
          int32_t from = 0, to = 0;
          if (!ParseRoleDate(spell.substr(0, dots), false, 0, &from) ||
              !ParseRoleDate(spell.substr(dots + 2), true, 99999999, &to) ||
              from == 0) {
            return Status::InvalidArgument("bad date in spell '" +
                                           std::string(spell) + "'");
          }
          o.government.emplace_back(from, to);
        }
      }
      std::vector<std::string> names = {o.name_en, o.name_fr};
      if (f[5] != "-") {
        for (auto n : SplitList(f[5])) names.emplace_back(n);
      }
      k_->orgs.push_back(std::move(o));
      org_names_.push_back(std::move(names));
      return Status::Ok();
    });
  }

  Status LoadPeople(const std::string& path) {
    std::unordered_map<std::string, int32_t> ids;
    for (size_t i = 0; i < k_->people.size(); ++i) ids[k_->people[i].id] = i;
    return ReadTsv(path, [&](int64_t, const auto& f) {
      if (f.empty()) return Status::Ok();
      if (f[0] == "person") {
        DYAD_RETURN_IF_ERROR(Need(f, 4, "person, id, name, names"));
        std::string id(f[1]);
        // A person may appear in several files (national roles in one,
        // international ones in another): the entries merge by id.
        auto [it, is_new] =
            ids.try_emplace(id, static_cast<int32_t>(k_->people.size()));
        if (is_new) {
          k_->people.push_back({id, std::string(f[2]), {}});
          person_names_.push_back({std::string(f[2])});
        }
        auto& names = person_names_[it->second];
        for (auto n : SplitList(f[3])) names.emplace_back(n);
        return Status::Ok();
      }
      if (f[0] == "role") {
        DYAD_RETURN_IF_ERROR(Need(
            f, 9, "role, id, country, org, sector, office, title, start, end"));
        auto it = ids.find(std::string(f[1]));
        if (it == ids.end()) {
          return Status::InvalidArgument("role of unknown person '" +
                                         std::string(f[1]) +
                                         "' (define the person line first)");
        }
        RoleInfo r{Dash(f[2]), Dash(f[3]), Dash(f[4]), Dash(f[5]), Dash(f[6])};
        if (!ParseRoleDate(f[7], false, 0, &r.start) ||
            !ParseRoleDate(f[8], true, 99999999, &r.end)) {
          return Status::InvalidArgument(
              "dates must be YYYY-MM-DD, YYYY-MM, YYYY or - (open end)");
        }
        if (r.country.empty() && r.org.empty()) {
          return Status::InvalidArgument("a role needs a country or an org");
        }
        k_->people[it->second].roles.push_back(std::move(r));
        ++k_->role_count;
        return Status::Ok();
      }
      return Status::InvalidArgument("a line starts with 'person' or 'role'");
    });
  }

  Result<int32_t> State(std::string_view alpha3) {
    auto it = k_->state_index.find(std::string(alpha3));
    if (it == k_->state_index.end()) {
      return Status::InvalidArgument("unknown state '" + std::string(alpha3) +
                                     "' (not in common/states.tsv)");
    }
    return it->second;
  }

  Status LoadGrammar(const std::string& path) {
    ActorGrammar& g = lk_->grammar;
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 2, "kind, words"));
      std::vector<std::string>* dst = nullptr;
      if (f[0] == "complement") dst = &g.complement;
      if (f[0] == "possessive") dst = &g.possessive;
      if (f[0] == "determiner") dst = &g.determiner;
      if (f[0] == "coordinator") dst = &g.coordinator;
      if (f[0] == "honorific") dst = &g.honorific;
      if (dst) {
        for (auto w : SplitList(f[1])) dst->push_back(Fold(w));
        return Status::Ok();
      }
      if (f[0] == "demonym_position") {
        g.demonym_after = f[1] == "after" || f[1] == "both";
        g.demonym_before = f[1] == "before" || f[1] == "both";
        return Status::Ok();
      }
      return Status::InvalidArgument("unknown kind '" + std::string(f[0]) +
                                     "'");
    });
  }

  Status LoadDemonyms(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 2, "alpha3, forms"));
      auto st = State(f[0]);
      if (!st.ok()) return st.status();
      // English: column 2 is the adjective, 3-4 the nouns; French: every
      // form is an adjective (a capitalised one reads as a noun in text).
      for (size_t col = 1; col < f.size(); ++col) {
        for (auto form : SplitList(f[col])) {
          form = StripNote(form);
          if (form == "-") continue;  // an empty column
          bool noun = lk_->lang == "en" && (col == 2 || col == 3);
          NameEntry::Kind kind = noun ? NameEntry::Kind::kDemonymNoun
                                      : NameEntry::Kind::kDemonymAdj;
          AddName(form, {kind, *st, ""});
          if (!noun) {
            lk_->demonym_forms.emplace_back(Fold(form), *st);
            // "an ex-Russian intelligence officer", "un ex-soviétique".
            AddName("ex-" + std::string(form), {kind, *st, ""});
            // "anti-French demonstrations", "manifestations anti-françaises":
            // the state the noun is against (the event coder reads the
            // prefix).
            AddName("anti-" + std::string(form), {kind, *st, ""});
            // "the British-led force".
            if (lk_->lang == "en") {
              AddName(std::string(form) + "-led", {kind, *st, ""});
            }
          }
        }
      }
      return Status::Ok();
    });
  }

  Status LoadCapitals(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 3, "alpha3, sector, names"));
      auto st = State(f[0]);
      if (!st.ok()) return st.status();
      for (auto n : SplitList(f[2])) {
        AddName(StripNote(n),
                {NameEntry::Kind::kMetonym, *st, std::string(f[1])});
      }
      return Status::Ok();
    });
  }

  Status LoadAgents(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 2, "lemma, sector"));
      AgentInfo a{std::string(f[0]), std::string(f[1])};
      if (f.size() > 3) a.home = Dash(f[3]);
      lk_->agents.push_back(a);
      AddLemmaPhrase(a.lemma,
                     {NameEntry::Kind::kAgent,
                      static_cast<int32_t>(lk_->agents.size() - 1), ""});
      return Status::Ok();
    });
  }

  Status LoadTitles(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 3, "phrase, match, key"));
      if (f[1] != "office" && f[1] != "title") {
        return Status::InvalidArgument("match must be 'office' or 'title'");
      }
      TitleInfo t{std::string(f[1]), "", f.size() > 3 ? Dash(f[3]) : "",
                  std::string(f[0])};
      for (auto k : SplitList(f[2])) t.keys.emplace_back(k);
      if (t.keys.empty()) return Status::InvalidArgument("empty key");
      t.key = t.keys.front();
      lk_->titles.push_back(t);
      AddLemmaPhrase(t.phrase,
                     {NameEntry::Kind::kTitle,
                      static_cast<int32_t>(lk_->titles.size() - 1), ""});
      return Status::Ok();
    });
  }

  Status LoadEpithets(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      lk_->epithets.push_back(
          {std::string(f[0]), f.size() > 1 ? Dash(f[1]) : std::string()});
      AddLemmaPhrase(f[0],
                     {NameEntry::Kind::kEpithet,
                      static_cast<int32_t>(lk_->epithets.size() - 1), ""});
      return Status::Ok();
    });
  }

  Status LoadAnaphora(const std::string& path) {
    return ReadTsv(path, [&](int64_t, const auto& f) {
      DYAD_RETURN_IF_ERROR(Need(f, 2, "phrase, number"));
      if (f[1] != "sg" && f[1] != "pl" && f[1] != "org") {
        return Status::InvalidArgument("number must be sg, pl or org");
      }
      AnaphorInfo a{std::string(f[0]), f[1] == "pl", f[1] == "org", {}};
      if (f.size() > 2) {
        for (auto w : SplitList(f[2])) a.not_before.push_back(Fold(w));
      }
      lk_->anaphors.push_back(std::move(a));
      AddName(f[0], {NameEntry::Kind::kAnaphor,
                     static_cast<int32_t>(lk_->anaphors.size() - 1), ""});
      return Status::Ok();
    });
  }

  ActorKnowledge* k_;
  const Analyzer& analyzer_;
  LangKnowledge* lk_ = nullptr;
  const Segmenter* seg_ = nullptr;
  const Morphology* morph_ = nullptr;
  std::vector<std::vector<std::string>> state_names_, org_names_, person_names_;
  std::unordered_map<const Place*, int32_t> place_index_;
  // The gazetteer's names as IndexPlaces found them (views into the
  // gazetteer's places).
  struct PlaceName {
    std::string_view name;
    std::string folded;
    int32_t index;
  };
  std::vector<PlaceName> place_names_;
};

Result<std::unique_ptr<ActorKnowledge>> ActorKnowledge::Load(
    const std::string& data_dir, const std::vector<std::string>& user_dirs,
    const Analyzer& analyzer, bool places, int threads,
    const std::function<Result<std::unique_ptr<Gazetteer>>()>& source) {
  auto k = std::make_unique<ActorKnowledge>();
  auto load_gazetteer = [&] {
    return source ? source() : Gazetteer::LoadDefault(data_dir);
  };
  // With a second thread, the gazetteer (iso-codes, libgeonames, exonyms)
  // loads while the common files are read (unless the caller loads it
  // already: `source`).
  std::future<Result<std::unique_ptr<Gazetteer>>> gazetteer;
  if (places && threads > 1 && !source) {
    gazetteer = std::async(std::launch::async, load_gazetteer);
  }
  ActorKnowledgeLoader loader(k.get(), analyzer);
  Status common = loader.LoadCommon(data_dir, true);
  for (const auto& d : user_dirs) {
    if (common.ok()) common = loader.LoadCommon(d, false);
  }
  if (places) {
    auto gaz = gazetteer.valid() ? gazetteer.get() : load_gazetteer();
    if (!gaz.ok()) return gaz.status();
    k->gazetteer = std::move(gaz).value();
  }
  DYAD_RETURN_IF_ERROR(common);
  loader.IndexHolders();
  loader.IndexPlaces();
  for (size_t i = 0; i < k->orgs.size(); ++i) {
    k->org_index.try_emplace(k->orgs[i].key, static_cast<int32_t>(i));
  }
  for (size_t p = 0; p < k->people.size(); ++p) {
    const std::string& name = k->people[p].name;
    size_t sp = name.find_last_of(' ');
    std::string last =
        Fold(sp == std::string::npos ? name : name.substr(sp + 1));
    k->surnames[last].push_back(static_cast<int32_t>(p));
    k->person_index.emplace(k->people[p].id, static_cast<int32_t>(p));
  }
  k->langs.resize(analyzer.languages().size());
  // Each language's knowledge is its own (a loader of its own writes only
  // its LangKnowledge): with threads, they are built at the same time.
  auto build = [&](ActorKnowledgeLoader& l, size_t i) -> Status {
    LangKnowledge& lk = k->langs[i];
    lk.lang = analyzer.languages()[i];
    l.AddSharedNames(&lk);
    l.AddPlaceNames(&lk);
    DYAD_RETURN_IF_ERROR(l.LoadLang(data_dir, &lk));
    for (const auto& d : user_dirs) DYAD_RETURN_IF_ERROR(l.LoadLang(d, &lk));
    lk.names.Freeze();
    lk.lemmas.Freeze();
    lk.brief.reserve(lk.entries.size());
    for (const NameEntry& e : lk.entries) {
      lk.brief.push_back({e.kind, !e.exact.empty(), e.index});
    }
    std::erase_if(lk.demonym_forms,
                  [](const auto& f) { return f.first.empty(); });
    // By first letter, then length, then form: a typo candidate is looked
    // for only among forms of its first letter and of length ±1.
    std::sort(lk.demonym_forms.begin(), lk.demonym_forms.end(),
              [](const auto& a, const auto& b) {
                if (a.first[0] != b.first[0]) return a.first[0] < b.first[0];
                if (a.first.size() != b.first.size()) {
                  return a.first.size() < b.first.size();
                }
                return a < b;
              });
    return Status::Ok();
  };
  std::vector<std::future<Status>> others;
  std::vector<ActorKnowledgeLoader> copies;
  copies.reserve(k->langs.size());
  for (size_t i = 1; i < k->langs.size() && threads > 1; ++i) {
    copies.push_back(loader);
  }
  for (size_t i = 1; i <= copies.size(); ++i) {
    others.push_back(
        std::async(std::launch::async, build, std::ref(copies[i - 1]), i));
  }
  Status first = k->langs.empty() ? Status::Ok() : build(loader, 0);
  for (auto& f : others) {
    Status st = f.get();
    if (first.ok()) first = st;
  }
  DYAD_RETURN_IF_ERROR(first);
  for (size_t i = 1 + copies.size(); i < k->langs.size(); ++i) {
    DYAD_RETURN_IF_ERROR(build(loader, i));
  }
  return k;
}

const LangKnowledge* ActorKnowledge::lang(const std::string& code) const {
  for (const auto& l : langs) {
    if (l.lang == code) return &l;
  }
  return nullptr;
}

int32_t ActorKnowledge::Holder(const std::string& country,
                               const std::string& org, const std::string& match,
                               const std::string& key, int32_t date,
                               const RoleInfo** role) const {
  if (date <= 0) return -1;
  auto it = holders_.find({country.empty() ? org : country, match, key});
  if (it == holders_.end()) return -1;
  int32_t best = -1, best_start = -1;
  for (auto [p, r] : it->second) {
    const RoleInfo& ro = people[p].roles[r];
    if (ro.start <= date && date <= ro.end && ro.start > best_start) {
      best = p;
      best_start = ro.start;
      *role = &ro;
    }
  }
  return best;
}

const RoleInfo* ActorKnowledge::RoleOn(int32_t p, int32_t date) const {
  const RoleInfo* best = nullptr;
  for (const RoleInfo& r : people[p].roles) {
    if (date > 0) {
      if (r.start <= date && date <= r.end &&
          (!best || r.start > best->start)) {
        best = &r;
      }
    } else if (!best || r.start > best->start) {
      best = &r;
    }
  }
  return best;
}

}  // namespace dyad
