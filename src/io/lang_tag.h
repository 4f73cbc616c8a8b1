// Internal to the io stage; the public interface is dyad/document_reader.h.
//
// NormalizeLangTag: BCP 47 language tags as found in JSON records and HTML
// (`lang="fr-FR"`, "EN", "pt_BR") to the primary language subtag that dyad
// uses in Document::lang ("fr", "en", "pt").
#ifndef DYAD_IO_LANG_TAG_H_
#define DYAD_IO_LANG_TAG_H_

#include <string>
#include <string_view>

namespace dyad {

// Lower-cased primary subtag of `tag` (2 or 3 ASCII letters, before any '-'
// or '_'), or "" when `tag` does not start with one. Surrounding blanks are
// ignored.
std::string NormalizeLangTag(std::string_view tag);

// What the user wrote (--lang, ?lang=, a record's `lang`) cut to its primary
// subtag and lower-cased, without NormalizeLangTag's checks, so that a bad
// value can be named in the message that refuses it: "fr-FR" → "fr",
// "Francais" → "francais".
std::string PrimaryLanguage(std::string_view tag);

}  // namespace dyad

#endif  // DYAD_IO_LANG_TAG_H_
