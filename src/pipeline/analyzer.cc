#include "dyad/analyzer.h"

#include <unistd.h>

#include <cstdlib>

#include "dyad/morphology.h"
#include "dyad/segmenter.h"

namespace dyad {

struct Analyzer::PerLang {
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<Morphology> morphology;
};

Analyzer::Analyzer() = default;
Analyzer::~Analyzer() = default;

Result<std::unique_ptr<Analyzer>> Analyzer::Create(
    const AnalyzerOptions& options) {
  if (options.languages.empty()) {
    return Status::InvalidArgument("no language to analyse; give fr, en or both");
  }
  std::unique_ptr<Analyzer> a(new Analyzer());
  for (const std::string& lang : options.languages) {
    if (lang != "fr" && lang != "en") {
      return Status::InvalidArgument("unsupported language '" + lang +
                                     "'; supported: en, fr");
    }
    auto seg = Segmenter::Create(lang, options.data_dir);
    if (!seg.ok()) return seg.status();
    MorphologyOptions mo;
    mo.lang = lang;
    mo.data_dir = options.data_dir;
    auto morph = Morphology::Create(mo);
    if (!morph.ok()) return morph.status();
    auto pl = std::make_unique<PerLang>();
    pl->segmenter = std::move(seg).value();
    pl->morphology = std::move(morph).value();
    a->languages_.push_back(lang);
    a->per_lang_.push_back(std::move(pl));
  }
  return a;
}

bool Analyzer::Supports(const std::string& lang) const {
  for (const auto& l : languages_) {
    if (l == lang) return true;
  }
  return false;
}

const std::vector<std::string>& Analyzer::languages() const {
  return languages_;
}

const Morphology* Analyzer::morphology(const std::string& lang) const {
  for (size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == lang) return per_lang_[i]->morphology.get();
  }
  return nullptr;
}

const Segmenter* Analyzer::segmenter(const std::string& lang) const {
  for (size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == lang) return per_lang_[i]->segmenter.get();
  }
  return nullptr;
}

Status Analyzer::Analyze(const Document& doc, AnalyzedDocument* out) const {
  out->doc = &doc;
  out->lang = doc.lang;
  out->sentences.clear();
  const PerLang* pl = nullptr;
  for (size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == doc.lang) pl = per_lang_[i].get();
  }
  if (pl == nullptr) {
    std::string known;
    for (const auto& l : languages_) known += (known.empty() ? "" : ", ") + l;
    return Status::InvalidArgument(
        "unsupported language '" + doc.lang + "'; supported: " + known +
        " (give the language with --lang if identification was wrong)");
  }
  DYAD_RETURN_IF_ERROR(pl->segmenter->Segment(doc.text, &out->sentences));
  for (Sentence& s : out->sentences) {
    DYAD_RETURN_IF_ERROR(pl->morphology->Analyze(doc.text, &s));
  }
  return Status::Ok();
}

}  // namespace dyad
