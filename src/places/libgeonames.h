// The cities compiled into Debian's libgeonames (package libgeonames0).
//
// libgeonames carries the GeoNames cities of 15,000 inhabitants or more
// (about 24,000) inside its shared library, and their translated names in
// libgeonames-common's geonames.mo catalogs, keyed by GeoNames id. The
// library is opened at run time (dlopen) so that dyad needs neither GLib
// headers nor a link-time dependency; it stays mapped once opened, like any
// linked library. English names come from the English catalog when it has
// one (e.g. "Abu Ghraib" for the data's "Abū Ghurayb"), the data's name
// being kept as a variant; French names from the French catalog.
// Internal to dyad (src/places/); the public interface is dyad/gazetteer.h.
// Thread-safe (libgeonames' accessors are); reading all cities takes about
// 50 ms.
#ifndef DYAD_PLACES_LIBGEONAMES_H_
#define DYAD_PLACES_LIBGEONAMES_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

struct LibgeonamesPaths {
  std::string library = "libgeonames.so.0";
  std::string locale_dir =
      "/usr/share/locale";  // <lang>/LC_MESSAGES/geonames.mo
};

// Every libgeonames city as a kCity place (admin1 "SY.12"), its country
// mapped to alpha-3 through `alpha2_to_alpha3` (cities of unknown
// countries are dropped). NotFound naming the Debian package when the
// library cannot be opened.
Result<std::vector<Place>> ReadLibgeonamesCities(
    const std::unordered_map<std::string, std::string>& alpha2_to_alpha3,
    const LibgeonamesPaths& paths = LibgeonamesPaths());

}  // namespace dyad

#endif  // DYAD_PLACES_LIBGEONAMES_H_
