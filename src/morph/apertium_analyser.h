// ApertiumAnalyser: one Apertium morphological analyser (an lttoolbox
// `*.automorf.bin`) turned into a function from a word form to its readings.
//
// Internal to the morph stage; users call dyad::Morphology
// (include/dyad/morphology.h).
//
// Forms are fed to lttoolbox in Apertium's stream format (special characters
// escaped), in batches separated by NUL flushes so one call analyses many
// forms, and the output `^surface/lemma<tag>.../...$` is parsed back into
// Readings. Lemmas keep the dictionary's case ("Le" → "le", "Paris" →
// "Paris").
//
// A contraction (one form, several units joined by '+', like `des` →
// `de<pr>+le<det><def><mf><pl>`) is ONE reading: the lemma of the first unit
// ("de"), the POS of the first unit (ADP) and the units' tags joined with '+'
// ("pr+det.def.mf.pl"). A multiword with an inflected head and a lemma queue
// (`take<vblex><past># part`) gets the lemma "take part".
//
// Not thread-safe (lttoolbox's FSTProcessor keeps state): the caller
// serialises calls. Cost: a few microseconds per form, so callers cache.
#ifndef DYAD_MORPH_APERTIUM_ANALYSER_H_
#define DYAD_MORPH_APERTIUM_ANALYSER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/token.h"

class FSTProcessor;

namespace dyad {

class ApertiumAnalyser {
 public:
  // Loads `path`. NotFound (naming `debian_package`) when the file is
  // missing, DataLoss when lttoolbox cannot read it.
  static Result<std::unique_ptr<ApertiumAnalyser>> Open(
      const std::string& path, std::string_view debian_package);
  ~ApertiumAnalyser();

  // Analyses each of `forms`; (*out)[i] receives the readings of forms[i]
  // (empty when Apertium does not know the form, or when the form is not
  // one unit for Apertium, e.g. "14 000" or "«"). `*out` is resized to
  // forms.size(). Tag Pos is set from the first tag (see tagset.h).
  void AnalyseBatch(const std::vector<std::string_view>& forms,
                    std::vector<std::vector<Reading>>* out);

  // Parses one unit of lt-proc output, "^surface/analysis/...$" (exposed for
  // tests). Returns false for an unknown word ("*form") or malformed text.
  static bool ParseUnit(std::string_view unit, std::vector<Reading>* out);

  // Escapes Apertium's stream metacharacters with a backslash.
  static void AppendEscaped(std::string_view form, std::string* out);

 private:
  explicit ApertiumAnalyser(std::unique_ptr<FSTProcessor> fst);
  std::unique_ptr<FSTProcessor> fst_;
};

}  // namespace dyad

#endif  // DYAD_MORPH_APERTIUM_ANALYSER_H_
