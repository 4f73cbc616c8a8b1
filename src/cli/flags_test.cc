#include "cli/flags.h"

#include <gtest/gtest.h>

namespace dyad::cli {
namespace {

Flags MakeFlags() {
  Flags f("code");
  f.Value("lang", "", "language");
  f.Value("threads", "1", "threads");
  f.Bool("json", "JSON output");
  return f;
}

TEST(FlagsTest, ParsesBothValueFormsBooleansAndPositionals) {
  Flags f = MakeFlags();
  ASSERT_TRUE(f.Parse({"a.txt", "--lang", "fr", "--threads=2", "--json", "-"})
                  .ok());
  EXPECT_EQ(f.Get("lang"), "fr");
  EXPECT_EQ(*f.GetInt("threads", 1, 64), 2);
  EXPECT_TRUE(f.GetBool("json"));
  EXPECT_EQ(f.positional(), (std::vector<std::string>{"a.txt", "-"}))
      << "'-' is standard input, a positional";
}

TEST(FlagsTest, UnknownOptionSaysWhereToLook) {
  Flags f = MakeFlags();
  Status s = f.Parse({"--langue", "fr"});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unknown option '--langue'"), std::string::npos);
  EXPECT_NE(s.message().find("dyad code --help"), std::string::npos);
}

TEST(FlagsTest, MissingValueIsAnError) {
  Flags f = MakeFlags();
  EXPECT_FALSE(f.Parse({"--lang"}).ok()) << "value-taking flag at the end";
}

TEST(FlagsTest, IntegerRangeIsChecked) {
  Flags f = MakeFlags();
  ASSERT_TRUE(f.Parse({"--threads", "0"}).ok());
  EXPECT_FALSE(f.GetInt("threads", 1, 64).ok()) << "0 threads is invalid";
  Flags g = MakeFlags();
  ASSERT_TRUE(g.Parse({"--threads", "2x"}).ok());
  EXPECT_FALSE(g.GetInt("threads", 1, 64).ok()) << "trailing garbage";
}

TEST(FlagsTest, DoubleDashEndsOptions) {
  Flags f = MakeFlags();
  ASSERT_TRUE(f.Parse({"--", "--json"}).ok());
  EXPECT_FALSE(f.GetBool("json"));
  EXPECT_EQ(f.positional().size(), 1u) << "a file named --json";
}

}  // namespace
}  // namespace dyad::cli
