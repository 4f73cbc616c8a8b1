#include "morph/tagset.h"

#include <array>
#include <utility>

namespace dyad {
namespace {

struct TagPos {
  std::string_view tag;
  Pos pos;
};

constexpr std::array<TagPos, 33> kTagPos = {{
    {"n", Pos::kNoun},       {"np", Pos::kPropn},     {"vblex", Pos::kVerb},
    {"vbser", Pos::kAux},    {"vbhaver", Pos::kAux},  {"vbmod", Pos::kAux},
    {"vaux", Pos::kAux},     {"vbdo", Pos::kAux},     {"adj", Pos::kAdj},
    {"adv", Pos::kAdv},      {"preadv", Pos::kAdv},   {"det", Pos::kDet},
    {"predet", Pos::kDet},   {"prn", Pos::kPron},     {"rel", Pos::kPron},
    {"pr", Pos::kAdp},       {"cnjcoo", Pos::kCconj}, {"cnjsub", Pos::kSconj},
    {"cnjadv", Pos::kSconj}, {"num", Pos::kNum},      {"gen", Pos::kPart},
    {"ij", Pos::kIntj},      {"sent", Pos::kPunct},   {"cm", Pos::kPunct},
    {"lpar", Pos::kPunct},   {"rpar", Pos::kPunct},   {"lquot", Pos::kPunct},
    {"rquot", Pos::kPunct},  {"guio", Pos::kPunct},   {"apos", Pos::kPunct},
    {"punct", Pos::kPunct},  {"percent", Pos::kSym},  {"sym", Pos::kSym},
}};

constexpr std::array<std::pair<std::string_view, Pos>, 17> kPosNames = {{
    {"X", Pos::kX},
    {"NOUN", Pos::kNoun},
    {"PROPN", Pos::kPropn},
    {"VERB", Pos::kVerb},
    {"AUX", Pos::kAux},
    {"ADJ", Pos::kAdj},
    {"ADV", Pos::kAdv},
    {"DET", Pos::kDet},
    {"PRON", Pos::kPron},
    {"ADP", Pos::kAdp},
    {"CCONJ", Pos::kCconj},
    {"SCONJ", Pos::kSconj},
    {"NUM", Pos::kNum},
    {"PART", Pos::kPart},
    {"INTJ", Pos::kIntj},
    {"PUNCT", Pos::kPunct},
    {"SYM", Pos::kSym},
}};

bool IsFiniteTag(std::string_view t) {
  return t == "pri" || t == "pii" || t == "ifi" || t == "fti" || t == "cni" ||
         t == "prs" || t == "pis" || t == "imp" || t == "pres" || t == "past";
}

}  // namespace

Pos PosFromApertiumTag(std::string_view tag) {
  for (const TagPos& tp : kTagPos) {
    if (tp.tag == tag) return tp.pos;
  }
  return Pos::kX;
}

Pos PosFromTags(std::string_view tags) {
  size_t end = tags.find_first_of(".+");
  return PosFromApertiumTag(tags.substr(0, end));
}

bool PosFromName(std::string_view name, Pos* pos) {
  for (const auto& [n, p] : kPosNames) {
    if (n == name) {
      *pos = p;
      return true;
    }
  }
  return false;
}

Features FeaturesOf(const Reading& reading) {
  Features f = PosBit(reading.pos);
  std::string_view tags = reading.tags;
  bool first_unit = true;
  bool is_prn = false;
  size_t i = 0;
  while (i <= tags.size()) {
    size_t j = tags.find_first_of(".+", i);
    if (j == std::string_view::npos) j = tags.size();
    std::string_view t = tags.substr(i, j - i);
    // Verb features come from the first unit only ("don't" = do+not).
    if (first_unit) {
      if (t == "pp") f |= kFPp;
      if (t == "inf") f |= kFInf | kFBaseForm;
      if (t == "ger" || t == "pprs") f |= kFGer;
      if (IsFiniteTag(t)) f |= kFFinite;
      if (t == "prs" || t == "pis") f |= kFSubjunctive;
      if (t == "past") f |= kFPastTense;
      if (t == "pres") f |= kFBaseForm;
      if (t == "prn") is_prn = true;
      if (is_prn && t == "pro") f |= kFClitic;
      if (is_prn && (t == "subj" || t == "tn")) f |= kFSubjPron;
      if (t == "gen") f |= kFGenitive;
      if (t == "rel") f |= kFRelative;
      if (t == "vbhaver") f |= kFHaver;
      if (t == "vbser") f |= kFSer;
      if (t == "vbmod" || t == "vaux") f |= kFModal;
    }
    if (t == "det") f |= kFDetUnit;
    if (j < tags.size() && tags[j] == '+') {
      first_unit = false;
      f |= kFContraction;
    }
    i = j + 1;
  }
  std::string_view lemma = reading.lemma;
  if (lemma == "avoir" || lemma == "have") f |= kFLemmaHave;
  if (lemma == "être" || lemma == "be") f |= kFLemmaBe;
  return f;
}

}  // namespace dyad
