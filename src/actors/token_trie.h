// TokenTrie: a trie over sequences of (folded) tokens, for longest-match
// lookup of multi-word names at every position of a sentence.
//
// Built once, then read-only: Longest() is const and thread-safe and does
// not allocate (children are kept sorted per node and found by binary
// search). Values are small ints the owner interprets (indices into its own
// tables).
#ifndef DYAD_ACTORS_TOKEN_TRIE_H_
#define DYAD_ACTORS_TOKEN_TRIE_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

class TokenTrie {
 public:
  TokenTrie() : nodes_(1) {}

  // Adds `value` under the token sequence `key` (non-empty). Duplicate
  // values under one key are kept once.
  void Add(const std::vector<std::string>& key, int32_t value);

  // The longest key that is a prefix of tokens[begin, end). Returns its
  // length in tokens (0 = none) and points *values at its values.
  size_t Longest(const std::vector<std::string_view>& tokens, size_t begin,
                 size_t end, const std::vector<int32_t>** values) const;
  size_t Longest(const std::vector<std::string>& tokens, size_t begin,
                 size_t end, const std::vector<int32_t>** values) const {
    std::vector<std::string_view> views(tokens.begin(), tokens.end());
    return Longest(views, begin, end, values);
  }

  // The two halves of Longest(), for callers that memoise the first step
  // per distinct token (StageMemo): the node a key's first token leads to
  // (-1 when no key starts with it), then the longest key through that node
  // with tokens[begin] as its first token.
  int64_t RootChild(std::string_view token) const { return Child(0, token); }
  size_t LongestFrom(uint32_t first, const std::vector<std::string_view>& tokens,
                     size_t begin, size_t end,
                     const std::vector<int32_t>** values) const {
    return LongestFromLazy(
        first, begin, std::min(end, tokens.size()),
        [&](size_t i) { return tokens[i]; }, values);
  }
  // The same, asking `token_at(i)` for each next token only as the walk
  // goes on (a caller that computes tokens on demand).
  template <typename TokenAt>
  size_t LongestFromLazy(uint32_t first, size_t begin, size_t end,
                         TokenAt token_at,
                         const std::vector<int32_t>** values) const {
    size_t best = 0;
    uint32_t node = first;
    if (!nodes_[node].values.empty()) {
      best = 1;
      *values = &nodes_[node].values;
    }
    for (size_t i = begin + 1; i < end; ++i) {
      if (nodes_[node].children.empty()) break;
      int64_t next = Child(node, token_at(i));
      if (next < 0) break;
      node = static_cast<uint32_t>(next);
      if (!nodes_[node].values.empty()) {
        best = i + 1 - begin;
        *values = &nodes_[node].values;
      }
    }
    return best;
  }

  size_t size() const { return keys_; }

  // Compiles the root into a flat open-addressing table (one or two cache
  // lines per lookup, most tokens start no key). Call once after the last
  // Add(); Longest() works before too, more slowly.
  void Freeze();

 private:
  struct Node {
    std::vector<std::pair<std::string, uint32_t>> children;  // sorted
    std::vector<int32_t> values;
  };
  int64_t Child(uint32_t node, std::string_view token) const;

  // The root has tens of thousands of children: a hash map with
  // heterogeneous lookup (no allocation) instead of a binary search.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> root_;
  // 8 bytes: the table of a large trie (30,000 place names) stays small
  // enough for the cache; the key is compared only when the tags agree.
  struct Slot {
    uint32_t tag = 0;   // high bits of the hash
    uint32_t node = 0;  // 0 = empty (the root is never a child)
  };
  std::vector<Slot> flat_;  // size a power of two, or empty before Freeze()
  std::vector<const std::string*> root_key_;  // by node, for the root's children
  std::vector<Node> nodes_;
  size_t keys_ = 0;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_TOKEN_TRIE_H_
