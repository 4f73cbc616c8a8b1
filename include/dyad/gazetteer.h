// Gazetteer: the places dyad knows, looked up by folded name.
//
// A place is a country, a first-level subdivision, a city or a region that
// news names as a place (the Gaza Strip, Donbas, Darfur). Each carries its
// English and French names, the other names news uses for it, its ISO 3166-1
// alpha-3 country, coordinates and population.
//
// Sources:
//  - LoadDefault: the cities of Debian's libgeonames (about 24,000 with
//    15,000+ inhabitants, French names from libgeonames-common's
//    geonames.mo), countries and subdivisions of Debian's iso-codes (French
//    names from its iso_3166-1.mo / iso_3166-2.mo), and dyad's list of news
//    exonyms and variants, data/common/exonyms.tsv.
//  - LoadFile: a file written by `dyad gazetteer import` from GeoNames dumps
//    (format in src/places/gazetteer_file.h), iso-codes countries, and the
//    same exonyms.
//
// Lookup takes a name folded with dyad's Fold() (lower case, no accents) and
// returns every place of that name, best first: countries, then by falling
// population ("Paris" gives Paris, France before Paris, Texas). Choosing
// among homonyms from context is left to the caller.
//
// A Gazetteer is immutable after loading and may be shared by any number of
// threads without locking. Loading the default costs about 0.1 s and 10 MB
// of heap (28,000 places); a lookup is one hash probe on the folded name.
#ifndef DYAD_GAZETTEER_H_
#define DYAD_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct Place {
  enum class Kind : uint8_t { kCountry, kAdmin1, kCity, kRegion };

  int64_t geonames_id = 0;  // 0 for places without one (iso-codes, regions)
  Kind kind = Kind::kCity;
  std::string name;     // English name ("Idlib")
  std::string name_fr;  // French name ("Idleb"), or "" when unknown
  // ISO 3166-1 alpha-3 ("SYR"); "PSE" for places of Gaza and the West Bank.
  std::string country;
  // The first-level subdivision: for a kAdmin1 place its own code (ISO
  // 3166-2 "SY-ID", or GeoNames "SY.12" in imported files); for a city the
  // code of the subdivision it lies in when known ("SY.12"), else "".
  std::string admin1;
  // Degrees; 0,0 when unknown (iso-codes subdivisions that exonyms.tsv does
  // not place).
  double lat = 0;
  double lon = 0;
  int64_t population = 0;  // 0 when unknown
  // Every name of the place, `name` and `name_fr` included, each once, in
  // their written form ("Deir ez-Zor", "bande de Gaza").
  std::vector<std::string> names;
};

// "country", "admin1", "city" or "region".
std::string_view PlaceKindName(Place::Kind kind);

class Gazetteer {
 public:
  // The built-in gazetteer (see above). `data_dir` is dyad's data directory
  // ("" for the built-in one); its common/exonyms.tsv is read. Returns
  // NotFound naming the Debian package to install when libgeonames or
  // iso-codes is missing, and InvalidArgument for a bad exonyms line.
  static Result<std::unique_ptr<Gazetteer>> LoadDefault(
      const std::string& data_dir);

  // A file written by `dyad gazetteer import`, with iso-codes countries
  // (and iso-codes subdivisions when the file has none) and the exonyms of
  // `data_dir`. NotFound when the file cannot be read; DataLoss when it is
  // not a dyad gazetteer file.
  static Result<std::unique_ptr<Gazetteer>> LoadFile(
      const std::string& path, const std::string& data_dir);

  // A gazetteer of exactly these places (for tests and custom sources).
  static std::unique_ptr<Gazetteer> FromPlaces(std::vector<Place> places);

  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Places having a name whose Fold() is `folded`, best first (countries,
  // then by population); an empty vector when none. The pointers live as
  // long as the gazetteer.
  const std::vector<const Place*>& Lookup(std::string_view folded) const;

  // Calls `fn` for every (name, place) pair, names unfolded, for building a
  // token trie of multi-word names ("Deir ez-Zor", "bande de Gaza").
  void ForEachName(const std::function<void(std::string_view name,
                                            const Place& place)>& fn) const;

  size_t size() const { return places_.size(); }       // places
  size_t name_count() const { return index_.size(); }  // distinct folded names
  // Approximate heap bytes held, for reports.
  size_t MemoryBytes() const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  explicit Gazetteer(std::vector<Place> places);

  std::vector<Place> places_;
  std::unordered_map<std::string, std::vector<const Place*>, Hash,
                     std::equal_to<>>
      index_;
};

}  // namespace dyad

#endif  // DYAD_GAZETTEER_H_
