// Parsers for the lines of GeoNames dump files
// (https://download.geonames.org/export/dump/, format in its readme.txt).
//
//  - geoname lines (cities500.txt … cities15000.txt, allCountries.txt, a
//    country's XX.txt): 19 tab-separated fields;
//  - alternateNamesV2.txt: 10 fields (alternateNames.txt: 8 also accepted);
//  - admin1CodesASCII.txt: 4 fields;
//  - countryInfo.txt: `#` comment lines, then 19 fields.
//
// Each parser checks one line (without its '\n'; a trailing '\r' is
// ignored), fills its record and returns true, or returns false and says
// why in `*reason` ("12 fields, expected 19", "latitude 'abc' is not a
// number", "not valid UTF-8 at byte 7"). Internal to dyad (src/places/);
// the public interface is dyad/gazetteer.h. Stateless; thread-safe.
#ifndef DYAD_PLACES_GEONAMES_DUMP_H_
#define DYAD_PLACES_GEONAMES_DUMP_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

struct GeonameRecord {
  int64_t id = 0;
  std::string_view name;  // UTF-8
  std::string_view ascii_name;
  double lat = 0, lon = 0;        // within [-90, 90] × [-180, 180]
  char feature_class = 0;         // 'P' populated place, 'A' admin area, …
  std::string_view feature_code;  // "PPLC", "ADM1", …
  std::string_view country_code;  // ISO 3166-1 alpha-2, may be empty
  std::string_view admin1_code;   // "12", may be empty
  int64_t population = 0;
};

struct AlternateNameRecord {
  int64_t geonames_id = 0;
  std::string_view lang;  // "fr", "en", "link", "" …
  std::string_view name;
  bool preferred = false, short_name = false, colloquial = false,
       historic = false;
};

struct Admin1Record {
  std::string_view code;  // "SY.12"
  std::string_view name;
  std::string_view ascii_name;
  int64_t geonames_id = 0;
};

struct CountryInfoRecord {
  std::string_view alpha2, alpha3, name;
  int64_t population = 0;
  int64_t geonames_id = 0;
};

// The views in the records point into `line`.
bool ParseGeonameLine(std::string_view line, GeonameRecord* out,
                      std::string* reason);
bool ParseAlternateNameLine(std::string_view line, AlternateNameRecord* out,
                            std::string* reason);
bool ParseAdmin1Line(std::string_view line, Admin1Record* out,
                     std::string* reason);
// Comment lines ("#...") are not records: the caller skips them.
bool ParseCountryInfoLine(std::string_view line, CountryInfoRecord* out,
                          std::string* reason);

// The length of the longest valid UTF-8 prefix of `s` (ICU's rules).
size_t ValidUtf8Length(std::string_view s);

}  // namespace dyad

#endif  // DYAD_PLACES_GEONAMES_DUMP_H_
