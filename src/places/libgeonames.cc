#include "places/libgeonames.h"

#include <dlfcn.h>

#include <charconv>
#include <cstring>

#include "places/mo_catalog.h"

namespace dyad {

namespace {

// libgeonames' city is a GVariant of type (sssssssudd): id, name, admin1
// code, admin1 name, country code, country name, time zone, population,
// latitude, longitude. Its public accessors give all but the id, which we
// read with GLib's GVariant calls (resolved through the library's
// dependencies).
constexpr char kCityType[] = "(sssssssudd)";

struct Api {
  int (*n_cities)();
  void* (*get_city)(int);
  void (*city_free)(void*);
  const char* (*name)(void*);
  const char* (*country_code)(void*);
  double (*latitude)(void*);
  double (*longitude)(void*);
  unsigned (*population)(void*);
  const char* (*type_string)(void*);
  void* (*child_value)(void*, size_t);
  const char* (*get_string)(void*, size_t*);
  void (*unref)(void*);
};

template <typename F>
bool Resolve(void* handle, const char* symbol, F* fn) {
  *fn = reinterpret_cast<F>(dlsym(handle, symbol));
  return *fn != nullptr;
}

std::string ChildString(const Api& api, void* city, size_t i) {
  void* child = api.child_value(city, i);
  if (child == nullptr) return "";
  const char* s = api.get_string(child, nullptr);
  std::string out = s ? s : "";
  api.unref(child);
  return out;
}

}  // namespace

Result<std::vector<Place>> ReadLibgeonamesCities(
    const std::unordered_map<std::string, std::string>& alpha2_to_alpha3,
    const LibgeonamesPaths& paths) {
  void* handle = dlopen(paths.library.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return Status::NotFound("cannot open " + paths.library + " (" +
                            (why ? why : "?") +
                            "); install the Debian packages libgeonames0 "
                            "and libgeonames-common, or load a file from "
                            "'dyad gazetteer import'");
  }
  Api api{};
  if (!Resolve(handle, "geonames_get_n_cities", &api.n_cities) ||
      !Resolve(handle, "geonames_get_city", &api.get_city) ||
      !Resolve(handle, "geonames_city_free", &api.city_free) ||
      !Resolve(handle, "geonames_city_get_name", &api.name) ||
      !Resolve(handle, "geonames_city_get_country_code", &api.country_code) ||
      !Resolve(handle, "geonames_city_get_latitude", &api.latitude) ||
      !Resolve(handle, "geonames_city_get_longitude", &api.longitude) ||
      !Resolve(handle, "geonames_city_get_population", &api.population)) {
    return Status::NotFound(paths.library +
                            " lacks the geonames_* functions dyad uses "
                            "(libgeonames 0.3 expected)");
  }
  // The GVariant calls are optional: without them, no ids (so no
  // translated names) but still every city.
  const bool have_variant =
      Resolve(handle, "g_variant_get_type_string", &api.type_string) &&
      Resolve(handle, "g_variant_get_child_value", &api.child_value) &&
      Resolve(handle, "g_variant_get_string", &api.get_string) &&
      Resolve(handle, "g_variant_unref", &api.unref);

  MoCatalog en, fr;
  en.Load(paths.locale_dir + "/en/LC_MESSAGES/geonames.mo").IgnoreError();
  fr.Load(paths.locale_dir + "/fr/LC_MESSAGES/geonames.mo").IgnoreError();

  std::vector<Place> out;
  const int n = api.n_cities();
  out.reserve(n > 0 ? n : 0);
  for (int i = 0; i < n; ++i) {
    void* city = api.get_city(i);
    if (city == nullptr) continue;
    Place p;
    p.kind = Place::Kind::kCity;
    const char* cc = api.country_code(city);
    auto alpha3 = alpha2_to_alpha3.find(cc ? cc : "");
    const char* data_name = api.name(city);
    if (alpha3 == alpha2_to_alpha3.end() || data_name == nullptr ||
        *data_name == '\0') {
      api.city_free(city);
      continue;
    }
    p.country = alpha3->second;
    p.lat = api.latitude(city);
    p.lon = api.longitude(city);
    p.population = api.population(city);
    p.name = data_name;
    if (have_variant && std::strcmp(api.type_string(city), kCityType) == 0) {
      const std::string id = ChildString(api, city, 0);
      std::from_chars(id.data(), id.data() + id.size(), p.geonames_id);
      const std::string admin1 = ChildString(api, city, 2);
      if (!admin1.empty()) p.admin1 = std::string(cc) + "." + admin1;
      if (std::string_view e = en.Translate(id); !e.empty()) p.name = e;
      p.name_fr = fr.Translate(id);
    }
    api.city_free(city);
    p.names.push_back(p.name);
    if (p.name != data_name) p.names.emplace_back(data_name);
    if (!p.name_fr.empty() && p.name_fr != p.name && p.name_fr != data_name) {
      p.names.push_back(p.name_fr);
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace dyad
