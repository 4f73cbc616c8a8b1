// `dyad code`: reads documents and codes them.
#include <string_view>

#include "cli/cli.h"
#include "cli/document_run.h"
#include "dyad/event_writer.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kCodeHelp =
    "Usage: dyad code [options] [PATH|-]...\n"
    "\n"
    "Reads documents and writes the events they report, as JSON Lines event\n"
    "records (docs/event-record.md) or a table (--format table). PATH is a\n"
    "plain-text file (one document, id = file name), a JSON Lines file "
    "(.jsonl: one article per line with\n"
    "`id`, `text`, optional `title`, `date`, `lang`, `url`), an HTML page, a\n"
    "directory (read recursively) or - for standard input (the default).\n"
    "Documents that cannot be used are reported on stderr with file, line and\n"
    "reason, and skipped; the closing summary accounts for every document.\n"
    "\n";
}  // namespace

int RunCode(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("code");
  AddDocumentFlags(&flags);
  flags.Value("format", "json",
              "json (JSON Lines, one event record per line) or table");
  if (auto done = ParseCommandLine(args, kCodeHelp, io, &flags)) return *done;
  const std::string& format = flags.Get("format");
  if (format == "json") {
    return RunDocuments(flags, io,
                        [](const CodedDocument& c, std::string* out) {
                          for (const Event& e : c.events)
                            AppendEventJson(e, out);
                        });
  }
  if (format == "table") {
    std::string header;
    AppendEventTableHeader(&header);
    std::fputs(header.c_str(), io.out);
    return RunDocuments(flags, io,
                        [](const CodedDocument& c, std::string* out) {
                          for (const Event& e : c.events)
                            AppendEventTableRow(e, out);
                        });
  }
  std::fprintf(io.err, "dyad: unknown --format '%s'; use json or table\n",
               format.c_str());
  return kExitUsage;
}

}  // namespace dyad::cli
