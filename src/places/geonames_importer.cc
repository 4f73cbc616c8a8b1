#include "places/geonames_importer.h"

#include <fstream>

#include "places/geonames_dump.h"

namespace dyad {

namespace {

void AddName(std::string_view name, Place* p, int64_t* added) {
  for (const std::string& n : p->names) {
    if (n == name) return;
  }
  p->names.emplace_back(name);
  ++*added;
}

}  // namespace

GeonamesImporter::GeonamesImporter(ImportOptions options, BadLineFn bad_line)
    : options_(std::move(options)), bad_line_(std::move(bad_line)) {}

void GeonamesImporter::AddCountryCodes(
    const std::unordered_map<std::string, std::string>& alpha2_to_alpha3) {
  for (const auto& [a2, a3] : alpha2_to_alpha3) alpha3_.emplace(a2, a3);
}

void GeonamesImporter::Bad(std::string_view file, int64_t line,
                           std::string_view reason) {
  ++bad_lines_;
  if (bad_line_) bad_line_(file, line, reason);
}

Place* GeonamesImporter::Add(int64_t geonames_id) {
  auto [it, inserted] = by_id_.emplace(geonames_id, places_.size());
  if (inserted) {
    places_.emplace_back();
    places_.back().geonames_id = geonames_id;
  }
  return &places_[it->second];
}

Status GeonamesImporter::ReadFile(FileKind kind, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read '" + path + "'");
  std::string line;
  int64_t line_no = 0;
  while (std::getline(in, line)) {
    ReadLine(kind, path, ++line_no, line);
  }
  if (in.bad()) return Status::Unavailable("error reading '" + path + "'");
  return Status::Ok();
}

void GeonamesImporter::ReadText(FileKind kind, std::string_view name,
                                std::string_view content) {
  int64_t line_no = 0;
  while (!content.empty()) {
    const size_t nl = content.find('\n');
    ReadLine(kind, name, ++line_no, content.substr(0, nl));
    if (nl == std::string_view::npos) break;
    content.remove_prefix(nl + 1);
  }
}

void GeonamesImporter::ReadLine(FileKind kind, std::string_view file,
                                int64_t line_no, std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty()) return;
  if (line.front() == '#' && kind != FileKind::kGeonames) return;  // comments
  ++lines_read_;
  std::string reason;
  switch (kind) {
    case FileKind::kCountryInfo: {
      CountryInfoRecord r;
      if (!ParseCountryInfoLine(line, &r, &reason)) {
        return Bad(file, line_no, reason);
      }
      alpha3_[std::string(r.alpha2)] = std::string(r.alpha3);
      return;
    }
    case FileKind::kAdmin1: {
      Admin1Record r;
      if (!ParseAdmin1Line(line, &r, &reason))
        return Bad(file, line_no, reason);
      auto cc = alpha3_.find(std::string(r.code.substr(0, 2)));
      if (cc == alpha3_.end()) {
        return Bad(file, line_no,
                   "unknown country code '" + std::string(r.code.substr(0, 2)) +
                       "' (give --countries countryInfo.txt)");
      }
      Place* p = Add(r.geonames_id);
      p->kind = Place::Kind::kAdmin1;
      p->country = cc->second;
      p->admin1 = std::string(r.code);
      p->name = std::string(r.name);
      AddName(r.name, p, &names_added_);
      if (r.ascii_name != r.name) AddName(r.ascii_name, p, &names_added_);
      return;
    }
    case FileKind::kGeonames: {
      GeonameRecord r;
      if (!ParseGeonameLine(line, &r, &reason)) {
        return Bad(file, line_no, reason);
      }
      const bool city =
          r.feature_class == 'P' && r.population >= options_.min_population;
      const bool admin1 = r.feature_class == 'A' && r.feature_code == "ADM1";
      if (!city && !admin1) return;  // not wanted: not an error
      auto cc = alpha3_.find(std::string(r.country_code));
      if (cc == alpha3_.end()) {
        return Bad(
            file, line_no,
            "unknown country code '" + std::string(r.country_code) + "'");
      }
      Place* p = Add(r.id);
      p->kind = city ? Place::Kind::kCity : Place::Kind::kAdmin1;
      p->country = cc->second;
      if (!r.admin1_code.empty()) {
        p->admin1 =
            std::string(r.country_code) + "." + std::string(r.admin1_code);
      }
      p->lat = r.lat;
      p->lon = r.lon;
      p->population = r.population;
      if (p->name.empty()) p->name = std::string(r.name);
      AddName(r.name, p, &names_added_);
      if (!r.ascii_name.empty() && r.ascii_name != r.name) {
        AddName(r.ascii_name, p, &names_added_);
      }
      return;
    }
    case FileKind::kAlternateNames: {
      AlternateNameRecord r;
      if (!ParseAlternateNameLine(line, &r, &reason)) {
        return Bad(file, line_no, reason);
      }
      if (r.historic || r.colloquial) return;
      bool wanted = false;
      for (const std::string& l : options_.langs) wanted |= r.lang == l;
      if (!wanted) return;
      auto it = by_id_.find(r.geonames_id);
      if (it == by_id_.end()) return;  // a place we did not keep
      Place* p = &places_[it->second];
      AddName(r.name, p, &names_added_);
      if (r.lang == "fr" &&
          (p->name_fr.empty() ||
           (r.preferred && !preferred_fr_.contains(p->geonames_id)))) {
        p->name_fr = std::string(r.name);
        if (r.preferred) preferred_fr_.insert(p->geonames_id);
      }
      if (r.lang == "en" && r.preferred) p->name = std::string(r.name);
      return;
    }
  }
}

int64_t GeonamesImporter::FillFrenchNames(
    const std::function<std::string_view(std::string_view id)>& translate) {
  int64_t filled = 0;
  for (Place& p : places_) {
    if (!p.name_fr.empty() || p.geonames_id == 0) continue;
    std::string_view fr = translate(std::to_string(p.geonames_id));
    if (fr.empty()) continue;
    p.name_fr = std::string(fr);
    AddName(fr, &p, &names_added_);
    ++filled;
  }
  return filled;
}

std::vector<Place> GeonamesImporter::TakePlaces() {
  std::vector<Place> out;
  out.reserve(places_.size());
  for (Place& p : places_) {
    if (p.name.empty()) continue;  // seen only through alternate names
    out.push_back(std::move(p));
  }
  places_.clear();
  by_id_.clear();
  preferred_fr_.clear();
  return out;
}

}  // namespace dyad
