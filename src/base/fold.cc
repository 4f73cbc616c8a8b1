#include "base/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace dyad {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

void AppendCodePoint(UChar32 c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
  if (!err) out->append(buf, n);
}

}  // namespace

void AppendFolded(std::string_view s, std::string* out) {
  if (IsAscii(s)) {
    for (char c : s) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  if (U_FAILURE(status)) d = u;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';  // ’ ‘ ʼ
    if (c == 0x2010 || c == 0x2011) c = '-';                 // ‐ ‑
    if (c == 0x0131) c = 'i';                                // dotless ı
    AppendCodePoint(u_foldCase(c, U_FOLD_CASE_DEFAULT), out);
  }
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c0 = s[0];
  if (c0 < 0x80) return c0 >= 'A' && c0 <= 'Z';
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i,
          static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isupper(c);
}

}  // namespace dyad
