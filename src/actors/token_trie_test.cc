#include "actors/token_trie.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(TokenTrieTest, LongestMatchWins) {
  TokenTrie t;
  t.Add({"maison"}, 1);
  t.Add({"maison", "blanche"}, 2);
  t.Add({"etats-unis"}, 3);
  std::vector<std::string> toks = {"la", "maison", "blanche", "a"};
  const std::vector<int32_t>* v = nullptr;
  EXPECT_EQ(t.Longest(toks, 0, toks.size(), &v), 0u) << "no key starts at 'la'";
  ASSERT_EQ(t.Longest(toks, 1, toks.size(), &v), 2u)
      << "Maison Blanche, not Maison";
  EXPECT_EQ(*v, std::vector<int32_t>{2});
  EXPECT_EQ(t.Longest(toks, 1, 2, &v), 1u) << "the end bound is respected";
  EXPECT_EQ(t.size(), 3u);
}

TEST(TokenTrieTest, KeepsEveryValueOfAnAmbiguousKey) {
  TokenTrie t;
  t.Add({"congolais"}, 7);
  t.Add({"congolais"}, 8);
  t.Add({"congolais"}, 7);
  std::vector<std::string> toks = {"congolais"};
  const std::vector<int32_t>* v = nullptr;
  ASSERT_EQ(t.Longest(toks, 0, 1, &v), 1u);
  EXPECT_EQ(*v, (std::vector<int32_t>{7, 8}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(TokenTrieTest, FrozenRootFindsTheSameKeys) {
  TokenTrie t;
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) {
    words.push_back("w" + std::to_string(i));
    t.Add({words.back(), "x"}, i);
  }
  t.Freeze();
  const std::vector<int32_t>* v = nullptr;
  for (int i = 0; i < 500; ++i) {
    std::vector<std::string> toks = {words[i], "x"};
    ASSERT_EQ(t.Longest(toks, 0, 2, &v), 2u) << words[i];
    EXPECT_EQ((*v)[0], i);
  }
  std::vector<std::string> miss = {"w500", "x"};
  EXPECT_EQ(t.Longest(miss, 0, 2, &v), 0u) << "absent first token";
  t.Add({"late"}, 7);  // an Add after Freeze() falls back to the map
  std::vector<std::string> late = {"late"};
  EXPECT_EQ(t.Longest(late, 0, 1, &v), 1u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// After Freeze(), inner edges are found through one hash table: the same
// token under two parents leads to each parent's own child.
TEST(TokenTrieTest, FrozenEdgesKeepTheirParents) {
  TokenTrie t;
  t.Add({"la", "paz"}, 1);
  t.Add({"le", "paz", "x"}, 2);
  t.Add({"la", "haye"}, 3);
  t.Freeze();
  const std::vector<int32_t>* v = nullptr;
  std::vector<std::string> la = {"la", "paz"};
  ASSERT_EQ(t.Longest(la, 0, 2, &v), 2u);
  EXPECT_EQ(*v, std::vector<int32_t>{1});
  std::vector<std::string> le = {"le", "paz", "x"};
  ASSERT_EQ(t.Longest(le, 0, 3, &v), 3u);
  EXPECT_EQ(*v, std::vector<int32_t>{2});
  std::vector<std::string> le2 = {"le", "haye"};
  EXPECT_EQ(t.Longest(le2, 0, 2, &v), 0u) << "haye follows la only";
  EXPECT_TRUE(t.IsInner("paz"));
  EXPECT_TRUE(t.IsInner("x"));
  EXPECT_FALSE(t.IsInner("la")) << "a first token only";
  EXPECT_FALSE(t.IsInner("rome"));
}

TEST(TokenTrieTest, BitsMarksAndContinues) {
  TokenTrie t;
  t.Add({"new"}, 1);
  t.Add({"new", "york"}, 2);
  t.Freeze();
  t.Mark([](const std::vector<int32_t>& values) { return values[0] == 2; });
  std::vector<std::string_view> toks = {"new", "york"};
  const uint32_t first = static_cast<uint32_t>(t.RootChild("new"));
  const std::vector<int32_t>* v = nullptr;
  uint8_t bits = 0;
  auto at = [&](size_t i) { return toks[i]; };
  ASSERT_EQ(t.LongestFromLazy(first, 0, 2, at, &v, &bits), 2u);
  EXPECT_TRUE(bits & TokenTrie::kMarked) << "new york is marked";
  EXPECT_TRUE(bits & TokenTrie::kEnds);
  // A caller that knows "york" continues no key stops before it.
  ASSERT_EQ(t.LongestFromLazy(first, 0, 2, at, &v, &bits,
                              [](size_t) { return false; }),
            1u);
  EXPECT_EQ(*v, std::vector<int32_t>{1});
  EXPECT_FALSE(bits & TokenTrie::kMarked) << "new alone is not";
  EXPECT_TRUE(bits & TokenTrie::kHasChildren);
}

}  // namespace
}  // namespace dyad
