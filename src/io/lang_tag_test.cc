#include "io/lang_tag.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(LangTagTest, KeepsThePrimarySubtagLowerCased) {
  EXPECT_EQ(NormalizeLangTag("fr"), "fr");
  EXPECT_EQ(NormalizeLangTag("fr-FR"), "fr");
  EXPECT_EQ(NormalizeLangTag("EN_gb"), "en");
  EXPECT_EQ(NormalizeLangTag(" de "), "de");
  EXPECT_EQ(NormalizeLangTag("zh-Hant"), "zh");
  EXPECT_EQ(NormalizeLangTag("haw"), "haw");  // no 2-letter code exists
}

TEST(LangTagTest, RejectsWhatIsNoLanguageCode) {
  for (const char* bad : {"", "f", "french", "f1", "fr-", "-fr", "é"}) {
    EXPECT_EQ(NormalizeLangTag(bad), "") << bad;
  }
}

}  // namespace
}  // namespace dyad
