#include "morph/multiwords.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

std::vector<uint32_t> Ids(const Multiwords& mw,
                          std::initializer_list<std::string_view> words) {
  std::vector<uint32_t> ids;
  for (std::string_view w : words) ids.push_back(mw.WordId(w));
  return ids;
}

TEST(MultiwordsTest, SplitsLikeTheSegmenter) {
  EXPECT_EQ(Multiwords::SplitWords("à l'égard de"),
            (std::vector<std::string>{"à", "l'", "égard", "de"}));
  EXPECT_EQ(Multiwords::SplitWords("lors d\xE2\x80\x99"),
            (std::vector<std::string>{"lors", "d'"}));
}

TEST(MultiwordsTest, LongestMatchIgnoringCase) {
  auto mw = Multiwords::Parse(
      "# units\n"
      "au lieu de|au lieu d'\tau lieu de\tpr\t-\n"
      "au lieu\tau lieu\tadv\t-\n"
      "à l'égard de\tà l'égard de\tpr\t-\n",
      "test");
  ASSERT_TRUE(mw.ok()) << mw.status().ToString();
  const FormEntry* e = nullptr;
  auto ids = Ids(**mw, {"Au", "LIEU", "de", "partir"});
  EXPECT_EQ((*mw)->Match(ids.data(), ids.size(), &e), 3u);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->analysis.readings[0].lemma, "au lieu de");
  EXPECT_EQ(e->analysis.readings[0].pos, Pos::kAdp);
  EXPECT_TRUE(e->analysis.known);

  ids = Ids(**mw, {"au", "lieu", "d\xE2\x80\x99", "x"});  // typographic '
  EXPECT_EQ((*mw)->Match(ids.data(), ids.size(), &e), 3u);

  ids = Ids(**mw, {"au", "lieu", "du"});  // falls back to the shorter unit
  EXPECT_EQ((*mw)->Match(ids.data(), ids.size(), &e), 2u);
  EXPECT_EQ(e->analysis.readings[0].lemma, "au lieu");

  ids = Ids(**mw, {"à", "l'", "égard"});  // incomplete
  EXPECT_EQ((*mw)->Match(ids.data(), ids.size(), &e), 0u);
  EXPECT_EQ((*mw)->WordId("nothing"), FormEntry::kNoWord);
}

TEST(MultiwordsTest, Errors) {
  auto one = Multiwords::Parse("seul\tseul\tadv\t-\n", "mw.tsv");
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.status().message().find("mw.tsv:1"), std::string::npos);
  EXPECT_FALSE(Multiwords::Parse("a b\ta b\tpr\n", "x").ok());
  EXPECT_FALSE(Multiwords::Parse("a b\ta b\tpr\tNOPE\n", "x").ok());
  EXPECT_FALSE(Multiwords::Parse("a b\tx\tpr\t-\na b\ty\tpr\t-\n", "x").ok());
}

TEST(MultiwordsTest, ShippedFilesLoad) {
  for (const char* lang : {"fr", "en"}) {
    auto mw = Multiwords::Load(std::string(DYAD_SOURCE_DATA_DIR) + "/" + lang +
                               "/multiwords.tsv");
    ASSERT_TRUE(mw.ok()) << mw.status().ToString();
    EXPECT_GT((*mw)->size(), 10u);
  }
}

}  // namespace
}  // namespace dyad
