#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::text {
namespace {

using Kind = AbbreviationList::Kind;

TEST(AbbreviationListTest, ParsesEntriesFlagsAndComments) {
  auto list = AbbreviationList::Parse(
      "# comment\n\nM.\n  Gen.  \netc.\tmay-end\nU.S.\r\nM.\n", "test");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_EQ(list->size(), 4u) << "the duplicate M. is dropped";
  EXPECT_EQ(list->Find("M"), Kind::kInternal);
  EXPECT_EQ(list->Find("Gen"), Kind::kInternal);
  EXPECT_EQ(list->Find("etc"), Kind::kMayEnd);
  EXPECT_EQ(list->Find("U.S"), Kind::kInternal);
  EXPECT_EQ(list->Find("gen"), Kind::kNone) << "case-sensitive";
  EXPECT_EQ(list->Find("M."), Kind::kNone) << "looked up without the period";
}

TEST(AbbreviationListTest, RejectsEntryWithoutPeriod) {
  auto list = AbbreviationList::Parse("M.\nMme\n", "fr.txt");
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(list.status().message().find("fr.txt:2"), std::string::npos)
      << list.status().message();
}

TEST(AbbreviationListTest, RejectsUnknownFlag) {
  auto list = AbbreviationList::Parse("etc. final\n", "x");
  EXPECT_EQ(list.status().code(), StatusCode::kInvalidArgument);
}

TEST(AbbreviationListTest, MissingFileIsNotFound) {
  auto list = AbbreviationList::Load("/nonexistent/abbreviations.txt");
  EXPECT_EQ(list.status().code(), StatusCode::kNotFound);
}

TEST(AbbreviationListTest, ShippedListsParse) {
  for (const char* lang : {"fr", "en"}) {
    auto list = AbbreviationList::Load(std::string(DYAD_SOURCE_DATA_DIR) + "/" +
                                       lang + "/abbreviations.txt");
    ASSERT_TRUE(list.ok()) << list.status().ToString();
    EXPECT_GT(list->size(), 50u);
  }
}

}  // namespace
}  // namespace dyad::text
