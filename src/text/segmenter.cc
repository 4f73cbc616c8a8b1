// Segmenter implementation.
//
// How a text is cut, in order:
//   1. Paragraphs. A blank line (only spaces between two line breaks) or
//      U+2029 ends a paragraph; the first token after it, and the first token
//      of the text, get Token::kParagraph. A paragraph longer than
//      kMaxWindowBytes (16 MiB) is cut, at a space when there is one, into
//      windows segmented one after the other (ICU indexes are 32-bit); a
//      window edge ends a sentence.
//   2. Line breaks inside a paragraph (AnalyseLines). A break that wrapping
//      put there (Reuters-style text wrapped at 70 columns) becomes a space;
//      a deliberate one (a heading, or one sentence per line) stays a line
//      break, which ends the sentence. See AnalyseLines for the heuristics.
//      The result is a copy of the paragraph of the same byte length, so
//      every offset into it is an offset into the original text.
//   3. ICU. The sentence BreakIterator (locale "<lang>@ss=standard", with
//      ICU's abbreviation suppressions) proposes sentence ends; the word
//      BreakIterator gives the raw segments. Both run over a UText opened
//      with utext_openUTF8, so their indexes are byte offsets. A block made
//      only of characters whose word-break rules text::FastWordSegments
//      implements (ASCII, the 2-byte range, general punctuation: nearly all
//      French and English news) gets the same raw segments from it instead,
//      at a fraction of the cost; Create() checks it against the word
//      iterator and leaves it off if they disagree (other ICU rules).
//   4. Tokens (Tokenize). Raw segments are merged or split for news text:
//      URLs, e-mail addresses, #hashtags and @handles are one token;
//      hyphenated words are one token (Jean-Yves, cessez-le-feu, 2020-02-17)
//      except French inverted subject clitics (a|-t-il, dit|-elle); French
//      elisions are split after the apostrophe (l'|armée, jusqu'|à; not
//      aujourd'hui); English clitics are split (army|'s, do|n't); a word
//      followed by a period is one token when it is an abbreviation of the
//      language's list, a capital initial or a letter-period chain (M., U.S.);
//      digit groups separated by a space, U+00A0, U+2009 or U+202F are one
//      number (14 000).
//   5. Sentences (Assemble). ICU's proposals are kept unless the token
//      before is an abbreviation that never ends a sentence or an initial, or
//      the next word starts in lowercase; closing quotes and brackets after
//      the end stay with the sentence they close (« ... fin. »), opening ones
//      go with the next. A sentence is cut after kMaxSentenceTokens (500)
//      tokens so that text without punctuation cannot make one huge sentence.
//
// Language knowledge: abbreviations come from data/<lang>/abbreviations.txt
// (a missing file is not an error: only the built-in recognition of capital
// initials and letter-period chains, plus ICU's own suppressions, remain).
// The French elision prefixes and subject clitics and the English clitic
// suffixes are closed grammatical classes and are built in below.
//
// Thread-safety: Segment() clones the sentence prototype iterator per call,
// and the word one when a block needs it (a clone costs well under a
// microsecond), and keeps all scratch state in a per-call object. Cost: linear
// in the text; per call a few allocations that grow with the paragraph, plus
// one vector per sentence.
#include "dyad/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "text/abbreviations.h"
#include "text/word_breaks.h"

namespace dyad {
namespace {

using text::AbbreviationList;

constexpr size_t kMaxSentenceTokens = 500;
constexpr size_t kMaxWindowBytes = size_t{1} << 24;
// A paragraph whose longest line has between these many characters is taken
// as wrapped text (e-mail, Reuters: 60-80 columns).
constexpr int32_t kWrapMinWidth = 40;
constexpr int32_t kWrapMaxWidth = 120;

// What a token is, as far as sentence splitting cares.
enum class Kind : uint8_t {
  kWord,
  kNumber,
  kAbbrevInternal,  // listed abbreviation that never ends a sentence
  kAbbrevMayEnd,    // abbreviation that may end a sentence ("etc.")
  kInitial,         // single capital letter with its period ("W.")
  kOpen,            // « “ ‘ ( [ {
  kClose,           // » ” ’ ) ] }
  kQuote,           // " or ': opening or closing by parity
  kFinal,           // . ! ? … and runs of them
  kPunct,           // any other punctuation or symbol, emoji
};

struct Tok {
  int32_t begin;
  int32_t end;
  Kind kind;
  uint8_t flags;               // Token::Flags
  bool ends_sentence = false;  // a period split off a glued word ("said.The")
};

// A raw ICU word-break segment (whitespace already dropped).
struct Seg {
  int32_t b;
  int32_t e;
  int32_t status;  // ICU rule status: >= UBRK_WORD_NUMBER for words
};

// One line of a paragraph: content [b, e) followed by `term` bytes of line
// terminator.
struct Line {
  int32_t b;
  int32_t e;
  int32_t term;
};

enum class Case : uint8_t { kOther, kUpper, kLower };
enum class LineEnd : uint8_t { kOther, kFinal, kOpen, kColon };

struct LineInfo {
  int32_t chars = 0;       // code points, trailing spaces excluded
  int32_t first_word = 0;  // code points of the first word
  Case first_case = Case::kOther;
  LineEnd end = LineEnd::kOther;
  bool ends_in_abbreviation = false;  // "... M." "... U.S."
};

struct LangRules {
  bool french = false;   // elision, inverted clitics
  bool english = false;  // 's, n't, 're ...
};

// ---------------------------------------------------------------------------
// Characters.

inline UChar32 NextChar(const char* s, int32_t* i, int32_t end) {
  UChar32 c;
  U8_NEXT(s, *i, end, c);
  return c;
}

inline UChar32 PrevChar(const char* s, int32_t start, int32_t* i) {
  UChar32 c;
  U8_PREV(s, start, *i, c);
  return c;
}

inline UChar32 CharAt(std::string_view s, int32_t i, int32_t end) {
  return NextChar(s.data(), &i, end);
}

// An ASCII space or control byte (never part of a multi-byte character).
inline bool IsAsciiSpace(unsigned char c) { return c <= 0x20 || c == 0x7F; }

// Not part of any token: whitespace, controls, lone format characters.
bool IsSkippable(UChar32 c) {
  if (c < 0) return false;  // invalid byte: kept, so that it is visible
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  if (u_isUWhiteSpace(c)) return true;
  int8_t type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

bool IsFinalChar(UChar32 c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF0E:  // ．
    case 0xFF1F:  // ？
      return true;
    default:
      return false;
  }
}

bool IsOpenChar(UChar32 c) {
  switch (c) {
    case '(':
    case '[':
    case '{':
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x201E:  // „
    case 0x201A:  // ‚
      return true;
    default:
      return false;
  }
}

bool IsCloseChar(UChar32 c) {
  switch (c) {
    case ')':
    case ']':
    case '}':
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x201D:  // ”
    case 0x2019:  // ’
      return true;
    default:
      return false;
  }
}

// Length of the apostrophe at s[i] (', ’ or ʼ), 0 if none.
inline int32_t ApostropheAt(std::string_view s, int32_t i, int32_t end) {
  if (i >= end) return 0;
  unsigned char c = s[i];
  if (c == '\'') return 1;
  if (c == 0xE2 && i + 2 < end &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x99) {
    return 3;
  }
  if (c == 0xCA && i + 1 < end && static_cast<unsigned char>(s[i + 1]) == 0xBC)
    return 2;
  return 0;
}

// Length of the hyphen at s[i] (-, U+2010 or U+2011), 0 if none.
inline int32_t HyphenAt(std::string_view s, int32_t i, int32_t end) {
  if (i >= end) return 0;
  unsigned char c = s[i];
  if (c == '-') return 1;
  if (c == 0xE2 && i + 2 < end &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x90 ||
       static_cast<unsigned char>(s[i + 2]) == 0x91)) {
    return 3;
  }
  return 0;
}

// Bytes of the number-group separator at s[i] (space, U+00A0, U+2009,
// U+202F), 0 if none.
inline int32_t GroupSeparatorAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = s[i];
  if (c == ' ') return 1;
  if (c == 0xC2 && i + 1 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0xA0)
    return 2;
  if (c == 0xE2 && i + 2 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x89 ||
       static_cast<unsigned char>(s[i + 2]) == 0xAF)) {
    return 3;
  }
  return 0;
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// ASCII case-insensitive equality with a lowercase word.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

