#include "cli/document_run.h"

#include <unistd.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

#include "dyad/document_reader.h"
#include "io/lang_tag.h"
#include "pipeline/ordered_pool.h"

namespace dyad::cli {
namespace {

struct DocResult {
  Document doc;  // text released after analysis, unless a sink wants it
  std::string output;
  std::vector<Event> coded_events;  // for the sink only
  std::vector<Span> contexts;       // for the sink only
  std::optional<SkipReason> skipped;
  std::string detail;
  size_t sentences = 0;
  size_t tokens = 0;
  size_t events = 0;
  size_t bytes = 0;
};

// Forwards the reader's skips to the summary's reporter and to the sink.
class SinkReporter : public Reporter {
 public:
  SinkReporter(Reporter* next, const DocumentSink* sink, std::mutex* sink_mu)
      : next_(next), sink_(sink), sink_mu_(sink_mu) {}

  void Skip(std::string_view origin, int64_t line, SkipReason reason,
            std::string_view detail) override {
    next_->Skip(origin, line, reason, detail);
    if (!*sink_) return;
    DocumentOutcome o;
    // The id the reader gives a JSON line without one: FILE:LINE.
    std::string_view base = origin;
    if (size_t slash = base.rfind('/'); slash != std::string_view::npos) {
      base.remove_prefix(slash + 1);
    }
    o.doc.id = std::string(base.empty() ? origin : base);
    if (line > 0) o.doc.id.append(":").append(std::to_string(line));
    o.doc.origin = std::string(origin);
    o.doc.line = line;
    o.skipped = reason;
    o.detail = std::string(detail);
    std::lock_guard<std::mutex> lock(*sink_mu_);
    (*sink_)(std::move(o));
  }
  void Warn(std::string_view origin, int64_t line,
            std::string_view message) override {
    next_->Warn(origin, line, message);
  }

