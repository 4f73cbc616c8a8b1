// `dyad code`: reads documents and codes them.
#include <string_view>

#include "cli/cli.h"
#include "cli/document_run.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kCodeHelp =
    "Usage: dyad code [options] [PATH|-]...\n"
    "\n"
    "Reads documents and codes them. PATH is a plain-text file (one document,\n"
    "id = file name), a JSON Lines file (.jsonl: one article per line with\n"
    "`id`, `text`, optional `title`, `date`, `lang`, `url`), an HTML page, a\n"
    "directory (read recursively) or - for standard input (the default).\n"
    "Documents that cannot be used are reported on stderr with file, line and\n"
    "reason, and skipped; the closing summary accounts for every document.\n"
    "\n";
}  // namespace

int RunCode(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("code");
  AddDocumentFlags(&flags);
  flags.Bool("help", "show this help");
  if (Status s = flags.Parse(args); !s.ok()) {
    std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
    return kExitUsage;
  }
  if (flags.GetBool("help")) {
    std::fprintf(io.out, "%s%s", kCodeHelp.data(), flags.Help().c_str());
    return kExitOk;
  }
  // Event output arrives with the event coder; for now the run analyses every
  // document and writes the summary.
  return RunDocuments(flags, io,
                      [](const AnalyzedDocument&, std::string*) {});
}

}  // namespace dyad::cli
