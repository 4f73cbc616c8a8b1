#include "places/exonyms.h"

#include <charconv>
#include <cmath>
#include <unordered_map>

#include "base/tsv.h"
#include "places/gazetteer_file.h"

namespace dyad {

namespace {

void AddName(std::string_view name, Place* p) {
  for (const std::string& n : p->names) {
    if (n == name) return;
  }
  p->names.emplace_back(name);
}

bool IsUpper(std::string_view s) {
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return !s.empty();
}

// Where each key points in `places`.
class KeyIndex {
 public:
  explicit KeyIndex(const std::vector<Place>& places) {
    for (size_t i = 0; i < places.size(); ++i) Add(places[i], i);
  }
  void Add(const Place& p, size_t i) {
    if (p.geonames_id != 0) by_key_.emplace(std::to_string(p.geonames_id), i);
    if (p.kind == Place::Kind::kCountry) by_key_.emplace(p.country, i);
    if (p.kind == Place::Kind::kAdmin1 && !p.admin1.empty()) {
      by_key_.emplace(p.admin1, i);
    }
  }
  const size_t* Find(std::string_view key) const {
    auto it = by_key_.find(std::string(key));
    return it == by_key_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, size_t> by_key_;
};

bool ParseNumber(std::string_view s, double* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v,
                                   std::chars_format::fixed);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*v);
}

}  // namespace

Status ApplyExonyms(const std::string& path, std::vector<Place>* places,
                    ExonymStats* stats) {
  KeyIndex index(*places);
  ExonymStats local;
  Status s = ReadTsv(
      path, [&](int64_t, const std::vector<std::string_view>& f) -> Status {
        if (f.size() != 9) {
          return Status::InvalidArgument(
              "expected 9 tab-separated fields, got " +
              std::to_string(f.size()));
        }
        Place::Kind kind;
        if (!ParsePlaceKind(f[1], &kind)) {
          return Status::InvalidArgument(
              "unknown kind '" + std::string(f[1]) +
              "'; known: country, admin1, city, region");
        }
        const bool has_country = f[2] != "-";
        if (has_country && (f[2].size() != 3 || !IsUpper(f[2]))) {
          return Status::InvalidArgument("country '" + std::string(f[2]) +
                                         "' is not an ISO alpha-3 code or '-'");
        }
        double lat = 0, lon = 0;
        const bool has_coords = f[3] != "-" && f[4] != "-";
        if (has_coords &&
            (!ParseNumber(f[3], &lat) || !ParseNumber(f[4], &lon) ||
             std::abs(lat) > 90 || std::abs(lon) > 180)) {
          return Status::InvalidArgument("bad coordinates '" +
                                         std::string(f[3]) + "', '" +
                                         std::string(f[4]) + "'");
        }
        int64_t population = 0;
        if (f[5] != "-") {
          auto [end, ec] = std::from_chars(
              f[5].data(), f[5].data() + f[5].size(), population);
          if (ec != std::errc() || end != f[5].data() + f[5].size()) {
            return Status::InvalidArgument("bad population '" +
                                           std::string(f[5]) + "'");
          }
        }
        const std::string_view en = f[6] == "-" ? "" : f[6];
        const std::string_view fr = f[7] == "-" ? "" : f[7];
        const std::vector<std::string_view> variants =
            f[8] == "-" ? std::vector<std::string_view>()
                        : SplitList(f[8], '|');

        Place* p = nullptr;
        for (std::string_view key : SplitList(f[0], '|')) {
          if (const size_t* i = index.Find(key)) {
            p = &(*places)[*i];
            break;
          }
        }
        if (p != nullptr) {
          ++local.matched;
          if (has_country) p->country = std::string(f[2]);
          if (has_coords && p->lat == 0 && p->lon == 0) {  // iso-codes places
            p->lat = lat;
            p->lon = lon;
          }
        } else {
          if (!has_country || !has_coords || en.empty()) {
            return Status::InvalidArgument("no place has key '" +
                                           std::string(f[0]) +
                                           "', and the line lacks the country, "
                                           "coordinates or English name "
                                           "needed to create it");
          }
          ++local.created;
          places->emplace_back();
          p = &places->back();
          p->kind = kind;
          p->country = std::string(f[2]);
          p->lat = lat;
          p->lon = lon;
          for (std::string_view key : SplitList(f[0], '|')) {
            int64_t id = 0;
            auto [end, ec] =
                std::from_chars(key.data(), key.data() + key.size(), id);
            if (ec == std::errc() && end == key.data() + key.size()) {
              p->geonames_id = id;
            } else if (kind == Place::Kind::kAdmin1 && p->admin1.empty()) {
              p->admin1 = std::string(key);
            }
          }
          index.Add(*p, places->size() - 1);
        }
        if (population > p->population) p->population = population;
        if (!en.empty()) {
          p->name = std::string(en);
          AddName(en, p);
        }
        if (!fr.empty()) {
          p->name_fr = std::string(fr);
          AddName(fr, p);
        }
        for (std::string_view v : variants) AddName(v, p);
        return Status::Ok();
      });
  if (stats != nullptr) *stats = local;
  return s;
}

}  // namespace dyad
