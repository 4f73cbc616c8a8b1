// `dyad code`: reads documents and codes them.
#include <chrono>
#include <string_view>
#include <vector>

#include "cli/cli.h"
#include "cli/document_run.h"
#include "dyad/event_store.h"
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
    "\n"
    "With --db FILE, every document (coded, or skipped with its reason) and\n"
    "its events are stored in an SQLite database (created when absent), in\n"
    "transactions of a few hundred documents: a document stored before with\n"
    "the same text is left as it is, one whose text changed is replaced, and\n"
    "a run that is interrupted can simply be run again. Events then go to\n"
    "standard output only when --format is given.\n"
    "\n";

// A batch is committed after this many documents or this much time.
constexpr size_t kBatchDocuments = 256;
constexpr auto kBatchInterval = std::chrono::seconds(1);

// Collects documents for the store and commits them in batches. Called by
// RunDocuments one document at a time (never concurrently).
class StoreSink {
 public:
  explicit StoreSink(EventStore* store) : store_(store) {}

  void Add(DocumentOutcome&& o) {
    if (!status_.ok()) return;  // reported at the end
    DocumentRecord r;
    r.doc = std::move(o.doc);
    r.coded = !o.skipped.has_value();
    if (o.skipped) {
      r.reason = std::string(SkipReasonName(*o.skipped));
      r.detail = std::move(o.detail);
    }
    r.events = std::move(o.events);
    r.contexts = std::move(o.contexts);
    batch_.push_back(std::move(r));
    if (batch_.size() >= kBatchDocuments ||
        std::chrono::steady_clock::now() - last_commit_ >= kBatchInterval) {
      Flush().IgnoreError();  // kept, reported by the last Flush()
    }
  }

  // Commits what is pending; the first error is kept.
  Status Flush() {
    if (status_.ok() && !batch_.empty())
      status_ = store_->Put(batch_, &counts_);
    batch_.clear();
    last_commit_ = std::chrono::steady_clock::now();
    return status_;
  }

  const PutCounts& counts() const { return counts_; }

 private:
  EventStore* store_;
  std::vector<DocumentRecord> batch_;
  PutCounts counts_;
  Status status_;
  std::chrono::steady_clock::time_point last_commit_ =
      std::chrono::steady_clock::now();
};

}  // namespace

int RunCode(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("code");
  AddDocumentFlags(&flags);
  flags.Value("format", "json",
              "json (JSON Lines, one event record per line) or table");
  flags.Value("db", "",
              "also store the documents and their events in this SQLite "
              "database (see above)");
  if (auto done = ParseCommandLine(args, kCodeHelp, io, &flags)) return *done;
  const std::string& format = flags.Get("format");
  if (format != "json" && format != "table") {
    std::fprintf(io.err, "dyad: unknown --format '%s'; use json or table\n",
                 format.c_str());
    return kExitUsage;
  }
  Formatter formatter;
  if (format == "json") {
    formatter = [](const CodedDocument& c, std::string* out) {
      for (const Event& e : c.events) AppendEventJson(e, out);
    };
  } else {
    formatter = [](const CodedDocument& c, std::string* out) {
      for (const Event& e : c.events) AppendEventTableRow(e, out);
    };
  }
  if (!flags.IsSet("db")) {
    if (format == "table") {
      std::string header;
      AppendEventTableHeader(&header);
      std::fputs(header.c_str(), io.out);
    }
    return RunDocuments(flags, io, formatter);
  }

  std::unique_ptr<EventStore> store = OpenStore(flags, /*create=*/true, io);
  if (!store) return kExitUsage;
  if (!flags.IsSet("format")) {
    formatter = [](const CodedDocument&, std::string*) {};
  } else if (format == "table") {
    std::string header;
    AppendEventTableHeader(&header);
    std::fputs(header.c_str(), io.out);
  }
  StoreSink sink(store.get());
  int rc = RunDocuments(flags, io, formatter,
                        [&](DocumentOutcome&& o) { sink.Add(std::move(o)); });
  if (Status s = sink.Flush(); !s.ok()) {
    std::fprintf(io.err,
                 "dyad: %s\nThe documents committed before this error are "
                 "stored; run the same command again to store the rest.\n",
                 s.message().c_str());
    return kExitUsage;
  }
  const PutCounts& c = sink.counts();
  std::fprintf(io.err,
               "dyad: stored in %s: %lld documents added, %lld replaced, "
               "%lld unchanged; %lld events written\n",
               store->path().c_str(), static_cast<long long>(c.added),
               static_cast<long long>(c.replaced),
               static_cast<long long>(c.unchanged),
               static_cast<long long>(c.events));
  return rc;
}

}  // namespace dyad::cli
