#include "morph/apertium_analyser.h"

#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>
#include <unicode/ustdio.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>

#include "morph/tagset.h"

namespace dyad {
namespace {

bool IsMeta(char c) {
  switch (c) {
    case '^':
    case '$':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '<':
    case '>':
    case '@':
    case '*':
    case '#':
    case '\\':
      return true;
    default:
      return false;
  }
}

// Finds the next unescaped `c` in `s` from `from`; npos if none.
size_t FindUnescaped(std::string_view s, char c, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == c) return i;
  }
  return std::string_view::npos;
}

void AppendUnescaped(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out->push_back(s[i]);
  }
}

// Parses one analysis "de<pr>+le<det><def><mf><pl>" into *r.
bool ParseAnalysis(std::string_view a, Reading* r) {
  r->lemma.clear();
  r->tags.clear();
  std::string queue;
  bool first_unit = true;
  size_t i = 0;
  while (i < a.size()) {
    // Lemma: up to the first unescaped '<'.
    size_t lt = FindUnescaped(a, '<', i);
    if (lt == std::string_view::npos) return false;
    if (first_unit) AppendUnescaped(a.substr(i, lt - i), &r->lemma);
    if (!first_unit) r->tags.push_back('+');
    bool first_tag = true;
    i = lt;
    while (i < a.size() && a[i] == '<') {
      size_t gt = a.find('>', i);
      if (gt == std::string_view::npos) return false;
      if (!first_tag) r->tags.push_back('.');
      r->tags.append(a.substr(i + 1, gt - i - 1));
      first_tag = false;
      i = gt + 1;
    }
    // A lemma queue ("# part") belongs to the first unit's lemma.
    if (i < a.size() && a[i] == '#') {
      size_t plus = FindUnescaped(a, '+', i);
      size_t end = plus == std::string_view::npos ? a.size() : plus;
      if (first_unit) AppendUnescaped(a.substr(i + 1, end - i - 1), &queue);
      i = end;
    }
    if (i < a.size()) {
      if (a[i] != '+') return false;
      ++i;
    }
    first_unit = false;
  }
  r->lemma += queue;
  r->pos = PosFromTags(r->tags);
  return !r->tags.empty();
}

}  // namespace

ApertiumAnalyser::ApertiumAnalyser(std::unique_ptr<FSTProcessor> fst)
    : fst_(std::move(fst)) {}

ApertiumAnalyser::~ApertiumAnalyser() = default;

Result<std::unique_ptr<ApertiumAnalyser>> ApertiumAnalyser::Open(
    const std::string& path, std::string_view debian_package) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(
        "Apertium analyser '" + path +
        "' not found; install it with `apt-get install " +
        std::string(debian_package) +
        "` or point MorphologyOptions::analyser_path at a .automorf.bin");
  }
  FILE* in = std::fopen(path.c_str(), "rb");
  if (in == nullptr) {
    return Status::Unavailable("cannot open Apertium analyser '" + path + "'");
  }
  // lttoolbox reads any bytes as an old headerless transducer (and may
  // crash on them later): require the "LTTB" header of current files.
  char magic[4] = {};
  if (std::fread(magic, 1, 4, in) != 4 || std::memcmp(magic, "LTTB", 4) != 0) {
    std::fclose(in);
    return Status::DataLoss("'" + path +
                            "' is not an lttoolbox transducer (no LTTB "
                            "header); reinstall " +
                            std::string(debian_package));
  }
  std::rewind(in);
  auto fst = std::make_unique<FSTProcessor>();
  try {
    // Lemmas as in the dictionary ("Le" → "le"), not in the input's case.
    fst->setDictionaryCaseMode(true);
    // '\0' flushes: a batch of forms gives one output per form.
    fst->setNullFlush(true);
    fst->load(in);
    fst->initAnalysis();
  } catch (const std::exception& e) {
    std::fclose(in);
    return Status::DataLoss("cannot read Apertium analyser '" + path +
                            "': " + e.what() + "; reinstall " +
                            std::string(debian_package));
  }
  std::fclose(in);
  if (!fst->valid()) {
    return Status::DataLoss("Apertium analyser '" + path +
                            "' is not a valid lttoolbox transducer; "
                            "reinstall " +
                            std::string(debian_package));
  }
  return std::unique_ptr<ApertiumAnalyser>(
      new ApertiumAnalyser(std::move(fst)));
}

