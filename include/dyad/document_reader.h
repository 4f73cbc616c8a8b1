// DocumentReader: turns paths (files, directories, "-" for stdin) into
// Documents, and accounts for every input it could not use.
//
// Formats, chosen per file by extension and content:
//  - JSON Lines (.jsonl, .ndjson, or "-" / a file whose first non-blank byte
//    is '{'): one article per line, fields `id`, `text` (required), `title`,
//    `date` (ISO 8601; the date part is kept), `lang`, `url`.
//  - HTML (.html, .htm, or content starting with '<'): the main text is
//    extracted with the gumbo HTML5 parser (scripts, navigation, headers and
//    footers dropped; <title> becomes the title).
//  - anything else: plain text, one document, id = file name.
// Directories are walked recursively in sorted order; hidden files skipped.
//
// Bad input never stops the run: invalid UTF-8, a JSON line that does not
// parse, a record without text, a document over `max_document_bytes` are each
// reported through the Reporter (path, line, reason) and skipped.
//
// Not thread-safe: one reader per input stream.
#ifndef DYAD_DOCUMENT_READER_H_
#define DYAD_DOCUMENT_READER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// Why an input was skipped; stable keys for the summary.
enum class SkipReason {
  kInvalidUtf8,
  kBadJson,
  kNoText,
  kTooLarge,
  kUnreadable,
  kEmpty,
  kBadDate,
  // Set by the coding stage, not the reader: the document's language is
  // not supported, or could not be identified and was not given.
  kUnsupportedLanguage,
};
std::string_view SkipReasonName(SkipReason reason);  // "invalid UTF-8", ...

// Receives every skipped input. The default reporter prints
// "dyad: PATH:LINE: skipped: REASON (DETAIL)" on stderr and counts.
class Reporter {
 public:
  virtual ~Reporter() = default;
  // `line` is 1-based, 0 when not line-oriented.
  virtual void Skip(std::string_view origin, int64_t line, SkipReason reason,
                    std::string_view detail) = 0;
};

struct ReaderOptions {
  uint64_t max_document_bytes = 10 * 1024 * 1024;  // 10 MB
  std::string default_date;  // from --date; a record's own date wins
  std::string default_lang;  // from --lang; a record's own lang wins
};

class DocumentReader {
 public:
  using Sink = std::function<void(Document&&)>;

  DocumentReader(ReaderOptions options, Reporter* reporter);

  // Reads `path` (file, directory, or "-" for standard input) and calls
  // `sink` for each usable document. Returns non-OK only when the path itself
  // cannot be opened (NotFound / Unavailable); everything inside is reported
  // and skipped.
  Status ReadPath(const std::string& path, const Sink& sink);

  // Reads in-memory content as if it came from a file named `name` (format by
  // `name`'s extension and the content).
  void ReadBuffer(std::string_view name, std::string_view content,
                  const Sink& sink);

  // Reads JSON Lines content (each line one record) from `origin`.
  void ReadJsonLines(std::string_view origin, std::string_view content,
                     const Sink& sink);

 private:
  ReaderOptions options_;
  Reporter* reporter_;  // not owned
};

// Extracts the readable main text and the title of an HTML page. Paragraph
// and heading boundaries become blank lines. Never fails: unparseable markup
// gives whatever text gumbo recovered.
struct HtmlText {
  std::string title;
  std::string text;
};
HtmlText ExtractHtmlText(std::string_view html);

// True when `s` is valid UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);

// Normalises an ISO 8601 date or date-time to "YYYY-MM-DD"; false when it is
// not one.
bool NormalizeIsoDate(std::string_view in, std::string* out);

}  // namespace dyad

#endif  // DYAD_DOCUMENT_READER_H_
