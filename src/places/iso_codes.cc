#include "places/iso_codes.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "places/mo_catalog.h"

namespace dyad {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

void AddUnique(std::string_view name, std::vector<std::string>* names) {
  name = Trim(name);
  if (name.empty()) return;
  for (const std::string& n : *names) {
    if (n == name) return;
  }
  names->emplace_back(name);
}

// True for bracketed codes such as "Cymru GB-CYM" or "EH-partial".
bool LooksLikeCode(std::string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' &&
        s[i + 2] == '-') {
      return true;
    }
  }
  return false;
}

Result<nlohmann::json> ReadJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("cannot read '" + path +
                            "'; install the Debian package iso-codes");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (j.is_discarded()) return Status::DataLoss(path + ": not valid JSON");
  return j;
}

std::string Get(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::vector<std::string> IsoNameVariants(std::string_view name) {
  std::vector<std::string> out;
  std::string main;
  std::vector<std::string> alternatives;
  // Drop "(...)", keep "[...]" as an alternative unless it is a code.
  for (size_t i = 0; i < name.size();) {
    const char c = name[i];
    if (c == '(' || c == '[') {
      const size_t close = name.find(c == '(' ? ')' : ']', i);
      if (close == std::string_view::npos) break;
      std::string_view inner = name.substr(i + 1, close - i - 1);
      if (c == '[' && !LooksLikeCode(inner)) alternatives.emplace_back(inner);
      i = close + 1;
      continue;
    }
    main.push_back(c);
    ++i;
  }
  std::string_view m = Trim(main);
  const size_t comma = m.find(", ");
  if (comma == std::string_view::npos) {
    AddUnique(m, &out);
  } else {
    std::string_view head = Trim(m.substr(0, comma));
    std::string_view tail = Trim(m.substr(comma + 2));
    std::string inverted(tail);
    if (!inverted.empty() && inverted.back() != '\'') inverted += ' ';
    inverted += head;
    AddUnique(inverted, &out);
    AddUnique(head, &out);
  }
  for (const std::string& a : alternatives) AddUnique(a, &out);
  return out;
}

Result<IsoCodes> ReadIsoCodes(const IsoCodesPaths& paths) {
  auto countries = ReadJson(paths.json_dir + "/iso_3166-1.json");
  if (!countries.ok()) return countries.status();
  auto subdivisions = ReadJson(paths.json_dir + "/iso_3166-2.json");
  if (!subdivisions.ok()) return subdivisions.status();
  MoCatalog fr1, fr2;
  // Missing translations leave French names empty; not an error.
  fr1.Load(paths.fr_locale_dir + "/iso_3166-1.mo").IgnoreError();
  fr2.Load(paths.fr_locale_dir + "/iso_3166-2.mo").IgnoreError();

  IsoCodes out;
  const nlohmann::json& c1 = (*countries)["3166-1"];
  if (!c1.is_array())
    return Status::DataLoss("iso_3166-1.json: no 3166-1 list");
  // The part before the comma ("Congo", "Korea") is kept only when no other
  // country starts with it.
  std::unordered_map<std::string, int> heads;
  for (const auto& c : c1) {
    std::vector<std::string> v = IsoNameVariants(Get(c, "name"));
    if (v.size() > 1) ++heads[v[1]];
  }
  for (const auto& c : c1) {
    Place p;
    p.kind = Place::Kind::kCountry;
    p.country = Get(c, "alpha_3");
    const std::string alpha2 = Get(c, "alpha_2");
    if (p.country.empty() || alpha2.empty()) continue;
    out.alpha2_to_alpha3[alpha2] = p.country;
    const std::string name = Get(c, "name");
    const std::string common = Get(c, "common_name");
    const std::string official = Get(c, "official_name");
    std::vector<std::string> en = IsoNameVariants(name);
    const bool head_ok = en.size() > 1 && heads[en[1]] == 1 && common.empty();
    std::vector<std::string> names;
    AddUnique(common, &names);
    if (head_ok) AddUnique(en[1], &names);
    if (!en.empty()) AddUnique(en[0], &names);
    AddUnique(official, &names);
    if (names.empty()) continue;
    p.name = names[0];
    // French: the translation of the common name, else of the name.
    std::vector<std::string> fr_names;
    AddUnique(fr1.Translate(common), &fr_names);
    std::vector<std::string> fr = IsoNameVariants(fr1.Translate(name));
    if (head_ok && fr.size() > 1) AddUnique(fr[1], &fr_names);
    if (!fr.empty()) AddUnique(fr[0], &fr_names);
    AddUnique(fr1.Translate(official), &fr_names);
    if (!fr_names.empty()) p.name_fr = fr_names[0];
    for (const std::string& n : fr_names) AddUnique(n, &names);
    p.names = std::move(names);
    out.countries.push_back(std::move(p));
  }

  const nlohmann::json& c2 = (*subdivisions)["3166-2"];
  if (!c2.is_array())
    return Status::DataLoss("iso_3166-2.json: no 3166-2 list");
  // Each subdivision's parent code, to find a lower level's first-level
  // subdivision ("FR-21" → "FR-BFC"; parents are written with or without
  // the country prefix).
  std::unordered_map<std::string, std::string> parent_of;
  for (const auto& s : c2) {
    if (!s.contains("parent")) continue;
    const std::string code = Get(s, "code");
    std::string parent = Get(s, "parent");
    if (parent.find('-') == std::string::npos) {
      parent = code.substr(0, code.find('-') + 1) + parent;
    }
    parent_of[code] = parent;
  }
  for (const auto& s : c2) {
    const std::string code = Get(s, "code");
    const bool lower = s.contains("parent");
    auto cc = out.alpha2_to_alpha3.find(code.substr(0, code.find('-')));
    if (cc == out.alpha2_to_alpha3.end()) continue;
    Place p;
    p.kind = lower ? Place::Kind::kRegion : Place::Kind::kAdmin1;
    p.country = cc->second;
    p.admin1 = code;
    for (int depth = 0; lower && depth < 4; ++depth) {
      auto up = parent_of.find(p.admin1);
      if (up == parent_of.end()) break;
      p.admin1 = up->second;
    }
    const std::string name = Get(s, "name");
    std::vector<std::string> names = IsoNameVariants(name);
    if (names.empty()) continue;
    p.name = names[0];
    std::vector<std::string> fr = IsoNameVariants(fr2.Translate(name));
    if (!fr.empty()) p.name_fr = fr[0];
    for (const std::string& n : fr) AddUnique(n, &names);
    p.names = std::move(names);
    (lower ? out.lower_subdivisions : out.subdivisions).push_back(std::move(p));
  }
  return out;
}

}  // namespace dyad