void ApertiumAnalyser::AppendEscaped(std::string_view form, std::string* out) {
  for (char c : form) {
    if (IsMeta(c)) out->push_back('\\');
    // Stream control characters would be read as flushes or blanks.
    out->push_back(c == '\0' ? ' ' : c);
  }
}

bool ApertiumAnalyser::ParseUnit(std::string_view unit,
                                 std::vector<Reading>* out) {
  if (unit.size() < 2 || unit.front() != '^' || unit.back() != '$') {
    return false;
  }
  unit = unit.substr(1, unit.size() - 2);
  size_t slash = FindUnescaped(unit, '/', 0);
  if (slash == std::string_view::npos) return false;
  size_t i = slash + 1;
  if (i < unit.size() && unit[i] == '*') return false;  // unknown word
  size_t first = out->size();
  while (i <= unit.size()) {
    size_t next = FindUnescaped(unit, '/', i);
    if (next == std::string_view::npos) next = unit.size();
    Reading r;
    if (ParseAnalysis(unit.substr(i, next - i), &r)) {
      out->push_back(std::move(r));
    }
    i = next + 1;
  }
  return out->size() > first;
}

void ApertiumAnalyser::AnalyseBatch(const std::vector<std::string_view>& forms,
                                    std::vector<std::vector<Reading>>* out) {
  out->clear();
  out->resize(forms.size());
  if (forms.empty()) return;
  std::string input;
  for (std::string_view f : forms) {
    AppendEscaped(f, &input);
    input.push_back('\0');
  }
  FILE* in = fmemopen(input.data(), input.size(), "r");
  char* buf = nullptr;
  size_t len = 0;
  FILE* raw_out = open_memstream(&buf, &len);
  if (in == nullptr || raw_out == nullptr) {
    if (in != nullptr) std::fclose(in);
    if (raw_out != nullptr) std::fclose(raw_out);
    std::free(buf);
    return;
  }
  UFILE* uout = u_finit(raw_out, nullptr, "UTF-8");
  bool ok = uout != nullptr;
  if (ok) {
    InputFile input_file;
    input_file.wrap(in);
    try {
      // lttoolbox's NUL-flush loop clears the flag when it starts: set it
      // again for every batch.
      fst_->setNullFlush(true);
      fst_->analysis(input_file, uout);
    } catch (const std::exception&) {
      ok = false;  // malformed stream: the forms stay unanalysed
    }
    u_fflush(uout);
    u_fclose(uout);
    // InputFile's destructor closes `in`.
  } else {
    std::fclose(in);
  }
  std::fclose(raw_out);
  if (ok) {
    // One NUL-terminated chunk per form; a chunk with exactly one
    // "^...$" unit is an analysis, anything else (no unit, several units)
    // is left empty.
    std::string_view all(buf, len);
    size_t pos = 0;
    for (size_t k = 0; k < forms.size() && pos <= all.size(); ++k) {
      size_t nul = all.find('\0', pos);
      if (nul == std::string_view::npos) nul = all.size();
      std::string_view chunk = all.substr(pos, nul - pos);
      pos = nul + 1;
      size_t b = FindUnescaped(chunk, '^', 0);
      if (b == std::string_view::npos) continue;
      size_t e = FindUnescaped(chunk, '$', b);
      if (e == std::string_view::npos) continue;
      if (FindUnescaped(chunk, '^', e) != std::string_view::npos) continue;
      ParseUnit(chunk.substr(b, e - b + 1), &(*out)[k]);
    }
  }
  std::free(buf);
}

}  // namespace dyad
