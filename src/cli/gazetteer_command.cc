// `dyad gazetteer`: imports GeoNames dumps into dyad's gazetteer file, and
// looks names up (for users to check what dyad knows about a place).
#include <chrono>
#include <cstdio>
#include <string_view>

#include "base/fold.h"
#include "base/tsv.h"
#include "cli/cli.h"
#include "cli/flags.h"
#include "dyad/gazetteer.h"
#include "places/gazetteer_file.h"
#include "places/geonames_importer.h"
#include "places/iso_codes.h"
#include "places/mo_catalog.h"

namespace dyad::cli {

namespace {

constexpr std::string_view kGazetteerHelp =
    "Usage: dyad gazetteer import --out FILE [options]\n"
    "       dyad gazetteer lookup NAME [--gazetteer FILE]\n"
    "\n"
    "import: reads GeoNames dumps "
    "(https://download.geonames.org/export/dump/)\n"
    "into dyad's compact gazetteer file, for use with --gazetteer FILE.\n"
    "Populated places of --min-population or more and first-level\n"
    "subdivisions are kept, with their names in --langs from the alternate\n"
    "names file. Bad lines are reported as FILE:LINE: reason, counted and\n"
    "skipped; a summary ends the run. Exit status 1 when a file cannot be\n"
    "read or nothing was imported.\n"
    "\n"
    "lookup: prints the places a name may refer to, best first (countries,\n"
    "then by population), from the built-in gazetteer or --gazetteer FILE.\n"
    "\n";

int Import(const Flags& flags, const Streams& io) {
  if (flags.Get("out").empty()) {
    std::fprintf(io.err,
                 "dyad: gazetteer import needs --out FILE; see 'dyad "
                 "gazetteer --help'\n");
    return kExitUsage;
  }
  if (flags.Get("cities").empty() && flags.Get("all").empty()) {
    std::fprintf(io.err,
                 "dyad: gazetteer import needs --cities citiesN.txt or --all "
                 "allCountries.txt\n");
    return kExitUsage;
  }
  auto min_pop = flags.GetInt("min-population", 0, 1LL << 40);
  if (!min_pop.ok()) {
    std::fprintf(io.err, "dyad: %s\n", min_pop.status().message().c_str());
    return kExitUsage;
  }
  ImportOptions options;
  options.min_population = *min_pop;
  options.langs.clear();
  for (std::string_view l : SplitList(flags.Get("langs"), ',')) {
    options.langs.emplace_back(l);
  }
  int64_t shown = 0;
  constexpr int64_t kMaxShown = 100;
  GeonamesImporter importer(options, [&](std::string_view file, int64_t line,
                                         std::string_view reason) {
    if (++shown <= kMaxShown) {
      std::fprintf(io.err, "%.*s:%lld: %.*s; line skipped\n",
                   static_cast<int>(file.size()), file.data(),
                   static_cast<long long>(line),
                   static_cast<int>(reason.size()), reason.data());
    } else if (shown == kMaxShown + 1) {
      std::fprintf(io.err, "dyad: more bad lines; only the count follows\n");
    }
  });
  if (auto iso = ReadIsoCodes(); iso.ok()) {
    importer.AddCountryCodes(iso->alpha2_to_alpha3);
  } else if (flags.Get("countries").empty()) {
    std::fprintf(io.err,
                 "dyad: %s\ndyad: give --countries countryInfo.txt for the "
                 "country codes\n",
                 iso.status().message().c_str());
    return kExitUsage;
  }
  using K = GeonamesImporter::FileKind;
  const std::pair<const char*, K> files[] = {{"countries", K::kCountryInfo},
                                             {"admin1", K::kAdmin1},
                                             {"cities", K::kGeonames},
                                             {"all", K::kGeonames},
                                             {"alternate", K::kAlternateNames}};
  const auto start = std::chrono::steady_clock::now();
  for (const auto& [flag, kind] : files) {
    const std::string& path = flags.Get(flag);
    if (path.empty()) continue;
    Status s = importer.ReadFile(kind, path);
    if (!s.ok()) {
      std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
      return kExitUsage;
    }
  }
  // French names libgeonames-common knows, for places the dumps left
  // without one.
  MoCatalog fr;
  int64_t filled = 0;
  if (fr.Load("/usr/share/locale/fr/LC_MESSAGES/geonames.mo").ok()) {
    filled = importer.FillFrenchNames(
        [&](std::string_view id) { return fr.Translate(id); });
  }
  const int64_t lines = importer.lines_read();
  const int64_t bad = importer.bad_lines();
  std::vector<Place> places = importer.TakePlaces();
  if (places.empty()) {
    std::fprintf(io.err,
                 "dyad: no places imported (%lld lines read, %lld "
                 "bad); check the files and --min-population\n",
                 static_cast<long long>(lines), static_cast<long long>(bad));
    return kExitUsage;
  }
  std::vector<std::string> comment = {"imported by dyad gazetteer import"};
  for (const auto& [flag, kind] : files) {
    if (!flags.Get(flag).empty()) {
      comment.push_back(std::string("--") + flag + " " + flags.Get(flag));
    }
  }
  comment.push_back("--min-population " + std::to_string(*min_pop) +
                    " --langs " + flags.Get("langs"));
  comment.push_back(std::to_string(places.size()) + " places");
  Status s = WriteGazetteerFile(flags.Get("out"), places, comment);
  if (!s.ok()) {
    std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
    return kExitUsage;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::fprintf(io.err,
               "dyad: %lld lines read, %lld bad lines skipped, %zu places "
               "written to %s (%lld French names from libgeonames-common) "
               "in %.1f s\n",
               static_cast<long long>(lines), static_cast<long long>(bad),
               places.size(), flags.Get("out").c_str(),
               static_cast<long long>(filled), seconds);
  return kExitOk;
}

int Lookup(const Flags& flags, const Streams& io) {
  if (flags.positional().size() < 2) {
    std::fprintf(io.err,
                 "dyad: gazetteer lookup needs a NAME; see 'dyad gazetteer "
                 "--help'\n");
    return kExitUsage;
  }
  std::string name;
  for (size_t i = 1; i < flags.positional().size(); ++i) {
    if (i > 1) name += ' ';
    name += flags.positional()[i];
  }
  auto g = flags.Get("gazetteer").empty()
               ? Gazetteer::LoadDefault(flags.Get("data"))
               : Gazetteer::LoadFile(flags.Get("gazetteer"), flags.Get("data"));
  if (!g.ok()) {
    std::fprintf(io.err, "dyad: %s\n", g.status().message().c_str());
    return kExitUsage;
  }
  const auto& places = (*g)->Lookup(Fold(name));
  if (places.empty()) {
    std::fprintf(io.out, "no place named '%s'\n", name.c_str());
    return kExitOk;
  }
  for (const Place* p : places) {
    std::string line(PlaceKindName(p->kind));
    line.resize(8, ' ');
    line += p->country + "  " + p->name;
    if (!p->name_fr.empty() && p->name_fr != p->name)
      line += " / " + p->name_fr;
    char where[96];
    std::snprintf(where, sizeof where, "  %.4f,%.4f  pop %lld  geonames %lld",
                  p->lat, p->lon, static_cast<long long>(p->population),
                  static_cast<long long>(p->geonames_id));
    line += where;
    if (!p->admin1.empty()) line += "  admin1 " + p->admin1;
    line += "  names: ";
    for (size_t i = 0; i < p->names.size(); ++i) {
      line += (i ? "|" : "") + p->names[i];
    }
    std::fprintf(io.out, "%s\n", line.c_str());
  }
  return kExitOk;
}

}  // namespace

int RunGazetteer(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("gazetteer");
  flags.Value("out", "", "import: the gazetteer file to write");
  flags.Value("cities", "", "import: a GeoNames cities file (cities15000.txt)");
  flags.Value("all", "", "import: GeoNames allCountries.txt");
  flags.Value("alternate", "", "import: GeoNames alternateNamesV2.txt");
  flags.Value("admin1", "", "import: GeoNames admin1CodesASCII.txt");
  flags.Value("countries", "", "import: GeoNames countryInfo.txt");
  flags.Value("min-population", "0",
              "import: skip populated places smaller than this");
  flags.Value("langs", "fr,en", "import: languages of alternate names kept");
  flags.Value("gazetteer", "", "lookup: a file from 'dyad gazetteer import'");
  flags.Value("data", "", "dyad's data directory (default: built-in)");
  if (auto done = ParseCommandLine(args, kGazetteerHelp, io, &flags))
    return *done;
  const std::string sub =
      flags.positional().empty() ? "" : flags.positional()[0];
  if (sub == "import" && flags.positional().size() == 1) {
    return Import(flags, io);
  }
  if (sub == "lookup") return Lookup(flags, io);
  std::fprintf(io.err,
               "dyad: gazetteer needs 'import' or 'lookup NAME'; see 'dyad "
               "gazetteer --help'\n");
  return kExitUsage;
}

}  // namespace dyad::cli
