#include "dyad/document_reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct Skipped {
  std::string origin;
  int64_t line;
  SkipReason reason;
  std::string detail;
};

// Keeps every report for inspection.
class RecordingReporter : public Reporter {
 public:
  void Skip(std::string_view origin, int64_t line, SkipReason reason,
            std::string_view detail) override {
    skipped.push_back({std::string(origin), line, reason, std::string(detail)});
  }
  void Warn(std::string_view origin, int64_t line,
            std::string_view message) override {
    warnings.push_back(std::string(message));
  }
  std::vector<Skipped> skipped;
  std::vector<std::string> warnings;
};

class DocumentReaderTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = testing::TempDir() + "/dyad_io_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_ / "unreadable.txt", fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }

  std::string Write(const std::string& rel, const std::string& content) {
    const fs::path path = dir_ / rel;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  // Reads `path` with `options`, keeping documents and reports.
  Status Read(const std::string& path, ReaderOptions options = {}) {
    DocumentReader reader(options, &reporter_);
    return reader.ReadPath(
        path, [&](Document&& d) { docs_.push_back(std::move(d)); });
  }
  void ReadBuffer(std::string_view name, std::string_view content,
                  ReaderOptions options = {}) {
    DocumentReader reader(options, &reporter_);
    reader.ReadBuffer(name, content,
                      [&](Document&& d) { docs_.push_back(std::move(d)); });
  }

  fs::path dir_;
  RecordingReporter reporter_;
  std::vector<Document> docs_;
};

TEST_F(DocumentReaderTest, ReadsPlainTextWithFileNameAsId) {
  // The id is the base name; the BOM is not part of the text; CRLF becomes LF.
  const std::string path =
      Write("a/seed_article_fr.txt", "\xEF\xBB\xBFPremier.\r\n\r\nSecond.\r\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "seed_article_fr.txt");
  EXPECT_EQ(docs_[0].text, "Premier.\n\nSecond.\n");
  EXPECT_EQ(docs_[0].origin, path);
  EXPECT_EQ(docs_[0].line, 0);
  EXPECT_TRUE(reporter_.skipped.empty());
}

TEST_F(DocumentReaderTest, ReadsJsonLinesFields) {
  // Every field, a numeric id, a date-time cut to its date, CRLF line ends.
  const std::string path = Write(
      "in.jsonl",
      "{\"id\":\"a1\",\"text\":\"Hello.\",\"title\":\"T\",\"date\":"
      "\"2020-02-15T10:00:00Z\",\"lang\":\"EN\",\"url\":\"http://x/y\"}\r\n"
      "\r\n"
      "{\"id\":42,\"text\":\"World.\"}\r\n"
      "{\"text\":\"No id.\"}");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].id, "a1");
  EXPECT_EQ(docs_[0].text, "Hello.");
  EXPECT_EQ(docs_[0].title, "T");
  EXPECT_EQ(docs_[0].date, "2020-02-15");
  EXPECT_EQ(docs_[0].lang, "en");
  EXPECT_EQ(docs_[0].url, "http://x/y");
  EXPECT_EQ(docs_[0].line, 1);
  EXPECT_EQ(docs_[1].id, "42");
  EXPECT_EQ(docs_[1].line, 3);  // the blank line 2 is ignored but counted
  EXPECT_EQ(docs_[2].id, "in.jsonl:4");  // no id: file and line
  EXPECT_TRUE(reporter_.skipped.empty());
}

