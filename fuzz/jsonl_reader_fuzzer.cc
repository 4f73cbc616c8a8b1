// libFuzzer target for the JSON Lines reader (DocumentReader::ReadJsonLines).
//
// The first input byte picks the document size limit, so that the
// "too large" path is reached too; the rest is the JSON Lines content.
// Checks that every document handed to the sink holds what the reader
// promises (valid UTF-8, non-blank text within the limit, a normalised date),
// and that every non-blank line is either a document or a report.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/document_reader.h"

namespace {

constexpr size_t kMaxInputBytes = 1 << 20;  // 1 MB

class CountingReporter : public dyad::Reporter {
 public:
  void Skip(std::string_view origin, int64_t line, dyad::SkipReason reason,
            std::string_view detail) override {
    if (line < 1 || !dyad::IsValidUtf8(detail)) std::abort();
    ++skipped;
  }
  void Warn(std::string_view origin, int64_t line,
            std::string_view message) override {
    if (!dyad::IsValidUtf8(message)) std::abort();
  }
  int64_t skipped = 0;
};

bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' &&
        c != '\v') {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kMaxInputBytes) return 0;
  dyad::ReaderOptions options;
  options.max_document_bytes = 16 + size_t{data[0]} * 64;
  const std::string_view content(reinterpret_cast<const char*>(data) + 1,
                                 size - 1);

  CountingReporter reporter;
  dyad::DocumentReader reader(options, &reporter);
  int64_t documents = 0;
  reader.ReadJsonLines("fuzz", content, [&](dyad::Document&& doc) {
    ++documents;
    if (doc.text.empty() || doc.text.size() > options.max_document_bytes ||
        !dyad::IsValidUtf8(doc.text) || !dyad::IsValidUtf8(doc.id) ||
        doc.id.empty() || doc.line < 1 || doc.origin != "fuzz") {
      std::abort();
    }
    std::string date;
    if (!doc.date.empty() &&
        (!dyad::NormalizeIsoDate(doc.date, &date) || date != doc.date)) {
      std::abort();
    }
  });

  // Accounting: each non-blank line gave one document or one report.
  int64_t lines = 0;
  std::string_view rest = content;
  bool first = true;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    if (first && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    first = false;
    if (!IsBlankLine(line)) ++lines;
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  if (documents + reporter.skipped != lines) std::abort();
  return 0;
}
