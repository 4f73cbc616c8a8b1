#include "morph/form_table.h"

#include <cstring>
#include <functional>

namespace dyad {
namespace {

constexpr size_t kInitialSlots = 1024;
constexpr size_t kChunkBytes = 64 * 1024;

}  // namespace

FormTable::FormTable() : slots_(kInitialSlots) {}

uint64_t FormTable::Prefix(std::string_view key) {
  uint64_t p = 0;
  std::memcpy(&p, key.data(), key.size() < 8 ? key.size() : 8);
  return p;
}

uint32_t FormTable::Hash(std::string_view key) {
  const uint64_t h = std::hash<std::string_view>()(key);
  return static_cast<uint32_t>(h ^ (h >> 32));
}

size_t FormTable::Probe(std::string_view key, uint32_t hash,
                        uint64_t prefix) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.entry == nullptr) return i;
    if (s.hash == hash && s.len == key.size() && s.prefix == prefix &&
        (key.size() <= 8 ||
         std::memcmp(s.key + 8, key.data() + 8, key.size() - 8) == 0)) {
      return i;
    }
  }
}

const FormEntry* FormTable::Find(std::string_view key) const {
  return slots_[Probe(key, Hash(key), Prefix(key))].entry;
}

const FormEntry* FormTable::Insert(std::string_view key,
                                   const FormEntry* entry) {
  const uint32_t hash = Hash(key);
  const uint64_t prefix = Prefix(key);
  size_t i = Probe(key, hash, prefix);
  if (slots_[i].entry != nullptr) return slots_[i].entry;
  if (2 * (size_ + 1) > slots_.size()) {
    Grow();
    i = Probe(key, hash, prefix);
  }
  Slot& s = slots_[i];
  s.prefix = prefix;
  s.key = key.size() > 8 ? Keep(key) : nullptr;
  s.entry = entry;
  s.hash = hash;
  s.len = static_cast<uint32_t>(key.size());
  ++size_;
  return entry;
}

void FormTable::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.entry == nullptr) continue;
    size_t i = s.hash & mask;
    while (slots_[i].entry != nullptr) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

const char* FormTable::Keep(std::string_view key) {
  if (key.size() > chunk_left_) {
    const size_t bytes = key.size() > kChunkBytes ? key.size() : kChunkBytes;
    chunks_.push_back(std::make_unique<char[]>(bytes));
    chunk_next_ = chunks_.back().get();
    chunk_left_ = bytes;
  }
  char* kept = chunk_next_;
  std::memcpy(kept, key.data(), key.size());
  chunk_next_ += key.size();
  chunk_left_ -= key.size();
  return kept;
}

}  // namespace dyad
