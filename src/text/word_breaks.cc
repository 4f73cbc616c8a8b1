#include "text/word_breaks.h"

#include <unicode/rbbi.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace dyad::text {
namespace {

// The word-break classes the fast path knows. In the repertoire, Single_Quote
// acts as MidNumLet and Double_Quote and Newline as Other: the rules that
// tell them apart need Hebrew letters or a preceding CR, which are out of it.
enum Cls : uint8_t {
  kUnknown = 0,  // outside the repertoire: let ICU decide
  kOther,        // a segment of its own
  kLetter,       // ALetter
  kNumeric,
  kExtendNumLet,  // _ U+202F U+203F ...
  kMidLetter,     // · U+2027 (not the colon: see ClassOf)
  kMidNum,        // , ; U+2044
  kMidNumLet,     // . ' ‘ ’ U+2024
  kSpace,         // WSegSpace: runs of them are one segment (WB3d)
  kCR,
  kLF,
};

// The repertoire: code points below U+0800 (1- and 2-byte UTF-8) and
// U+2000-U+20BF (E2 80 xx to E2 82 xx).
constexpr UChar32 kTwoByteEnd = 0x800;
constexpr UChar32 kPunctBegin = 0x2000;
constexpr UChar32 kPunctEnd = 0x20C0;

// Characters for which ICU's word rules are not the plain Word_Break classes
// above: CJK and Thai-like scripts go to dictionaries, Hebrew letters have
// rules of their own.
bool IsDictionaryOrSpecial(UChar32 c) {
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) {
    return true;
  }
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  return U_FAILURE(status) || script == USCRIPT_HAN ||
         script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HANGUL || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
}

Cls ClassOf(UChar32 c) {
  // ICU 72's rules add @ to ALetter, so that e-mail addresses and handles
  // are one segment ("@dyad" is a LETTER word, "1@2" a NUMBER).
  if (c == '@') return kLetter;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE:
    case U_WB_NEWLINE:
      return IsDictionaryOrSpecial(c) ? kUnknown : kOther;
    case U_WB_ALETTER:
      return IsDictionaryOrSpecial(c) ? kUnknown : kLetter;
    case U_WB_NUMERIC:
      return kNumeric;
    case U_WB_EXTENDNUMLET:
      return kExtendNumLet;
    case U_WB_MIDLETTER:
      // ICU's root rules take the colon out of MidLetter ("a:b" is three
      // segments); Swedish and Finnish keep it, and FastWordSegmentsAgree
      // notices.
      return c == ':' ? kOther : kMidLetter;
    case U_WB_MIDNUM:
      return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
      return kMidNumLet;
    case U_WB_WSEGSPACE:
      return kSpace;
    case U_WB_CR:
      return kCR;
    case U_WB_LF:
      return kLF;
    default:  // Extend, Format, ZWJ, Katakana, Hebrew_Letter, RI, emoji
      return kUnknown;
  }
}

struct Table {
  std::array<Cls, kTwoByteEnd> low;
  std::array<Cls, kPunctEnd - kPunctBegin> punct;
};

const Table& GetTable() {
  static const Table* table = [] {
    auto* t = new Table;
    for (UChar32 c = 0; c < kTwoByteEnd; ++c) t->low[c] = ClassOf(c);
    for (UChar32 c = kPunctBegin; c < kPunctEnd; ++c) {
      t->punct[c - kPunctBegin] = ClassOf(c);
    }
    return t;
  }();
  return *table;
}

inline bool IsTrail(unsigned char b) { return (b & 0xC0) == 0x80; }

// The class of the character at s[i] (i < n) and its length in *len;
// kUnknown for anything outside the repertoire, invalid UTF-8 included.
inline Cls ClassAt(const Table& t, const unsigned char* s, int32_t i, int32_t n,
                   int32_t* len) {
  unsigned char b = s[i];
  if (b < 0x80) {
    *len = 1;
    return t.low[b];
  }
  if (b >= 0xC2 && b < 0xE0) {  // 2 bytes: U+0080-U+07FF
    if (i + 1 >= n || !IsTrail(s[i + 1])) return kUnknown;
    *len = 2;
    return t.low[((b & 0x1F) << 6) | (s[i + 1] & 0x3F)];
  }
  if (b == 0xE2 && i + 2 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x82 &&
      IsTrail(s[i + 2])) {
    UChar32 c = 0x2000 | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (c >= kPunctEnd) return kUnknown;
    *len = 3;
    return t.punct[c - kPunctBegin];
  }
  return kUnknown;
}

inline bool IsWordClass(Cls c) {
  return c == kLetter || c == kNumeric || c == kExtendNumLet;
}

}  // namespace

