// FormEntry: what the morph stage keeps per distinct surface form: the
// public FormAnalysis (Token::analysis points at it) plus the precomputed
// bits the disambiguator and the multiword matcher test.
//
// Internal to the morph stage. Immutable once built; owned by the
// Morphology's cache (or by Multiwords for merged units), never moved.
#ifndef DYAD_MORPH_FORM_ENTRY_H_
#define DYAD_MORPH_FORM_ENTRY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"
#include "morph/tagset.h"

namespace dyad {

// Shape of the surface form.
enum FormShape : uint8_t {
  kShapeCapitalised = 1 << 0,  // first letter uppercase ("Idleb", "Le")
  kShapeAllCaps = 1 << 1,      // all letters uppercase, at least two ("OTAN")
  kShapeNumber = 1 << 2,       // starts with a digit ("14 000", "1,5")
  kShapePunct = 1 << 3,        // punctuation or symbols only ("«", "...")
};

struct FormEntry {
  static constexpr uint32_t kNoWord = UINT32_MAX;

  FormAnalysis analysis;
  std::vector<Features> features;  // one per reading
  Features any = 0;                // union of `features`
  Features all = 0;                // intersection of `features`
  uint32_t mw_word = kNoWord;      // id in the multiword vocabulary
  uint8_t shape = 0;               // FormShape bits

  // Computes `features`, `any` and `all` from analysis.readings.
  void ComputeFeatures();
};

// The FormShape bits of a UTF-8 form.
uint8_t ShapeOf(std::string_view form);

// Lowercases a UTF-8 string (ICU, full Unicode).
std::string Lowercase(std::string_view s);

// Replaces the typographic apostrophes ’ and ʼ by '. Returns false (and
// leaves *out alone) when `s` has none.
bool NormaliseApostrophes(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_MORPH_FORM_ENTRY_H_
