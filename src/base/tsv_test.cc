#include "base/tsv.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace dyad {
namespace {

// A file of its own for each test: ctest runs the tests of this binary as
// separate processes at the same time.
std::string WriteTemp(const std::string& content) {
  const testing::TestInfo* info =
      testing::UnitTest::GetInstance()->current_test_info();
  std::string path = testing::TempDir() + "/" + info->name() + "_" +
                     std::to_string(getpid()) + "_tsv_test.tsv";
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(TsvTest, SkipsCommentsAndBlanksKeepsLineNumbers) {
  std::string path = WriteTemp(
      "# header\n\nTUR\tturc\tturque\r\n  # indented comment\nRUS\trusse\n");
  std::vector<std::pair<int64_t, std::string>> seen;
  ASSERT_TRUE(ReadTsv(path, [&](int64_t line, const auto& f) {
                seen.emplace_back(
                    line, std::string(f[0]) + "/" + std::string(f.back()));
                return Status::Ok();
              }).ok());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], std::make_pair(int64_t{3}, std::string("TUR/turque")))
      << "CR dropped, line 3";
  EXPECT_EQ(seen[1].first, 5);
}

TEST(TsvTest, ErrorsNameFileAndLine) {
  std::string path = WriteTemp("a\tb\nbad\n");
  Status s = ReadTsv(path, [](int64_t, const auto& f) {
    return f.size() == 2 ? Status::Ok()
                         : Status::InvalidArgument("expected 2 fields");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("tsv_test.tsv:2: expected 2 fields"),
            std::string::npos)
      << s.message();
  EXPECT_EQ(ReadTsv("/nonexistent/x.tsv",
                    [](int64_t, const auto&) { return Status::Ok(); })
                .code(),
            StatusCode::kNotFound);
}

TEST(TsvTest, SplitListTrimsAndDropsEmpty) {
  auto v = SplitList("Poutine | Putin||Vladimir Poutine ");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1], "Putin");
  EXPECT_EQ(v[2], "Vladimir Poutine");
  EXPECT_TRUE(SplitList("").empty());
}

}  // namespace
}  // namespace dyad
