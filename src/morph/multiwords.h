// Multiwords: grammatical multiword units ("au lieu de", "according to")
// from `<data_dir>/<lang>/multiwords.tsv`, matched over token sequences and
// merged into one token.
//
// Internal to the morph stage (users call dyad::Morphology).
//
// Words are compared lowercased with ’ read as '. Each word of any unit gets
// an id (its place in the vocabulary); the cache stores that id in
// FormEntry::mw_word once per form, so matching walks a trie over integer
// ids with no string work. Longest match wins. Each unit owns a FormEntry
// (lemma and tags from the file, known = true) that merged tokens point at.
// Immutable after Load; thread-safe.
#ifndef DYAD_MORPH_MULTIWORDS_H_
#define DYAD_MORPH_MULTIWORDS_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "morph/form_entry.h"

namespace dyad {

class Multiwords {
 public:
  Multiwords() = default;  // no units

  // Reads `path`; NotFound when missing, InvalidArgument (with the line
  // number) for a malformed line.
  static Result<std::unique_ptr<Multiwords>> Load(const std::string& path);
  // Parses the file's text (for tests); `name` is used in messages.
  static Result<std::unique_ptr<Multiwords>> Parse(std::string_view text,
                                                   std::string_view name);

  // The vocabulary id of a word (any case, ’ or '), FormEntry::kNoWord when
  // the word is in no unit.
  uint32_t WordId(std::string_view word) const;

  // The longest unit starting at words[0] (ids from WordId). Returns its
  // length in words (0: none; 1 never happens, units have two words or
  // more) and stores its entry in *entry.
  size_t Match(const uint32_t* words, size_t n, const FormEntry** entry) const;

  // Splits a unit as the segmenter does: at spaces, and after an
  // apostrophe ("l'égard" → "l'", "égard").
  static std::vector<std::string> SplitWords(std::string_view phrase);

  size_t size() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  static uint64_t Edge(uint32_t node, uint32_t word) {
    return (uint64_t{node} << 32) | word;
  }

  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> vocab_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node, word) → node
  std::vector<const FormEntry*> node_entry_;      // node → unit or null
  std::deque<FormEntry> entries_;                 // stable addresses
};

}  // namespace dyad

#endif  // DYAD_MORPH_MULTIWORDS_H_
