// Coder: the whole pipeline for one document: language, analysis, and the
// events the document reports.
//
// Create() loads everything once (the Analyzer and, as they arrive, the actor,
// event, place and date knowledge); Code() is const and thread-safe, so one
// Coder serves every worker thread and the HTTP server.
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analyzer.h"
#include "dyad/dates.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/event_coder.h"
#include "dyad/status.h"

namespace dyad {

struct CoderOptions {
  std::string data_dir;  // empty = DefaultDataDir()
  std::vector<std::string> languages = {"fr", "en"};
  std::vector<std::string> user_dicts;  // --dict DIR: more actors, same formats
  // Place and date resolution can be left out (no `location`, no `date`):
  // faster for users who do not need them; the benchmarks measure their
  // cost this way.
  bool places = true;
  bool dates = true;
  // Keep each actor mention's `why` (dyad analyze --actors); always kept
  // when Code() is asked to explain.
  bool actor_reasons = false;
  // Threads that may load the dictionaries at start-up (the gazetteer and
  // each language's knowledge at the same time): a user's --threads.
  int load_threads = 1;
};

struct CodedDocument {
  AnalyzedDocument analysis;
  std::vector<ActorMention> actors;  // in text order
  std::vector<Event> events;
};

// Why a document's language keeps it from being coded.
enum class LanguageProblem {
  kNone,           // it can be coded
  kNotIdentified,  // no language given, and CLD2 could not tell
  kUnsupported,    // a language dyad has no analyser for (in doc->lang)
};

class Coder {
 public:
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options);
  ~Coder();

  // Codes `doc`, whose `lang` must be set to a supported language (else
  // InvalidArgument). `*out` is overwritten; it refers to `doc`, which must
  // outlive it.
  // When `explain` is not null, appends the clause analysis and why each
  // predicate was or was not coded.
  Status Code(const Document& doc, CodedDocument* out,
              std::string* explain = nullptr) const;

  // Gives `doc` its language: `forced` when not empty, else its own `lang`
  // (primary subtag, lower case), else CLD2's guess on its first 64 KB; and
  // says whether that language can be coded (`dyad code` and the server
  // word the message that follows).
  LanguageProblem AssignLanguage(Document* doc,
                                 std::string_view forced = {}) const;

  const Analyzer& analyzer() const { return *analyzer_; }
  const ActorResolver& actors() const { return *actors_; }

 private:
  Coder() = default;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<ActorResolver> actors_;
  std::unique_ptr<EventCoder> events_;
  std::unique_ptr<EventDater> dates_;
  bool actor_reasons_ = false;
};

}  // namespace dyad

#endif  // DYAD_CODER_H_
