#include "morph/multiwords.h"

#include <fstream>
#include <sstream>

#include "base/fold.h"
#include "base/tsv.h"
#include "morph/tagset.h"

namespace dyad {

std::vector<std::string> Multiwords::SplitWords(std::string_view phrase) {
  std::string norm;
  if (NormaliseApostrophes(phrase, &norm)) phrase = norm;
  std::vector<std::string> words;
  std::string cur;
  for (char c : phrase) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    cur.push_back(c);
    if (c == '\'') {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

Result<std::unique_ptr<Multiwords>> Multiwords::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("multiword file '" + path +
                            "' not found; check MorphologyOptions::data_dir");
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Result<std::unique_ptr<Multiwords>> Multiwords::Parse(std::string_view text,
                                                      std::string_view name) {
  auto mw = std::make_unique<Multiwords>();
  mw->node_entry_.push_back(nullptr);  // the root
  Status status = ParseTsv(text, name, [&](int64_t, const auto& f) {
    auto bad = [&](std::string_view why) {
      return Status::InvalidArgument(
          std::string(why) +
          "; expected words[|variant...]<TAB>lemma<TAB>tags<TAB>pos");
    };
    if (f.size() != 4) return bad("wrong number of fields");
    if (f[0].empty() || f[1].empty() || f[2].empty()) {
      return bad("empty field");
    }
    FormEntry& e = mw->entries_.emplace_back();
    Reading r;
    r.lemma = std::string(f[1]);
    r.tags = std::string(f[2]);
    if (f[3] == "-") {
      r.pos = PosFromTags(f[2]);
    } else if (!PosFromName(f[3], &r.pos)) {
      return bad("unknown POS '" + std::string(f[3]) + "'");
    }
    e.analysis.folded_form = Fold(r.lemma);
    e.analysis.readings.push_back(std::move(r));
    e.analysis.known = true;
    e.ComputeFeatures();
    std::string_view variants = f[0];
    while (!variants.empty()) {
      size_t bar = variants.find('|');
      std::string_view v = variants.substr(0, bar);
      variants = bar == std::string_view::npos ? std::string_view()
                                               : variants.substr(bar + 1);
      std::vector<std::string> words = SplitWords(v);
      if (words.size() < 2) {
        return bad("a unit needs two words or more ('" + std::string(v) + "')");
      }
      uint32_t node = 0;
      for (const std::string& w : words) {
        std::string lw = Lowercase(w);
        auto [vit, added] =
            mw->vocab_.emplace(lw, static_cast<uint32_t>(mw->vocab_.size()));
        auto [eit, new_edge] =
            mw->edges_.emplace(Edge(node, vit->second),
                               static_cast<uint32_t>(mw->node_entry_.size()));
        if (new_edge) mw->node_entry_.push_back(nullptr);
        node = eit->second;
      }
      if (mw->node_entry_[node] != nullptr) {
        return bad("duplicate unit '" + std::string(v) + "'");
      }
      mw->node_entry_[node] = &e;
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return mw;
}

uint32_t Multiwords::WordId(std::string_view word) const {
  if (vocab_.empty()) return FormEntry::kNoWord;
  std::string norm;
  if (NormaliseApostrophes(word, &norm)) word = norm;
  std::string lw = Lowercase(word);
  auto it = vocab_.find(std::string_view(lw));
  return it == vocab_.end() ? FormEntry::kNoWord : it->second;
}

size_t Multiwords::Match(const uint32_t* words, size_t n,
                         const FormEntry** entry) const {
  size_t best = 0;
  uint32_t node = 0;
  for (size_t k = 0; k < n; ++k) {
    if (words[k] == FormEntry::kNoWord) break;
    auto it = edges_.find(Edge(node, words[k]));
    if (it == edges_.end()) break;
    node = it->second;
    if (node_entry_[node] != nullptr) {
      best = k + 1;
      *entry = node_entry_[node];
    }
  }
  return best;
}

}  // namespace dyad
