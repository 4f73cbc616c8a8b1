// ActorKnowledge: the actor dictionaries of data/, loaded and compiled.
//
// Common tables (states, organisations, people with dated roles) are shared
// by all languages; each language gets its own token tries, built by
// tokenising every name with that language's Segmenter (and, for agent
// nouns, lemmatising with its Morphology) so that dictionary names and text
// are split the same way. Immutable after Load(); thread-safe to read.
// Internal to src/actors/; the public API is include/dyad/actors.h.
#ifndef DYAD_ACTORS_ACTOR_KNOWLEDGE_H_
#define DYAD_ACTORS_ACTOR_KNOWLEDGE_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/token_trie.h"
#include "dyad/analyzer.h"
#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

struct StateInfo {
  std::string alpha3, cameo, name_en, name_fr;
};

struct OrgInfo {
  std::string key, country, sector, cameo, name_en, name_fr;
  // Political parties (common/parties.tsv): the spells in government,
  // yyyymmdd. Sector() then depends on the date.
  bool party = false;
  std::vector<std::pair<int32_t, int32_t>> government;

  // PTY while in government on `date` (or with no date), OPP out of it;
  // the fixed sector for other organisations.
  std::string Sector(int32_t date) const {
    if (!party || date == 0) return sector;
    for (auto [from, to] : government) {
      if (date >= from && date < to) return sector;
    }
    return "OPP";
  }
};

// Dates are yyyymmdd integers; a partial start reads as its first day
// (2020-02 → 20200200), a partial end as its last (2020-02 → 20200299).
struct RoleInfo {
  std::string country, org, sector, office, title;
  int32_t start = 0, end = 99999999;
};

struct PersonInfo {
  std::string id, name;
  std::vector<RoleInfo> roles;
};

// What a dictionary phrase names. `index` is into the table its kind names.
struct NameEntry {
  enum class Kind : uint8_t {
    kState,         // states[index]
    kMetonym,       // states[index] with `sector`
    kOrganisation,  // orgs[index]
    kPerson,        // people[index]
    kDemonymAdj,    // states[index]
    kDemonymNoun,   // states[index]
    kTitle,         // titles[index]
    kAgent,         // agents[index]
    kEpithet,       // epithets[index]
    kAnaphor,       // anaphors[index]
    kPlace,         // places[index] (the gazetteer's best place of the name)
  } kind;
  int32_t index = 0;
  std::string sector;  // metonyms only
  // For names written "=US" in the data: the exact spelling (tokens joined
  // by one space) the text must have, because folded it is a common word.
  std::string exact;
};

struct TitleInfo {
  std::string match;    // "office" or "title"
  std::string key;      // head_of_state, president, ... (the first of keys)
  std::string country;  // fixed by the phrase itself, else ""
  std::string phrase;
  // Every key the phrase may mean, tried in order ("Premier ministre":
  // prime_minister, then premier).
  std::vector<std::string> keys;
  // Whether role `r` is what the title names.
  bool Names(const RoleInfo& r) const {
    const std::string& k = match == "office" ? r.office : r.title;
    return std::find(keys.begin(), keys.end(), k) != keys.end();
  }
};

struct AgentInfo {
  std::string lemma, sector;
  bool plural_only = false;
  // A movement of one country ("gilets jaunes" FRA): its country when the
  // text gives none, before the sentence's.
  std::string home;
};

struct AnaphorInfo {
  std::string phrase;
  bool plural = false;
  bool institution = false;  // "it": the latest state or organisation
  // Folded words that, right after the phrase, make it impersonal or
  // expletive ("il y a", "il faut", "it is").
  std::vector<std::string> not_before;
};

// Per-language grammar words the resolver needs
// (data/<lang>/actor_grammar.tsv).
struct ActorGrammar {
  std::vector<std::string> complement;   // de, du, des, d' / of
  std::vector<std::string> possessive;   // 's
  std::vector<std::string> determiner;   // le, la, l', les / the
  std::vector<std::string> coordinator;  // et / and
  std::vector<std::string> honorific;    // M., Mme / Mr, Mrs (+ surname)
  bool demonym_after = true;             // l'armée turque
  bool demonym_before = false;           // the Turkish army
};

