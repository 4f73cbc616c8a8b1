#include "places/gazetteer_file.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/tsv.h"
#include "places/geonames_dump.h"

namespace dyad {

namespace {

constexpr std::string_view kFormatLine = "# dyad gazetteer 1";

void AppendClean(std::string_view s, std::string* out) {
  for (char c : s) {
    out->push_back(c == '\t' || c == '|' || c == '\n' || c == '\r' ? ' ' : c);
  }
}

void AppendDegrees(double v, std::string* out) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  out->append(buf);
}

}  // namespace

bool ParsePlaceKind(std::string_view s, Place::Kind* kind) {
  for (Place::Kind k : {Place::Kind::kCountry, Place::Kind::kAdmin1,
                        Place::Kind::kCity, Place::Kind::kRegion}) {
    if (s == PlaceKindName(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::string FormatGazetteer(const std::vector<Place>& places,
                            const std::vector<std::string>& comment) {
  std::string out(kFormatLine);
  out += '\n';
  for (const std::string& c : comment) {
    out += "# ";
    AppendClean(c, &out);
    out += '\n';
  }
  out +=
      "# kind\tgeonames_id\tcountry\tadmin1\tlat\tlon\tpopulation\tname\t"
      "name_fr\tnames\n";
  for (const Place& p : places) {
    out += PlaceKindName(p.kind);
    out += '\t';
    out += std::to_string(p.geonames_id);
    out += '\t';
    AppendClean(p.country, &out);
    out += '\t';
    AppendClean(p.admin1, &out);
    out += '\t';
    AppendDegrees(p.lat, &out);
    out += '\t';
    AppendDegrees(p.lon, &out);
    out += '\t';
    out += std::to_string(p.population);
    out += '\t';
    AppendClean(p.name, &out);
    out += '\t';
    AppendClean(p.name_fr, &out);
    out += '\t';
    bool first = true;
    for (const std::string& n : p.names) {
      if (n == p.name || n == p.name_fr) continue;
      if (!first) out += '|';
      AppendClean(n, &out);
      first = false;
    }
    out += '\n';
  }
  return out;
}

Status WriteGazetteerFile(const std::string& path,
                          const std::vector<Place>& places,
                          const std::vector<std::string>& comment) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Unavailable("cannot write '" + path + "'");
  const std::string content = FormatGazetteer(places, comment);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) return Status::Unavailable("error writing '" + path + "'");
  return Status::Ok();
}

Status ParseGazetteer(std::string_view content, std::vector<Place>* places) {
  places->clear();
  int64_t line_no = 0;
  auto fail = [&](const std::string& why) {
    places->clear();
    return Status::DataLoss("line " + std::to_string(line_no) + ": " + why +
                            "; regenerate the file with 'dyad gazetteer "
                            "import'");
  };
  std::vector<std::string_view> f;
  while (!content.empty()) {
    const size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size()
                                                       : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != kFormatLine) {
        return fail("not a dyad gazetteer file (first line is not '" +
                    std::string(kFormatLine) + "')");
      }
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    if (ValidUtf8Length(line) != line.size()) return fail("not valid UTF-8");
    f.clear();
    size_t start = 0;
    while (f.size() < 11) {
      const size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string_view::npos
                                         ? std::string_view::npos
                                         : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (f.size() != 10) return fail("expected 10 tab-separated fields");
    Place p;
    if (!ParsePlaceKind(f[0], &p.kind)) return fail("unknown kind");
    auto int_field = [](std::string_view s, int64_t* v) {
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
      return ec == std::errc() && end == s.data() + s.size() && *v >= 0;
    };
    auto deg_field = [](std::string_view s, double limit, double* v) {
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v,
                                       std::chars_format::fixed);
      return ec == std::errc() && end == s.data() + s.size() &&
             std::isfinite(*v) && *v >= -limit && *v <= limit;
    };
    if (!int_field(f[1], &p.geonames_id)) return fail("bad geonames_id");
    if (!deg_field(f[4], 90, &p.lat) || !deg_field(f[5], 180, &p.lon)) {
      return fail("bad coordinates");
    }
    if (!int_field(f[6], &p.population)) return fail("bad population");
    if (f[7].empty()) return fail("empty name");
    p.country = std::string(f[2]);
    p.admin1 = std::string(f[3]);
    p.name = std::string(f[7]);
    p.name_fr = std::string(f[8]);
    p.names.push_back(p.name);
    if (!p.name_fr.empty() && p.name_fr != p.name) p.names.push_back(p.name_fr);
    for (std::string_view n : SplitList(f[9], '|')) p.names.emplace_back(n);
    places->push_back(std::move(p));
  }
  if (line_no == 0) return fail("empty file");
  return Status::Ok();
}

Status ReadGazetteerFile(const std::string& path, std::vector<Place>* places) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read gazetteer '" + path + "'");
  std::ostringstream ss;
  ss << in.rdbuf();
  Status s = ParseGazetteer(ss.str(), places);
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  return Status::Ok();
}

}  // namespace dyad