 private:
  Reporter* next_;
  const DocumentSink* sink_;
  std::mutex* sink_mu_;
};

}  // namespace

void AddDocumentFlags(Flags* flags) {
  flags->Value("lang", "",
               "language of every document (fr, en); default: the record's "
               "`lang`, else identified with CLD2");
  flags->Value("date", "",
               "publication date (YYYY-MM-DD) for documents that give none");
  flags->Value("max-bytes", "10485760",
               "skip documents larger than this many bytes");
  flags->Value("data", "", "dyad's data directory (default: built-in)");
  flags->Value("dict", "",
               "extra dictionary directories (comma-separated), in the "
               "formats of data/");
  flags->Value("threads", "1", "worker threads");
  flags->Bool("quiet", "no progress line on a terminal");
}

CoderOptions CoderOptionsFromFlags(const Flags& flags) {
  CoderOptions copts;
  copts.data_dir = flags.Get("data");
  for (std::string_view rest = flags.Get("dict"); !rest.empty();) {
    size_t comma = rest.find(',');
    std::string_view d = rest.substr(0, comma);
    if (!d.empty()) copts.user_dicts.emplace_back(d);
    rest.remove_prefix(comma == std::string_view::npos ? rest.size()
                                                       : comma + 1);
  }
  return copts;
}

int RunDocuments(const Flags& flags, const Streams& io, const Formatter& format,
                 const DocumentSink& sink) {
  auto threads = flags.GetInt("threads", 1, 256);
  auto max_bytes = flags.GetInt("max-bytes", 1, 1LL << 32);
  for (const Status& s : {threads.status(), max_bytes.status()}) {
    if (!s.ok()) {
      std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
      return kExitUsage;
    }
  }
  ReaderOptions ropts;
  ropts.max_document_bytes = static_cast<uint64_t>(*max_bytes);
  if (!flags.Get("date").empty() &&
      !NormalizeIsoDate(flags.Get("date"), &ropts.default_date)) {
    std::fprintf(io.err,
                 "dyad: --date '%s' is not an ISO 8601 date; write it as "
                 "YYYY-MM-DD\n",
                 flags.Get("date").c_str());
    return kExitUsage;
  }
  const std::string forced_lang = PrimaryLanguage(flags.Get("lang"));
  CoderOptions copts = CoderOptionsFromFlags(flags);
  copts.load_threads = static_cast<int>(*threads);
  // `analyze --actors` shows why each mention resolved as it did.
  copts.actor_reasons = flags.IsSet("actors");
  if (!forced_lang.empty()) {
    if (forced_lang != "fr" && forced_lang != "en") {
      std::fprintf(io.err,
                   "dyad: unknown language '%s' for --lang; known: en, fr\n",
                   flags.Get("lang").c_str());
      return kExitUsage;
    }
    copts.languages = {forced_lang};
  }
  auto coder_or = Coder::Create(copts);
  if (!coder_or.ok()) {
    std::fprintf(io.err, "dyad: %s\n", coder_or.status().message().c_str());
    return kExitUsage;
  }
  const Coder& coder = **coder_or;

  StderrReporter reporter(io.err);
  int64_t coded = 0, sentences = 0, tokens = 0, events = 0;

  auto work = [&](Document& doc) {
    DocResult r;
    const LanguageProblem problem = coder.AssignLanguage(&doc, forced_lang);
    if (problem == LanguageProblem::kNotIdentified) {
      r.skipped = SkipReason::kUnsupportedLanguage;
      r.detail = "language not identified; give it with --lang fr or --lang en";
    } else if (problem == LanguageProblem::kUnsupported) {
      r.skipped = SkipReason::kUnsupportedLanguage;
      r.detail = "language '" + doc.lang +
                 "' is not supported; supported: " + "en, fr";
    } else {
      CodedDocument coded;
      Status s = coder.Code(doc, &coded);
      if (!s.ok()) {
        r.skipped = SkipReason::kUnreadable;
        r.detail = s.ToString();
      } else {
        r.sentences = coded.analysis.sentences.size();
        for (const Sentence& sent : coded.analysis.sentences) {
          r.tokens += sent.tokens.size();
        }
        r.events = coded.events.size();
        format(coded, &r.output);
        if (sink) {
          for (const Event& e : coded.events) {
            const auto& sents = coded.analysis.sentences;
            r.contexts.push_back(
                e.sentence >= 0 &&
                        static_cast<size_t>(e.sentence) < sents.size()
                    ? Span{sents[e.sentence].begin, sents[e.sentence].end}
                    : Span{});
          }
          r.coded_events = std::move(coded.events);
        }
      }
    }
    r.bytes = doc.text.size();
    r.doc = std::move(doc);
    if (!sink) {
      r.doc.text.clear();
      r.doc.text.shrink_to_fit();
    }
    return r;
  };
  // A progress line on a terminal for runs longer than a second; never on a
  // pipe or a file.
  using Clock = std::chrono::steady_clock;
  const bool tty = isatty(fileno(io.err)) && !flags.GetBool("quiet");
  const auto started = Clock::now();
  auto last_progress = started;
  int64_t bytes_done = 0;
  bool progress_shown = false;
  auto progress = [&](bool final) {
    if (!tty) return;
    auto now = Clock::now();
    if (!final && (now - started < std::chrono::seconds(1) ||
                   now - last_progress < std::chrono::milliseconds(250))) {
      return;
    }
    if (final && !progress_shown) return;
    last_progress = now;
    progress_shown = true;
    double secs = std::chrono::duration<double>(now - started).count();
    std::fprintf(io.err, "\r\x1b[Kdyad: %lld documents, %.1f MB/s, %lld events",
                 static_cast<long long>(coded + reporter.total()),
                 secs > 0 ? bytes_done / 1e6 / secs : 0.0,
                 static_cast<long long>(events));
    if (final) std::fputc('\n', io.err);
    std::fflush(io.err);
  };
  std::mutex sink_mu;
  auto to_sink = [&](DocResult& r) {
    if (!sink) return;
    DocumentOutcome o;
    o.doc = std::move(r.doc);
    o.skipped = r.skipped;
    o.detail = r.detail;
    o.events = std::move(r.coded_events);
    o.contexts = std::move(r.contexts);
    std::lock_guard<std::mutex> lock(sink_mu);
    sink(std::move(o));
  };
  auto emit = [&](DocResult& r) {
    bytes_done += static_cast<int64_t>(r.bytes);
    progress(false);
    if (r.skipped) {
      reporter.Skip(r.doc.origin, r.doc.line, *r.skipped,
                    r.doc.id + ": " + r.detail);
      to_sink(r);
      return;
    }
    ++coded;
    sentences += static_cast<int64_t>(r.sentences);
    tokens += static_cast<int64_t>(r.tokens);
    events += static_cast<int64_t>(r.events);
    if (!r.output.empty()) {
      std::fwrite(r.output.data(), 1, r.output.size(), io.out);
    }
    to_sink(r);
  };

  bool input_failed = false;
  {
    // 16 documents in flight per thread: the reader refills the queue in
    // bursts of 8 per thread (a few MB of news in memory).
    OrderedPool<Document, DocResult> pool(static_cast<int>(*threads),
                                          16 * static_cast<size_t>(*threads),
                                          work, emit);
    SinkReporter reader_reporter(&reporter, &sink, &sink_mu);
    DocumentReader reader(ropts, &reader_reporter);
    std::vector<std::string> paths = flags.positional();
    if (paths.empty()) paths.push_back("-");
    for (const std::string& path : paths) {
      Status s = reader.ReadPath(
          path, [&](Document&& doc) { pool.Submit(std::move(doc)); });
      if (!s.ok()) {
        std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
        input_failed = true;
      }
    }
    pool.Finish();
  }
  progress(true);
  std::fflush(io.out);
  // The command ends here and the process with it: freeing the knowledge
  // and the form cache (millions of small objects, 1-3 % of a run) is left
  // to the operating system. Held by a static so that leak checkers see it
  // as reachable.
  static const Coder* outlives_the_run = nullptr;
  delete std::exchange(outlives_the_run, coder_or->release());

  // The summary accounts for every document.
  int64_t skipped = reporter.total();
  std::string reasons;
  for (const auto& [reason, n] : reporter.counts()) {
    if (!reasons.empty()) reasons += ", ";
    reasons += std::to_string(n) + " " + std::string(SkipReasonName(reason));
  }
  std::fprintf(io.err,
               "dyad: %lld documents read, %lld coded, %lld skipped%s%s%s; "
               "%lld sentences, %lld tokens, %lld events\n",
               static_cast<long long>(coded + skipped),
               static_cast<long long>(coded), static_cast<long long>(skipped),
               reasons.empty() ? "" : " (", reasons.c_str(),
               reasons.empty() ? "" : ")", static_cast<long long>(sentences),
               static_cast<long long>(tokens), static_cast<long long>(events));
  if (input_failed || (coded == 0 && skipped > 0)) return kExitUsage;
  return kExitOk;
}

}  // namespace dyad::cli
