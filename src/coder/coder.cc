#include "dyad/coder.h"

#include <algorithm>
#include <future>

#include "dyad/language_id.h"
#include "io/lang_tag.h"

namespace dyad {

namespace {

// Whether an actor the text gave no country is one of the people of the
// place where its event happened: "tuant des centaines de civils" in Gaza
// are Palestinian civilians. Groups with no single country by nature (NGOs,
// IGOs, "rights groups") keep none.
bool TakesTheEventsCountry(const Actor& a) {
  return a.country.empty() && a.org.empty() && !a.sector.empty() &&
         a.sector != "NGO" && a.sector != "IGO" && a.sector != "HRI";
}

}  // namespace

Coder::~Coder() = default;

LanguageProblem Coder::AssignLanguage(Document* doc,
                                      std::string_view forced) const {
  constexpr size_t kLanguageIdBytes = 64 * 1024;  // CLD2 needs no more
  if (!forced.empty()) {
    doc->lang = std::string(forced);
  } else if (!doc->lang.empty()) {
    doc->lang = PrimaryLanguage(doc->lang);
  } else {
    doc->lang = IdentifyLanguage(std::string_view(doc->text).substr(
        0, std::min(doc->text.size(), kLanguageIdBytes)));
  }
  if (doc->lang.empty()) return LanguageProblem::kNotIdentified;
  if (!analyzer_->Supports(doc->lang)) return LanguageProblem::kUnsupported;
  return LanguageProblem::kNone;
}

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  AnalyzerOptions ao;
  ao.data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  ao.languages = options.languages;
  // With a second thread, the gazetteer (the longest load) starts before
  // the analyser, which the rest of the knowledge needs.
  std::future<Result<std::unique_ptr<Gazetteer>>> gazetteer;
  if (options.places && options.load_threads > 1) {
    gazetteer = std::async(std::launch::async, [dir = ao.data_dir] {
      return Gazetteer::LoadDefault(dir);
    });
  }
  auto analyzer = Analyzer::Create(ao);
  if (!analyzer.ok()) return analyzer.status();
  std::unique_ptr<Coder> c(new Coder());
  c->actor_reasons_ = options.actor_reasons;
  c->analyzer_ = std::move(analyzer).value();
  ActorOptions actor_options{ao.data_dir, options.user_dicts, options.places,
                             options.load_threads};
  if (gazetteer.valid()) {
    // Called once, by ActorKnowledge::Load.
    actor_options.gazetteer = [&gazetteer] { return gazetteer.get(); };
  }
  auto actors = ActorResolver::Create(actor_options, *c->analyzer_);
  if (!actors.ok()) return actors.status();
  c->actors_ = std::move(actors).value();
  auto events =
      EventCoder::Create(ao.data_dir, options.user_dicts, *c->analyzer_);
  if (!events.ok()) return events.status();
  c->events_ = std::move(events).value();
  if (options.dates) {
    auto dates = EventDater::Create(ao.data_dir, options.languages);
    if (!dates.ok()) return dates.status();
    c->dates_ = std::move(dates).value();
  }
  return c;
}

Status Coder::Code(const Document& doc, CodedDocument* out,
                   std::string* explain) const {
  out->events.clear();
  out->actors.clear();
  DYAD_RETURN_IF_ERROR(analyzer_->Analyze(doc, &out->analysis));
  DYAD_RETURN_IF_ERROR(actors_->Resolve(out->analysis, &out->actors,
                                        actor_reasons_ || explain != nullptr));
  DYAD_RETURN_IF_ERROR(
      events_->Code(out->analysis, out->actors, &out->events, explain));
  for (Event& e : out->events) {
    if (!e.location || e.location->country.empty()) continue;
    for (std::optional<Actor>* side : {&e.source, &e.target}) {
      if (*side && TakesTheEventsCountry(**side)) {
        actors_->AssignCountry(e.location->country, &**side);
      }
    }
  }
  if (dates_) dates_->Date(out->analysis, &out->events, explain);
  return Status::Ok();
}

}  // namespace dyad
