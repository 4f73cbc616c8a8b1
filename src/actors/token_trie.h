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
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  size_t LongestFrom(uint32_t first,
                     const std::vector<std::string_view>& tokens, size_t begin,
                     size_t end, const std::vector<int32_t>** values) const {
    return LongestFromLazy(
        first, begin, std::min(end, tokens.size()),
        [&](size_t i) { return tokens[i]; }, values);
  }
  // The same, asking `token_at(i)` for each next token only as the walk
  // goes on (a caller that computes tokens on demand). `*bits` (if given)
  // gets the NodeBits of the key found. `continues(i)` false says that
  // token i is no key's second or later token (IsInner() false; callers
  // memoise it per form), so the walk stops there without a lookup.
  struct AnyToken {
    bool operator()(size_t) const { return true; }
  };
  template <typename TokenAt, typename Continues = AnyToken>
  size_t LongestFromLazy(uint32_t first, size_t begin, size_t end,
                         TokenAt token_at, const std::vector<int32_t>** values,
                         uint8_t* bits = nullptr,
                         Continues continues = {}) const {
    uint32_t node = 0;
    const size_t best =
        LongestNode(first, begin, end, token_at, continues, &node, bits);
    if (best > 0) *values = &nodes_[node].values;
    return best;
  }
  // The same, giving the node of the key found (its values: Values(node))
  // instead of a pointer: 4 bytes for callers that keep a match per token.
  template <typename TokenAt, typename Continues = AnyToken>
  size_t LongestNode(uint32_t first, size_t begin, size_t end, TokenAt token_at,
                     Continues continues, uint32_t* found,
                     uint8_t* bits = nullptr) const {
    // The walk reads the nodes' bits (one byte each) and touches a node
    // itself only to step to a child.
    size_t best = 0;
    uint32_t node = first;
    uint8_t b = bits_[node];
    if (b & kEnds) {
      best = 1;
      *found = node;
      if (bits) *bits = b;
    }
    for (size_t i = begin + 1; i < end; ++i) {
      if (!(b & kHasChildren) || !continues(i)) break;
      int64_t next = Child(node, token_at(i));
      if (next < 0) break;
      node = static_cast<uint32_t>(next);
      b = bits_[node];
      if (b & kEnds) {
        best = i + 1 - begin;
        *found = node;
        if (bits) *bits = b;
      }
    }
    return best;
  }
  // The values of a node LongestNode() found.
  const std::vector<int32_t>& Values(uint32_t node) const {
    return nodes_[node].values;
  }

  // What a node is, one byte per node.
  enum NodeBits : uint8_t {
    kEnds = 1,         // a key ends here (it has values)
    kHasChildren = 2,  // a longer key goes through it
    kMarked = 4,       // its values satisfy the owner's Mark() predicate
  };
  // Sets kMarked on every node whose values satisfy `pred(values)`, for
  // callers that only need to read the values of some keys. Call after the
  // last Add().
  template <typename Pred>
  void Mark(Pred pred) {
    for (size_t n = 0; n < nodes_.size(); ++n) {
      if (!nodes_[n].values.empty() && pred(nodes_[n].values)) {
        bits_[n] |= kMarked;
      }
    }
  }

  size_t size() const { return keys_; }

  // Whether `token` is the second or a later token of some key. Built by
  // Freeze(): false for every token before it (and after a later Add()).
  bool IsInner(std::string_view token) const {
    return inner_.find(token) != inner_.end();
  }

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
  // Every other edge (parent node, token) in one table of the same kind,
  // keyed by the token's hash mixed with the parent: one or two cache lines
  // per step instead of a binary search over the parent's children.
  std::vector<Slot> edges_;
  static uint64_t EdgeHash(uint32_t parent, uint64_t token_hash) {
    return token_hash ^ (uint64_t{parent} * 0x9E3779B97F4A7C15ull);
  }
  // By node (after Freeze()): the token of the edge into it, and its parent.
  std::vector<const std::string*> root_key_;
  std::vector<uint32_t> parent_;
  // The tokens of those edges (IsInner), viewing the nodes' strings.
  std::unordered_set<std::string_view, Hash, std::equal_to<>> inner_;
  std::vector<Node> nodes_;
  std::vector<uint8_t> bits_ = std::vector<uint8_t>(1);  // NodeBits by node
  size_t keys_ = 0;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_TOKEN_TRIE_H_