TEST_F(DocumentReaderTest, ReportsEachBadJsonLineAndReadsTheRest) {
  // One bad line never costs the other documents.
  const std::string path =
      Write("mixed.ndjson",
            "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
            "{\"id\":\"bad\",\"text\":\"caf\xE9\"}\n"  // Latin-1 byte
            "{\"id\":\"broken\",\"text\":\n"           // not JSON
            "{\"id\":\"notext\"}\n"                    // no text
            "{\"id\":\"num\",\"text\":12}\n"           // text not a string
            "{\"id\":\"empty\",\"text\":\"  \"}\n"     // blank text
            "[1,2]\n"                                  // not an object
            "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "ok1");
  EXPECT_EQ(docs_[1].id, "ok2");
  EXPECT_EQ(docs_[1].line, 8);
  const std::vector<std::pair<int64_t, SkipReason>> expected = {
      {2, SkipReason::kInvalidUtf8}, {3, SkipReason::kBadJson},
      {4, SkipReason::kNoText},      {5, SkipReason::kNoText},
      {6, SkipReason::kNoText},      {7, SkipReason::kBadJson}};
  ASSERT_EQ(reporter_.skipped.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(reporter_.skipped[i].origin, path);
    EXPECT_EQ(reporter_.skipped[i].line, expected[i].first);
    EXPECT_EQ(reporter_.skipped[i].reason, expected[i].second);
  }
  EXPECT_NE(reporter_.skipped[0].detail.find("column 24"), std::string::npos)
      << reporter_.skipped[0].detail;
  // nlohmann's message, without its "[json.exception...]" preamble.
  EXPECT_EQ(reporter_.skipped[1].detail.find("[json"), std::string::npos);
  EXPECT_NE(reporter_.skipped[1].detail.find("column"), std::string::npos);
  EXPECT_NE(reporter_.skipped[3].detail.find("a number"), std::string::npos);
  EXPECT_NE(reporter_.skipped[5].detail.find("an array"), std::string::npos);
}

TEST_F(DocumentReaderTest, BadJsonDetailStaysValidUtf8) {
  // Regression (JSONL fuzzer): the parser stops inside a 2-byte character
  // and quotes its first byte; the report must still be valid UTF-8.
  ReadBuffer("x.jsonl", "{\"text\":\xDE\x95k\"}");
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kBadJson);
  EXPECT_TRUE(IsValidUtf8(reporter_.skipped[0].detail))
      << reporter_.skipped[0].detail;
}

TEST_F(DocumentReaderTest, KeepsADocumentWithAnUnparseableDate) {
  // A bad date costs the date (with a warning), not the document.
  ReaderOptions options;
  options.default_date = "2021-05-01";
  ReadBuffer("x.jsonl",
             "{\"text\":\"a\",\"date\":\"15/02/2020\"}\n"
             "{\"text\":\"b\",\"date\":\"2020-02-15\"}\n"
             "{\"text\":\"c\"}\n",
             options);
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].date, "2021-05-01");  // the default stands in
  EXPECT_EQ(docs_[1].date, "2020-02-15");  // the record's own date wins
  EXPECT_EQ(docs_[2].date, "2021-05-01");
  ASSERT_EQ(reporter_.warnings.size(), 1u);
  EXPECT_NE(reporter_.warnings[0].find("'15/02/2020'"), std::string::npos);
  EXPECT_TRUE(reporter_.skipped.empty());
}

TEST_F(DocumentReaderTest, RecordLanguageWinsOverTheDefault) {
  ReaderOptions options;
  options.default_lang = "fr";
  ReadBuffer("x.jsonl", "{\"text\":\"a\",\"lang\":\"en-GB\"}\n{\"text\":\"b\"}",
             options);
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].lang, "en");
  EXPECT_EQ(docs_[1].lang, "fr");
}

TEST_F(DocumentReaderTest, SkipsTooLargeDocumentsWithAHint) {
  // Both a whole file and one JSONL line; the message says how to raise it.
  ReaderOptions options;
  options.max_document_bytes = 32;
  const std::string big = Write("big.txt", std::string(100, 'x'));
  const std::string lines =
      Write("lines.jsonl", "{\"text\":\"" + std::string(100, 'y') +
                               "\"}\n{\"text\":\"small\"}\n");
  ASSERT_TRUE(Read(big, options).ok());
  ASSERT_TRUE(Read(lines, options).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "small");
  ASSERT_EQ(reporter_.skipped.size(), 2u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kTooLarge);
  EXPECT_EQ(reporter_.skipped[0].line, 0);
  EXPECT_NE(reporter_.skipped[0].detail.find("100 bytes"), std::string::npos);
  EXPECT_NE(reporter_.skipped[0].detail.find("--max-bytes"), std::string::npos);
  EXPECT_EQ(reporter_.skipped[1].reason, SkipReason::kTooLarge);
  EXPECT_EQ(reporter_.skipped[1].line, 1);
}