template <size_t N>
bool InLowerSet(std::string_view s, const std::string_view (&set)[N]) {
  for (std::string_view w : set) {
    if (EqualsLower(s, w)) return true;
  }
  return false;
}

// Bytes that may start a character EmitWord or EmitWordPart splits a word
// at: . ' - and the lead bytes of U+2019, U+2010, U+2011 (E2) and U+02BC
// (CA).
constexpr auto kMaySplitWord = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'.', '\'', '-'}) t[c] = true;
  t[0xE2] = true;
  t[0xCA] = true;
  return t;
}();

// French elided words, without their apostrophe. "aujourd'hui",
// "quelqu'un" and "presqu'île" are not split because their first part is
// not in this list.
constexpr std::string_view kFrenchElisions[] = {
    "l", "d",  "j",     "m",      "n",      "s",     "t",
    "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};

// French subject clitics that follow the verb after a hyphen (dit-il).
constexpr std::string_view kFrenchInvertedClitics[] = {
    "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce"};

// Hyphenated French words whose last part looks like a clitic but is not.
constexpr std::string_view kFrenchCliticExceptions[] = {"rendez-vous"};

// English clitic suffixes after the apostrophe ("n't" is handled apart).
constexpr std::string_view kEnglishClitics[] = {"s",  "re", "ve",
                                                "ll", "d",  "m"};

bool IsFrenchElision(std::string_view w) {
  if (w.size() > 6) return false;
  if (w == "\xC3\xA7" || w == "\xC3\x87") return true;  // ç', Ç'
  return InLowerSet(w, kFrenchElisions);
}

// ---------------------------------------------------------------------------
// Line terminators and blank lines (over the whole text, size_t offsets).

// Length of the line terminator at s[i], 0 if none; *para set for U+2029.
inline size_t TerminatorAt(std::string_view s, size_t i, bool* para) {
  unsigned char c = s[i];
  switch (c) {
    case '\n':
    case '\v':
    case '\f':
      return 1;
    case '\r':
      return (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    case 0xC2:  // U+0085 NEL
      return (i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85)
                 ? 2
                 : 0;
    case 0xE2:  // U+2028, U+2029
      if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        unsigned char c2 = s[i + 2];
        if (c2 == 0xA8) return 3;
        if (c2 == 0xA9) {
          *para = true;
          return 3;
        }
      }
      return 0;
    default:
      return 0;
  }
}

// Bytes that may start a line terminator; a table, as every byte of the text
// goes through this test twice.
constexpr auto kMayStartTerminator = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '\r', '\v', '\f'}) t[c] = true;
  t[0xC2] = true;
  t[0xE2] = true;
  return t;
}();
inline bool MayStartTerminator(unsigned char c) {
  return kMayStartTerminator[c];
}

