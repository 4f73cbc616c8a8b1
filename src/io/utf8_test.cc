#include "io/utf8.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>

#include "dyad/document_reader.h"

namespace dyad {
namespace {

// ICU's strict decoder, as an independent reference.
bool IcuValid(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

TEST(Utf8Test, AsciiAndEmptyAreValid) {
  // The fast path handles 8-byte words; lengths around 8 cover its tail.
  EXPECT_TRUE(IsValidUtf8(""));
  for (int n = 1; n < 20; ++n) EXPECT_TRUE(IsValidUtf8(std::string(n, 'a')));
}

TEST(Utf8Test, AcceptsEveryLengthUpToTheLastCodePoint) {
  // é (2 bytes), € (3), U+1F600 (4) and U+10FFFF, the largest code point.
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBF"));  // U+FFFF is a noncharacter, valid
}

TEST(Utf8Test, RejectsOverlongs) {
  // '/' and NUL in two bytes, U+007F in three, U+FFFF in four.
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xE0\x81\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xF0\x8F\xBF\xBF"));
}

TEST(Utf8Test, RejectsSurrogates) {
  // U+D800 and U+DFFF are UTF-16 artefacts, never characters.
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF"));  // U+D7FF, just below
}

TEST(Utf8Test, RejectsAboveTheLastCodePoint) {
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(IsValidUtf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(Utf8Test, RejectsTruncatedAndStrayBytes) {
  EXPECT_FALSE(IsValidUtf8("abc\xC3"));            // cut after the lead
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));           // 3-byte cut short
  EXPECT_FALSE(IsValidUtf8("\xF0\x9F\x98"));       // 4-byte cut short
  EXPECT_FALSE(IsValidUtf8("\x80"));               // lone continuation
  EXPECT_FALSE(IsValidUtf8("\xC3\x28"));           // bad continuation
  EXPECT_FALSE(IsValidUtf8("abcdefgh\xE9t\xE9"));  // Latin-1 after a word
}

TEST(Utf8Test, ReportsWhereTheInputGoesWrong) {
  // The offset goes into "skipped" messages.
  EXPECT_EQ(ValidUtf8Prefix("abcdefghij\xC3\xA9k\xFFz"), 13u);
  EXPECT_EQ(ValidUtf8Prefix("ok"), 2u);
}

TEST(Utf8Test, AgreesWithIcuOnAllShortSequences) {
  // Every 1-, 2- and 3-byte string, and 4-byte strings over every lead and
  // second byte, after an 8-byte ASCII run that exercises the fast path.
  std::string s;
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      s.assign({char(a), char(b)});
      ASSERT_EQ(IsValidUtf8(s), IcuValid(s)) << a << " " << b;
      for (int c = 0; c < 256; c += (a < 0xE0 ? 51 : 1)) {
        s.assign({char(a), char(b), char(c)});
        ASSERT_EQ(IsValidUtf8(s), IcuValid(s)) << a << " " << b << " " << c;
      }
      for (int c : {0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0}) {
        s = "12345678";
        s += {char(a), char(b), char(c), char(0x80)};
        ASSERT_EQ(IsValidUtf8(s), IcuValid(s)) << a << " " << b << " " << c;
      }
    }
  }
}

TEST(Utf8Test, SanitizesByReplacingBadBytes) {
  // Found by the JSONL fuzzer: nlohmann quotes half of a 2-byte character.
  EXPECT_EQ(SanitizeUtf8("last read: '\xDE'"), "last read: '\xEF\xBF\xBD'");
  EXPECT_EQ(SanitizeUtf8("\xC3\xA9\xFF\xFFx"),
            "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBDx");
  EXPECT_EQ(SanitizeUtf8(""), "");
}

TEST(Utf8Test, TruncatesOnCharacterBoundaries) {
  // Quoted input in messages must stay valid UTF-8.
  EXPECT_EQ(TruncateUtf8("short", 10), "short");
  EXPECT_EQ(TruncateUtf8("\xC3\xA9t\xC3\xA9", 1), "...");
  EXPECT_EQ(TruncateUtf8("ab\xC3\xA9", 3), "ab...");
}

}  // namespace
}  // namespace dyad
