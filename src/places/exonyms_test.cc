#include "places/exonyms.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path =
      (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

TEST(ExonymsTest, EnrichesExistingPlacesAndCreatesRegions) {
  // A matched key adds names and fixes the country; an unmatched one creates.
  std::vector<Place> places(1);
  places[0].geonames_id = 281133;
  places[0].name = "Gaza";
  places[0].country = "ISR";
  places[0].population = 410000;
  const std::string path = WriteTemp(
      "dyad_exonyms_test.tsv",
      "# comment\n"
      "281133\tcity\tPSE\t31.5\t34.47\t-\t-\t-\tGaza City|ville de Gaza\n"
      "gaza_strip\tregion\tPSE\t31.42\t34.37\t2100000\tGaza Strip\tbande de "
      "Gaza\tGaza\n");
  ExonymStats stats;
  ASSERT_TRUE(ApplyExonyms(path, &places, &stats).ok());
  EXPECT_EQ(stats.matched, 1);
  EXPECT_EQ(stats.created, 1);
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].country, "PSE");
  EXPECT_EQ(places[0].name, "Gaza");  // `-` keeps the source's name
  EXPECT_EQ(places[0].names,
            (std::vector<std::string>{"Gaza City", "ville de Gaza"}));
  EXPECT_EQ(places[1].kind, Place::Kind::kRegion);
  EXPECT_EQ(places[1].name_fr, "bande de Gaza");
  EXPECT_EQ(places[1].population, 2100000);
}

TEST(ExonymsTest, BadLineIsAnErrorWithItsLine) {
  // The file is ours: a mistake in it must fail loudly, pointing at it.
  std::vector<Place> places;
  const std::string path = WriteTemp("dyad_exonyms_bad.tsv",
                                     "x\tcity\tSYR\tnorth\t36\t-\tX\t-\t-\n");
  Status s = ApplyExonyms(path, &places);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find(":1: bad coordinates"), std::string::npos)
      << s.message();
}

TEST(ExonymsTest, ShippedFileIsValid) {
  // Every line of data/common/exonyms.tsv parses and creates or matches.
  std::vector<Place> places;
  ExonymStats stats;
  Status s =
      ApplyExonyms(std::string(DYAD_SOURCE_DATA_DIR) + "/common/exonyms.tsv",
                   &places, &stats);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(stats.created, 150);
}

}  // namespace
}  // namespace dyad
