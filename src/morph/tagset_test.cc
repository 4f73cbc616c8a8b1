#include "morph/tagset.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(TagsetTest, PosFromTags) {
  EXPECT_EQ(PosFromTags("n.f.pl"), Pos::kNoun);
  EXPECT_EQ(PosFromTags("np.top.f.sg"), Pos::kPropn);
  EXPECT_EQ(PosFromTags("vblex.pp.m.sg"), Pos::kVerb);
  EXPECT_EQ(PosFromTags("vbhaver.pri.p3.sg"), Pos::kAux);
  EXPECT_EQ(PosFromTags("vbser.pri.p3.sg"), Pos::kAux);
  EXPECT_EQ(PosFromTags("vaux.inf"), Pos::kAux);
  EXPECT_EQ(PosFromTags("pr+det.def.mf.pl"), Pos::kAdp);
  EXPECT_EQ(PosFromTags("rel.mf.sp"), Pos::kPron);
  EXPECT_EQ(PosFromTags("cnjadv"), Pos::kSconj);
  EXPECT_EQ(PosFromTags("gen"), Pos::kPart);
  EXPECT_EQ(PosFromTags("sent"), Pos::kPunct);
  EXPECT_EQ(PosFromTags("whatever"), Pos::kX);
  EXPECT_EQ(PosFromTags(""), Pos::kX);
}

TEST(TagsetTest, PosNamesRoundTrip) {
  for (int p = 0; p <= static_cast<int>(Pos::kSym); ++p) {
    Pos back;
    ASSERT_TRUE(PosFromName(PosName(static_cast<Pos>(p)), &back));
    EXPECT_EQ(back, static_cast<Pos>(p));
  }
  Pos x;
  EXPECT_FALSE(PosFromName("NOPE", &x));
}

TEST(TagsetTest, Features) {
  Reading lance{"lancer", Pos::kVerb, "vblex.pp.m.sg"};
  Features f = FeaturesOf(lance);
  EXPECT_TRUE(f & PosBit(Pos::kVerb));
  EXPECT_TRUE(f & kFPp);
  EXPECT_FALSE(f & kFFinite);

  Reading a{"avoir", Pos::kAux, "vbhaver.prs.p3.pl"};
  f = FeaturesOf(a);
  EXPECT_TRUE(f & kFHaver);
  EXPECT_TRUE(f & kFFinite);
  EXPECT_TRUE(f & kFSubjunctive);
  EXPECT_TRUE(f & kFLemmaHave);

  Reading des{"de", Pos::kAdp, "pr+det.def.mf.pl"};
  f = FeaturesOf(des);
  EXPECT_TRUE(f & kFDetUnit);
  EXPECT_TRUE(f & kFContraction);

  Reading dont{"do", Pos::kAux, "vbdo.pres+adv"};
  EXPECT_TRUE(FeaturesOf(dont) & kFFinite);

  Reading la{"le", Pos::kPron, "prn.pro.p3.f.sg"};
  EXPECT_TRUE(FeaturesOf(la) & kFClitic);
  Reading il{"il", Pos::kPron, "prn.tn.p3.m.sg"};
  EXPECT_TRUE(FeaturesOf(il) & kFSubjPron);
}

}  // namespace
}  // namespace dyad
