// IdentifyLanguage with CLD2 (compact language detector 2, Debian libcld2).
#include "dyad/language_id.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <string>
#include <string_view>

#include "io/lang_tag.h"

namespace dyad {
namespace {

// CLD2 settles well before this; looking at a prefix keeps the cost of very
// long documents bounded.
constexpr size_t kMaxScannedBytes = 256 * 1024;

// `text` without a multi-byte sequence cut short at its end: callers often
// pass a byte prefix of a document, and CLD2 rejects the whole input when
// its last character is incomplete.
std::string_view DropIncompleteTail(std::string_view text) {
  const size_t size = text.size();
  for (size_t back = 1; back <= 4 && back <= size; ++back) {
    const auto c = static_cast<unsigned char>(text[size - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further
    if (c >= 0xF5 || c == 0xC0 || c == 0xC1) return text;  // never valid
    const size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return need > back ? text.substr(0, size - back) : text;
  }
  return text;
}

}  // namespace

std::string IdentifyLanguage(std::string_view text) {
  if (text.size() > kMaxScannedBytes) text = text.substr(0, kMaxScannedBytes);
  text = DropIncompleteTail(text);
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                                CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool is_reliable = false;
  int valid_prefix_bytes = 0;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
      &hints, /*flags=*/0, language3, percent3, normalized_score3,
      /*resultchunkvector=*/nullptr, &text_bytes, &is_reliable,
      &valid_prefix_bytes);
  if (!is_reliable || lang == CLD2::UNKNOWN_LANGUAGE ||
      lang == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "";
  }
  // CLD2 codes are ISO 639-1 where one exists, sometimes with a script or
  // region ("zh-Hant", "sr-ME"): keep the language.
  return NormalizeLangTag(CLD2::LanguageCode(lang));
}

}  // namespace dyad
