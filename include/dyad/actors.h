// Actors: who is who in French and English news, on the document's date.
//
// ActorResolver finds the actor mentions of an analysed document and resolves
// each to {name, country, org, sector, CAMEO code, id}: names of people with
// dated roles (Poutine → Vladimir Putin, RUS/GOV while in office), states and
// their metonyms (la Russie, Moscou, le Kremlin → RUS/GOV; the Pentagon →
// USA/MIL), organisations and armed groups (l'OTAN → NATO; le Hamas →
// PSE/REB), generic agents with a country from a demonym, a complement or a
// possessive (l'armée turque → TUR/MIL; soldiers of Ukraine → UKR/MIL), titles
// (le président turc on 2020-02-15 → Recep Tayyip Erdoğan), epithets and
// pronouns (le milliardaire américain, ce dernier, he → the most recent
// compatible actor), and demonym typos where the context supports them.
//
// The knowledge is loaded once from data/ (see the headers of
// data/common/*.tsv and data/<lang>/*.tsv, and a user's --dict directories in
// the same formats) and compiled into token tries; Resolve() is const and
// thread-safe.
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/analyzer.h"
#include "dyad/event.h"
#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

struct ActorMention {
  int sentence = 0;
  uint32_t first_token = 0;  // token indices in the sentence, end exclusive
  uint32_t end_token = 0;
  Actor actor;  // text and span cover the mention's words
  enum class Kind {
    kPerson,        // a named person
    kTitle,         // a title (+ country) resolved on the date
    kState,         // a state's name
    kMetonym,       // a capital or seat of power
    kOrganisation,  // an IGO, NGO or armed group
    kAgent,         // a generic noun (+ country)
    kGroup,         // a demonym as a noun: "les Turcs"
    kPronoun,       // a pronoun or "ce dernier", resolved by coreference
    kEpithet,       // "le milliardaire américain", resolved by coreference
    kPlace,         // a place of the gazetteer: its country, no sector
  } kind = Kind::kAgent;
  const Place* place = nullptr;  // for kPlace: the gazetteer's best reading
  bool plural = false;
  std::string why;  // how it was resolved, for `dyad analyze --actors`
};

std::string_view ActorKindName(ActorMention::Kind kind);

struct ActorOptions {
  std::string data_dir;                // dyad's data directory
  std::vector<std::string> user_dirs;  // --dict DIR, same formats
  // false: no gazetteer (no place mentions, no event locations), for users
  // who do not need them and for measuring what places cost.
  bool places = true;
  // Threads that may load the knowledge at start-up (the gazetteer beside
  // the common files, the languages beside each other).
  int load_threads = 1;
  // Where the gazetteer comes from when `places`; empty: loaded here
  // (Gazetteer::LoadDefault). The Coder passes one it started loading before
  // the analyser, so that both load at once.
  std::function<Result<std::unique_ptr<Gazetteer>>()> gazetteer;
};

class ActorResolver {
 public:
  // Loads the built-in dictionaries for every language of `analyzer` (whose
  // segmenter and morphology tokenise the names as text is tokenised).
  // `analyzer` must outlive the resolver.
  static Result<std::unique_ptr<ActorResolver>> Create(
      const ActorOptions& options, const Analyzer& analyzer);
  ~ActorResolver();

  // Appends the actor mentions of `doc` in text order. Dates of roles are
  // checked against doc.doc->date ("" = unknown: a title then gives country
  // and sector but no person).
  // `reasons` false leaves ActorMention::why empty (it costs string
  // building at every mention; `dyad code` does not need it).
  Status Resolve(const AnalyzedDocument& doc, std::vector<ActorMention>* out,
                 bool reasons = true) const;

  // Gives `actor` (an agent the text gave no country) the country `alpha3`,
  // with the name and CAMEO code a mention of that country's agent would
  // have ("Romania civilians", ROMCVL).
  void AssignCountry(const std::string& alpha3, Actor* actor) const;

  // Counts, for messages and benchmarks.
  struct Stats {
    size_t states = 0, people = 0, roles = 0, organisations = 0, agents = 0,
           names = 0;
  };
  Stats stats() const;

 private:
  struct Impl;
  explicit ActorResolver(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
