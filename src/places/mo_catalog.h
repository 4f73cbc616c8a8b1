// MoCatalog: reads a GNU gettext message catalog (.mo file).
//
// Used for the French names that Debian ships as translations: the country
// and subdivision names of iso-codes (iso_3166-1.mo, iso_3166-2.mo) and the
// city names of libgeonames-common (geonames.mo, keyed by GeoNames id).
// Reading the file ourselves avoids gettext's process-wide locale state.
// Internal to dyad (src/places/); the public interface is dyad/gazetteer.h.
//
// Only singular messages are kept (plural forms are not needed here). The
// catalog owns its strings; immutable after Parse, so thread-safe to read.
// Parsing costs one pass over the file.
#ifndef DYAD_PLACES_MO_CATALOG_H_
#define DYAD_PLACES_MO_CATALOG_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad {

class MoCatalog {
 public:
  // Parses the bytes of a .mo file (either byte order). DataLoss when the
  // header or a string table entry points outside the data; the catalog is
  // left empty on failure.
  Status Parse(std::string_view bytes);
  // Reads and parses the file at `path`; NotFound when it cannot be read.
  Status Load(const std::string& path);

  // The translation of `msgid`, or "" when there is none (or it is empty).
  std::string_view Translate(std::string_view msgid) const;
  size_t size() const { return messages_.size(); }

 private:
  std::unordered_map<std::string, std::string> messages_;
};

}  // namespace dyad

#endif  // DYAD_PLACES_MO_CATALOG_H_
