#include "dyad/token.h"

#include <atomic>

namespace dyad {

uint16_t NewStageMemoOwner() {
  static std::atomic<uint32_t> next{0};
  for (;;) {
    uint16_t id = static_cast<uint16_t>(next.fetch_add(1) + 1);
    if (id != 0) return id;
  }
}

std::string_view PosName(Pos pos) {
  switch (pos) {
    case Pos::kX:
      return "X";
    case Pos::kNoun:
      return "NOUN";
    case Pos::kPropn:
      return "PROPN";
    case Pos::kVerb:
      return "VERB";
    case Pos::kAux:
      return "AUX";
    case Pos::kAdj:
      return "ADJ";
    case Pos::kAdv:
      return "ADV";
    case Pos::kDet:
      return "DET";
    case Pos::kPron:
      return "PRON";
    case Pos::kAdp:
      return "ADP";
    case Pos::kCconj:
      return "CCONJ";
    case Pos::kSconj:
      return "SCONJ";
    case Pos::kNum:
      return "NUM";
    case Pos::kPart:
      return "PART";
    case Pos::kIntj:
      return "INTJ";
    case Pos::kPunct:
      return "PUNCT";
    case Pos::kSym:
      return "SYM";
  }
  return "X";
}

bool Reading::HasTag(std::string_view tag) const {
  std::string_view t = tags;
  while (!t.empty()) {
    size_t dot = t.find('.');
    std::string_view part = t.substr(0, dot);
    if (part == tag) return true;
    if (dot == std::string_view::npos) break;
    t.remove_prefix(dot + 1);
  }
  return false;
}

}  // namespace dyad
