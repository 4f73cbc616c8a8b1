#include "morph/form_entry.h"

#include "base/fold.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace dyad {

void FormEntry::ComputeFeatures() {
  features.clear();
  any = 0;
  all = ~Features{0};
  for (Reading& r : analysis.readings) {
    r.folded_lemma = Fold(r.lemma);
    Features f = FeaturesOf(r);
    if (!analysis.known) f |= kFUnknown;
    features.push_back(f);
    any |= f;
    all &= f;
  }
  if (features.empty()) all = 0;
}

uint8_t ShapeOf(std::string_view form) {
  uint8_t shape = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(form.size());
  const auto* s = reinterpret_cast<const uint8_t*>(form.data());
  bool first = true;
  bool all_punct = n > 0;
  int letters = 0;
  bool all_upper = true;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      all_punct = false;
      continue;
    }
    if (first) {
      if (u_isdigit(c)) shape |= kShapeNumber;
      if (u_isupper(c) || u_istitle(c)) shape |= kShapeCapitalised;
      first = false;
    }
    if (u_isalpha(c)) {
      ++letters;
      if (!u_isupper(c)) all_upper = false;
    }
    if (!(u_ispunct(c) || (u_charType(c) >= U_MATH_SYMBOL &&
                           u_charType(c) <= U_OTHER_SYMBOL))) {
      all_punct = false;
    }
  }
  if (letters >= 2 && all_upper) shape |= kShapeAllCaps;
  if (all_punct) shape |= kShapePunct;
  return shape;
}

std::string Lowercase(std::string_view s) {
  // ASCII fast path.
  bool ascii = true;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string out;
  if (ascii) {
    out.assign(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower(icu::Locale::getRoot());
  u.toUTF8String(out);
  return out;
}

bool NormaliseApostrophes(std::string_view s, std::string* out) {
  // ’ = E2 80 99, ʼ = CA BC.
  if (s.find("\xE2\x80\x99") == std::string_view::npos &&
      s.find("\xCA\xBC") == std::string_view::npos) {
    return false;
  }
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      r.push_back('\'');
      i += 2;
    } else if (s.compare(i, 2, "\xCA\xBC") == 0) {
      r.push_back('\'');
      i += 1;
    } else {
      r.push_back(s[i]);
    }
  }
  *out = std::move(r);
  return true;
}

}  // namespace dyad
