#include "events/pattern_book.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace dyad {
namespace {

namespace fs = std::filesystem;

// A data directory of one language with the given clause_words.tsv.
class PatternBookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_pattern_book_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "fr");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "fr" / name) << text;
  }
  fs::path dir_;
};

TEST_F(PatternBookTest, ClauseWordsByKindAndPairs) {
  Write("clause_words.tsv",
        "# a comment\n"
        "intent_noun\tintention|Volonté\n"
        "death_phrase\ttrouver mort\n"
        "number\tdeux=2|trois=3\n");
  PatternBook book;
  ASSERT_TRUE(book.Load(dir_.string(), "fr", false).ok());
  book.Finish();
  EXPECT_TRUE(book.Is(ClauseWord::kIntentNoun, "intention"));
  EXPECT_TRUE(book.Is(ClauseWord::kIntentNoun, "volonte"));  // folded
  EXPECT_FALSE(book.Is(ClauseWord::kPlanNoun, "intention"));
  EXPECT_TRUE(book.IsPair(ClauseWord::kDeathPhrase, "trouver", "mort"));
  EXPECT_FALSE(book.IsPair(ClauseWord::kDeathPhrase, "trouver", "vie"));
  EXPECT_EQ(book.NumberWord("trois"), 3);
}

TEST_F(PatternBookTest, AnUnknownKindIsAnErrorNamingFileAndLine) {
  // A misspelt kind would otherwise be ignored without a word.
  Write("clause_words.tsv", "intent_nouns\tintention\n");
  PatternBook book;
  Status s = book.Load(dir_.string(), "fr", false);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("clause_words.tsv:1"), std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("intent_nouns"), std::string::npos) << s.message();
}

TEST_F(PatternBookTest, TheBuiltInClauseWordsLoad) {
  PatternBook book;
  for (const char* lang : {"fr", "en"}) {
    Status s = book.Load(DYAD_SOURCE_DATA_DIR, lang, true);
    EXPECT_TRUE(s.ok()) << lang << ": " << s.message();
  }
}

}  // namespace
}  // namespace dyad
