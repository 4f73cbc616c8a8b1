// AbbreviationList: the abbreviations of one language, as read from
// data/<lang>/abbreviations.txt. Internal to the text stage: users of the
// library go through dyad/segmenter.h.
//
// The segmenter asks two things of it: does a word followed by a period form
// one token ("M." "Gen." "U.S."), and may that token end a sentence ("etc."
// may, "M." never does).
//
// Immutable after Parse()/Load(); Find() is const and thread-safe. Find() is
// a binary search over the sorted entries and allocates nothing.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::text {

class AbbreviationList {
 public:
  enum class Kind : uint8_t {
    kNone = 0,  // not an abbreviation
    kInternal,  // never ends a sentence: titles, "U.S.", months ("M.", "Gen.")
    kMayEnd,    // ends a sentence when the next word is capitalised ("etc.")
  };

  AbbreviationList() = default;

  // Parses the file format documented in data/fr/abbreviations.txt: one
  // abbreviation per line with its final period, optionally followed by the
  // flag `may-end`; `#` starts a comment line. `source` names the text in
  // error messages. Returns InvalidArgument (naming the line) on a malformed
  // line.
  static Result<AbbreviationList> Parse(std::string_view content,
                                        std::string_view source);

  // Reads and parses `path`. NotFound when the file does not exist,
  // Unavailable when it cannot be read.
  static Result<AbbreviationList> Load(const std::string& path);

  // Looks up `word` written WITHOUT its final period ("M", "U.S", "etc").
  // Case-sensitive.
  Kind Find(std::string_view word) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string word;  // without the final period
    Kind kind;
  };
  std::vector<Entry> entries_;  // sorted by word, unique
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
