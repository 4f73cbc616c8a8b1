#include "morph/lexicon.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(LexiconTest, AddReplaceGuess) {
  auto lex = Lexicon::Parse(
      "# comment\n"
      "rebels\trebel\tn.pl\t-\tadd\n"
      "n't\tnot\tadv\tPART\treplace\n"
      "*ly\t*\tadv\t-\tguess\n"
      "*ing\t*\tvblex.ger\t-\tguess\n"
      "*bling\t*\tn.sg\t-\tguess\n"
      "\n",
      "test");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Lexicon::Entry* e = (*lex)->Find("rebels");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->replace);
  EXPECT_EQ(e->readings[0].pos, Pos::kNoun);
  e = (*lex)->Find("n't");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->replace);
  EXPECT_EQ(e->readings[0].pos, Pos::kPart);   // explicit POS
  EXPECT_EQ((*lex)->Find("Rebels"), nullptr);  // exact match only

  std::vector<Reading> g;
  ASSERT_TRUE((*lex)->Guess("zorbly", &g));
  EXPECT_EQ(g[0].lemma, "zorbly");
  EXPECT_EQ(g[0].pos, Pos::kAdv);
  g.clear();
  ASSERT_TRUE((*lex)->Guess("zorbling", &g));  // longest suffix wins
  EXPECT_EQ(g[0].pos, Pos::kNoun);
  g.clear();
  EXPECT_FALSE((*lex)->Guess("ly", &g));  // needs two letters of stem
  EXPECT_FALSE((*lex)->Guess("zorb", &g));
}

TEST(LexiconTest, ErrorsNameTheLine) {
  auto bad = Lexicon::Parse("# x\nrebels\trebel\tn.pl\n", "lex.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("lex.tsv:2"), std::string::npos);
  EXPECT_FALSE(Lexicon::Parse("a\tb\tn\tNOPE\tadd\n", "x").ok());
  EXPECT_FALSE(Lexicon::Parse("a\tb\tn\t-\tmaybe\n", "x").ok());
  EXPECT_FALSE(Lexicon::Parse("ly\t*\tadv\t-\tguess\n", "x").ok());
  EXPECT_EQ(Lexicon::Load("/nonexistent.tsv").status().code(),
            StatusCode::kNotFound);
}

TEST(LexiconTest, ShippedFilesLoad) {
  for (const char* lang : {"fr", "en"}) {
    auto lex = Lexicon::Load(std::string(DYAD_SOURCE_DATA_DIR) + "/" + lang +
                             "/lexicon.tsv");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    EXPECT_GT((*lex)->size(), 0u);
  }
}

}  // namespace
}  // namespace dyad