TEST_F(DocumentReaderTest, StreamsJsonLinesLongerThanAChunk) {
  // Lines that straddle the 64 KB read chunks, and an over-long one among
  // them, are cut at the right places.
  ReaderOptions options;
  options.max_document_bytes = 100 * 1024;
  std::string content;
  for (int i = 0; i < 5; ++i) {
    content += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"" +
               std::string(i == 2 ? 150 * 1024 : 40 * 1024, 'a' + i) + "\"}\n";
  }
  ASSERT_TRUE(Read(Write("long.jsonl", content), options).ok());
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[2].id, "3");
  EXPECT_EQ(docs_[2].line, 4);
  EXPECT_EQ(docs_[2].text, std::string(40 * 1024, 'd'));
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kTooLarge);
  EXPECT_EQ(reporter_.skipped[0].line, 3);
}

TEST_F(DocumentReaderTest, SkipsInvalidUtf8TextFile) {
  // A Latin-1 file: reported with the offset and a hint, not mangled.
  const std::string path = Write("latin1.txt", "Le caf\xE9 est servi.");
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kInvalidUtf8);
  EXPECT_NE(reporter_.skipped[0].detail.find("byte 7"), std::string::npos);
  EXPECT_NE(reporter_.skipped[0].detail.find("iconv"), std::string::npos);
}

TEST_F(DocumentReaderTest, SkipsEmptyFiles) {
  // An empty or blank document is accounted for as "empty".
  ASSERT_TRUE(Read(Write("empty.txt", "")).ok());
  ASSERT_TRUE(Read(Write("blank.txt", " \n\t\n")).ok());
  ASSERT_TRUE(Read(Write("bom-only.txt", "\xEF\xBB\xBF")).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(reporter_.skipped.size(), 3u);
  for (const Skipped& s : reporter_.skipped) {
    EXPECT_EQ(s.reason, SkipReason::kEmpty);
  }
}

TEST_F(DocumentReaderTest, ReadsHtmlFiles) {
  // Title, main text, and the page's date and language.
  const std::string path = Write(
      "page.HTML",
      "<html lang=\"fr\"><head><title>Titre</title><meta "
      "property=\"article:published_time\" content=\"2020-03-01T08:00:00Z\">"
      "</head><body><nav>Menu</nav><p>Un.</p><p>Deux.</p></body></html>");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "page.HTML");
  EXPECT_EQ(docs_[0].title, "Titre");
  EXPECT_EQ(docs_[0].text, "Un.\n\nDeux.");
  EXPECT_EQ(docs_[0].date, "2020-03-01");
  EXPECT_EQ(docs_[0].lang, "fr");
}

TEST_F(DocumentReaderTest, CommandLineDefaultsWinOverHtmlMeta) {
  // --date / --lang are the user's word about pages, whose templates lie.
  ReaderOptions options;
  options.default_date = "2021-01-02";
  options.default_lang = "en";
  ReadBuffer("p.htm",
             "<html lang=\"fr\"><meta name=\"date\" content=\"2020-03-01\">"
             "<p>Text.</p>",
             options);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].date, "2021-01-02");
  EXPECT_EQ(docs_[0].lang, "en");
}

TEST_F(DocumentReaderTest, SkipsHtmlWithoutText) {
  ReadBuffer("nav-only.html", "<body><nav>Home | World</nav></body>");
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kEmpty);
}

TEST_F(DocumentReaderTest, SniffsStandardInputContent) {
  // "-" has no extension: the first significant byte decides.
  ReadBuffer("-", "\n  {\"id\":\"j\",\"text\":\"From JSONL.\"}\n");
  ReadBuffer("-", "\xEF\xBB\xBF<!DOCTYPE html><p>From HTML.</p>");
  ReadBuffer("-", "<< Plain >> text with a quote.");
  ReadBuffer("-", "Plain text.");
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[0].id, "j");
  EXPECT_EQ(docs_[1].text, "From HTML.");
  EXPECT_EQ(docs_[1].id, "-");
  EXPECT_EQ(docs_[2].text, "<< Plain >> text with a quote.");
  EXPECT_EQ(docs_[3].id, "-");
  EXPECT_EQ(docs_[3].origin, "-");
}