struct LangKnowledge {
  std::string lang;
  TokenTrie names;   // folded surface forms → NameEntry indices
  TokenTrie lemmas;  // folded lemmas → NameEntry indices (agents, epithets)
  std::vector<NameEntry> entries;
  // entries[i] in 8 bytes (kind, index, whether it has `exact`), for the
  // resolver's loops over a key's values: the whole table stays in cache.
  struct BriefEntry {
    NameEntry::Kind kind;
    bool exact;
    int32_t index;
  };
  std::vector<BriefEntry> brief;
  std::vector<TitleInfo> titles;
  std::vector<AgentInfo> agents;
  struct EpithetInfo {
    std::string phrase;
    std::string sector;  // when no earlier person fits: country + this sector
  };
  std::vector<EpithetInfo> epithets;
  std::vector<AnaphorInfo> anaphors;
  ActorGrammar grammar;
  // Folded demonym adjective forms → state index (for typo tolerance).
  // Sorted by first letter, then length (see ActorKnowledge::Load).
  std::vector<std::pair<std::string, int32_t>> demonym_forms;
};

class ActorKnowledge {
 public:
  // Loads data_dir (and then each user dir, whose entries are added) for the
  // languages of `analyzer`. Fails on a malformed line, naming file and line.
  // `places` false: no gazetteer (ActorOptions::places); `gazetteer`, when
  // set, gives it (ActorOptions::gazetteer).
  static Result<std::unique_ptr<ActorKnowledge>> Load(
      const std::string& data_dir, const std::vector<std::string>& user_dirs,
      const Analyzer& analyzer, bool places = true, int threads = 1,
      const std::function<Result<std::unique_ptr<Gazetteer>>()>& gazetteer =
          {});

  const LangKnowledge* lang(const std::string& code) const;

  std::vector<StateInfo> states;
  std::vector<OrgInfo> orgs;
  std::vector<PersonInfo> people;
  std::unique_ptr<Gazetteer> gazetteer;
  std::vector<const Place*> places;  // NameEntry::kPlace indices
  std::unordered_map<std::string, int32_t> state_index;   // alpha3 → index
  std::unordered_map<std::string, int32_t> org_index;     // key → index
  std::unordered_map<std::string, int32_t> person_index;  // id → index
  // Folded surname (last word of the canonical name) → people, for "Mr
  // Brown", "M. Diop".
  std::unordered_map<std::string, std::vector<int32_t>> surnames;
  size_t role_count = 0;

  // The person holding `key` (an office or a title, per `match`) for the
  // state `country` or the organisation `org` on `date` (yyyymmdd), or -1.
  // Sets *role to the spell.
  int32_t Holder(const std::string& country, const std::string& org,
                 const std::string& match, const std::string& key, int32_t date,
                 const RoleInfo** role) const;

  // The role of person `p` that applies on `date` (0 = unknown): the spell
  // in force, else none (nullptr) when the date is known; with no date, the
  // most recent spell.
  const RoleInfo* RoleOn(int32_t p, int32_t date) const;

  std::vector<LangKnowledge> langs;

 private:
  struct HolderKey {
    std::string affiliation, match, key;
    bool operator<(const HolderKey& o) const {
      return std::tie(affiliation, match, key) <
             std::tie(o.affiliation, o.match, o.key);
    }
  };
  std::map<HolderKey, std::vector<std::pair<int32_t, int32_t>>> holders_;
  friend class ActorKnowledgeLoader;
};

// "2020-02-15" → 20200215; partial dates per RoleInfo; "" or "-" → `absent`.
// False when malformed.
bool ParseRoleDate(std::string_view s, bool is_end, int32_t absent,
                   int32_t* out);

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_KNOWLEDGE_H_
