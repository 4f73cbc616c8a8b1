#include "morph/form_table.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

#include "morph/form_entry.h"

namespace dyad {
namespace {

TEST(FormTableTest, FindsWhatWasInsertedAndNothingElse) {
  FormTable t;
  FormEntry a, b;
  EXPECT_EQ(t.Find("manifestants"), nullptr);
  EXPECT_EQ(t.Insert("manifestants", &a), &a);
  EXPECT_EQ(t.Insert("le", &b), &b);
  EXPECT_EQ(t.Find("manifestants"), &a);
  EXPECT_EQ(t.Find("le"), &b);
  // Same first 8 bytes, other lengths or tails; a prefix of a short key.
  EXPECT_EQ(t.Find("manifestant"), nullptr);
  EXPECT_EQ(t.Find("manifestantes"), nullptr);
  EXPECT_EQ(t.Find("manifestantz"), nullptr);
  EXPECT_EQ(t.Find("l"), nullptr);
  EXPECT_EQ(t.Find(""), nullptr);
  EXPECT_EQ(t.size(), 2u);
}

TEST(FormTableTest, TheFirstEntryOfAKeyStays) {
  FormTable t;
  FormEntry a, b;
  t.Insert("Idleb", &a);
  EXPECT_EQ(t.Insert("Idleb", &b), &a);
  EXPECT_EQ(t.Find("Idleb"), &a);
  EXPECT_EQ(t.size(), 1u);
}

TEST(FormTableTest, KeysWithZeroBytesAndTheEmptyKey) {
  FormTable t;
  FormEntry a, b, c;
  t.Insert(std::string_view("a\0b", 3), &a);
  t.Insert(std::string_view("a", 1), &b);
  t.Insert("", &c);
  EXPECT_EQ(t.Find(std::string_view("a\0b", 3)), &a);
  EXPECT_EQ(t.Find("a"), &b);
  EXPECT_EQ(t.Find(""), &c);
  EXPECT_EQ(t.Find(std::string_view("a\0", 2)), nullptr);
}

TEST(FormTableTest, GrowsAndKeepsEveryKey) {
  FormTable t;
  std::deque<FormEntry> entries;
  std::deque<std::string> keys;
  for (int i = 0; i < 50000; ++i) {
    keys.push_back((i % 3 == 0 ? "k" : "une-forme-plus-longue-") +
                   std::to_string(i));
    entries.emplace_back();
    ASSERT_EQ(t.Insert(keys.back(), &entries.back()), &entries.back());
  }
  EXPECT_EQ(t.size(), 50000u);
  for (int i = 0; i < 50000; ++i) {
    ASSERT_EQ(t.Find(keys[i]), &entries[i]) << keys[i];
  }
  EXPECT_EQ(t.Find("k50000"), nullptr);
  // A key longer than an arena chunk.
  std::string huge(100000, 'x');
  FormEntry h;
  t.Insert(huge, &h);
  EXPECT_EQ(t.Find(huge), &h);
  huge.back() = 'y';
  EXPECT_EQ(t.Find(huge), nullptr);
}

}  // namespace
}  // namespace dyad
