// Morphology: the per-form cache, multiword merging and disambiguation
// around Apertium (see include/dyad/morphology.h for the contract).
//
// Cache. Every distinct surface form (as written, and also its ’→'
// normalised spelling) maps to a FormEntry stored in a deque (stable
// addresses, never freed before the Morphology). Analyze takes the shared
// lock once per sentence to look up all its tokens (heterogeneous lookup: no
// allocation for a known form); forms not found are analysed in one batch
// by an analyser of the pool (lttoolbox is not thread-safe: each thread
// takes an idle one, opening another when none is idle) without holding the
// cache lock, then inserted under the exclusive lock (a form another thread
// inserted meanwhile keeps the first entry).
//
// Analysis of a new form, in order:
//   1. A number ("14", "14 000", "1,5") → NUM, lemma = form, tags "num".
//   2. Apertium on the form. Its analyser reads an uppercase letter as
//      either case, so a capitalised form is also looked up in lower case
//      (a second lookup of the lowercased form found nothing more on
//      either benchmark corpus: 6,749 French and 23,568 English forms).
//      Lemmas are the dictionary's ("Le" → "le"); eng-spa's "prpers" lemma
//      of personal pronouns becomes the lowercase form.
//   3. data/<lang>/lexicon.tsv: `add` readings go before Apertium's,
//      `replace` readings instead of them (looked up as written, then
//      lowercased for a capitalised form).
//   4. Still nothing: a guess (known = false, lemma = form): punctuation →
//      PUNCT ("punct"), capitalised → PROPN ("np"), a lexicon suffix rule
//      ("*ment" → ADV), else NOUN ("n").
#include "dyad/morphology.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <shared_mutex>

#include "base/fold.h"
#include "dyad/data_dir.h"
#include "morph/apertium_analyser.h"
#include "morph/disambiguator.h"
#include "morph/form_entry.h"
#include "morph/form_table.h"
#include "morph/lexicon.h"
#include "morph/multiwords.h"
#include "morph/tagset.h"

