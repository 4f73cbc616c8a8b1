// Folding for dictionary matching: lower case, no diacritics, one apostrophe.
//
// Fold("Erdoğan") == "erdogan", Fold("États-Unis") == "etats-unis",
// Fold("l’armée") == "l'armee". ASCII text takes a fast path without ICU;
// other text goes through ICU (NFD, combining marks removed, case folded).
// Internal to dyad (src/base/). Stateless; thread-safe.
#ifndef DYAD_BASE_FOLD_H_
#define DYAD_BASE_FOLD_H_

#include <string>
#include <string_view>

namespace dyad {

// Appends the folded form of `s` (valid UTF-8) to `*out`.
void AppendFolded(std::string_view s, std::string* out);

inline std::string Fold(std::string_view s) {
  std::string out;
  AppendFolded(s, &out);
  return out;
}

// True when the first letter of `s` is upper case (ASCII or not).
bool StartsUpper(std::string_view s);

}  // namespace dyad

#endif  // DYAD_BASE_FOLD_H_
