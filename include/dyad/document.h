// Document: one input article as dyad sees it, before any analysis.
//
// A Document owns its text (UTF-8, validated by the reader) and carries the
// metadata the later stages need: an id, an optional publication date, a
// language (given or identified), and where it came from (for messages).
// Every span produced downstream is a byte offset into `text`.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <string>

namespace dyad {

struct Document {
  std::string id;     // JSONL `id`, else the file name ("-" for stdin)
  std::string text;   // the body, valid UTF-8
  std::string title;  // optional, may be empty
  std::string date;   // publication date, ISO 8601 "YYYY-MM-DD" or empty
  std::string lang;   // "fr", "en", ... or empty when not yet identified
  std::string url;    // optional
  // Where it came from, for messages: a path ("-" for stdin) and the 1-based
  // line for JSON Lines input (0 otherwise).
  std::string origin;
  int64_t line = 0;
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
