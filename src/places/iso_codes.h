// Countries and first-level subdivisions from Debian's iso-codes package.
//
// Reads /usr/share/iso-codes/json/iso_3166-1.json and iso_3166-2.json, and
// their French translations iso_3166-1.mo / iso_3166-2.mo (MoCatalog).
// iso-codes writes some names inverted ("Palestine, State of",
// "Madrid, Comunidad de") or with alternatives ("Catalunya [Cataluña]",
// "Sofia (stolitsa)"): IsoNameVariants turns them into names news uses.
// Internal to dyad (src/places/); the public interface is dyad/gazetteer.h.
// Stateless functions; thread-safe.
#ifndef DYAD_PLACES_ISO_CODES_H_
#define DYAD_PLACES_ISO_CODES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

struct IsoCodesPaths {
  std::string json_dir = "/usr/share/iso-codes/json";
  std::string fr_locale_dir = "/usr/share/locale/fr/LC_MESSAGES";
};

struct IsoCodes {
  std::vector<Place> countries;     // kCountry, no coordinates
  std::vector<Place> subdivisions;  // kAdmin1, admin1 = ISO 3166-2 code
  // Lower-level subdivisions (French départements, Italian provinces,
  // British council areas...): kRegion, admin1 = the code of the
  // first-level subdivision they lie in.
  std::vector<Place> lower_subdivisions;
  std::unordered_map<std::string, std::string> alpha2_to_alpha3;  // "SY"→"SYR"
};

// Reads countries, first-level subdivisions (those without a parent) and
// the lower levels.
// NotFound (naming the Debian package) when the JSON files are missing;
// French names are left empty when the .mo files are missing.
Result<IsoCodes> ReadIsoCodes(const IsoCodesPaths& paths = IsoCodesPaths());

// The names news would use for an iso-codes name, best first:
// "Palestine, State of" → {"State of Palestine", "Palestine"};
// "Catalunya [Cataluña]" → {"Catalunya", "Cataluña"};
// "Sofia (stolitsa)" → {"Sofia"}; "Iran, République islamique d'" →
// {"République islamique d'Iran", "Iran"}. The part before a comma is
// listed last; callers drop it where it is ambiguous ("Korea, ...").
std::vector<std::string> IsoNameVariants(std::string_view name);

}  // namespace dyad

#endif  // DYAD_PLACES_ISO_CODES_H_