// True if [b, e) holds only spaces, controls, U+00A0, U+2000-U+200B, U+202F,
// U+205F, U+3000 or U+FEFF.
bool IsBlank(std::string_view s, size_t b, size_t e) {
  size_t i = b;
  while (i < e) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c > 0x20 && c != 0x7F) return false;
      ++i;
      continue;
    }
    auto at = [&](size_t k) -> unsigned char {
      return k < e ? static_cast<unsigned char>(s[k]) : 0;
    };
    if (c == 0xC2 && at(i + 1) == 0xA0) {
      i += 2;
    } else if (c == 0xE2 && at(i + 1) == 0x80 &&
               ((at(i + 2) >= 0x80 && at(i + 2) <= 0x8B) ||
                at(i + 2) == 0xAF)) {
      i += 3;
    } else if (c == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) {
      i += 3;
    } else if (c == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) {
      i += 3;
    } else if (c == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// What Create() builds and every Segment() call reads.
struct Shared {
  std::string lang;
  LangRules rules;
  AbbreviationList abbreviations;
  std::unique_ptr<icu::BreakIterator> word_prototype;
  std::unique_ptr<icu::BreakIterator> sentence_prototype;
  // The word iterator's rules are those text::FastWordSegments implements.
  bool fast_words = false;
};

// The state of one Segment() call: cloned iterators and scratch buffers.
class Run {
 public:
  Run(const Shared& impl, std::string_view text, std::vector<Sentence>* out)
      : impl_(impl), rules_(impl.rules), text_(text), out_(out) {}

  Status Segment();

 private:
  void ProcessParagraph(size_t b, size_t e, bool paragraph);
  void ProcessBlock(size_t b, size_t e, bool paragraph);
  void AnalyseLines(std::string_view block);
  LineInfo DescribeLine(std::string_view block, const Line& line) const;
  void CollectSegments(bool fast);
  void AddSegment(int32_t p, int32_t q, int32_t status);
  void Tokenize();
  void EmitWord(int32_t b, int32_t e, Kind kind);
  void EmitWordPart(int32_t b, int32_t e, Kind kind);
  void Assemble(size_t base, bool paragraph);
  void EmitSentence(size_t a, size_t c, size_t base, bool paragraph);

  // Helpers over data_ (the block, with its line breaks resolved).
  bool IsWordSeg(const Seg& s) const { return s.status >= UBRK_WORD_NUMBER; }
  bool IsNumberSeg(const Seg& s) const {
    return s.status >= UBRK_WORD_NUMBER && s.status < UBRK_WORD_LETTER;
  }
  bool SegIs(const Seg& s, char c) const {
    return s.e - s.b == 1 && data_[s.b] == c;
  }
  Kind AbbreviationKind(int32_t b, int32_t e) const;
  bool IsLetterPeriodChain(int32_t b, int32_t e) const;
  bool MatchUrl(int32_t b, int32_t* end) const;
  bool MatchEmail(int32_t b, int32_t* end) const;
  // Cheap filter before MatchEmail: an '@' in the segment or right after it,
  // or a character that may continue a local part ("john.doe@").
  bool MayBeEmail(const Seg& s) const {
    int32_t e = std::min(s.e + 1, n_);
    if (std::memchr(data_.data() + s.b, '@', e - s.b) != nullptr) return true;
    if (s.e >= n_) return false;
    char c = data_[s.e];
    return (c == '.' || c == '-' || c == '_' || c == '+' || c == '%') &&
           std::memchr(data_.data() + s.e, '@',
                       std::min<int32_t>(64, n_ - s.e)) != nullptr;
  }
  Kind PunctKind(int32_t b, int32_t e) const;
  bool StartsLower(const Tok& t) const {
    UChar32 c = CharAt(data_, t.begin, t.end);
    return c >= 0 && u_islower(c);
  }
  void Push(int32_t b, int32_t e, Kind kind, uint8_t flags = 0) {
    if (b < e) toks_.push_back({b, e, kind, flags, false});
  }

  const Shared& impl_;
  const LangRules rules_;
  std::string_view text_;
  std::vector<Sentence>* out_;
  std::unique_ptr<icu::BreakIterator> word_;
  std::unique_ptr<icu::BreakIterator> sentence_;
  Status status_;

  // Per block.
  std::string_view block_;  // original bytes of the block
  std::string_view data_;   // block with soft line breaks turned into spaces
  int32_t n_ = 0;
  bool has_at_ = false;  // data_ holds an '@': e-mail addresses are possible
  std::string buffer_;
  std::vector<Line> lines_;
  std::vector<LineInfo> infos_;
  std::vector<int32_t> hard_;    // offsets of kept (sentence-ending) breaks
  std::vector<int32_t> breaks_;  // ICU sentence boundaries
  std::vector<text::WordSegment> words_;  // from the fast path
  std::vector<Seg> segs_;
  std::vector<Tok> toks_;
};

Status Run::Segment() {
  // The word iterator is cloned only for a block the fast path declines.
  sentence_.reset(impl_.sentence_prototype->clone());
  if (sentence_ == nullptr) {
    return Status::ResourceExhausted("cannot clone the ICU break iterators");
  }
  const size_t n = text_.size();
  size_t pos = 0;
  bool in_paragraph = false;
  size_t para_begin = 0;
  size_t para_end = 0;
  bool next_is_paragraph = true;
  while (pos < n && status_.ok()) {
    // Find the end of the line starting at pos.
    size_t line_end = pos;
    size_t term = 0;
    bool para_sep = false;
    while (line_end < n) {
      if (MayStartTerminator(static_cast<unsigned char>(text_[line_end]))) {
        term = TerminatorAt(text_, line_end, &para_sep);
        if (term > 0) break;
      }
      ++line_end;
    }
    if (IsBlank(text_, pos, line_end)) {
      if (in_paragraph) {
        ProcessParagraph(para_begin, para_end, next_is_paragraph);
        in_paragraph = false;
      }
      next_is_paragraph = true;
    } else {
      if (!in_paragraph) {
        in_paragraph = true;
        para_begin = pos;
      }
      para_end = line_end;
    }
    if (para_sep && in_paragraph) {
      ProcessParagraph(para_begin, para_end, next_is_paragraph);
      in_paragraph = false;
      next_is_paragraph = true;
    }
    pos = line_end + term;
  }
  if (in_paragraph && status_.ok()) {
    ProcessParagraph(para_begin, para_end, next_is_paragraph);
  }
  return status_;
}

void Run::ProcessParagraph(size_t b, size_t e, bool paragraph) {
  while (e - b > kMaxWindowBytes && status_.ok()) {
    // Cut at the last space or line break before the limit, else at a UTF-8
    // character boundary.
    size_t limit = b + kMaxWindowBytes;
    size_t cut = limit;
    size_t floor = limit - kMaxWindowBytes / 16;
    while (cut > floor &&
           !IsAsciiSpace(static_cast<unsigned char>(text_[cut - 1])))
      --cut;
    if (cut == floor) {
      cut = limit;
      while (cut > b + 1 &&
             (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80)
        --cut;
    }
    ProcessBlock(b, cut, paragraph);
    paragraph = false;
    b = cut;
  }
  if (status_.ok()) ProcessBlock(b, e, paragraph);
}

void Run::ProcessBlock(size_t b, size_t e, bool paragraph) {
  block_ = text_.substr(b, e - b);
  n_ = static_cast<int32_t>(block_.size());
  lines_.clear();
  hard_.clear();
  for (int32_t i = 0, start = 0;;) {
    bool para = false;
    size_t term = 0;
    while (i < n_) {
      if (MayStartTerminator(static_cast<unsigned char>(block_[i]))) {
        term = TerminatorAt(block_, i, &para);
        if (term > 0) break;
      }
      ++i;
    }
    lines_.push_back({start, i, static_cast<int32_t>(term)});
    if (i >= n_) break;
    i += static_cast<int32_t>(term);
    start = i;
  }
  data_ = block_;
  if (lines_.size() > 1) {
    buffer_.assign(block_);
    AnalyseLines(block_);  // fills hard_ and rewrites buffer_
    data_ = buffer_;
  }

  const bool fast = impl_.fast_words && text::FastWordSegments(data_, &words_);
  if (!fast && word_ == nullptr) {
    word_.reset(impl_.word_prototype->clone());
    if (word_ == nullptr) {
      status_ =
          Status::ResourceExhausted("cannot clone the ICU break iterators");
      return;
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, data_.data(), n_, &status);
  sentence_->setText(&ut, status);
  breaks_.clear();
  if (U_SUCCESS(status)) {
    for (int32_t p = sentence_->next(); p != icu::BreakIterator::DONE;
         p = sentence_->next()) {
      breaks_.push_back(p);
    }
    if (!fast) word_->setText(&ut, status);
  }
  if (U_SUCCESS(status)) CollectSegments(fast);
  utext_close(&ut);
  if (U_FAILURE(status)) {
    status_ = Status::Internal(std::string("ICU break iterator failed: ") +
                               u_errorName(status));
    return;
  }
  Tokenize();
  Assemble(b, paragraph);
}

// Decides, for each line break inside the block, whether it ends a sentence.
//
// A paragraph is "wrapped" when its longest line is 40-120 characters long.
// In wrapped text a break is deliberate only when the next line's first word
// would have fitted on the line (the writer broke it, not the wrapping), and
// the first line of a paragraph never is when the second line is itself
// wrapped (Reuters bodies lose their dateline, so their first line is short).
// There, a break ends a sentence only after a short heading line (no final
// punctuation, at most two thirds of the width, next line capitalised); a
// line ending with a period is left to ICU like any other. In other text (one
// sentence or paragraph per line) a break ends a sentence unless the next
// line starts in lowercase, or the line ends with an abbreviation ("M.") or
// with a comma, hyphen or similar. Every other break becomes a space.
void Run::AnalyseLines(std::string_view block) {
  const size_t m = lines_.size();
  infos_.resize(m);
  int32_t width = 0;
  for (size_t i = 0; i < m; ++i) {
    infos_[i] = DescribeLine(block, lines_[i]);
    width = std::max(width, infos_[i].chars);
  }
  const bool wrapped = width >= kWrapMinWidth && width <= kWrapMaxWidth;
  auto deliberate = [&](size_t i) {
    return !wrapped || infos_[i].chars + 1 + infos_[i + 1].first_word <= width;
  };
  for (size_t i = 0; i + 1 < m; ++i) {
    const LineInfo& line = infos_[i];
    const LineInfo& next = infos_[i + 1];
    bool keep = false;
    bool is_deliberate = deliberate(i);
    if (is_deliberate && wrapped && i == 0 && m >= 3 && !deliberate(1)) {
      is_deliberate = false;
    }
    if (!wrapped) {
      if (next.first_case != Case::kLower) {
        keep = line.end == LineEnd::kOpen || line.end == LineEnd::kColon ||
               (line.end == LineEnd::kFinal && !line.ends_in_abbreviation);
      }
    } else if (is_deliberate) {
      // In wrapped text a final period is left to ICU (the break becomes a
      // space); only a clearly short heading line keeps its break.
      keep = line.end == LineEnd::kOpen && next.first_case == Case::kUpper &&
             3 * line.chars <= 2 * width;
    }
    const Line& l = lines_[i];
    char* p = buffer_.data() + l.e;
    std::memset(p, ' ', static_cast<size_t>(l.term));
    if (keep) {
      *p = '\n';
      hard_.push_back(l.e);
    }
  }
}

LineInfo Run::DescribeLine(std::string_view block, const Line& line) const {
  LineInfo info;
  const char* s = block.data();
  int32_t b = line.b;
  int32_t e = line.e;
  while (e > b) {  // trailing spaces
    int32_t k = e;
    UChar32 c = PrevChar(s, b, &k);
    if (!IsSkippable(c)) break;
    e = k;
  }
  int32_t first = b;
  while (first < e) {  // leading spaces
    int32_t k = first;
    UChar32 c = NextChar(s, &k, e);
    if (!IsSkippable(c)) break;
    first = k;
  }
  for (int32_t i = b; i < e; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++info.chars;
  }
  for (int32_t i = first; i < e;) {
    UChar32 c = NextChar(s, &i, e);
    if (IsSkippable(c)) break;
    ++info.first_word;
  }
  // Case of the first letter or digit (within the first few characters).
  for (int32_t i = first, seen = 0; i < e && seen < 4; ++seen) {
    UChar32 c = NextChar(s, &i, e);
    if (c < 0) break;
    if (u_isupper(c) || u_istitle(c)) {
      info.first_case = Case::kUpper;
      break;
    }
    if (u_islower(c)) {
      info.first_case = Case::kLower;
      break;
    }
    if (u_isalnum(c)) break;
  }
  // The end: skip closing quotes and brackets, then look at the last mark.
  int32_t k = e;
  bool closed = false;
  while (k > first) {
    int32_t j = k;
    UChar32 c = PrevChar(s, first, &j);
    if (IsCloseChar(c) || c == '"' || c == '\'') {
      closed = true;
    } else if (!IsSkippable(c)) {
      break;
    }
    k = j;
  }
  if (k > first) {
    int32_t j = k;
    UChar32 c = PrevChar(s, first, &j);
    if (IsFinalChar(c)) {
      info.end = LineEnd::kFinal;
      if (c == '.') {
        int32_t wb = j;
        while (wb > first &&
               !IsAsciiSpace(static_cast<unsigned char>(s[wb - 1])))
          --wb;
        while (wb < j) {  // opening quotes and brackets before the word
          int32_t w = wb;
          UChar32 oc = NextChar(s, &w, j);
          if (!IsOpenChar(oc) && oc != '"' && oc != '\'') break;
          wb = w;
        }
        std::string_view word = block.substr(wb, j - wb);
        int32_t w = wb;
        UChar32 c0 = NextChar(s, &w, j);
        info.ends_in_abbreviation = impl_.abbreviations.Find(word) ==
                                        AbbreviationList::Kind::kInternal ||
                                    (w == j && c0 >= 0 && u_isupper(c0));
      }
    } else if (closed || u_isalnum(c)) {
      info.end = LineEnd::kOpen;
    } else if (c == ':') {
      info.end = LineEnd::kColon;
    }
  }
  return info;
}

void Run::CollectSegments(bool fast) {
  segs_.clear();
  if (fast) {
    // The fast path's words hold no whitespace, control or format character
    // but U+202F: without one in the block they are kept whole.
    const bool nnbsp = data_.find("\xE2\x80\xAF") != std::string_view::npos;
    int32_t p = 0;
    for (const text::WordSegment& w : words_) {
      if (w.status >= UBRK_WORD_NUMBER && !nnbsp) {
        segs_.push_back({p, w.end, w.status});
      } else {
        AddSegment(p, w.end, w.status);
      }
      p = w.end;
    }
    return;
  }
  int32_t p = word_->first();
  for (int32_t q = word_->next(); q != icu::BreakIterator::DONE;
       p = q, q = word_->next()) {
    AddSegment(p, q, word_->getRuleStatus());
  }
}

void Run::AddSegment(int32_t p, int32_t q, int32_t status) {
  const char* s = data_.data();
  if (status >= UBRK_WORD_NUMBER) {
    // The only whitespace ICU lets into a word is U+202F (it joins words
    // like "_"); anything else non-ASCII at the edges takes the slow path.
    unsigned char c0 = s[p];
    unsigned char c1 = s[q - 1];
    if (c0 > 0x20 && c0 < 0x7F && c1 > 0x20 && c1 < 0x7F &&
        data_.substr(p, q - p).find("\xE2\x80\xAF") == std::string_view::npos) {
      segs_.push_back({p, q, status});
      return;
    }
  } else if (q - p == 1) {
    unsigned char c = s[p];
    if (c > 0x20 && c != 0x7F) segs_.push_back({p, q, status});
    return;
  }
  // Keep the runs of non-skippable characters.
  int32_t run = -1;
  for (int32_t i = p; i < q;) {
    int32_t k = i;
    UChar32 c = NextChar(s, &i, q);
    if (IsSkippable(c)) {
      if (run >= 0) segs_.push_back({run, k, status});
      run = -1;
    } else if (run < 0) {
      run = k;
    }
  }
  if (run >= 0) segs_.push_back({run, q, status});
}

Kind Run::PunctKind(int32_t b, int32_t e) const {
  UChar32 c = CharAt(data_, b, e);
  if (IsFinalChar(c)) return Kind::kFinal;
  if (c == '"' || c == '\'') return Kind::kQuote;
  if (IsOpenChar(c)) return Kind::kOpen;
  if (IsCloseChar(c)) return Kind::kClose;
  return Kind::kPunct;
}

bool Run::IsLetterPeriodChain(int32_t b, int32_t e) const {
  // "U.S", "a.m", "O.N.U": single letters separated by periods.
  int parts = 0;
  for (int32_t i = b; i < e;) {
    UChar32 c = NextChar(data_.data(), &i, e);
    if (c < 0 || !u_isalpha(c)) return false;
    ++parts;
    if (i == e) break;
    if (data_[i] != '.') return false;
    ++i;
    if (i == e) return false;
  }
  return parts >= 2;
}

Kind Run::AbbreviationKind(int32_t b, int32_t e) const {
  switch (impl_.abbreviations.Find(data_.substr(b, e - b))) {
    case AbbreviationList::Kind::kInternal:
      return Kind::kAbbrevInternal;
    case AbbreviationList::Kind::kMayEnd:
      return Kind::kAbbrevMayEnd;
    case AbbreviationList::Kind::kNone:
      break;
  }
  int32_t i = b;
  UChar32 c = NextChar(data_.data(), &i, e);
  if (i == e && c >= 0 && u_isupper(c)) return Kind::kInitial;
  if (IsLetterPeriodChain(b, e)) return Kind::kAbbrevMayEnd;
  return Kind::kWord;
}

bool Run::MatchUrl(int32_t b, int32_t* end) const {
  std::string_view s = data_.substr(b);
  auto starts = [&](std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (AsciiLower(s[i]) != prefix[i]) return false;
    }
    return true;
  };
  size_t i;
  if (starts("https://")) {
    i = 8;
  } else if (starts("http://")) {
    i = 7;
  } else if (starts("ftp://")) {
    i = 6;
  } else if (starts("www.")) {
    i = 4;
  } else {
    return false;
  }
  if (i >= s.size() || !(std::isalnum(static_cast<unsigned char>(s[i])) ||
                         static_cast<unsigned char>(s[i]) >= 0x80)) {
    return false;
  }
  // Up to whitespace, a quote or an angle bracket.
  int32_t k = b + static_cast<int32_t>(i);
  while (k < n_) {
    int32_t next = k;
    UChar32 c = NextChar(data_.data(), &next, n_);
    if (IsSkippable(c) || c == '"' || c == '<' || c == '>' || c == '`' ||
        c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D ||
        c == 0x2018 || c == 0x2019) {
      break;
    }
    k = next;
  }
  // Trailing punctuation belongs to the sentence, and so does a closing
  // bracket that the URL did not open.
  while (k > b + static_cast<int32_t>(i)) {
    char c = data_[k - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        c == '\'') {
      --k;
      continue;
    }
    if (c == ')' || c == ']') {
      char open = c == ')' ? '(' : '[';
      std::string_view url = data_.substr(b, k - b);
      if (std::count(url.begin(), url.end(), open) <
          std::count(url.begin(), url.end(), c)) {
        --k;
        continue;
      }
    }
    break;
  }
  *end = k;
  return true;
}

bool Run::MatchEmail(int32_t b, int32_t* end) const {
  auto local = [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-';
  };
  int32_t i = b;
  while (i < n_ && local(static_cast<unsigned char>(data_[i]))) ++i;
  if (i == b || i >= n_ || data_[i] != '@') return false;
  ++i;
  int32_t last_dot = -1;
  int32_t k = i;
  while (k < n_) {
    unsigned char c = data_[k];
    if (std::isalnum(c) || c == '-') {
      ++k;
    } else if (c == '.' && k + 1 < n_ &&
               std::isalnum(static_cast<unsigned char>(data_[k + 1])) &&
               data_[k - 1] != '.') {
      last_dot = k;
      ++k;
    } else {
      break;
    }
  }
  if (last_dot < 0 || last_dot == i) return false;
  // The top-level domain is letters only, at least two.
  for (int32_t j = last_dot + 1; j < k; ++j) {
    if (!std::isalpha(static_cast<unsigned char>(data_[j]))) return false;
  }
  if (k - last_dot - 1 < 2) return false;
  *end = k;
  return true;
}

void Run::Tokenize() {
  toks_.clear();
  // One scan of the block spares most words the e-mail test.
  has_at_ = std::memchr(data_.data(), '@', data_.size()) != nullptr;
  const size_t ns = segs_.size();
  for (size_t i = 0; i < ns;) {
    const Seg s = segs_[i];
    const unsigned char c0 = data_[s.b];
    int32_t end;
    // URLs and e-mail addresses.
    if (((c0 | 0x20) == 'h' || (c0 | 0x20) == 'w' || (c0 | 0x20) == 'f') &&
        MatchUrl(s.b, &end)) {
      Push(s.b, end, Kind::kWord);
    } else if (has_at_ && std::isalnum(c0) && MayBeEmail(s) &&
               MatchEmail(s.b, &end)) {
      Push(s.b, end, Kind::kWord);
    } else {
      end = -1;
    }
    if (end >= 0) {
      while (i < ns && segs_[i].e <= end) ++i;
      if (i < ns && segs_[i].b < end) segs_[i].b = end;
      continue;
    }

    if (IsWordSeg(s)) {
      // Digit groups: "14 000", "1 234 567,89".
      if (IsNumberSeg(s) && s.e - s.b <= 3 &&
          std::all_of(data_.begin() + s.b, data_.begin() + s.e, IsAsciiDigit)) {
        int32_t e = s.e;
        size_t j = i;
        while (j + 1 < ns) {
          const Seg& g = segs_[j + 1];
          int32_t sep = GroupSeparatorAt(block_, e);
          if (sep == 0 || e + sep != g.b || !IsNumberSeg(g) || g.e - g.b < 3 ||
              !std::all_of(data_.begin() + g.b, data_.begin() + g.b + 3,
                           IsAsciiDigit)) {
            break;
          }
          bool decimal = false;
          if (g.e - g.b > 3) {  // "000,5": a decimal part ends the number
            char d = data_[g.b + 3];
            if ((d != ',' && d != '.') || g.e - g.b == 4 ||
                !std::all_of(data_.begin() + g.b + 4, data_.begin() + g.e,
                             IsAsciiDigit)) {
              break;
            }
            decimal = true;
          }
          e = g.e;
          ++j;
          if (decimal) break;
        }
        if (j > i) {
          Push(s.b, e, Kind::kNumber);
          i = j + 1;
          continue;
        }
      }
      // Hyphenated words and numbers, numeric dates with slashes.
      int32_t b = s.b;
      int32_t e = s.e;
      size_t j = i;
      while (j + 2 < ns) {
        const Seg& joint = segs_[j + 1];
        const Seg& w = segs_[j + 2];
        if (joint.b != e || w.b != joint.e || !IsWordSeg(w)) break;
        bool hyphen = HyphenAt(data_, joint.b, joint.e) == joint.e - joint.b;
        bool slash =
            SegIs(joint, '/') && IsNumberSeg(segs_[j]) && IsNumberSeg(w);
        if (!hyphen && !slash) break;
        e = w.e;
        j += 2;
      }
      i = j + 1;
      Kind kind = IsNumberSeg(s) ? Kind::kNumber : Kind::kWord;
      if (i < ns && segs_[i].b == e && SegIs(segs_[i], '.')) {
        Kind ak = AbbreviationKind(b, e);
        if (ak != Kind::kWord) {
          Push(b, segs_[i].e, ak);
          ++i;
          continue;
        }
      }
      // "l'" before a space or a quote: the apostrophe is its own segment.
      if (rules_.french && i < ns && segs_[i].b == e &&
          ApostropheAt(data_, segs_[i].b, segs_[i].e) ==
              segs_[i].e - segs_[i].b &&
          IsFrenchElision(data_.substr(b, e - b))) {
        Push(b, segs_[i].e, Kind::kWord, Token::kElided);
        ++i;
        continue;
      }
      EmitWord(b, e, kind);
      continue;
    }

    // Punctuation, symbols, emoji.
    ++i;
    if ((c0 == '#' || c0 == '@') && s.e - s.b == 1 && i < ns &&
        segs_[i].b == s.e && IsWordSeg(segs_[i])) {
      Push(s.b, segs_[i].e, Kind::kWord);  // #hashtag, @handle
      ++i;
      continue;
    }
    if (rules_.english && i < ns && !toks_.empty() && toks_.back().end == s.b &&
        ApostropheAt(data_, s.b, s.e) == s.e - s.b && segs_[i].b == s.e &&
        IsWordSeg(segs_[i]) &&
        InLowerSet(data_.substr(segs_[i].b, segs_[i].e - segs_[i].b),
                   kEnglishClitics)) {
      Push(s.b, segs_[i].e, Kind::kWord);  // U.S.'s
      ++i;
      continue;
    }
    int32_t e = s.e;
    if (s.e - s.b == 1 && (c0 == '.' || c0 == '!' || c0 == '?' || c0 == '-')) {
      // "...", "?!", "--" are one token.
      auto same_run = [&](char c) {
        return c0 == '-' ? c == '-'
                         : (c0 == '.' ? c == '.' : (c == '!' || c == '?'));
      };
      while (i < ns && segs_[i].b == e && segs_[i].e - segs_[i].b == 1 &&
             same_run(data_[segs_[i].b])) {
        e = segs_[i].e;
        ++i;
      }
    }
    Push(s.b, e, PunctKind(s.b, e));
  }
}

// Splits a word glued to the next sentence ("said.The") and emits the parts.
void Run::EmitWord(int32_t b, int32_t e, Kind kind) {
  // Most words hold no period, apostrophe or hyphen (nor the lead bytes of
  // ’ ʼ ‐ ‑): nothing below would split them.
  const auto* w = reinterpret_cast<const unsigned char*>(data_.data());
  int32_t k = b;
  while (k < e && !kMaySplitWord[w[k]]) ++k;
  if (k == e) {
    Push(b, e, kind);
    return;
  }
  if (kind == Kind::kWord &&
      std::memchr(data_.data() + b, '.', static_cast<size_t>(e - b)) !=
          nullptr &&
      !IsLetterPeriodChain(b, e)) {
    int32_t part = b;
    for (int32_t k = b + 1; k + 2 < e; ++k) {
      if (data_[k] != '.') continue;
      int32_t before = k;
      UChar32 cb = PrevChar(data_.data(), part, &before);
      int32_t after = k + 1;
      UChar32 ca = NextChar(data_.data(), &after, e);
      UChar32 cn = after < e ? CharAt(data_, after, e) : -1;
      if (before > part && cb >= 0 && u_islower(cb) && ca >= 0 &&
          u_isupper(ca) && cn >= 0 && u_islower(cn)) {
        EmitWordPart(part, k, kind);
        Push(k, k + 1, Kind::kFinal);
        toks_.back().ends_sentence = true;
        part = k + 1;
      }
    }
    EmitWordPart(part, e, kind);
    return;
  }
  EmitWordPart(b, e, kind);
}

void Run::EmitWordPart(int32_t b, int32_t e, Kind kind) {
  if (rules_.french) {
    // Elisions: l'|armée, qu'|il, d'|aujourd'hui.
    for (int32_t k = b; k < e;) {
      int32_t len = ApostropheAt(data_, k, e);
      if (len == 0) {
        ++k;
        continue;
      }
      if (k > b && k + len < e && IsFrenchElision(data_.substr(b, k - b))) {
        Push(b, k + len, Kind::kWord, Token::kElided);
        b = k + len;
        k = b;
        continue;
      }
      break;
    }
    // Inverted subject clitics: a|-t-il, dit|-elle.
    int32_t last = -1, before_last = -1;
    for (int32_t k = b; k < e;) {
      int32_t len = HyphenAt(data_, k, e);
      if (len > 0) {
        before_last = last;
        last = k;
        k += len;
      } else {
        ++k;
      }
    }
    if (last > b) {
      int32_t clitic = last + HyphenAt(data_, last, e);
      if (InLowerSet(data_.substr(clitic, e - clitic),
                     kFrenchInvertedClitics) &&
          !InLowerSet(data_.substr(b, e - b), kFrenchCliticExceptions)) {
        int32_t split = last;
        if (before_last > b) {
          int32_t t = before_last + HyphenAt(data_, before_last, e);
          if (last - t == 1 && (data_[t] == 't' || data_[t] == 'T')) {
            split = before_last;
          }
        }
        Push(b, split, kind);
        Push(split, e, Kind::kWord, Token::kClitic);
        return;
      }
    }
  } else if (rules_.english && e - b >= 2) {
    // Clitics: army|'s, they|'re, do|n't.
    int32_t apostrophe = -1, len = 0;
    for (int32_t k = b; k < e;) {
      int32_t l = ApostropheAt(data_, k, e);
      if (l > 0) {
        apostrophe = k;
        len = l;
        k += l;
      } else {
        ++k;
      }
    }
    if (apostrophe > b && apostrophe + len < e) {
      std::string_view suffix =
          data_.substr(apostrophe + len, e - apostrophe - len);
      if (InLowerSet(suffix, kEnglishClitics)) {
        Push(b, apostrophe, kind);
        Push(apostrophe, e, Kind::kWord);
        return;
      }
      if (EqualsLower(suffix, "t") && apostrophe - 1 > b &&
          AsciiLower(data_[apostrophe - 1]) == 'n') {
        Push(b, apostrophe - 1, kind);
        Push(apostrophe - 1, e, Kind::kWord);
        return;
      }
    }
  }
  Push(b, e, kind);
}

void Run::Assemble(size_t base, bool paragraph) {
  const size_t nt = toks_.size();
  size_t start = 0;    // first token of the current sentence
  size_t bi = 0;       // next ICU boundary
  size_t hi = 0;       // next kept line break
  size_t pending = 0;  // token after a proposed end, 0 if none
  int double_quotes = 0, single_quotes = 0;
  auto count_quote = [&](const Tok& t) {
    if (t.kind != Kind::kQuote) return;
    if (data_[t.begin] == '"') {
      ++double_quotes;
    } else {
      ++single_quotes;
    }
  };
  for (size_t i = 0; i < nt; ++i) {
    const Tok& t = toks_[i];
    while (bi < breaks_.size() && breaks_[bi] <= t.begin) {
      // A proposal inside the previous token ("?" in a URL) is ignored.
      if (i > start && pending == 0 && breaks_[bi] >= toks_[i - 1].end) {
        pending = i;
      }
      ++bi;
    }
    bool hard = false;
    while (hi < hard_.size() && hard_[hi] < t.begin) {
      hard = true;
      ++hi;
    }
    if (i > start) {
      const Tok& prev = toks_[i - 1];
      bool cut = hard;
      if (prev.ends_sentence && pending == 0) pending = i;
      if (!cut && pending == 0 && prev.kind == Kind::kFinal &&
          prev.end - prev.begin == 1 && data_[prev.begin] == '.' &&
          t.kind == Kind::kNumber && t.begin > prev.end && i >= start + 2 &&
          toks_[i - 2].kind == Kind::kWord) {
        pending = i;  // ". 14 soldats": ICU does not end before a number
      }
      if (!cut && pending != 0) {
        bool closer =
            t.kind == Kind::kClose ||
            (t.kind == Kind::kQuote &&
             (data_[t.begin] == '"' ? double_quotes : single_quotes) % 2 == 1);
        if (!closer) {
          Kind before = toks_[pending - 1].kind;
          cut = before != Kind::kAbbrevInternal && before != Kind::kInitial &&
                !StartsLower(t);
          pending = 0;
        }
      }
      if (!cut && i - start >= kMaxSentenceTokens) cut = true;
      if (cut) {
        size_t j = i;
        if (!hard) {
          while (j > start + 1 && toks_[j - 1].kind == Kind::kOpen) --j;
        }
        EmitSentence(start, j, base, paragraph && start == 0);
        start = j;
        pending = 0;
        double_quotes = single_quotes = 0;
        for (size_t k = j; k < i; ++k) count_quote(toks_[k]);
      }
    }
    count_quote(t);
  }
  if (start < nt) EmitSentence(start, nt, base, paragraph && start == 0);
}

void Run::EmitSentence(size_t a, size_t c, size_t base, bool paragraph) {
  Sentence sentence;
  sentence.begin = static_cast<uint32_t>(base + toks_[a].begin);
  sentence.end = static_cast<uint32_t>(base + toks_[c - 1].end);
  sentence.tokens.reserve(c - a);
  for (size_t k = a; k < c; ++k) {
    Token token;
    token.begin = static_cast<uint32_t>(base + toks_[k].begin);
    token.end = static_cast<uint32_t>(base + toks_[k].end);
    token.flags = toks_[k].flags;
    sentence.tokens.push_back(token);
  }
  if (paragraph) sentence.tokens.front().flags |= Token::kParagraph;
  out_->push_back(std::move(sentence));
}

}  // namespace

struct Segmenter::Impl {
  Shared shared;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;

const std::string& Segmenter::lang() const { return impl_->shared.lang; }

Result<std::unique_ptr<Segmenter>> Segmenter::Create(
    const std::string& lang, const std::string& data_dir) {
  if (lang.size() > 16 ||
      !std::all_of(lang.begin(), lang.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '-';
      })) {
    return Status::InvalidArgument("bad language code '" + lang +
                                   "'; use a code such as 'fr' or 'en'");
  }
  auto impl = std::make_unique<Impl>();
  Shared& shared = impl->shared;
  shared.lang = lang;
  shared.rules.french = lang == "fr";
  shared.rules.english = lang == "en";

  UErrorCode status = U_ZERO_ERROR;
  shared.word_prototype.reset(icu::BreakIterator::createWordInstance(
      icu::Locale(lang.c_str()), status));
  if (U_FAILURE(status) || shared.word_prototype == nullptr) {
    return Status::Unavailable(
        std::string("cannot create the ICU word break iterator: ") +
        u_errorName(status) + "; is the ICU data library installed?");
  }
  shared.fast_words = text::FastWordSegmentsAgree(*shared.word_prototype);
  status = U_ZERO_ERROR;
  std::string sentence_locale = (lang.empty() ? "und" : lang) + "@ss=standard";
  shared.sentence_prototype.reset(icu::BreakIterator::createSentenceInstance(
      icu::Locale(sentence_locale.c_str()), status));
  if (U_FAILURE(status) || shared.sentence_prototype == nullptr) {
    return Status::Unavailable(
        std::string("cannot create the ICU sentence break iterator: ") +
        u_errorName(status) + "; is the ICU data library installed?");
  }

  if (!lang.empty()) {
    Result<text::AbbreviationList> list = text::AbbreviationList::Load(
        data_dir + "/" + lang + "/abbreviations.txt");
    if (list.ok()) {
      shared.abbreviations = std::move(list).value();
    } else if (list.status().code() != StatusCode::kNotFound) {
      return list.status();
    }
    // A missing file is fine: fewer abbreviations are recognised.
  }
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

Status Segmenter::Segment(std::string_view text,
                          std::vector<Sentence>* out) const {
  if (out == nullptr) return Status::InvalidArgument("null output vector");
  if (text.size() > std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidArgument(
        "text of " + std::to_string(text.size()) +
        " bytes is over the 4 GiB limit; split the document");
  }
  const size_t before = out->size();
  Run run(impl_->shared, text, out);
  Status status = run.Segment();
  if (!status.ok()) out->resize(before);
  return status;
}

}  // namespace dyad
