#include "base/fold.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(FoldTest, FoldsCaseAccentsAndApostrophes) {
  EXPECT_EQ(Fold("Erdoğan"), "erdogan") << "Turkish breve removed";
  EXPECT_EQ(Fold("États-Unis"), "etats-unis") << "capital accent, hyphen kept";
  EXPECT_EQ(Fold("l’armée"), "l'armee") << "typographic apostrophe";
  EXPECT_EQ(Fold("ISTANBUL"), "istanbul") << "ASCII fast path";
  EXPECT_EQ(Fold("Kılıçdaroğlu"), "kilicdaroglu") << "dotless i";
  EXPECT_EQ(Fold("Zelensky"), "zelensky");
  EXPECT_EQ(Fold(""), "");
}

TEST(FoldTest, StartsUpper) {
  EXPECT_TRUE(StartsUpper("Turquie"));
  EXPECT_TRUE(StartsUpper("États-Unis")) << "non-ASCII capital";
  EXPECT_FALSE(StartsUpper("turc"));
  EXPECT_FALSE(StartsUpper("« »"));
  EXPECT_FALSE(StartsUpper(""));
}

}  // namespace
}  // namespace dyad
