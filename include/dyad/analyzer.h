// Analyzer: the linguistic front end of dyad (segmentation + morphology) for
// every supported language, behind one call.
//
// Create() loads one Segmenter and one Morphology per language of
// `options.languages` once; Analyze() is const and thread-safe, so one
// Analyzer serves many threads.
#ifndef DYAD_ANALYZER_H_
#define DYAD_ANALYZER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/data_dir.h"
#include "dyad/document.h"
#include "dyad/status.h"
#include "dyad/token.h"

namespace dyad {

class Segmenter;
class Morphology;

struct AnalyzerOptions {
  std::string data_dir;                     // dyad's data/ directory
  std::vector<std::string> languages = {"fr", "en"};
};

struct AnalyzedDocument {
  const Document* doc = nullptr;  // not owned
  std::string lang;               // the language the analysis used
  std::vector<Sentence> sentences;
};

class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create(
      const AnalyzerOptions& options);
  ~Analyzer();

  // Analyses `doc` (its `lang` must be set and supported, else
  // InvalidArgument naming the supported languages). `*out` is overwritten.
  Status Analyze(const Document& doc, AnalyzedDocument* out) const;

  bool Supports(const std::string& lang) const;
  const std::vector<std::string>& languages() const;
  const Morphology* morphology(const std::string& lang) const;
  const Segmenter* segmenter(const std::string& lang) const;

 private:
  Analyzer();
  struct PerLang;
  std::vector<std::string> languages_;
  std::vector<std::unique_ptr<PerLang>> per_lang_;
};

}  // namespace dyad

#endif  // DYAD_ANALYZER_H_
