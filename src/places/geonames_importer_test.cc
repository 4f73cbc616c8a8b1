#include "places/geonames_importer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "base/fold.h"
#include "dyad/gazetteer.h"
#include "places/gazetteer_file.h"

namespace dyad {
namespace {

struct BadLine {
  std::string file;
  int64_t line;
  std::string reason;
};

GeonamesImporter MakeImporter(std::vector<BadLine>* bad,
                              int64_t min_population = 0) {
  ImportOptions options;
  options.min_population = min_population;
  GeonamesImporter importer(
      options, [bad](std::string_view f, int64_t l, std::string_view r) {
        bad->push_back({std::string(f), l, std::string(r)});
      });
  importer.AddCountryCodes({{"SY", "SYR"}, {"FR", "FRA"}, {"US", "USA"}});
  return importer;
}

constexpr char kCities[] =
    "169389\tIdlib\tIdlib\t\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t"
    "128840\t\t451\tAsia/Damascus\t2024-01-01\n"
    "1\ttoo\tfew\n"  // line 2
    "2\tNowhere\tNowhere\t\t95.5\t36\tP\tPPL\tSY\t\t12\t\t\t\t10\t\t\t\t\n"
    "3\tBad\xff\tBad\t\t35\t36\tP\tPPL\tSY\t\t12\t\t\t\t10\t\t\t\t\n"
    "\n"
    "4\tSomewhere\tSomewhere\t\t35\t36\tP\tPPL\tZZ\t\t1\t\t\t\t1000\t\t\t\t\n"
    "5\tTiny\tTiny\t\t35\t36\tP\tPPL\tSY\t\t12\t\t\t\t10\t\t\t\t\n"
    "6\tA mountain\tA mountain\t\t35\t36\tT\tMT\tSY\t\t12\t\t\t\t0\t\t\t\t\n";

TEST(GeonamesImporterTest, ReportsBadLinesWithNumbersAndSkipsThem) {
  // Bad lines are named (file:line, reason), counted and skipped.
  std::vector<BadLine> bad;
  GeonamesImporter importer = MakeImporter(&bad, 100);
  importer.ReadText(GeonamesImporter::FileKind::kGeonames, "cities.txt",
                    kCities);
  ASSERT_EQ(bad.size(), 4u);
  EXPECT_EQ(bad[0].line, 2);
  EXPECT_EQ(bad[0].reason, "3 fields, expected 19");
  EXPECT_EQ(bad[1].line, 3);
  EXPECT_EQ(bad[1].reason, "latitude '95.5' is out of range");
  EXPECT_EQ(bad[2].line, 4);
  EXPECT_EQ(bad[2].reason.rfind("not valid UTF-8", 0), 0u);
  EXPECT_EQ(bad[3].line, 6);
  EXPECT_EQ(bad[3].reason, "unknown country code 'ZZ'");
  EXPECT_EQ(bad[0].file, "cities.txt");
  EXPECT_EQ(importer.bad_lines(), 4);
  EXPECT_EQ(importer.lines_read(), 7);  // the blank line is not counted
  // Tiny is under --min-population, the mountain is not a place: not errors.
  std::vector<Place> places = importer.TakePlaces();
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "Idlib");
  EXPECT_EQ(places[0].admin1, "SY.12");
}

TEST(GeonamesImporterTest, AlternateNamesGiveFrenchNames) {
  // Only wanted languages, never historic names, only for kept places.
  std::vector<BadLine> bad;
  GeonamesImporter importer = MakeImporter(&bad);
  importer.ReadText(GeonamesImporter::FileKind::kGeonames, "c", kCities);
  bad.clear();
  importer.ReadText(GeonamesImporter::FileKind::kAlternateNames, "alt",
                    "10\t169389\tfr\tIdlib\t\t\t\t\t\t\n"
                    "11\t169389\tfr\tIdleb\t1\t\t\t\t\t\n"
                    "12\t169389\tde\tIdlib-Stadt\t\t\t\t\t\t\n"
                    "13\t169389\ten\tOld Idlib\t\t\t\t1\t\t\n"
                    "14\t999\tfr\tAilleurs\t\t\t\t\t\t\n"
                    "x\t169389\tfr\tIdleb\t\t\t\t\t\t\n");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].line, 6);
  std::vector<Place> places = importer.TakePlaces();
  const Place* idlib = nullptr;
  for (const Place& p : places) {
    if (p.geonames_id == 169389) idlib = &p;
  }
  ASSERT_NE(idlib, nullptr);
  EXPECT_EQ(idlib->name_fr, "Idleb");  // the preferred one wins
  EXPECT_EQ(idlib->names, (std::vector<std::string>{"Idlib", "Idleb"}));
}

std::string SharedGeo() { return std::string(DYAD_SHARED_DIR) + "/geo"; }

TEST(GeonamesImporterTest, ImportsSharedDumpsAndRoundTrips) {
  // The real dumps: import, write, LoadFile, look up.
  const std::string geo = SharedGeo();
  if (!std::filesystem::exists(geo + "/cities15000.txt")) {
    GTEST_SKIP() << "GeoNames test dumps not found in " << geo
                 << " (cities15000.txt, countryInfo.tsv, regionInfo.tsv)";
  }
  std::vector<BadLine> bad;
  GeonamesImporter importer(
      ImportOptions(), [&](std::string_view f, int64_t l, std::string_view r) {
        bad.push_back({std::string(f), l, std::string(r)});
      });
  using K = GeonamesImporter::FileKind;
  ASSERT_TRUE(
      importer.ReadFile(K::kCountryInfo, geo + "/countryInfo.tsv").ok());
  ASSERT_TRUE(importer.ReadFile(K::kAdmin1, geo + "/regionInfo.tsv").ok());
  ASSERT_TRUE(importer.ReadFile(K::kGeonames, geo + "/cities15000.txt").ok());
  for (const BadLine& b : bad) {
    ADD_FAILURE() << b.file << ":" << b.line << ": " << b.reason;
  }
  EXPECT_GT(importer.places(), 32000);
  std::vector<Place> places = importer.TakePlaces();
  const std::string out =
      (std::filesystem::temp_directory_path() / "dyad_gazetteer_test.tsv")
          .string();
  ASSERT_TRUE(WriteGazetteerFile(out, places, {"test import"}).ok());
  auto start = std::chrono::steady_clock::now();
  auto g = Gazetteer::LoadFile(out, DYAD_SOURCE_DATA_DIR);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::printf(
      "LoadFile of cities15000 import: %zu places, %zu names, %.3f s, "
      "%.1f MB\n",
      (*g)->size(), (*g)->name_count(), seconds, (*g)->MemoryBytes() / 1e6);
  const auto& idlib = (*g)->Lookup(Fold("Idleb"));
  ASSERT_FALSE(idlib.empty());
  EXPECT_EQ(idlib[0]->country, "SYR");
  EXPECT_NEAR(idlib[0]->lat, 35.93, 0.2);
  const auto& paris = (*g)->Lookup("paris");
  ASSERT_GE(paris.size(), 2u);
  EXPECT_EQ(paris[0]->country, "FRA");
  EXPECT_FALSE((*g)->Lookup("texas").empty());  // admin1 from regionInfo
  std::filesystem::remove(out);
}

}  // namespace
}  // namespace dyad
