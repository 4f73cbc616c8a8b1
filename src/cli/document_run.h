// DocumentRun: what `dyad code` and `dyad analyze` share: read every input
// path, give each document a language, code it on N threads, hand the
// result to a per-command formatter, write the outputs in input order and
// account for every document in a closing summary.
// Internal to the CLI (src/cli/).
#ifndef DYAD_CLI_DOCUMENT_RUN_H_
#define DYAD_CLI_DOCUMENT_RUN_H_

#include <functional>
#include <string>

#include "cli/cli.h"
#include "cli/flags.h"
#include "dyad/coder.h"

namespace dyad::cli {

// Declares the flags every document-reading command takes: --lang, --date,
// --max-bytes, --data, --threads.
void AddDocumentFlags(Flags* flags);

// Formats one coded document into `out` (on a worker thread).
using Formatter =
    std::function<void(const CodedDocument& coded, std::string* out)>;

// Runs the whole thing; returns the exit status. `flags` must have been
// parsed; its positionals are the input paths (none = standard input).
int RunDocuments(const Flags& flags, const Streams& io,
                 const Formatter& format);

}  // namespace dyad::cli

#endif  // DYAD_CLI_DOCUMENT_RUN_H_
