// `dyad export`: stored events in the formats other tools read.
#include <cerrno>
#include <cstring>
#include <string_view>

#include "cli/cli.h"
#include "dyad/event_store.h"
#include "store/event_export.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kExportHelp =
    "Usage: dyad export --db FILE --format FORMAT [filters] [--output FILE]\n"
    "\n"
    "Writes the stored events that pass the filters (those of dyad query) as\n"
    "  gdelt    GDELT 2.0 event rows: 61 tab-separated columns, what dyad "
    "does\n"
    "           not know left empty (mapping: docs/ARCHITECTURE.md)\n"
    "  plover   PLOVER JSON, one event per line (events with a PLOVER type)\n"
    "  csv      one row per event, flat columns, with a header\n"
    "  graphml  the actor network: nodes are actor codes, edges dyads with\n"
    "           their event count and mean Goldstein\n"
    "\n";
}  // namespace

int RunExport(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("export");
  AddStoreFlags(&flags, /*filters=*/true);
  flags.Value("format", "", "gdelt, plover, csv or graphml");
  flags.Value("output", "-", "file to write (- for standard output)");
  if (auto done = ParseCommandLine(args, kExportHelp, io, &flags)) return *done;
  const std::string& format = flags.Get("format");
  if (format != "gdelt" && format != "plover" && format != "csv" &&
      format != "graphml") {
    std::fprintf(io.err,
                 "dyad: %s --format%s%s; use gdelt, plover, csv or graphml\n",
                 format.empty() ? "no" : "unknown", format.empty() ? "" : " ",
                 format.c_str());
    return kExitUsage;
  }
  if (!flags.positional().empty()) {
    std::fprintf(io.err,
                 "dyad: export takes no arguments ('%s'); see 'dyad export "
                 "--help'\n",
                 flags.positional()[0].c_str());
    return kExitUsage;
  }
  EventQuery q;
  if (!EventQueryFromFlags(flags, io, &q)) return kExitUsage;
  std::unique_ptr<EventStore> store = OpenStore(flags, /*create=*/false, io);
  if (!store) return kExitUsage;

  std::FILE* out = io.out;
  const std::string& path = flags.Get("output");
  if (path != "-") {
    out = std::fopen(path.c_str(), "wb");
    if (!out) {
      std::fprintf(io.err, "dyad: cannot write %s: %s\n", path.c_str(),
                   std::strerror(errno));
      return kExitUsage;
    }
  }
  std::string text;
  Status status;
  int64_t written = 0, without_plover = 0;
  if (format == "graphml") {
    auto dyads = store->TopDyads(q, -1);
    status = dyads.status();
    if (dyads.ok()) {
      AppendGraphMl(*dyads, &text);
      written = static_cast<int64_t>(dyads->size());
    }
  } else {
    if (format == "csv") AppendCsvHeader(&text);
    status = store->ForEach(q, [&](const StoredEvent& e) {
      if (format == "gdelt") {
        AppendGdeltRow(e, &text);
      } else if (format == "csv") {
        AppendCsvRow(e, &text);
      } else if (!AppendPloverJson(e, &text)) {
        ++without_plover;
        return true;
      }
      ++written;
      if (text.size() > (1 << 16)) {
        std::fwrite(text.data(), 1, text.size(), out);
        text.clear();
      }
      return true;
    });
  }
  std::fwrite(text.data(), 1, text.size(), out);
  const bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  if (out != io.out) std::fclose(out);
  if (!status.ok()) {
    std::fprintf(io.err, "dyad: %s\n", status.message().c_str());
    return kExitUsage;
  }
  if (write_failed) {
    std::fprintf(io.err, "dyad: cannot write %s\n",
                 path == "-" ? "standard output" : path.c_str());
    return kExitUsage;
  }
  std::fprintf(io.err, "dyad: exported %lld %s%s\n",
               static_cast<long long>(written),
               format == "graphml" ? "dyads" : "events",
               without_plover > 0
                   ? (" (" + std::to_string(without_plover) +
                      " without a PLOVER type, CAMEO 01x statements, left out)")
                         .c_str()
                   : "");
  return kExitOk;
}

}  // namespace dyad::cli
