#include "places/mo_catalog.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace dyad {

namespace {

constexpr uint32_t kMagic = 0x950412de;
constexpr uint32_t kMagicSwapped = 0xde120495;

uint32_t Swap(uint32_t v) {
  return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}

}  // namespace

Status MoCatalog::Parse(std::string_view bytes) {
  messages_.clear();
  auto word = [&](size_t offset, bool swap, uint32_t* out) {
    if (offset > bytes.size() || bytes.size() - offset < 4) return false;
    uint32_t v;
    __builtin_memcpy(&v, bytes.data() + offset, 4);
    *out = swap ? Swap(v) : v;
    return true;
  };
  uint32_t magic = 0;
  if (!word(0, false, &magic) || (magic != kMagic && magic != kMagicSwapped)) {
    return Status::DataLoss("not a gettext .mo file (bad magic number)");
  }
  const bool swap = magic == kMagicSwapped;
  uint32_t count = 0, originals = 0, translations = 0;
  if (!word(8, swap, &count) || !word(12, swap, &originals) ||
      !word(16, swap, &translations)) {
    return Status::DataLoss(".mo file header is truncated");
  }
  // Each table entry is 8 bytes: length, offset.
  auto string_at = [&](uint32_t table, uint32_t i, std::string_view* out) {
    uint32_t len = 0, off = 0;
    const uint64_t entry = uint64_t{table} + uint64_t{i} * 8;
    if (entry > bytes.size()) return false;
    if (!word(entry, swap, &len) || !word(entry + 4, swap, &off)) return false;
    if (off > bytes.size() || bytes.size() - off < len) return false;
    *out = bytes.substr(off, len);
    return true;
  };
  if (uint64_t{count} * 8 > bytes.size()) {
    return Status::DataLoss(".mo file string count exceeds its size");
  }
  messages_.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view id, text;
    if (!string_at(originals, i, &id) || !string_at(translations, i, &text)) {
      messages_.clear();
      return Status::DataLoss(".mo file string " + std::to_string(i) +
                              " points outside the file");
    }
    // Plural entries hold "singular\0plural": keep the singular only.
    id = id.substr(0, id.find('\0'));
    text = text.substr(0, text.find('\0'));
    if (id.empty() || text.empty()) continue;  // the header entry
    messages_.emplace(std::string(id), std::string(text));
  }
  return Status::Ok();
}

Status MoCatalog::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read '" + path + "'");
  std::ostringstream ss;
  ss << in.rdbuf();
  Status s = Parse(ss.str());
  if (!s.ok()) return Status(s.code(), path + ": " + s.message());
  return Status::Ok();
}

std::string_view MoCatalog::Translate(std::string_view msgid) const {
  auto it = messages_.find(std::string(msgid));
  return it == messages_.end() ? std::string_view() : it->second;
}

}  // namespace dyad
