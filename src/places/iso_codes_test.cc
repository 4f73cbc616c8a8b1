#include "places/iso_codes.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dyad {
namespace {

using Names = std::vector<std::string>;

TEST(IsoNameVariantsTest, InvertsCommaNames) {
  // iso-codes writes "Palestine, State of"; news writes both orders.
  EXPECT_EQ(IsoNameVariants("Palestine, State of"),
            (Names{"State of Palestine", "Palestine"}));
  EXPECT_EQ(IsoNameVariants("Iran, République islamique d'"),
            (Names{"République islamique d'Iran", "Iran"}));
}

TEST(IsoNameVariantsTest, KeepsBracketAlternativesDropsParentheses) {
  // "[La Coruña]" is another name; "(stolitsa)" and "[Cymru GB-CYM]" are not.
  EXPECT_EQ(IsoNameVariants("A Coruña [La Coruña]"),
            (Names{"A Coruña", "La Coruña"}));
  EXPECT_EQ(IsoNameVariants("Sofia (stolitsa)"), (Names{"Sofia"}));
  EXPECT_EQ(IsoNameVariants("Wales [Cymru GB-CYM]"), (Names{"Wales"}));
  EXPECT_EQ(IsoNameVariants("Texas"), (Names{"Texas"}));
  EXPECT_TRUE(IsoNameVariants("").empty());
}

TEST(IsoCodesTest, ReadsCountriesAndSubdivisionsWithFrenchNames) {
  // The Debian package is a build dependency; skip clearly where absent.
  if (!std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-2.json")) {
    GTEST_SKIP() << "iso-codes is not installed (apt-get install iso-codes)";
  }
  auto iso = ReadIsoCodes();
  ASSERT_TRUE(iso.ok()) << iso.status().ToString();
  EXPECT_GT(iso->countries.size(), 240u);
  EXPECT_GT(iso->subdivisions.size(), 3000u);
  EXPECT_EQ(iso->alpha2_to_alpha3.at("PS"), "PSE");
  bool saw_albania = false, saw_palestine = false, saw_bretagne = false;
  for (const Place& p : iso->countries) {
    if (p.country == "ALB") {
      saw_albania = p.name == "Albania" && p.name_fr == "Albanie";
    }
    if (p.country == "PSE") saw_palestine = p.name == "Palestine";
  }
  for (const Place& p : iso->subdivisions) {
    if (p.admin1 == "FR-BRE") {
      saw_bretagne = p.name == "Bretagne" && p.country == "FRA";
    }
  }
  EXPECT_TRUE(saw_albania);
  EXPECT_TRUE(saw_palestine);
  EXPECT_TRUE(saw_bretagne);
}

TEST(IsoCodesTest, LowerSubdivisionsLieInTheirFirstLevel) {
  if (!std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-2.json")) {
    GTEST_SKIP() << "iso-codes is not installed (apt-get install iso-codes)";
  }
  auto iso = ReadIsoCodes();
  ASSERT_TRUE(iso.ok()) << iso.status().ToString();
  // A French département is a region of France in its région.
  bool saw_cote_dor = false;
  for (const Place& p : iso->lower_subdivisions) {
    if (p.name == "Côte-d'Or") {
      saw_cote_dor = p.kind == Place::Kind::kRegion && p.country == "FRA" &&
                     p.admin1 == "FR-BFC";
    }
  }
  EXPECT_TRUE(saw_cote_dor);
}

TEST(IsoCodesTest, MissingDirectoryNamesThePackage) {
  // The message must say what to install.
  IsoCodesPaths paths;
  paths.json_dir = "/nonexistent";
  auto iso = ReadIsoCodes(paths);
  ASSERT_FALSE(iso.ok());
  EXPECT_EQ(iso.status().code(), StatusCode::kNotFound);
  EXPECT_NE(iso.status().message().find("iso-codes"), std::string::npos);
}

}  // namespace
}  // namespace dyad
