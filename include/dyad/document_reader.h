// DocumentReader: turns paths (files, directories, "-" for stdin) into
// Documents, and accounts for every input it could not use.
//
// Formats, chosen per file by extension and content:
//  - JSON Lines (.jsonl, .ndjson, .json, or "-" / a file whose first
//    non-blank byte is '{'): one article per line, fields `id`, `text`
//    (required), `title`, `date` (ISO 8601; the date part is kept), `lang`,
//    `url`. A record's own date and lang win over ReaderOptions' defaults.
//  - HTML (.html, .htm, .xhtml, or content starting with a tag): the main
//    text is extracted with the gumbo HTML5 parser (scripts, navigation,
//    headers and footers dropped; <title> becomes the title). The page's
//    <meta> date and <html lang> are used only when ReaderOptions give none.
//  - anything else: plain text, one document, id = file name (.txt is always
//    plain text; a BOM is dropped and CRLF becomes LF).
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
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
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
  // A document was read but something in it was ignored (an unparseable
  // date, a `lang` that is not a language code, ...). Default: nothing.
  virtual void Warn(std::string_view origin, int64_t line,
                    std::string_view message) {}
};

// The default Reporter: prints each skip as
//   dyad: PATH:LINE: skipped: REASON (DETAIL)
// (no ":LINE" when it is 0) and each warning as
//   dyad: PATH:LINE: warning: MESSAGE
// on `out` (stderr unless told), and counts skips per reason.
// Thread-safe: one instance may serve several readers.
class StderrReporter : public Reporter {
 public:
  explicit StderrReporter(std::FILE* out = stderr) : out_(out) {}

  void Skip(std::string_view origin, int64_t line, SkipReason reason,
            std::string_view detail) override;
  void Warn(std::string_view origin, int64_t line,
            std::string_view message) override;

  // Skips so far, per reason (reasons never seen are absent).
  std::map<SkipReason, int64_t> counts() const;
  // All skips so far.
  int64_t total() const;
  // Warnings so far.
  int64_t warnings() const;

 private:
  std::FILE* out_;  // not owned
  mutable std::mutex mu_;
  std::map<SkipReason, int64_t> counts_;  // guarded by mu_
  int64_t warnings_ = 0;                  // guarded by mu_
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
  // From <meta property="article:published_time">, <meta name="date"> and
  // the like, normalised to "YYYY-MM-DD"; empty when absent or unparseable.
  std::string date;
  // From <html lang="fr-FR">: the lower-case primary subtag ("fr"), or empty.
  std::string lang;
};
HtmlText ExtractHtmlText(std::string_view html);

// True when `s` is valid UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);

// Normalises an ISO 8601 date or date-time to "YYYY-MM-DD"; false when it is
// not one.
bool NormalizeIsoDate(std::string_view in, std::string* out);

}  // namespace dyad

#endif  // DYAD_DOCUMENT_READER_H_
