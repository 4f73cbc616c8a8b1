#include "morph/lexicon.h"

#include <fstream>
#include <sstream>

#include "base/tsv.h"
#include "morph/tagset.h"

namespace dyad {

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("lexicon '" + path +
                            "' not found; check MorphologyOptions::data_dir");
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Result<std::unique_ptr<Lexicon>> Lexicon::Parse(std::string_view text,
                                                std::string_view name) {
  auto lex = std::make_unique<Lexicon>();
  Status status = ParseTsv(text, name, [&](int64_t, const auto& f) {
    auto bad = [&](std::string_view why) {
      return Status::InvalidArgument(
          std::string(why) +
          "; expected form<TAB>lemma<TAB>tags<TAB>pos<TAB>add|replace|guess");
    };
    if (f.size() != 5) return bad("wrong number of fields");
    std::string_view form = f[0], lemma = f[1], tags = f[2], pos = f[3],
                     mode = f[4];
    if (form.empty() || lemma.empty() || tags.empty()) {
      return bad("empty field");
    }
    Reading r;
    r.lemma = std::string(lemma);
    r.tags = std::string(tags);
    if (pos == "-") {
      r.pos = PosFromTags(tags);
    } else if (!PosFromName(pos, &r.pos)) {
      return bad("unknown POS '" + std::string(pos) + "'");
    }
    if (mode == "guess") {
      if (form.front() != '*' || form.size() < 2) {
        return bad("a guess line's form is *suffix");
      }
      std::string suffix(form.substr(1));
      lex->max_suffix_ = std::max(lex->max_suffix_, suffix.size());
      lex->suffixes_[suffix].push_back(std::move(r));
    } else if (mode == "add" || mode == "replace") {
      Entry& e = lex->entries_[std::string(form)];
      if (mode == "replace") e.replace = true;
      e.readings.push_back(std::move(r));
    } else {
      return bad("unknown mode '" + std::string(mode) + "'");
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return lex;
}

const Lexicon::Entry* Lexicon::Find(std::string_view form) const {
  auto it = entries_.find(form);
  return it == entries_.end() ? nullptr : &it->second;
}

bool Lexicon::Guess(std::string_view form, std::vector<Reading>* out) const {
  if (suffixes_.empty()) return false;
  size_t longest =
      std::min(max_suffix_, form.size() >= 2 ? form.size() - 2 : size_t{0});
  for (size_t n = longest; n > 0; --n) {
    auto it = suffixes_.find(form.substr(form.size() - n));
    if (it == suffixes_.end()) continue;
    for (const Reading& r : it->second) {
      Reading g = r;
      if (g.lemma == "*") g.lemma = std::string(form);
      out->push_back(std::move(g));
    }
    return true;
  }
  return false;
}

}  // namespace dyad
