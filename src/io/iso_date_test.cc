#include <gtest/gtest.h>

#include <string>

#include "dyad/document_reader.h"

namespace dyad {
namespace {

std::string Norm(std::string_view in) {
  std::string out = "unchanged";
  return NormalizeIsoDate(in, &out) ? out : "<invalid>";
}

TEST(IsoDateTest, KeepsPlainDates) {
  EXPECT_EQ(Norm("2020-02-15"), "2020-02-15");
  EXPECT_EQ(Norm(" 2020-02-15 "), "2020-02-15");  // blanks around tolerated
}

TEST(IsoDateTest, CutsDateTimesToTheirLocalDate) {
  // The publication date as printed, not converted to UTC.
  EXPECT_EQ(Norm("2020-02-15T10:00:00Z"), "2020-02-15");
  EXPECT_EQ(Norm("2020-02-15T23:30:00-05:00"), "2020-02-15");
  EXPECT_EQ(Norm("2020-02-15T10:00"), "2020-02-15");
  EXPECT_EQ(Norm("2020-02-15 10:00:00"), "2020-02-15");
  EXPECT_EQ(Norm("2020-02-15T10:00:00.123+01:00"), "2020-02-15");
  EXPECT_EQ(Norm("2020-02-15T10:00:00,5Z"), "2020-02-15");
  EXPECT_EQ(Norm("2020-02-15T10:00:00+0100"), "2020-02-15");  // common in feeds
  EXPECT_EQ(Norm("2020-02-15T10:00:00+01"), "2020-02-15");
  EXPECT_EQ(Norm("2016-12-31T23:59:60Z"), "2016-12-31");  // leap second
}

TEST(IsoDateTest, KnowsLeapYears) {
  EXPECT_EQ(Norm("2020-02-29"), "2020-02-29");  // divisible by 4
  EXPECT_EQ(Norm("2000-02-29"), "2000-02-29");  // divisible by 400
  EXPECT_EQ(Norm("2019-02-29"), "<invalid>");
  EXPECT_EQ(Norm("1900-02-29"), "<invalid>");  // divisible by 100 only
  EXPECT_EQ(Norm("2020-02-30"), "<invalid>");
}

TEST(IsoDateTest, RejectsOutOfRangeFields) {
  EXPECT_EQ(Norm("2020-00-10"), "<invalid>");
  EXPECT_EQ(Norm("2020-13-01"), "<invalid>");
  EXPECT_EQ(Norm("2020-04-31"), "<invalid>");  // April has 30 days
  EXPECT_EQ(Norm("2020-01-00"), "<invalid>");
  EXPECT_EQ(Norm("2020-01-01T24:00"), "<invalid>");
  EXPECT_EQ(Norm("2020-01-01T10:60"), "<invalid>");
  EXPECT_EQ(Norm("2020-01-01T10:00:00+25:00"), "<invalid>");
}

TEST(IsoDateTest, RejectsWhatIsNotIsoExtended) {
  // Strict on purpose: a wrong date is worse than none.
  for (const char* bad :
       {"", "2020", "2020-02", "20200215", "15/02/2020", "2020-2-15",
        "2020-02-15T", "2020-02-15T10", "2020-02-15T10:00:", "2020-02-15x",
        "2020-02-15T10:00:00.Z", "2020-02-15T10:00:00+", "2020-02-15Z",
        "Feb 15, 2020", "２０２０-02-15", "2020-02-15T10:00:00Zjunk"}) {
    EXPECT_EQ(Norm(bad), "<invalid>") << bad;
  }
}

TEST(IsoDateTest, LeavesOutputAloneOnFailure) {
  std::string out = "kept";
  EXPECT_FALSE(NormalizeIsoDate("nope", &out));
  EXPECT_EQ(out, "kept");
}

}  // namespace
}  // namespace dyad
