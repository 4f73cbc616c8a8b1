// Word-break segments without ICU for the characters news is written in.
// Internal to the text stage (the segmenter's fast path).
//
// ICU's word BreakIterator (UAX #29) is the costliest step of segmentation,
// yet for text made of ASCII, the 2-byte UTF-8 range (Latin-1, Latin
// Extended, IPA, Greek, Cyrillic, ...) and the general punctuation block
// (U+2000-U+20BF: ’ “ ” – — … € and the typographic spaces) its rules reduce
// to a few character classes: letters and digits join each other and
// ExtendNumLet (_ and U+202F); a MidLetter or MidNumLet (' . ’ ·) joins two
// letters, a MidNum or MidNumLet (, ; . ') two digits; runs of spaces are one
// segment, CR LF is one; everything else is a segment of its own.
// FastWordSegments applies exactly those rules, with ICU's rule statuses, and
// declines (returns false) when the text holds any other character: a
// combining mark, a format character, Hebrew, a CJK or Thai character, an
// emoji, invalid UTF-8. The classes come from ICU's own Word_Break property;
// FastWordSegmentsAgree checks the whole repertoire against an ICU iterator
// at run time, so that a different ICU version or locale rules (the colon
// joins letters in Swedish) switch the fast path off instead of changing the
// output.
//
// Thread-safe; the class table is built on first use.
#ifndef DYAD_TEXT_WORD_BREAKS_H_
#define DYAD_TEXT_WORD_BREAKS_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::text {

// One segment of a word BreakIterator: it starts where the previous one
// ended (the first at 0) and ends at `end` (a byte offset, exclusive).
struct WordSegment {
  int32_t end;
  int32_t status;  // getRuleStatus(): UBRK_WORD_NONE, _NUMBER or _LETTER

  bool operator==(const WordSegment& o) const {
    return end == o.end && status == o.status;
  }
};

// Replaces *out with the segments ICU's root word rules give for `s` (UTF-8,
// at most 2 GiB), and returns true; returns false, *out unspecified, when `s`
// holds a character outside the repertoire described above. A word segment
// (status UBRK_WORD_NUMBER or more) holds no whitespace, control or format
// character except U+202F.
bool FastWordSegments(std::string_view s, std::vector<WordSegment>* out);

// Replaces *out with the segments of `s` according to `it` (over a UText, so
// that offsets are bytes). `it` is left pointing at `s`.
void IcuWordSegments(icu::BreakIterator* it, std::string_view s,
                     std::vector<WordSegment>* out);

// True when FastWordSegments gives what a clone of `word_prototype` gives on
// probe text covering every character of the repertoire and every pair of
// classes. About a millisecond the first time for a set of rules; the
// verdict is kept for the process.
bool FastWordSegmentsAgree(const icu::BreakIterator& word_prototype);

}  // namespace dyad::text

#endif  // DYAD_TEXT_WORD_BREAKS_H_
