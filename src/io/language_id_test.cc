#include "dyad/language_id.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

// Sentences written for this test, in the style of a wire dispatch.
constexpr char kFrench[] =
    "Le ministre des Affaires étrangères a rencontré mardi son homologue "
    "allemand à Paris pour discuter de la situation à la frontière, a "
    "indiqué le gouvernement dans un communiqué publié dans la soirée.";
constexpr char kEnglish[] =
    "The foreign minister met his German counterpart in Paris on Tuesday to "
    "discuss the situation on the border, the government said in a statement "
    "released late in the evening.";

TEST(LanguageIdTest, RecognisesFrenchNews) {
  EXPECT_EQ(IdentifyLanguage(kFrench), "fr");
}

TEST(LanguageIdTest, RecognisesEnglishNews) {
  EXPECT_EQ(IdentifyLanguage(kEnglish), "en");
}

TEST(LanguageIdTest, SaysNothingAboutTooLittleText) {
  // CLD2 would guess English; dyad prefers no answer to a guess.
  EXPECT_EQ(IdentifyLanguage("Paris"), "");
  EXPECT_EQ(IdentifyLanguage(""), "");
  EXPECT_EQ(IdentifyLanguage("12 345 !!"), "");
}

TEST(LanguageIdTest, SaysNothingAboutInvalidUtf8) {
  std::string text = kFrench;
  text += "\xFF ";
  text += kFrench;
  EXPECT_EQ(IdentifyLanguage(text), "");
}

TEST(LanguageIdTest, AcceptsAPrefixCutInsideACharacter) {
  // Callers pass the first N bytes of a document, which may end inside
  // "é"; that must not make the whole text unreadable to CLD2.
  std::string text = kFrench;
  const size_t e_acute = text.find("\xC3\xA9");
  ASSERT_NE(e_acute, std::string::npos);
  const std::string_view cut = std::string_view(text).substr(0, e_acute + 1);
  EXPECT_EQ(IdentifyLanguage(cut), IdentifyLanguage(cut.substr(0, e_acute)));
  text += " Le " + std::string(kFrench) + "\xE2\x82";  // a cut-off euro sign
  EXPECT_EQ(IdentifyLanguage(text), "fr");
}

TEST(LanguageIdTest, LooksOnlyAtAPrefixOfHugeDocuments) {
  // Over the scanned prefix, cut inside a multi-byte character on purpose.
  std::string text;
  while (text.size() < 300 * 1024) text += kFrench;
  size_t cut = 256 * 1024 - 64;
  while ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string head = text.substr(0, cut);
  head.resize(256 * 1024 - 1, ' ');
  head += "\xC3\xA9";  // 'é' straddles the 256 KB mark
  head += text;
  EXPECT_EQ(IdentifyLanguage(head), "fr");
}

}  // namespace
}  // namespace dyad
