#include "actors/token_trie.h"

#include <algorithm>

namespace dyad {
namespace {
struct ByToken {
  bool operator()(const std::pair<std::string, uint32_t>& a,
                  std::string_view b) const {
    return a.first < b;
  }
};
}  // namespace

int64_t TokenTrie::Child(uint32_t node, std::string_view token) const {
  if (node == 0) {
    if (!flat_.empty()) {
      const uint64_t h = Hash()(token);
      const uint32_t tag = static_cast<uint32_t>(h >> 32);
      const size_t mask = flat_.size() - 1;
      for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = flat_[i];
        if (slot.node == 0) return -1;
        if (slot.tag == tag && *root_key_[slot.node] == token) return slot.node;
      }
    }
    auto it = root_.find(token);
    return it == root_.end() ? int64_t{-1} : int64_t{it->second};
  }
  if (!edges_.empty()) {
    const uint64_t h = EdgeHash(node, Hash()(token));
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = edges_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = edges_[i];
      if (slot.node == 0) return -1;
      if (slot.tag == tag && parent_[slot.node] == node &&
          *root_key_[slot.node] == token) {
        return slot.node;
      }
    }
  }
  const auto& c = nodes_[node].children;
  auto it = std::lower_bound(c.begin(), c.end(), token, ByToken());
  if (it == c.end() || it->first != token) return -1;
  return it->second;
}

void TokenTrie::Add(const std::vector<std::string>& key, int32_t value) {
  if (key.empty()) return;
  flat_.clear();  // a later Freeze() rebuilds them
  edges_.clear();
  inner_.clear();
  uint32_t node = 0;
  for (const std::string& t : key) {
    if (node == 0) {
      auto [it, inserted] =
          root_.try_emplace(t, static_cast<uint32_t>(nodes_.size()));
      if (inserted) {
        nodes_.emplace_back();
        bits_.push_back(0);
        bits_[0] |= kHasChildren;
      }
      node = it->second;
      continue;
    }
    auto& c = nodes_[node].children;
    auto it = std::lower_bound(c.begin(), c.end(), t, ByToken());
    if (it != c.end() && it->first == t) {
      node = it->second;
      continue;
    }
    uint32_t next = static_cast<uint32_t>(nodes_.size());
    c.insert(it, {t, next});
    bits_[node] |= kHasChildren;
    nodes_.emplace_back();  // may move nodes_; `c` is not used after this
    bits_.push_back(0);
    node = next;
  }
  auto& v = nodes_[node].values;
  if (v.empty()) ++keys_;
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(value);
  bits_[node] |= kEnds;
}

void TokenTrie::Freeze() {
  size_t n = 16;
  while (n < 2 * root_.size()) n *= 2;
  flat_.assign(n, Slot{});
  root_key_.assign(nodes_.size(), nullptr);
  parent_.assign(nodes_.size(), 0);
  for (const auto& [key, node] : root_) {
    const uint64_t h = Hash()(key);
    size_t i = h & (n - 1);
    while (flat_[i].node != 0) i = (i + 1) & (n - 1);
    flat_[i] = Slot{static_cast<uint32_t>(h >> 32), node};
    root_key_[node] = &key;
  }
  size_t edges = 0;
  for (const Node& node : nodes_) edges += node.children.size();
  size_t m = 16;
  while (m < 2 * edges) m *= 2;
  edges_.assign(m, Slot{});
  for (uint32_t parent = 1; parent < nodes_.size(); ++parent) {
    for (const auto& [key, child] : nodes_[parent].children) {
      const uint64_t h = EdgeHash(parent, Hash()(key));
      size_t i = h & (m - 1);
      while (edges_[i].node != 0) i = (i + 1) & (m - 1);
      edges_[i] = Slot{static_cast<uint32_t>(h >> 32), child};
      root_key_[child] = &key;
      parent_[child] = parent;
      inner_.insert(key);
    }
  }
}

size_t TokenTrie::Longest(const std::vector<std::string_view>& tokens,
                          size_t begin, size_t end,
                          const std::vector<int32_t>** values) const {
  if (begin >= end || begin >= tokens.size()) return 0;
  int64_t first = Child(0, tokens[begin]);
  if (first < 0) return 0;
  return LongestFrom(static_cast<uint32_t>(first), tokens, begin, end, values);
}

}  // namespace dyad
