// GeonamesImporter: builds gazetteer places from GeoNames dump files.
//
// Feed it, in this order, any of: countryInfo.txt (alpha-2 → alpha-3 codes;
// iso-codes gives them otherwise), admin1CodesASCII.txt (subdivisions),
// geoname files (cities*.txt or allCountries.txt: populated places of
// --min-population and more, and ADM1 areas), then alternateNamesV2.txt
// (names in the wanted languages, only for places already kept). Bad lines
// are reported through the BadLineFn with file and line number, counted and
// skipped; an unreadable file is a NotFound status. The result goes to
// WriteGazetteerFile (gazetteer_file.h).
//
// Internal to dyad (src/places/), used by `dyad gazetteer import`. Not
// thread-safe; one importer per import. Memory grows with the places kept
// (about 300 bytes each); the dump files are streamed line by line.
#ifndef DYAD_PLACES_GEONAMES_IMPORTER_H_
#define DYAD_PLACES_GEONAMES_IMPORTER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

struct ImportOptions {
  int64_t min_population = 0;  // populated places below: skipped
  std::vector<std::string> langs = {"fr", "en"};  // alternate names kept
};

// Called for each bad line: file name, 1-based line number, reason.
using BadLineFn = std::function<void(std::string_view file, int64_t line,
                                     std::string_view reason)>;

class GeonamesImporter {
 public:
  enum class FileKind { kCountryInfo, kAdmin1, kGeonames, kAlternateNames };

  GeonamesImporter(ImportOptions options, BadLineFn bad_line);

  // Alpha-2 → alpha-3 country codes (e.g. from iso-codes), used for places
  // whose country countryInfo did not give.
  void AddCountryCodes(
      const std::unordered_map<std::string, std::string>& alpha2_to_alpha3);

  // Reads a whole file of the given kind. NotFound when it cannot be read.
  Status ReadFile(FileKind kind, const std::string& path);
  // Reads `content` as the lines of a file named `name` (for tests and the
  // fuzzer). Never fails: bad lines are reported.
  void ReadText(FileKind kind, std::string_view name, std::string_view content);

  // Fills empty French names from a GeoNames-id-keyed catalog (the
  // libgeonames-common geonames.mo), returns how many were filled.
  int64_t FillFrenchNames(
      const std::function<std::string_view(std::string_view id)>& translate);

  // The places kept so far, in input order. Leaves the importer empty.
  std::vector<Place> TakePlaces();

  int64_t lines_read() const { return lines_read_; }
  int64_t bad_lines() const { return bad_lines_; }
  int64_t places() const { return static_cast<int64_t>(places_.size()); }
  int64_t names_added() const { return names_added_; }

 private:
  void ReadLine(FileKind kind, std::string_view name, int64_t line_no,
                std::string_view line);
  void Bad(std::string_view file, int64_t line, std::string_view reason);
  Place* Add(int64_t geonames_id);

  ImportOptions options_;
  BadLineFn bad_line_;
  std::unordered_map<std::string, std::string> alpha3_;
  std::vector<Place> places_;
  std::unordered_map<int64_t, size_t> by_id_;  // geonames id → places_ index
  std::unordered_set<int64_t>
      preferred_fr_;  // name_fr set from a preferred name
  int64_t lines_read_ = 0;
  int64_t bad_lines_ = 0;
  int64_t names_added_ = 0;
};

}  // namespace dyad

#endif  // DYAD_PLACES_GEONAMES_IMPORTER_H_
