#include "dyad/status.h"

#include <gtest/gtest.h>

#include "dyad/token.h"

namespace dyad {
namespace {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, CarriesCodeAndMessage) {
  Status s = Status::NotFound("no such file 'x'; check the path");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.ToString(), "not found: no such file 'x'; check the path");
}

Status FailsThenNot(bool fail) {
  DYAD_RETURN_IF_ERROR(fail ? Status::Internal("boom") : Status::Ok());
  return Status::InvalidArgument("reached");
}

TEST(StatusTest, ReturnIfErrorPropagates) {
  EXPECT_EQ(FailsThenNot(true).code(), StatusCode::kInternal);
  EXPECT_EQ(FailsThenNot(false).code(), StatusCode::kInvalidArgument);
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);
  Result<int> bad = Status::DataLoss("bad UTF-8");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kDataLoss);
}

TEST(ReadingTest, HasTagMatchesWholeElements) {
  Reading r{"lancer", Pos::kVerb, "vblex.pp.m.sg"};
  EXPECT_TRUE(r.HasTag("pp"));
  EXPECT_TRUE(r.HasTag("sg"));
  EXPECT_FALSE(r.HasTag("p"));  // a prefix of "pp" is not a tag
  EXPECT_FALSE(r.HasTag("vbl"));
}

TEST(PosTest, NamesAreUd) {
  EXPECT_EQ(PosName(Pos::kPropn), "PROPN");
  EXPECT_EQ(PosName(Pos::kAdp), "ADP");
}

}  // namespace
}  // namespace dyad
