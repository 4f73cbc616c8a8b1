// IsValidUtf8: strict UTF-8 validation (Unicode 15, table 3-7).
#include "io/utf8.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "dyad/document_reader.h"

namespace dyad {

size_t ValidUtf8Prefix(std::string_view s) {
  const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* p = begin;
  const unsigned char* const end = p + s.size();
  while (p < end) {
    // ASCII fast path, eight bytes at a time: most news text is mostly ASCII.
    while (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, sizeof(word));
      if ((word & 0x8080808080808080ULL) != 0) break;
      p += 8;
    }
    if (p == end) break;
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    // Well-formed sequences (Unicode table 3-7): the lead byte fixes the
    // length and the allowed range of the second byte, which rules out
    // overlongs (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and
    // code points above U+10FFFF (F4 90..BF, F5..FF).
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return p - begin;  // a continuation byte, C0, C1 or F5..FF
    }
    if (end - p < len) return p - begin;  // truncated
    if (p[1] < lo || p[1] > hi) return p - begin;
    for (int i = 2; i < len; ++i) {
      if ((p[i] & 0xC0) != 0x80) return p - begin;
    }
    p += len;
  }
  return s.size();
}

bool IsValidUtf8(std::string_view s) { return ValidUtf8Prefix(s) == s.size(); }

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const size_t valid = ValidUtf8Prefix(s);
    out.append(s.substr(0, valid));
    if (valid == s.size()) break;
    out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
    s.remove_prefix(valid + 1);
  }
  return out;
}

std::string TruncateUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  std::string out(s.substr(0, n));
  out += "...";
  return out;
}

}  // namespace dyad
