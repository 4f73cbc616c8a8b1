// dyad's compact gazetteer file, written by `dyad gazetteer import`.
//
// UTF-8 text, one place a line, 10 tab-separated fields:
//
//   # dyad gazetteer 1
//   # <free comment lines: source files, date, counts>
//   kind  geonames_id  country  admin1  lat  lon  population  name  name_fr
//   names
//
//   kind         country, admin1, city or region
//   geonames_id  GeoNames id, 0 when none
//   country      ISO 3166-1 alpha-3
//   admin1       subdivision code ("SY.12") or empty
//   lat, lon     decimal degrees (5 decimals)
//   population   integer, 0 when unknown
//   name         English name; name_fr: French name or empty
//   names        the other names, separated by '|'
//
// The first line must be exactly "# dyad gazetteer 1"; other lines starting
// with '#' are comments. Tabs, '|' and newlines inside names are written as
// spaces. Internal to dyad (src/places/); the public interface is
// dyad/gazetteer.h (Gazetteer::LoadFile). Stateless; thread-safe.
#ifndef DYAD_PLACES_GAZETTEER_FILE_H_
#define DYAD_PLACES_GAZETTEER_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

// Writes `places` to `path`, with `comment` lines (each prefixed with "# ")
// after the format line. Unavailable when the file cannot be written.
Status WriteGazetteerFile(const std::string& path,
                          const std::vector<Place>& places,
                          const std::vector<std::string>& comment);

// Serialises / parses the file content (for tests and the fuzzer).
std::string FormatGazetteer(const std::vector<Place>& places,
                            const std::vector<std::string>& comment);
// DataLoss naming the line when the content is not a valid gazetteer file;
// `*places` is left empty then.
Status ParseGazetteer(std::string_view content, std::vector<Place>* places);

// Reads the file at `path`; NotFound when it cannot be read.
Status ReadGazetteerFile(const std::string& path, std::vector<Place>* places);

// "city" → kCity, …; false for an unknown kind.
bool ParsePlaceKind(std::string_view s, Place::Kind* kind);

}  // namespace dyad

#endif  // DYAD_PLACES_GAZETTEER_FILE_H_