TEST_F(DocumentReaderTest, ReadsStandardInput) {
  // The streaming path of "-": JSON Lines sniffed after leading blank lines.
  const std::string path =
      Write("stdin.data", "\n\n{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
  const int saved = dup(0);
  ASSERT_GE(saved, 0);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  dup2(fileno(f), 0);
  std::fclose(f);
  clearerr(stdin);
  const Status s = Read("-");
  dup2(saved, 0);
  close(saved);
  clearerr(stdin);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "-:3");
  EXPECT_EQ(docs_[1].text, "two");
  EXPECT_EQ(docs_[1].origin, "-");
}

TEST_F(DocumentReaderTest, SniffsPastLongLeadingBlanks) {
  // The streaming sniffer reads on until it sees a significant byte, even
  // past the first 64 KB chunk; blank-only input is simply empty.
  ASSERT_TRUE(Read(Write("feed", std::string(100 * 1024, '\n') +
                                     "{\"text\":\"late\"}\n"))
                  .ok());
  ASSERT_TRUE(Read(Write("blank", std::string(100 * 1024, ' '))).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "late");
  EXPECT_EQ(docs_[0].line, 100 * 1024 + 1);
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kEmpty);
}

TEST_F(DocumentReaderTest, ExtensionsChooseTheFormat) {
  // .txt is always plain text; an unknown extension is sniffed; .json is
  // read as JSON Lines.
  ReadBuffer("a.txt", "{\"text\":\"literally\"}");
  ReadBuffer("b.dat", "{\"text\":\"sniffed\"}");
  ReadBuffer("c.json", "{\"text\":\"json\"}");
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].text, "{\"text\":\"literally\"}");
  EXPECT_EQ(docs_[1].text, "sniffed");
  EXPECT_EQ(docs_[2].text, "json");
}

TEST_F(DocumentReaderTest, WalksDirectoriesInSortedOrderSkippingHidden) {
  // Depth-first, byte order, dot files and dot directories ignored.
  Write("b.txt", "b");
  Write("a/z.txt", "az");
  Write("a/c.txt", "ac");
  Write("c.jsonl",
        "{\"id\":\"c1\",\"text\":\"c1\"}\n{\"id\":\"c2\",\"text\":\"c2\"}");
  Write(".hidden.txt", "hidden");
  Write(".git/config.txt", "hidden");
  Write("a/.cache/x.txt", "hidden");
  ASSERT_TRUE(Read(dir_.string()).ok());
  std::vector<std::string> texts;
  for (const Document& d : docs_) texts.push_back(d.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"ac", "az", "b", "c1", "c2"}));
  EXPECT_EQ(docs_[0].origin, (dir_ / "a" / "c.txt").string());
  EXPECT_TRUE(reporter_.skipped.empty());
}

TEST_F(DocumentReaderTest, ReportsUnreadableFilesAndGoesOn) {
  // Permission denied inside a directory is reported; the walk continues.
  if (geteuid() == 0) GTEST_SKIP() << "root reads everything";
  Write("a.txt", "a");
  const std::string bad = Write("unreadable.txt", "secret");
  Write("z.txt", "z");
  fs::permissions(bad, fs::perms::none);
  ASSERT_TRUE(Read(dir_.string()).ok());
  ASSERT_EQ(docs_.size(), 2u);
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].origin, bad);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kUnreadable);
  // Named directly, the same file is an error of the call.
  EXPECT_EQ(Read(bad).code(), StatusCode::kUnavailable);
}

