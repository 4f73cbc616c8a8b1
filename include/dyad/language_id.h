// Language identification with CLD2 (Debian libcld2).
//
// Stateless and thread-safe. Cost: linear, ~ tens of MB/s.
#ifndef DYAD_LANGUAGE_ID_H_
#define DYAD_LANGUAGE_ID_H_

#include <string>
#include <string_view>

namespace dyad {

// The ISO 639-1 code of the language of `text` ("fr", "en", ...), or "" when
// CLD2 is not reliable about it (too short, mixed, unknown).
std::string IdentifyLanguage(std::string_view text);

}  // namespace dyad

#endif  // DYAD_LANGUAGE_ID_H_
