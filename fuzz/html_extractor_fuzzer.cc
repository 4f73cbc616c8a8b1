// libFuzzer target for the HTML main-text extractor (ExtractHtmlText).
//
// Checks the shape ExtractHtmlText promises: valid UTF-8 out of valid UTF-8
// in, paragraphs separated by exactly one blank line, no blanks at either
// end, and a date and language that are normalised or empty.
//
// The size cap is lower than the JSON Lines one: gumbo's tree construction
// is quadratic in the nesting depth, so a large input of unclosed <div>s
// times out without telling us anything about our own code.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/document_reader.h"

namespace {

constexpr size_t kMaxInputBytes = 64 * 1024;

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

void CheckText(std::string_view text, bool input_valid) {
  if (input_valid && !dyad::IsValidUtf8(text)) std::abort();
  if (text.empty()) return;
  if (IsBlank(text.front()) || IsBlank(text.back())) std::abort();
  if (text.find("\n\n\n") != std::string_view::npos) std::abort();
  if (text.find("  ") != std::string_view::npos) std::abort();
  if (text.find(" \n") != std::string_view::npos) std::abort();
  if (text.find("\n ") != std::string_view::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInputBytes) return 0;
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const bool valid = dyad::IsValidUtf8(html);
  const dyad::HtmlText page = dyad::ExtractHtmlText(html);
  CheckText(page.text, valid);
  if (page.title.find('\n') != std::string::npos) std::abort();
  if (valid && !dyad::IsValidUtf8(page.title)) std::abort();
  std::string date;
  if (!page.date.empty() &&
      (!dyad::NormalizeIsoDate(page.date, &date) || date != page.date)) {
    std::abort();
  }
  if (page.lang.size() == 1 || page.lang.size() > 3) std::abort();
  return 0;
}