TEST_F(DocumentReaderTest, ReportsSpecialFilesAndBrokenLinksAndGoesOn) {
  // A FIFO would block a naive reader; a dangling link cannot be opened.
  // Unlike the permission test, this one also runs as root.
  Write("a.txt", "a");
  const std::string fifo = (dir_ / "b.fifo").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  fs::create_symlink(dir_ / "gone.txt", dir_ / "c.txt");
  Write("d.txt", "d");
  ASSERT_TRUE(Read(dir_.string()).ok());
  ASSERT_EQ(docs_.size(), 2u);
  ASSERT_EQ(reporter_.skipped.size(), 2u);
  EXPECT_EQ(reporter_.skipped[0].origin, fifo);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kUnreadable);
  EXPECT_EQ(reporter_.skipped[1].origin, (dir_ / "c.txt").string());
  EXPECT_EQ(reporter_.skipped[1].reason, SkipReason::kUnreadable);
}

TEST_F(DocumentReaderTest, SymlinkLoopsDoNotRecurseForever) {
  Write("d/a.txt", "a");
  fs::create_directory_symlink(dir_ / "d", dir_ / "d" / "loop");
  ASSERT_TRUE(Read(dir_.string()).ok());
  ASSERT_EQ(docs_.size(), 1u);
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].reason, SkipReason::kUnreadable);
}

TEST_F(DocumentReaderTest, MissingPathIsNotFound) {
  const std::string missing = (dir_ / "nope.jsonl").string();
  Status s = Read(missing);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "cannot read '" + missing +
                             "': no such file or directory; give a file, a "
                             "directory or - for standard input");
}

TEST_F(DocumentReaderTest, WarnsAboutBadDefaultsAndDropsThem) {
  ReaderOptions options;
  options.default_date = "yesterday";
  options.default_lang = "French";
  ReadBuffer("x.txt", "Text.", options);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].date, "");
  EXPECT_EQ(docs_[0].lang, "");
  EXPECT_EQ(reporter_.warnings.size(), 2u);
}

TEST_F(DocumentReaderTest, ReadJsonLinesNamesLinesAfterTheOrigin) {
  DocumentReader reader({}, &reporter_);
  reader.ReadJsonLines("feed", "{\"text\":\"x\"}\n{oops}\n",
                       [&](Document&& d) { docs_.push_back(std::move(d)); });
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "feed:1");
  EXPECT_EQ(docs_[0].origin, "feed");
  ASSERT_EQ(reporter_.skipped.size(), 1u);
  EXPECT_EQ(reporter_.skipped[0].line, 2);
}

TEST(StderrReporterTest, PrintsAndCounts) {
  // The format the CLI summary and users rely on.
  std::FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  StderrReporter reporter(out);
  reporter.Skip("in.jsonl", 3, SkipReason::kBadJson, "column 2: oops");
  reporter.Skip("a.txt", 0, SkipReason::kEmpty, "");
  reporter.Skip("b.txt", 0, SkipReason::kEmpty, "the file has no text");
  reporter.Warn("in.jsonl", 4, "date ignored");
  std::rewind(out);
  char buf[512] = {};
  const size_t n = std::fread(buf, 1, sizeof(buf) - 1, out);
  std::fclose(out);
  EXPECT_EQ(std::string(buf, n),
            "dyad: in.jsonl:3: skipped: bad JSON (column 2: oops)\n"
            "dyad: a.txt: skipped: empty\n"
            "dyad: b.txt: skipped: empty (the file has no text)\n"
            "dyad: in.jsonl:4: warning: date ignored\n");
  EXPECT_EQ(reporter.total(), 3);
  EXPECT_EQ(reporter.warnings(), 1);
  const std::map<SkipReason, int64_t> expected = {{SkipReason::kBadJson, 1},
                                                  {SkipReason::kEmpty, 2}};
  EXPECT_EQ(reporter.counts(), expected);
}

TEST(SkipReasonTest, NamesAreStable) {
  EXPECT_EQ(SkipReasonName(SkipReason::kInvalidUtf8), "invalid UTF-8");
  EXPECT_EQ(SkipReasonName(SkipReason::kTooLarge), "too large");
  EXPECT_EQ(SkipReasonName(SkipReason::kNoText), "no text");
}

}  // namespace
}  // namespace dyad
