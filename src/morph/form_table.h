// FormTable: the morphology's map from a surface form to its FormEntry.
//
// Every token of every sentence is looked up here, so the lookup is built
// for the cache: open addressing with linear probing over one array of
// 32-byte slots (two per cache line), each holding the key's hash, length,
// first 8 bytes and a pointer to its full bytes. A key of at most 8 bytes
// (most words) is compared inside its slot, without touching the key
// arena; a std::unordered_map took three dependent memory reads per lookup
// (bucket, node before, node) and was 6 % of a French run.
//
// Keys are copied into an arena of chunks that never moves; entries are
// owned by the caller. Not thread-safe: the Morphology guards it with its
// cache lock (shared for Find, exclusive for Insert).
#ifndef DYAD_MORPH_FORM_TABLE_H_
#define DYAD_MORPH_FORM_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace dyad {

struct FormEntry;

class FormTable {
 public:
  FormTable();

  // The entry of `key`, or null.
  const FormEntry* Find(std::string_view key) const;

  // Maps `key` to `entry` (not null) unless `key` is present; returns the
  // entry `key` maps to afterwards (the earlier one when present).
  const FormEntry* Insert(std::string_view key, const FormEntry* entry);

  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t prefix = 0;  // the key's first 8 bytes, zero-padded
    const char* key = nullptr;
    const FormEntry* entry = nullptr;  // null: empty slot
    uint32_t hash = 0;
    uint32_t len = 0;
  };

  static uint64_t Prefix(std::string_view key);
  static uint32_t Hash(std::string_view key);
  // The slot of `key`: its own, or the empty one where it would go.
  size_t Probe(std::string_view key, uint32_t hash, uint64_t prefix) const;
  void Grow();
  const char* Keep(std::string_view key);

  std::vector<Slot> slots_;  // size a power of two, at most half full
  size_t size_ = 0;
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t chunk_left_ = 0;
  char* chunk_next_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_MORPH_FORM_TABLE_H_
