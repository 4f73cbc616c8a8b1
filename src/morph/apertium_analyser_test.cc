#include "morph/apertium_analyser.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(ApertiumAnalyserTest, ParsesReadings) {
  std::vector<Reading> rs;
  ASSERT_TRUE(ApertiumAnalyser::ParseUnit(
      "^attaques/attaque<n><f><pl>/attaquer<vblex><pri><p2><sg>$", &rs));
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].lemma, "attaque");
  EXPECT_EQ(rs[0].tags, "n.f.pl");
  EXPECT_EQ(rs[0].pos, Pos::kNoun);
  EXPECT_EQ(rs[1].lemma, "attaquer");
  EXPECT_EQ(rs[1].tags, "vblex.pri.p2.sg");
  EXPECT_EQ(rs[1].pos, Pos::kVerb);
}

TEST(ApertiumAnalyserTest, ContractionIsOneReading) {
  std::vector<Reading> rs;
  ASSERT_TRUE(
      ApertiumAnalyser::ParseUnit("^des/de<pr>+le<det><def><mf><pl>$", &rs));
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].lemma, "de");  // the first unit's lemma
  EXPECT_EQ(rs[0].pos, Pos::kAdp);
  EXPECT_EQ(rs[0].tags, "pr+det.def.mf.pl");
}

TEST(ApertiumAnalyserTest, LemmaQueueJoinsTheLemma) {
  std::vector<Reading> rs;
  ASSERT_TRUE(
      ApertiumAnalyser::ParseUnit("^took part/take<vblex><past># part$", &rs));
  EXPECT_EQ(rs[0].lemma, "take part");
  EXPECT_EQ(rs[0].tags, "vblex.past");
}

TEST(ApertiumAnalyserTest, UnknownAndMalformed) {
  std::vector<Reading> rs;
  EXPECT_FALSE(ApertiumAnalyser::ParseUnit("^Idleb/*Idleb$", &rs));
  EXPECT_FALSE(ApertiumAnalyser::ParseUnit("^x/x<n$", &rs));
  EXPECT_FALSE(ApertiumAnalyser::ParseUnit("no unit", &rs));
  EXPECT_FALSE(ApertiumAnalyser::ParseUnit("", &rs));
  EXPECT_TRUE(rs.empty());
}

TEST(ApertiumAnalyserTest, EscapedCharacters) {
  std::vector<Reading> rs;
  ASSERT_TRUE(ApertiumAnalyser::ParseUnit("^a\\/b/a\\/b<n><sg>$", &rs));
  EXPECT_EQ(rs[0].lemma, "a/b");
  std::string out;
  ApertiumAnalyser::AppendEscaped("^a$[b]{c}/<d>@*#\\e", &out);
  EXPECT_EQ(out, "\\^a\\$\\[b\\]\\{c\\}\\/\\<d\\>\\@\\*\\#\\\\e");
}

TEST(ApertiumAnalyserTest, MissingFileNamesThePackage) {
  auto a = ApertiumAnalyser::Open("/nonexistent.bin", "apertium-fra-cat");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kNotFound);
  EXPECT_NE(a.status().message().find("apt-get install apertium-fra-cat"),
            std::string::npos);
}

TEST(ApertiumAnalyserTest, NotATransducerIsDataLoss) {
  // Any readable non-transducer file.
  auto a = ApertiumAnalyser::Open(DYAD_SOURCE_DATA_DIR "/fr/lexicon.tsv",
                                  "apertium-fra-cat");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kDataLoss) << a.status().ToString();
}

TEST(ApertiumAnalyserTest, BatchesKeepTheirOrderAcrossCalls) {
  auto a = ApertiumAnalyser::Open(
      "/usr/share/apertium/apertium-fra-cat/fra-cat.automorf.bin",
      "apertium-fra-cat");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  std::vector<std::vector<Reading>> out;
  // Twice: lttoolbox resets its NUL-flush mode after the first batch.
  for (int round = 0; round < 2; ++round) {
    (*a)->AnalyseBatch(
        {"tuant", "Idleb", "\xC2\xAB", "14 000", "des", "a/b", "lancé"}, &out);
    ASSERT_EQ(out.size(), 7u);
    ASSERT_EQ(out[0].size(), 1u);
    EXPECT_EQ(out[0][0].lemma, "tuer");
    EXPECT_EQ(out[0][0].tags, "vblex.ger");
    EXPECT_TRUE(out[1].empty());  // unknown
    EXPECT_TRUE(out[2].empty());  // « is a blank for Apertium
    EXPECT_TRUE(out[3].empty());  // two units
    ASSERT_EQ(out[4].size(), 1u);
    EXPECT_EQ(out[4][0].lemma, "de");
    ASSERT_FALSE(out[6].empty());
    EXPECT_EQ(out[6][0].lemma, "lancer");
  }
}

}  // namespace
}  // namespace dyad
