// libFuzzer target for the GeoNames dump parsers behind `dyad gazetteer
// import` (GeonamesImporter, src/places/geonames_dump.h) and for dyad's own
// gazetteer file parser (ParseGazetteer).
//
// The first input byte picks the format (mod 5): 0 countryInfo, 1 admin1
// codes, 2 geoname lines (cities / allCountries), 3 alternate names, 4 a
// dyad gazetteer file; the rest is the file content. Alternate names are
// read after a few known places so that they attach to something.
// Besides the sanitizers, checks that bad lines are counted within the lines
// read, that every kept place has a name, valid UTF-8 and coordinates on the
// globe, and that what the importer keeps survives a write / read round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/gazetteer.h"
#include "places/gazetteer_file.h"
#include "places/geonames_dump.h"
#include "places/geonames_importer.h"

namespace {

constexpr size_t kMaxInputBytes = 1 << 20;  // 1 MB

constexpr char kKnownPlaces[] =
    "169389\tIdlib\tIdlib\t\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t"
    "128840\t\t\t\t\n"
    "281133\tGaza\tGaza\t\t31.5\t34.46\tP\tPPLA\tPS\t\tGZ\t\t\t\t410000\t\t"
    "\t\t\n";

bool Valid(std::string_view s) { return dyad::ValidUtf8Length(s) == s.size(); }

void CheckPlaces(const std::vector<dyad::Place>& places) {
  for (const dyad::Place& p : places) {
    if (p.name.empty() || !Valid(p.name) || !Valid(p.name_fr) ||
        !Valid(p.country) || !Valid(p.admin1) || p.lat < -90 || p.lat > 90 ||
        p.lon < -180 || p.lon > 180 || p.population < 0 || p.geonames_id < 0) {
      std::abort();
    }
    for (const std::string& n : p.names) {
      if (!Valid(n)) std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kMaxInputBytes) return 0;
  const int format = data[0] % 5;
  const std::string_view content(reinterpret_cast<const char*>(data) + 1,
                                 size - 1);
  if (format == 4) {
    std::vector<dyad::Place> places;
    if (dyad::ParseGazetteer(content, &places).ok()) {
      CheckPlaces(places);
      // Lookups on what was read must work.
      auto g = dyad::Gazetteer::FromPlaces(std::move(places));
      (void)g->Lookup("idlib");
    } else if (!places.empty()) {
      std::abort();  // promised empty on failure
    }
    return 0;
  }

  int64_t reported = 0;
  dyad::ImportOptions options;
  options.min_population = 0;
  dyad::GeonamesImporter importer(
      options, [&](std::string_view file, int64_t line, std::string_view why) {
        if (line < 1 || why.empty() || !Valid(why)) std::abort();
        ++reported;
      });
  importer.AddCountryCodes({{"SY", "SYR"}, {"PS", "PSE"}, {"FR", "FRA"}});
  using K = dyad::GeonamesImporter::FileKind;
  const K kinds[] = {K::kCountryInfo, K::kAdmin1, K::kGeonames,
                     K::kAlternateNames};
  if (kinds[format] == K::kAlternateNames) {
    importer.ReadText(K::kGeonames, "known", kKnownPlaces);
    if (importer.bad_lines() != 0) std::abort();
  }
  importer.ReadText(kinds[format], "fuzz", content);
  if (reported != importer.bad_lines() ||
      importer.bad_lines() > importer.lines_read()) {
    std::abort();
  }
  std::vector<dyad::Place> places = importer.TakePlaces();
  CheckPlaces(places);
  std::vector<dyad::Place> back;
  if (!dyad::ParseGazetteer(dyad::FormatGazetteer(places, {"fuzz"}), &back)
           .ok() ||
      back.size() != places.size()) {
    std::abort();
  }
  for (size_t i = 0; i < back.size(); ++i) {
    if (back[i].geonames_id != places[i].geonames_id ||
        back[i].kind != places[i].kind) {
      std::abort();
    }
  }
  return 0;
}
