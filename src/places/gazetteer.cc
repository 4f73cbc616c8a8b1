#include "dyad/gazetteer.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>

#include "base/fold.h"
#include "dyad/data_dir.h"
#include "places/exonyms.h"
#include "places/gazetteer_file.h"
#include "places/iso_codes.h"
#include "places/libgeonames.h"

namespace dyad {

namespace {

std::string ExonymsPath(const std::string& data_dir) {
  return (data_dir.empty() ? DefaultDataDir() : data_dir) +
         "/common/exonyms.tsv";
}

// Best first: countries, then by falling population, then subdivisions
// before cities before regions, then by GeoNames id (for a stable order).
bool Better(const Place* a, const Place* b) {
  const bool ca = a->kind == Place::Kind::kCountry;
  const bool cb = b->kind == Place::Kind::kCountry;
  if (ca != cb) return ca;
  if (a->population != b->population) return a->population > b->population;
  if (a->kind != b->kind) return a->kind < b->kind;
  return a->geonames_id < b->geonames_id;
}

size_t StringBytes(const std::string& s) {
  return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

}  // namespace

std::string_view PlaceKindName(Place::Kind kind) {
  switch (kind) {
    case Place::Kind::kCountry:
      return "country";
    case Place::Kind::kAdmin1:
      return "admin1";
    case Place::Kind::kCity:
      return "city";
    case Place::Kind::kRegion:
      return "region";
  }
  return "city";
}

namespace {

// Countries the sources give no coordinates (iso-codes has none) are placed
// at the population-weighted centre of their cities: where "in Syria" most
// likely happened, and a point a map can show. A country with no city
// keeps 0,0 (unknown).
void PlaceCountriesAtTheirPeople(std::vector<Place>* places) {
  struct Sum {
    double lat = 0, lon = 0, weight = 0;
  };
  std::unordered_map<std::string, Sum> sums;
  for (const Place& p : *places) {
    if (p.kind != Place::Kind::kCity || (p.lat == 0 && p.lon == 0)) continue;
    double w = static_cast<double>(std::max<int64_t>(p.population, 1000));
    Sum& s = sums[p.country];
    s.lat += w * p.lat;
    s.lon += w * p.lon;
    s.weight += w;
  }
  for (Place& p : *places) {
    if (p.kind != Place::Kind::kCountry || p.lat != 0 || p.lon != 0) continue;
    auto it = sums.find(p.country);
    if (it == sums.end() || it->second.weight == 0) continue;
    p.lat = it->second.lat / it->second.weight;
    p.lon = it->second.lon / it->second.weight;
  }
}

}  // namespace

Gazetteer::Gazetteer(std::vector<Place> places) : places_(std::move(places)) {
  PlaceCountriesAtTheirPeople(&places_);
  index_.reserve(places_.size() * 2);
  std::string key;
  for (Place& p : places_) {
    // `names` holds `name` and `name_fr` too.
    for (const std::string* n : {&p.name, &p.name_fr}) {
      if (!n->empty() &&
          std::find(p.names.begin(), p.names.end(), *n) == p.names.end()) {
        p.names.push_back(*n);
      }
    }
    for (const std::string& n : p.names) {
      key.clear();
      AppendFolded(n, &key);
      if (key.empty()) continue;
      std::vector<const Place*>& v = index_[key];
      if (v.empty() || v.back() != &p) v.push_back(&p);
    }
  }
  for (auto& [k, v] : index_) std::sort(v.begin(), v.end(), Better);
}

std::unique_ptr<Gazetteer> Gazetteer::FromPlaces(std::vector<Place> places) {
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(places)));
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::LoadDefault(
    const std::string& data_dir) {
  auto iso = ReadIsoCodes();
  if (!iso.ok()) return iso.status();
  auto cities = ReadLibgeonamesCities(iso->alpha2_to_alpha3);
  if (!cities.ok()) return cities.status();
  std::vector<Place> places = std::move(iso->countries);
  places.reserve(places.size() + iso->subdivisions.size() +
                 iso->lower_subdivisions.size() + cities->size() + 512);
  for (Place& p : iso->subdivisions) places.push_back(std::move(p));
  for (Place& p : iso->lower_subdivisions) places.push_back(std::move(p));
  for (Place& p : *cities) places.push_back(std::move(p));
  DYAD_RETURN_IF_ERROR(ApplyExonyms(ExonymsPath(data_dir), &places));
  return FromPlaces(std::move(places));
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::LoadFile(
    const std::string& path, const std::string& data_dir) {
  std::vector<Place> from_file;
  DYAD_RETURN_IF_ERROR(ReadGazetteerFile(path, &from_file));
  std::vector<Place> places;
  auto iso = ReadIsoCodes();
  if (iso.ok()) places = std::move(iso->countries);
  const bool file_has_admin1 = std::any_of(
      from_file.begin(), from_file.end(),
      [](const Place& p) { return p.kind == Place::Kind::kAdmin1; });
  if (iso.ok() && !file_has_admin1) {
    for (Place& p : iso->subdivisions) places.push_back(std::move(p));
    for (Place& p : iso->lower_subdivisions) places.push_back(std::move(p));
  }
  for (Place& p : from_file) {
    if (p.kind != Place::Kind::kCountry || !iso.ok()) {
      places.push_back(std::move(p));
    }
  }
  DYAD_RETURN_IF_ERROR(ApplyExonyms(ExonymsPath(data_dir), &places));
  return FromPlaces(std::move(places));
}

const std::vector<const Place*>& Gazetteer::Lookup(
    std::string_view folded) const {
  static const std::vector<const Place*> kEmpty;
  auto it = index_.find(folded);
  return it == index_.end() ? kEmpty : it->second;
}

void Gazetteer::ForEachName(
    const std::function<void(std::string_view, const Place&)>& fn) const {
  for (const Place& p : places_) {
    for (const std::string& n : p.names) fn(n, p);
  }
}

size_t Gazetteer::MemoryBytes() const {
  size_t bytes = places_.capacity() * sizeof(Place);
  for (const Place& p : places_) {
    bytes += StringBytes(p.name) + StringBytes(p.name_fr) +
             StringBytes(p.country) + StringBytes(p.admin1) +
             p.names.capacity() * sizeof(std::string);
    for (const std::string& n : p.names) bytes += StringBytes(n);
  }
  // Buckets, nodes (key + vector + next pointer) and the vectors' arrays.
  bytes += index_.bucket_count() * sizeof(void*);
  for (const auto& [k, v] : index_) {
    bytes += sizeof(std::string) + sizeof(v) + 2 * sizeof(void*) +
             StringBytes(k) + v.capacity() * sizeof(const Place*);
  }
  return bytes;
}

}  // namespace dyad