namespace dyad {
namespace {

struct LangInfo {
  std::string_view lang;
  std::string_view analyser;
  std::string_view package;
};

constexpr LangInfo kLangs[] = {
    {"fr", "/usr/share/apertium/apertium-fra-cat/fra-cat.automorf.bin",
     "apertium-fra-cat"},
    {"en", "/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin",
     "apertium-eng-spa"},
};

// "14", "14 000", "1,5", "3.2" (digits with inner separators).
bool IsNumber(std::string_view s) {
  if (s.empty() || !(s[0] >= '0' && s[0] <= '9')) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ') continue;
    // U+00A0 and U+202F (no-break spaces) between digit groups.
    if (s.compare(i, 2, "\xC2\xA0") == 0) {
      i += 1;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\xAF") == 0) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

bool SameReading(const Reading& a, const Reading& b) {
  return a.lemma == b.lemma && a.tags == b.tags && a.pos == b.pos;
}

// Per-thread scratch buffers for Analyze, reused across calls.
struct Scratch {
  std::vector<const FormEntry*> entries;
  std::vector<uint32_t> words;
  std::vector<Features> chosen;
  std::vector<size_t> missing;
  std::vector<std::string_view> forms;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

}  // namespace

struct Morphology::Impl {
  std::string lang;
  // Idle analysers (one per thread that analyses at the same time).
  std::string analyser_path, analyser_package;
  mutable std::mutex pool_mu;
  mutable std::condition_variable pool_cv;
  mutable std::vector<std::unique_ptr<ApertiumAnalyser>> pool;
  mutable size_t pool_size = 0;  // opened so far
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<Multiwords> multiwords;
  std::unique_ptr<Disambiguator> disambiguator;

  mutable std::shared_mutex cache_mu;
  mutable FormTable cache;              // guarded by cache_mu
  mutable std::deque<FormEntry> store;  // guarded by cache_mu

  const FormEntry* Find(std::string_view form) const {
    return cache.Find(form);
  }

  // Returns the entries of `forms` (distinct), analysing the new ones.
  void GetOrCreate(const std::vector<std::string_view>& forms,
                   std::vector<const FormEntry*>* out) const;

  // An idle analyser of the pool, or a new one; back with GiveBack.
  std::unique_ptr<ApertiumAnalyser> TakeAnalyser() const;
  void GiveBack(std::unique_ptr<ApertiumAnalyser> a) const;

  // Builds the analysis of each of `norms` (normalised forms).
  void Build(ApertiumAnalyser& analyser, const std::vector<std::string>& norms,
             std::vector<FormEntry>* built) const;
};

std::unique_ptr<ApertiumAnalyser> Morphology::Impl::TakeAnalyser() const {
  std::unique_lock<std::mutex> lock(pool_mu);
  if (pool.empty()) {
    // Another analyser for this thread: the file opened at Create opens
    // again; were it to fail now, wait for one to come back.
    lock.unlock();
    auto opened = ApertiumAnalyser::Open(analyser_path, analyser_package);
    lock.lock();
    if (opened.ok()) {
      ++pool_size;
      return std::move(opened).value();
    }
    pool_cv.wait(lock, [&] { return !pool.empty(); });
  }
  std::unique_ptr<ApertiumAnalyser> a = std::move(pool.back());
  pool.pop_back();
  return a;
}

void Morphology::Impl::GiveBack(std::unique_ptr<ApertiumAnalyser> a) const {
  {
    std::lock_guard<std::mutex> lock(pool_mu);
    pool.push_back(std::move(a));
  }
  pool_cv.notify_one();
}

void Morphology::Impl::Build(ApertiumAnalyser& analyser,
                             const std::vector<std::string>& norms,
                             std::vector<FormEntry>* built) const {
  built->clear();
  built->resize(norms.size());
  // 1-2. Numbers, then Apertium.
  std::vector<std::string_view> batch;
  std::vector<size_t> batch_index;
  for (size_t k = 0; k < norms.size(); ++k) {
    if (IsNumber(norms[k])) {
      Reading r;
      r.lemma = norms[k];
      r.pos = Pos::kNum;
      r.tags = "num";
      (*built)[k].analysis.readings.push_back(std::move(r));
      (*built)[k].analysis.known = true;
    } else {
      batch.push_back(norms[k]);
      batch_index.push_back(k);
    }
  }
  std::vector<std::vector<Reading>> result;
  analyser.AnalyseBatch(batch, &result);
  for (size_t b = 0; b < batch.size(); ++b) {
    if (result[b].empty()) continue;
    FormEntry& e = (*built)[batch_index[b]];
    e.analysis.readings = std::move(result[b]);
    e.analysis.known = true;
  }
  for (size_t k = 0; k < norms.size(); ++k) {
    const std::string& form = norms[k];
    FormEntry& e = (*built)[k];
    e.shape = ShapeOf(form);
    std::vector<Reading>& rs = e.analysis.readings;
    for (Reading& r : rs) {
      if (r.lemma == "prpers") r.lemma = Lowercase(form);
    }
    // 3. Our lexicon.
    const Lexicon::Entry* lex = lexicon->Find(form);
    if (lex == nullptr && (e.shape & kShapeCapitalised) &&
        !(e.shape & kShapeAllCaps)) {
      lex = lexicon->Find(Lowercase(form));
    }
    if (lex != nullptr) {
      std::vector<Reading> merged = lex->readings;
      if (!lex->replace) {
        for (Reading& r : rs) {
          bool dup = false;
          for (const Reading& m : merged) dup = dup || SameReading(m, r);
          if (!dup) merged.push_back(std::move(r));
        }
      }
      rs = std::move(merged);
      e.analysis.known = true;
    }
    // 4. Guesses.
    if (rs.empty()) {
      e.analysis.known = false;
      Reading r;
      r.lemma = form;
      if (e.shape & kShapePunct) {
        r.pos = Pos::kPunct;
        r.tags = "punct";
      } else if (e.shape & kShapeNumber) {
        r.pos = Pos::kNum;
        r.tags = "num";
      } else if (e.shape & kShapeCapitalised) {
        r.pos = Pos::kPropn;
        r.tags = "np";
      } else if (lexicon->Guess(form, &rs)) {
        r.tags.clear();
      } else {
        r.pos = Pos::kNoun;
        r.tags = "n";
      }
      if (!r.tags.empty()) rs.push_back(std::move(r));
    }
    e.mw_word = multiwords->WordId(form);
    e.analysis.folded_form = Fold(form);
    e.ComputeFeatures();
  }
}

void Morphology::Impl::GetOrCreate(const std::vector<std::string_view>& forms,
                                   std::vector<const FormEntry*>* out) const {
  out->assign(forms.size(), nullptr);
  // Another thread may have added some meanwhile; a ’ spelling may alias a
  // known ' spelling.
  std::vector<std::string> norms(forms.size());
  std::vector<std::string> todo;
  std::vector<size_t> todo_index;
  {
    std::shared_lock<std::shared_mutex> lock(cache_mu);
    for (size_t k = 0; k < forms.size(); ++k) {
      if (((*out)[k] = Find(forms[k])) != nullptr) continue;
      if (!NormaliseApostrophes(forms[k], &norms[k])) {
        norms[k] = std::string(forms[k]);
      }
      if (((*out)[k] = Find(norms[k])) != nullptr) continue;
      todo.push_back(norms[k]);
      todo_index.push_back(k);
    }
  }
  std::vector<FormEntry> built;
  if (!todo.empty()) {
    std::unique_ptr<ApertiumAnalyser> analyser = TakeAnalyser();
    Build(*analyser, todo, &built);
    GiveBack(std::move(analyser));
  }
  std::unique_lock<std::shared_mutex> lock(cache_mu);
  for (size_t t = 0; t < todo.size(); ++t) {
    // Two spellings of one new form in the batch share one entry.
    const FormEntry* e = Find(todo[t]);
    if (e == nullptr) {
      e = &store.emplace_back(std::move(built[t]));
      cache.Insert(todo[t], e);
    }
    (*out)[todo_index[t]] = e;
  }
  for (size_t k = 0; k < forms.size(); ++k) cache.Insert(forms[k], (*out)[k]);
}

Morphology::Morphology(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Morphology::~Morphology() = default;

Result<std::unique_ptr<Morphology>> Morphology::Create(
    const MorphologyOptions& options) {
  const LangInfo* info = nullptr;
  for (const LangInfo& l : kLangs) {
    if (l.lang == options.lang) info = &l;
  }
  if (info == nullptr) {
    return Status::InvalidArgument("unknown language '" + options.lang +
                                   "' for morphology; known: en, fr");
  }
  auto impl = std::make_unique<Impl>();
  impl->lang = options.lang;
  std::string path = options.analyser_path.empty() ? std::string(info->analyser)
                                                   : options.analyser_path;
  auto analyser = ApertiumAnalyser::Open(path, info->package);
  if (!analyser.ok()) return analyser.status();
  impl->analyser_path = path;
  impl->analyser_package = std::string(info->package);
  impl->pool.push_back(std::move(analyser).value());
  impl->pool_size = 1;

  std::string dir =
      options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  dir += "/" + options.lang + "/";
  auto lexicon = Lexicon::Load(dir + "lexicon.tsv");
  if (!lexicon.ok()) return lexicon.status();
  impl->lexicon = std::move(lexicon).value();
  auto multiwords = Multiwords::Load(dir + "multiwords.tsv");
  if (!multiwords.ok()) return multiwords.status();
  impl->multiwords = std::move(multiwords).value();
  impl->disambiguator = std::make_unique<Disambiguator>(options.lang);
  return std::unique_ptr<Morphology>(new Morphology(std::move(impl)));
}

Status Morphology::Analyze(std::string_view text, Sentence* sentence) const {
  std::vector<Token>& tokens = sentence->tokens;
  const size_t n = tokens.size();
  if (n == 0) return Status::Ok();
  for (const Token& t : tokens) {
    if (t.begin > t.end || t.end > text.size()) {
      return Status::InvalidArgument(
          "token [" + std::to_string(t.begin) + ", " + std::to_string(t.end) +
          ") outside the text (" + std::to_string(text.size()) +
          " bytes); was the sentence segmented from this text?");
    }
  }
  Scratch& s = ThreadScratch();
  s.entries.resize(n);
  s.missing.clear();
  {
    std::shared_lock<std::shared_mutex> lock(impl_->cache_mu);
    for (size_t i = 0; i < n; ++i) {
      const FormEntry* e = impl_->Find(tokens[i].Text(text));
      s.entries[i] = e;
      if (e == nullptr) s.missing.push_back(i);
    }
  }
  if (!s.missing.empty()) {
    s.forms.clear();
    for (size_t i : s.missing) {
      std::string_view f = tokens[i].Text(text);
      bool seen = false;
      for (std::string_view g : s.forms) seen = seen || g == f;
      if (!seen) s.forms.push_back(f);
    }
    std::vector<const FormEntry*> found;
    impl_->GetOrCreate(s.forms, &found);
    for (size_t i : s.missing) {
      std::string_view f = tokens[i].Text(text);
      for (size_t k = 0; k < s.forms.size(); ++k) {
        if (s.forms[k] == f) s.entries[i] = found[k];
      }
    }
  }

  // Multiword units, longest match first, merged in place.
  size_t m = n;
  if (impl_->multiwords->size() > 0) {
    s.words.resize(n);
    for (size_t i = 0; i < n; ++i) s.words[i] = s.entries[i]->mw_word;
    size_t w = 0;
    for (size_t i = 0; i < n;) {
      const FormEntry* unit = nullptr;
      size_t len = s.words[i] == FormEntry::kNoWord
                       ? 0
                       : impl_->multiwords->Match(&s.words[i], n - i, &unit);
      Token t = tokens[i];
      if (len >= 2) {
        t.end = tokens[i + len - 1].end;
        t.flags = static_cast<uint8_t>((t.flags & Token::kParagraph) |
                                       Token::kMultiword);
        s.entries[w] = unit;
      } else {
        len = 1;
        s.entries[w] = s.entries[i];
      }
      tokens[w++] = t;
      i += len;
    }
    m = w;
    tokens.resize(m);
  }

  s.chosen.resize(m);
  impl_->disambiguator->Choose(s.entries.data(), tokens.data(), m,
                               s.chosen.data());
  for (size_t i = 0; i < m; ++i) tokens[i].analysis = &s.entries[i]->analysis;
  return Status::Ok();
}

const FormAnalysis* Morphology::Lookup(std::string_view form) const {
  {
    std::shared_lock<std::shared_mutex> lock(impl_->cache_mu);
    if (const FormEntry* e = impl_->Find(form)) return &e->analysis;
  }
  std::vector<const FormEntry*> found;
  impl_->GetOrCreate({form}, &found);
  return &found[0]->analysis;
}

size_t Morphology::CacheSize() const {
  std::shared_lock<std::shared_mutex> lock(impl_->cache_mu);
  return impl_->cache.size();
}

const std::string& Morphology::lang() const { return impl_->lang; }

}  // namespace dyad
