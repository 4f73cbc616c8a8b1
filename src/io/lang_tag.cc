#include "io/lang_tag.h"

#include <cctype>

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

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace dyad
