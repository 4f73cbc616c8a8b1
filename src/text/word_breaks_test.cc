#include "text/word_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace dyad::text {
namespace {

std::unique_ptr<icu::BreakIterator> WordIterator(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return it;
}

std::string Utf8(UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t k = 0;
  U8_APPEND_UNSAFE(buf, k, c);
  return std::string(buf, static_cast<size_t>(k));
}

// "[segment]status" for each segment, e.g. "[a1]100[ ]0".
std::string Show(std::string_view s, const std::vector<WordSegment>& segs) {
  std::string out;
  int32_t p = 0;
  for (const WordSegment& w : segs) {
    out += "[" + std::string(s.substr(p, w.end - p)) + "]" +
           std::to_string(w.status);
    p = w.end;
  }
  return out;
}

// Fast path and ICU agree on `s`, or the fast path declines it. Returns
// whether the fast path took it.
bool ExpectAgrees(icu::BreakIterator* it, const std::string& s) {
  std::vector<WordSegment> fast, icu;
  if (!FastWordSegments(s, &fast)) return false;
  IcuWordSegments(it, s, &icu);
  EXPECT_EQ(Show(s, fast), Show(s, icu)) << "text: '" << s << "'";
  return true;
}

std::string Fast(std::string_view s) {
  std::vector<WordSegment> segs;
  if (!FastWordSegments(s, &segs)) return "declined";
  return Show(s, segs);
}

TEST(WordBreaksTest, StatusesAndJoins) {
  EXPECT_EQ(Fast("l’armée a1 1a"), "[l’armée]200[ ]0[a1]100[ ]0[1a]200");
  EXPECT_EQ(Fast("_ __ a_ 1_ _1"),
            "[_]0[ ]0[__]200[ ]0[a_]200[ ]0[1_]100[ ]0[_1]100");
  EXPECT_EQ(Fast("x_1_ 1__ a1.2"), "[x_1_]100[ ]0[1__]200[ ]0[a1.2]100");
  EXPECT_EQ(Fast("a:b 1:2"), "[a]200[:]0[b]200[ ]0[1]100[:]0[2]100");
  EXPECT_EQ(Fast("a.1 1.a a..b"),
            "[a]200[.]0[1]100[ ]0[1]100[.]0[a]200[ ]0[a]200[.]0[.]0[b]200");
  EXPECT_EQ(Fast("1,5;2 a,b"), "[1,5;2]100[ ]0[a]200[,]0[b]200");
  EXPECT_EQ(Fast("@x a@b.c"), "[@x]200[ ]0[a@b.c]200");
  EXPECT_EQ(Fast("a \xE2\x80\x89\t\tb"),
            "[a]200[ \xE2\x80\x89]0[\t]0[\t]0[b]200");
  EXPECT_EQ(Fast("a\r\n\r\rb"), "[a]200[\r\n]0[\r]0[\r]0[b]200");
  EXPECT_EQ(Fast("2\xE2\x80\xAF"
                 "500"),
            "[2\xE2\x80\xAF"
            "500]100");
}

TEST(WordBreaksTest, DeclinesOutsideTheRepertoire) {
  EXPECT_EQ(Fast("e\xCC\x81t\xC3\xA9"), "declined");  // combining acute
  EXPECT_EQ(Fast("cou\xC2\xADper"), "declined");      // soft hyphen
  EXPECT_EQ(Fast("a\xE2\x80\x8D"
                 "b"),
            "declined");                               // ZWJ
  EXPECT_EQ(Fast("ok \xF0\x9F\x98\x80"), "declined");  // emoji
  EXPECT_EQ(Fast("\xD7\xA9\xD7\x9C"), "declined");     // Hebrew letters
  EXPECT_EQ(Fast("\xE4\xB8\xAD"), "declined");         // Han
  EXPECT_EQ(Fast("\xE2\x83\x80"), "declined");         // U+20C0
  EXPECT_EQ(Fast("a\xC3"), "declined");                // truncated UTF-8
  EXPECT_EQ(Fast("a\x80"
                 "b"),
            "declined");  // stray trail byte
  EXPECT_EQ(Fast(""), "");
}

TEST(WordBreaksTest, AgreesWithIcuOnEveryCharacterOfTheRepertoire) {
  auto it = WordIterator("fr");
  int taken = 0;
  for (UChar32 c = 0; c < 0x20C0; ++c) {
    if (c == 0x800) c = 0x2000;
    const std::string x = Utf8(c);
    for (const std::string& s :
         {x, x + x, "a" + x, x + "a", "a" + x + "a", "1" + x + "1",
          "_" + x + "_", "1" + x + "a", "a" + x + "1"}) {
      if (ExpectAgrees(it.get(), s)) ++taken;
    }
  }
  EXPECT_GT(taken, 15000);
}

TEST(WordBreaksTest, WordsHoldNoSpaceControlOrFormatButNarrowNbsp) {
  for (UChar32 c = 0x80; c < 0x20C0; ++c) {
    if (c == 0x800) c = 0x2000;
    std::vector<WordSegment> segs;
    if (!FastWordSegments("a" + Utf8(c) + "a", &segs) || segs.size() != 1) {
      continue;
    }
    const int8_t type = u_charType(c);
    EXPECT_TRUE(c == 0x202F || !(u_isUWhiteSpace(c) || type == U_CONTROL_CHAR ||
                                 type == U_FORMAT_CHAR))
        << std::hex << "U+" << c;
  }
}

TEST(WordBreaksTest, AgreesWithIcuOnShortAndRandomStrings) {
  auto it = WordIterator("en");
  const std::vector<std::string> alphabet = {"a",
                                             "Z",
                                             "\xC3\xA9",
                                             "1",
                                             "_",
                                             ".",
                                             ",",
                                             ";",
                                             ":",
                                             "'",
                                             "\xE2\x80\x99",
                                             "\xC2\xB7",
                                             " ",
                                             "\xE2\x80\x89",
                                             "\xE2\x80\xAF",
                                             "\xC2\xA0",
                                             "\r",
                                             "\n",
                                             "-",
                                             "@",
                                             "\xCE\xA9"};
  // Every string of up to three characters.
  std::vector<std::string> strings = {""};
  for (int len = 1; len <= 3; ++len) {
    std::vector<std::string> longer;
    for (const std::string& p : strings) {
      for (const std::string& a : alphabet) {
        ASSERT_TRUE(ExpectAgrees(it.get(), p + a));
        longer.push_back(p + a);
      }
    }
    strings.swap(longer);
  }
  std::mt19937 rng(29);
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int n = 1 + static_cast<int>(rng() % 24); n > 0; --n) {
      s += alphabet[rng() % alphabet.size()];
    }
    ASSERT_TRUE(ExpectAgrees(it.get(), s));
  }
}

TEST(WordBreaksTest, SelfCheckFollowsTheLocaleRules) {
  EXPECT_TRUE(FastWordSegmentsAgree(*WordIterator("fr")));
  EXPECT_TRUE(FastWordSegmentsAgree(*WordIterator("en")));
  EXPECT_TRUE(FastWordSegmentsAgree(*WordIterator("de")));
  EXPECT_TRUE(FastWordSegmentsAgree(*WordIterator("")));
  // Swedish joins letters across a colon; POSIX does not across a period.
  EXPECT_FALSE(FastWordSegmentsAgree(*WordIterator("sv")));
  EXPECT_FALSE(FastWordSegmentsAgree(*WordIterator("en_US_POSIX")));
}

}  // namespace
}  // namespace dyad::text
