#include "places/geonames_dump.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// A geoname line we wrote in the dump's format (19 fields).
constexpr char kIdlib[] =
    "169389\tIdlib\tIdlib\tEdleb,Idleb\t35.93062\t36.63393\tP\tPPLA\tSY\t\t"
    "12\t\t\t\t128840\t\t451\tAsia/Damascus\t2024-01-01";

TEST(GeonamesDumpTest, ParsesAGeonameLine) {
  // The fields the gazetteer keeps are read from their columns.
  GeonameRecord r;
  std::string why;
  ASSERT_TRUE(ParseGeonameLine(kIdlib, &r, &why)) << why;
  EXPECT_EQ(r.id, 169389);
  EXPECT_EQ(r.name, "Idlib");
  EXPECT_NEAR(r.lat, 35.93062, 1e-9);
  EXPECT_NEAR(r.lon, 36.63393, 1e-9);
  EXPECT_EQ(r.feature_class, 'P');
  EXPECT_EQ(r.feature_code, "PPLA");
  EXPECT_EQ(r.country_code, "SY");
  EXPECT_EQ(r.admin1_code, "12");
  EXPECT_EQ(r.population, 128840);
  // A Windows line ending is tolerated.
  EXPECT_TRUE(ParseGeonameLine(std::string(kIdlib) + "\r", &r, &why)) << why;
}

TEST(GeonamesDumpTest, RejectsTooFewFields) {
  // A truncated line must be reported, not read with shifted columns.
  GeonameRecord r;
  std::string why;
  EXPECT_FALSE(ParseGeonameLine("169389\tIdlib\tIdlib", &r, &why));
  EXPECT_EQ(why, "3 fields, expected 19");
}

TEST(GeonamesDumpTest, RejectsBadCoordinates) {
  // Coordinates outside the globe or not numbers would misplace events.
  std::string line = kIdlib;
  GeonameRecord r;
  std::string why;
  std::string bad = line;
  bad.replace(bad.find("35.93062"), 8, "north");
  EXPECT_FALSE(ParseGeonameLine(bad, &r, &why));
  EXPECT_EQ(why, "latitude 'north' is not a number");
  bad = line;
  bad.replace(bad.find("36.63393"), 8, "236.6339");
  EXPECT_FALSE(ParseGeonameLine(bad, &r, &why));
  EXPECT_EQ(why, "longitude '236.6339' is out of range");
}

TEST(GeonamesDumpTest, RejectsInvalidUtf8) {
  // Names flow into JSON output: bad bytes must stop here.
  std::string bad = kIdlib;
  bad.replace(bad.find("Edleb"), 1, "\xC3\x28");
  GeonameRecord r;
  std::string why;
  EXPECT_FALSE(ParseGeonameLine(bad, &r, &why));
  EXPECT_EQ(why.rfind("not valid UTF-8 at byte ", 0), 0u) << why;
}

TEST(GeonamesDumpTest, ParsesAlternateAdmin1AndCountryLines) {
  // One line of each of the other dump files.
  std::string why;
  AlternateNameRecord a;
  ASSERT_TRUE(
      ParseAlternateNameLine("99\t170063\tfr\tAlep\t1\t\t\t\t\t", &a, &why))
      << why;
  EXPECT_EQ(a.geonames_id, 170063);
  EXPECT_EQ(a.lang, "fr");
  EXPECT_EQ(a.name, "Alep");
  EXPECT_TRUE(a.preferred);
  EXPECT_FALSE(a.historic);
  Admin1Record b;
  ASSERT_TRUE(ParseAdmin1Line("SY.12\tIdlib\tIdlib\t169388", &b, &why)) << why;
  EXPECT_EQ(b.code, "SY.12");
  EXPECT_FALSE(ParseAdmin1Line("SY12\tIdlib\tIdlib\t169388", &b, &why));
  CountryInfoRecord c;
  ASSERT_TRUE(ParseCountryInfoLine(
      "SY\tSYR\t760\tSY\tSyria\tDamascus\t185180\t22933531\tAS\t.sy\tSYP\t"
      "Pound\t963\t\t\tar-SY\t163843\tIQ,JO\t",
      &c, &why))
      << why;
  EXPECT_EQ(c.alpha3, "SYR");
  EXPECT_EQ(c.geonames_id, 163843);
}

}  // namespace
}  // namespace dyad
