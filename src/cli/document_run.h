// DocumentRun: what `dyad code` and `dyad analyze` share: read every input
// path, give each document a language, code it on N threads, hand the
// result to a per-command formatter, write the outputs in input order and
// account for every document in a closing summary.
// Internal to the CLI (src/cli/).
#ifndef DYAD_CLI_DOCUMENT_RUN_H_
#define DYAD_CLI_DOCUMENT_RUN_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/flags.h"
#include "dyad/coder.h"
#include "dyad/document_reader.h"

namespace dyad::cli {

// Declares the flags every document-reading command takes: --lang, --date,
// --max-bytes, --data, --threads.
void AddDocumentFlags(Flags* flags);

// The coder options that --data and --dict (comma-separated directories)
// give.
CoderOptions CoderOptionsFromFlags(const Flags& flags);

// Formats one coded document into `out` (on a worker thread).
using Formatter =
    std::function<void(const CodedDocument& coded, std::string* out)>;

// What became of one input document, for a DocumentSink (`dyad code --db`).
struct DocumentOutcome {
  // The document with its text; for an input the reader could not use, only
  // `id` (the file name, ":LINE" for a JSON line), `origin` and `line`.
  Document doc;
  std::optional<SkipReason> skipped;  // nullopt: coded
  std::string detail;                 // why it was skipped
  std::vector<Event> events;
  std::vector<Span> contexts;  // per event, the span of its sentence
};

// Receives every input document once, coded or skipped: coded ones (and
// those skipped for their language) on the writer thread in input order,
// those the reader skipped from the reading thread. Calls never overlap.
using DocumentSink = std::function<void(DocumentOutcome&& outcome)>;

// Runs the whole thing; returns the exit status. `flags` must have been
// parsed; its positionals are the input paths (none = standard input).
// `sink`, when set, also receives every document (see DocumentSink).
int RunDocuments(const Flags& flags, const Streams& io, const Formatter& format,
                 const DocumentSink& sink = nullptr);

}  // namespace dyad::cli

#endif  // DYAD_CLI_DOCUMENT_RUN_H_