bool FastWordSegments(std::string_view text, std::vector<WordSegment>* out) {
  const Table& t = GetTable();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  out->clear();
  int32_t len = 0;
  for (int32_t i = 0; i < n;) {
    const Cls c = ClassAt(t, s, i, n, &len);
    i += len;
    switch (c) {
      case kUnknown:
        return false;
      case kCR:  // WB3: CR x LF
        if (i < n && s[i] == '\n') ++i;
        out->push_back({i, UBRK_WORD_NONE});
        break;
      case kSpace: {  // WB3d: WSegSpace x WSegSpace
        int32_t l = 0;
        while (i < n && ClassAt(t, s, i, n, &l) == kSpace) i += l;
        out->push_back({i, UBRK_WORD_NONE});
        break;
      }
      case kLetter:
      case kNumeric:
      case kExtendNumLet: {
        // WB5, 8-10, 13a, 13b join letters, digits and ExtendNumLet in any
        // order; WB6-7 join two letters across a MidLetter or MidNumLet,
        // WB11-12 two digits across a MidNum or MidNumLet.
        Cls last = c;         // class of the last character of the word
        Cls before = kOther;  // of the one before it, if joined directly
        while (i < n) {
          int32_t l1 = 0;
          const Cls d = ClassAt(t, s, i, n, &l1);
          if (IsWordClass(d)) {
            before = last;
            last = d;
            i += l1;
            continue;
          }
          if ((last == kLetter && (d == kMidLetter || d == kMidNumLet)) ||
              (last == kNumeric && (d == kMidNum || d == kMidNumLet))) {
            int32_t l2 = 0;
            if (i + l1 < n && ClassAt(t, s, i + l1, n, &l2) == last) {
              before = kOther;
              i += l1 + l2;
              continue;
            }
          }
          break;
        }
        // The status ICU reports is the one of the rules that end on the
        // last character: any letter-ending rule says LETTER, any
        // digit-ending one NUMBER ("a1" is a NUMBER); after ExtendNumLet it
        // depends on what precedes it, and a lone "_" is NONE.
        int32_t status = UBRK_WORD_NONE;
        if (last == kLetter) {
          status = UBRK_WORD_LETTER;
        } else if (last == kNumeric) {
          status = UBRK_WORD_NUMBER;
        } else if (before == kLetter || before == kExtendNumLet) {
          status = UBRK_WORD_LETTER;
        } else if (before == kNumeric) {
          status = UBRK_WORD_NUMBER;
        }
        out->push_back({i, status});
        break;
      }
      default:  // Other, LF, and Mid* that join nothing
        out->push_back({i, UBRK_WORD_NONE});
        break;
    }
  }
  return true;
}

void IcuWordSegments(icu::BreakIterator* it, std::string_view s,
                     std::vector<WordSegment>* out) {
  out->clear();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &status);
  it->setText(&ut, status);
  if (U_SUCCESS(status)) {
    it->first();
    for (int32_t q = it->next(); q != icu::BreakIterator::DONE;
         q = it->next()) {
      out->push_back({q, it->getRuleStatus()});
    }
  }
  utext_close(&ut);
}

namespace {

bool Agree(const icu::BreakIterator& word_prototype) {
  const Table& t = GetTable();
  // Every character of the repertoire between two letters, two digits and
  // two underscores, and doubled; then every sequence of three characters
  // over one of each class, followed by the first again. Lines apart: a line
  // feed breaks on both sides.
  std::string probe;
  auto append = [&](UChar32 c) {
    char buf[U8_MAX_LENGTH];
    int32_t k = 0;
    U8_APPEND_UNSAFE(buf, k, c);
    probe.append(buf, static_cast<size_t>(k));
  };
  auto contexts = [&](UChar32 c) {
    for (UChar32 side : {UChar32{'a'}, UChar32{'1'}, UChar32{'_'}}) {
      append(side);
      append(c);
      append(side);
      probe += '\n';
    }
    append(c);
    append(c);
    probe += '\n';
  };
  for (UChar32 c = 0; c < kTwoByteEnd; ++c) {
    if (t.low[c] != kUnknown) contexts(c);
  }
  for (UChar32 c = kPunctBegin; c < kPunctEnd; ++c) {
    if (t.punct[c - kPunctBegin] != kUnknown) contexts(c);
  }
  const char* kReps[] = {"a", "\xC3\xA9",     "1",        "_", ".",  ",",
                         ":", "\xE2\x80\x99", "\xC2\xB7", " ", "\r", "-"};
  for (const char* x : kReps) {
    for (const char* y : kReps) {
      for (const char* z : kReps) {
        probe.append(x).append(y).append(z).append(x).append("\n");
      }
    }
  }

  std::unique_ptr<icu::BreakIterator> it(word_prototype.clone());
  if (it == nullptr) return false;
  std::vector<WordSegment> fast, icu;
  if (!FastWordSegments(probe, &fast)) return false;
  IcuWordSegments(it.get(), probe, &icu);
  return fast == icu;
}

}  // namespace

bool FastWordSegmentsAgree(const icu::BreakIterator& word_prototype) {
  // The check costs a millisecond and most locales (fr, en) share the root
  // rules: remember the verdict per rule set.
  static std::mutex mu;
  static auto* verdicts = new std::vector<std::pair<icu::UnicodeString, bool>>;
  const auto* rbbi =
      dynamic_cast<const icu::RuleBasedBreakIterator*>(&word_prototype);
  if (rbbi == nullptr) return Agree(word_prototype);
  {
    std::lock_guard<std::mutex> lock(mu);
    for (const auto& [rules, agree] : *verdicts) {
      if (rules == rbbi->getRules()) return agree;
    }
  }
  const bool agree = Agree(word_prototype);
  std::lock_guard<std::mutex> lock(mu);
  verdicts->emplace_back(rbbi->getRules(), agree);
  return agree;
}

}  // namespace dyad::text
