// Lexicon: our own word knowledge on top of Apertium's, from
// `<data_dir>/<lang>/lexicon.tsv` (the file documents its format).
//
// Internal to the morph stage (users call dyad::Morphology).
//
// Three kinds of line:
//   add      readings offered before Apertium's (English "rebels" is only a
//            verb in eng-spa, we add the noun);
//   replace  readings used instead of Apertium's ("him" → lemma "he");
//   guess    a suffix rule for words nobody knows ("*ment" → ADV): the
//            longest matching suffix wins.
// Immutable after Load; thread-safe; lookups are hash probes.
#ifndef DYAD_MORPH_LEXICON_H_
#define DYAD_MORPH_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "dyad/token.h"

namespace dyad {

class Lexicon {
 public:
  struct Entry {
    std::vector<Reading> readings;
    bool replace = false;  // true: ignore Apertium's readings
  };

  // An empty lexicon (no file).
  Lexicon() = default;

  // Reads `path`; NotFound when missing, InvalidArgument (with the line
  // number) for a malformed line.
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& path);

  // Parses the file's text (for tests); `name` is used in messages.
  static Result<std::unique_ptr<Lexicon>> Parse(std::string_view text,
                                                std::string_view name);

  // The entry for exactly `form`, or null.
  const Entry* Find(std::string_view form) const;

  // The readings of the longest suffix rule matching `form` (with the lemma
  // set to `form`), or false when no rule matches. Suffix rules need at
  // least two characters of stem.
  bool Guess(std::string_view form, std::vector<Reading>* out) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> entries_;
  // Suffix (without '*') → readings; lemma "*" stands for the form.
  std::unordered_map<std::string, std::vector<Reading>, Hash, std::equal_to<>>
      suffixes_;
  size_t max_suffix_ = 0;
};

}  // namespace dyad

#endif  // DYAD_MORPH_LEXICON_H_
