#include "places/gazetteer_file.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Place Idlib() {
  Place p;
  p.geonames_id = 169389;
  p.kind = Place::Kind::kCity;
  p.name = "Idlib";
  p.name_fr = "Idleb";
  p.country = "SYR";
  p.admin1 = "SY.12";
  p.lat = 35.93062;
  p.lon = 36.63393;
  p.population = 128840;
  p.names = {"Idlib", "Idleb", "Edleb", "Id|lib"};
  return p;
}

TEST(GazetteerFileTest, RoundTrips) {
  // What the importer writes, LoadFile reads back unchanged.
  std::vector<Place> back;
  ASSERT_TRUE(ParseGazetteer(FormatGazetteer({Idlib()}, {"test"}), &back).ok());
  ASSERT_EQ(back.size(), 1u);
  const Place& p = back[0];
  EXPECT_EQ(p.geonames_id, 169389);
  EXPECT_EQ(p.kind, Place::Kind::kCity);
  EXPECT_EQ(p.name, "Idlib");
  EXPECT_EQ(p.name_fr, "Idleb");
  EXPECT_EQ(p.country, "SYR");
  EXPECT_EQ(p.admin1, "SY.12");
  EXPECT_NEAR(p.lat, 35.93062, 1e-5);
  EXPECT_NEAR(p.lon, 36.63393, 1e-5);
  EXPECT_EQ(p.population, 128840);
  // '|' inside a name cannot be stored: it becomes a space.
  EXPECT_EQ(p.names,
            (std::vector<std::string>{"Idlib", "Idleb", "Edleb", "Id lib"}));
}

TEST(GazetteerFileTest, RejectsOtherFiles) {
  // Passing a GeoNames dump where dyad's file is expected says so.
  std::vector<Place> places;
  Status s = ParseGazetteer("169389\tIdlib\n", &places);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_NE(s.message().find("not a dyad gazetteer file"), std::string::npos);
  EXPECT_EQ(ParseGazetteer("", &places).code(), StatusCode::kDataLoss);
}

TEST(GazetteerFileTest, RejectsABadLineWithItsNumber) {
  // A damaged file points at the line to look at.
  std::string text = FormatGazetteer({Idlib()}, {});
  text += "city\t1\tSYR\t\t95.0\t0\t0\tNowhere\t\t\n";
  std::vector<Place> places;
  Status s = ParseGazetteer(text, &places);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_NE(s.message().find("line 4: bad coordinates"), std::string::npos)
      << s.message();
  EXPECT_TRUE(places.empty());
}

}  // namespace
}  // namespace dyad
