#include "places/mo_catalog.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dyad {
namespace {

void Put(uint32_t v, bool big_endian, std::string* out) {
  for (int i = 0; i < 4; ++i) {
    const int shift = big_endian ? 24 - 8 * i : 8 * i;
    out->push_back(static_cast<char>((v >> shift) & 0xff));
  }
}

// A .mo file with the given messages (the header entry first, as msgfmt).
std::string MakeMo(const std::vector<std::pair<std::string, std::string>>& m,
                   bool big_endian) {
  const uint32_t n = m.size();
  const uint32_t originals = 28, translations = originals + 8 * n;
  uint32_t offset = translations + 8 * n;
  std::string head, strings;
  Put(0x950412de, big_endian, &head);
  Put(0, big_endian, &head);
  Put(n, big_endian, &head);
  Put(originals, big_endian, &head);
  Put(translations, big_endian, &head);
  Put(0, big_endian, &head);
  Put(0, big_endian, &head);
  std::string orig_table, trans_table;
  for (const auto& [id, text] : m) {
    Put(id.size(), big_endian, &orig_table);
    Put(offset, big_endian, &orig_table);
    strings += id + '\0';
    offset += id.size() + 1;
  }
  for (const auto& [id, text] : m) {
    Put(text.size(), big_endian, &trans_table);
    Put(offset, big_endian, &trans_table);
    strings += text + '\0';
    offset += text.size() + 1;
  }
  return head + orig_table + trans_table + strings;
}

TEST(MoCatalogTest, TranslatesBothByteOrders) {
  // msgfmt writes the host's byte order; files move between hosts.
  for (bool big : {false, true}) {
    MoCatalog c;
    ASSERT_TRUE(c.Parse(MakeMo({{"", "Content-Type: text/plain\n"},
                                {"Syria", "Syrie"},
                                {"170063", "Alep"}},
                               big))
                    .ok());
    EXPECT_EQ(c.Translate("Syria"), "Syrie");
    EXPECT_EQ(c.Translate("170063"), "Alep");
    EXPECT_EQ(c.Translate("Nowhere"), "");
    EXPECT_EQ(c.size(), 2u);  // the header entry is not a message
  }
}

TEST(MoCatalogTest, RejectsBadMagic) {
  // Any file may be passed by mistake: say it is not a catalog.
  MoCatalog c;
  Status s = c.Parse("not a catalog at all, just text");
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
}

TEST(MoCatalogTest, RejectsOffsetsOutsideTheFile) {
  // A truncated file must not be read past its end.
  std::string mo = MakeMo({{"a", "b"}, {"Syria", "Syrie"}}, false);
  MoCatalog c;
  EXPECT_EQ(c.Parse(mo.substr(0, mo.size() - 8)).code(), StatusCode::kDataLoss);
  EXPECT_EQ(c.size(), 0u);
}

TEST(MoCatalogTest, MissingFileIsNotFound) {
  // Callers treat a missing translation as optional.
  MoCatalog c;
  EXPECT_EQ(c.Load("/nonexistent/x.mo").code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad
