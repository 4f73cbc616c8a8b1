#include "io/lang_tag.h"

namespace dyad {

std::string NormalizeLangTag(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) {
    tag.remove_prefix(1);
  }
  while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) {
    tag.remove_suffix(1);
  }
  std::string out;
  size_t i = 0;
  for (; i < tag.size() && tag[i] != '-' && tag[i] != '_'; ++i) {
    char c = tag[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return "";
    out.push_back(c);
  }
  if (out.size() < 2 || out.size() > 3) return "";
  if (i < tag.size() && i + 1 == tag.size()) return "";  // "fr-" is no tag
  return out;
}

}  // namespace dyad
