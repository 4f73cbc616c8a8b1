#include "places/geonames_dump.h"

#include <unicode/utf8.h>

#include <charconv>
#include <cmath>
#include <vector>

namespace dyad {

namespace {

// Splits on tabs into `fields` (at most `max` + 1, so that "too many" is
// seen), after dropping a trailing '\r'.
void SplitTabs(std::string_view line, size_t max,
               std::vector<std::string_view>* fields) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  fields->clear();
  size_t start = 0;
  while (fields->size() <= max) {
    const size_t tab = line.find('\t', start);
    fields->push_back(line.substr(start, tab == std::string_view::npos
                                             ? std::string_view::npos
                                             : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
}

std::string Quote(std::string_view s) {
  std::string out = "'";
  const size_t n = ValidUtf8Length(s.substr(0, 40));
  out.append(s.substr(0, n));
  if (n < s.size()) out += "...";
  return out + "'";
}

bool CheckCount(const std::vector<std::string_view>& fields, size_t want,
                std::string* reason) {
  if (fields.size() == want) return true;
  *reason = (fields.size() > want ? "more than " : "") +
            std::to_string(fields.size() > want ? want : fields.size()) +
            " fields, expected " + std::to_string(want);
  return false;
}

bool CheckUtf8(std::string_view line, std::string* reason) {
  const size_t n = ValidUtf8Length(line);
  if (n == line.size()) return true;
  *reason = "not valid UTF-8 at byte " + std::to_string(n);
  return false;
}

bool ParseInt(std::string_view s, std::string_view what, bool empty_is_zero,
              int64_t* out, std::string* reason) {
  if (s.empty() && empty_is_zero) {
    *out = 0;
    return true;
  }
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) {
    *reason = std::string(what) + " " + Quote(s) + " is not an integer";
    return false;
  }
  return true;
}

bool ParseDegrees(std::string_view s, std::string_view what, double limit,
                  double* out, std::string* reason) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out,
                                   std::chars_format::fixed);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() ||
      !std::isfinite(*out)) {
    *reason = std::string(what) + " " + Quote(s) + " is not a number";
    return false;
  }
  if (*out < -limit || *out > limit) {
    *reason = std::string(what) + " " + Quote(s) + " is out of range";
    return false;
  }
  return true;
}

bool Flag(std::string_view s) { return s == "1"; }

}  // namespace

size_t ValidUtf8Length(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return start;
  }
  return s.size();
}

bool ParseGeonameLine(std::string_view line, GeonameRecord* out,
                      std::string* reason) {
  std::vector<std::string_view> f;
  SplitTabs(line, 19, &f);
  if (!CheckCount(f, 19, reason) || !CheckUtf8(line, reason)) return false;
  if (!ParseInt(f[0], "geonameid", false, &out->id, reason)) return false;
  if (out->id <= 0) {
    *reason = "geonameid " + Quote(f[0]) + " is not positive";
    return false;
  }
  out->name = f[1];
  out->ascii_name = f[2];
  if (out->name.empty()) {
    *reason = "empty name";
    return false;
  }
  if (!ParseDegrees(f[4], "latitude", 90, &out->lat, reason) ||
      !ParseDegrees(f[5], "longitude", 180, &out->lon, reason)) {
    return false;
  }
  if (f[6].size() > 1) {
    *reason = "feature class " + Quote(f[6]) + " is not one letter";
    return false;
  }
  out->feature_class = f[6].empty() ? 0 : f[6][0];
  out->feature_code = f[7];
  out->country_code = f[8];
  out->admin1_code = f[10];
  if (!ParseInt(f[14], "population", true, &out->population, reason)) {
    return false;
  }
  if (out->population < 0) {
    *reason = "negative population";
    return false;
  }
  return true;
}

bool ParseAlternateNameLine(std::string_view line, AlternateNameRecord* out,
                            std::string* reason) {
  std::vector<std::string_view> f;
  SplitTabs(line, 10, &f);
  if (f.size() != 8 && !CheckCount(f, 10, reason)) return false;
  if (!CheckUtf8(line, reason)) return false;
  int64_t alternate_id = 0;
  if (!ParseInt(f[0], "alternateNameId", false, &alternate_id, reason) ||
      !ParseInt(f[1], "geonameid", false, &out->geonames_id, reason)) {
    return false;
  }
  out->lang = f[2];
  out->name = f[3];
  if (out->name.empty()) {
    *reason = "empty alternate name";
    return false;
  }
  out->preferred = Flag(f[4]);
  out->short_name = Flag(f[5]);
  out->colloquial = Flag(f[6]);
  out->historic = Flag(f[7]);
  return true;
}

bool ParseAdmin1Line(std::string_view line, Admin1Record* out,
                     std::string* reason) {
  std::vector<std::string_view> f;
  SplitTabs(line, 4, &f);
  if (!CheckCount(f, 4, reason) || !CheckUtf8(line, reason)) return false;
  const size_t dot = f[0].find('.');
  if (dot != 2 || f[0].size() < 4) {
    *reason = "code " + Quote(f[0]) + " is not of the form CC.code";
    return false;
  }
  out->code = f[0];
  out->name = f[1];
  out->ascii_name = f[2];
  if (out->name.empty()) {
    *reason = "empty name";
    return false;
  }
  if (!ParseInt(f[3], "geonameid", false, &out->geonames_id, reason)) {
    return false;
  }
  if (out->geonames_id <= 0) {
    *reason = "geonameid " + Quote(f[3]) + " is not positive";
    return false;
  }
  return true;
}

bool ParseCountryInfoLine(std::string_view line, CountryInfoRecord* out,
                          std::string* reason) {
  std::vector<std::string_view> f;
  SplitTabs(line, 19, &f);
  if (!CheckCount(f, 19, reason) || !CheckUtf8(line, reason)) return false;
  if (f[0].size() != 2 || f[1].size() != 3) {
    *reason = "ISO codes " + Quote(f[0]) + " / " + Quote(f[1]) +
              " are not 2 and 3 letters";
    return false;
  }
  out->alpha2 = f[0];
  out->alpha3 = f[1];
  out->name = f[4];
  return ParseInt(f[7], "population", true, &out->population, reason) &&
         ParseInt(f[16], "geonameid", true, &out->geonames_id, reason);
}

}  // namespace dyad
