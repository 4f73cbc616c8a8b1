// DocumentReader: files, directories and standard input to Documents.
//
// All the work happens in a ReadSession, built per call around the reader's
// options, its reporter and the caller's sink. Files are streamed: JSON Lines
// input is read in 64 KB chunks and never held whole in memory, and no single
// document is read past `max_document_bytes`.
#include "dyad/document_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/lang_tag.h"
#include "io/utf8.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr size_t kChunkBytes = 64 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
// Longest piece of input or of a parser message quoted in a report.
constexpr size_t kMaxQuotedBytes = 160;

enum class Format { kText, kJsonl, kHtml, kSniff };

// Discards everything; stands in when the caller gives no reporter.
class NullReporter : public Reporter {
 public:
  void Skip(std::string_view, int64_t, SkipReason, std::string_view) override {}
};

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool IsBlankOnly(std::string_view s) {
  return std::all_of(s.begin(), s.end(), IsBlank);
}

std::string_view StripBom(std::string_view s) {
  if (s.substr(0, kBom.size()) == kBom) s.remove_prefix(kBom.size());
  return s;
}

std::string_view Basename(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string LowerExtension(std::string_view name) {
  name = Basename(name);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return ext;
}

Format FormatFromName(std::string_view name) {
  const std::string ext = LowerExtension(name);
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return Format::kJsonl;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return Format::kHtml;
  if (ext == "txt") return Format::kText;
  return Format::kSniff;
}

// True when `content[from..]` holds a byte that is neither a blank nor part
// of a leading BOM.
bool HasSignificantByte(std::string_view content, size_t from) {
  const size_t bom = content.size() - StripBom(content).size();
  for (size_t i = std::max(from, bom); i < content.size(); ++i) {
    if (!IsBlank(content[i])) return true;
  }
  return false;
}

// JSON Lines when the content starts with '{', HTML when with a tag or a
// doctype, plain text otherwise.
Format SniffFormat(std::string_view head) {
  head = StripBom(head);
  size_t i = 0;
  while (i < head.size() && IsBlank(head[i])) ++i;
  if (i == head.size()) return Format::kText;
  if (head[i] == '{') return Format::kJsonl;
  if (head[i] == '<' && i + 1 < head.size()) {
    const char c = head[i + 1];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '!' ||
        c == '?') {
      return Format::kHtml;
    }
  }
  return Format::kText;
}

std::string TooLargeDetail(uint64_t size, bool at_least, uint64_t limit) {
  return std::string(at_least ? "more than " : "") + std::to_string(size) +
         " bytes, over the limit of " + std::to_string(limit) +
         " bytes; raise it with --max-bytes";
}

std::string InvalidUtf8Detail(size_t offset, bool in_line) {
  return std::string("ill-formed byte sequence at ") +
         (in_line ? "column " : "byte ") + std::to_string(offset + 1) +
         "; convert the input to UTF-8 (e.g. with iconv)";
}

// nlohmann's parse error without its "[json.exception...] parse error at
// line 1, " preamble, which says nothing to a user.
std::string ShortJsonError(std::string_view what) {
  if (const size_t bracket = what.find("] "); bracket != what.npos) {
    what.remove_prefix(bracket + 2);
  }
  if (what.substr(0, 15) == "parse error at ") what.remove_prefix(15);
  if (what.substr(0, 8) == "line 1, ") what.remove_prefix(8);
  // Its "last read: '...'" may end inside a multi-byte character.
  return TruncateUtf8(SanitizeUtf8(what), kMaxQuotedBytes);
}

// `s` in single quotes, cut to a readable length.
std::string Quoted(std::string_view s) {
  std::string out = "'";
  out += TruncateUtf8(s, 40);
  out += '\'';
  return out;
}

const char* JsonTypeName(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    default:
      return "a binary value";
  }
}

std::string CrlfToLf(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out += s[i];
  }
  return out;
}

// One ReadPath / ReadBuffer / ReadJsonLines call.
class ReadSession {
 public:
  ReadSession(const ReaderOptions& options, Reporter* reporter,
              const DocumentReader::Sink& sink)
      : options_(options), reporter_(reporter), sink_(sink) {}

  Status Path(const std::string& path);
  // Complete content from `origin`, in `format` (kSniff: by content, plain
  // text by default).
  void Buffer(std::string_view origin, std::string_view content, Format format);
  // JSON Lines held in memory.
  void JsonLines(std::string_view origin, std::string_view content);

 private:
  // A file found by the directory walk or named by the user. Returns non-OK
  // only when it cannot be opened and `top_level`; otherwise reports.
  Status File(const std::string& path, bool top_level);
  void Directory(const std::string& path,
                 std::set<std::pair<dev_t, ino_t>>* ancestors);
  // Reads `in` to its end; `format` as for Buffer.
  void Stream(std::FILE* in, const std::string& origin, Format format);
  // One line of JSON Lines input (1-based `line_no`, no '\n').
  void Line(std::string_view origin, int64_t line_no, std::string_view line);
  void Record(std::string_view origin, int64_t line_no, std::string_view line);
  bool Usable(std::string_view origin, std::string_view* content);
  void Text(std::string_view origin, std::string_view content);
  void Html(std::string_view origin, std::string_view content);
  // Applies the defaults and the checks common to all formats, then sinks.
  // `if_blank` and `blank_detail` report a document without text.
  void Emit(Document&& doc, SkipReason if_blank, std::string_view blank_detail);

  void Skip(std::string_view origin, int64_t line, SkipReason reason,
            std::string_view detail) {
    reporter_->Skip(origin, line, reason, detail);
  }

  const ReaderOptions& options_;
  Reporter* reporter_;
  const DocumentReader::Sink& sink_;
};

Status ReadSession::Path(const std::string& path) {
  if (path == "-") {
    Stream(stdin, "-", Format::kSniff);
    return Status::Ok();
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return Status::NotFound(
          "cannot read '" + path +
          "': no such file or directory; give a file, a directory or - for "
          "standard input");
    }
    return Status::Unavailable("cannot read '" + path +
                               "': " + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) {
    std::error_code ec;
    fs::directory_iterator probe(path, ec);
    if (ec) {
      return Status::Unavailable("cannot read directory '" + path +
                                 "': " + ec.message());
    }
    std::set<std::pair<dev_t, ino_t>> ancestors = {{st.st_dev, st.st_ino}};
    Directory(path, &ancestors);
    return Status::Ok();
  }
  return File(path, /*top_level=*/true);
}

Status ReadSession::File(const std::string& path, bool top_level) {
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (in == nullptr) {
    const std::string why = std::strerror(errno);
    if (top_level) {
      return Status::Unavailable("cannot read '" + path + "': " + why);
    }
    Skip(path, 0, SkipReason::kUnreadable, why);
    return Status::Ok();
  }
  Stream(in, path, FormatFromName(path));
  std::fclose(in);
  return Status::Ok();
}

void ReadSession::Directory(const std::string& path,
                            std::set<std::pair<dev_t, ino_t>>* ancestors) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] != '.') names.push_back(std::move(name));
  }
  if (ec) {
    Skip(path, 0, SkipReason::kUnreadable,
         "cannot list directory: " + ec.message());
    // Whatever was listed before the error is still read below.
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const std::string child = (fs::path(path) / name).string();
    struct stat st;
    if (::stat(child.c_str(), &st) != 0) {
      Skip(child, 0, SkipReason::kUnreadable, std::strerror(errno));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      // A symbolic link back to an enclosing directory would loop forever.
      const std::pair<dev_t, ino_t> key = {st.st_dev, st.st_ino};
      if (!ancestors->insert(key).second) {
        Skip(child, 0, SkipReason::kUnreadable,
             "directory already being read (symbolic link loop)");
        continue;
      }
      Directory(child, ancestors);
      ancestors->erase(key);
    } else if (S_ISREG(st.st_mode)) {
      File(child, /*top_level=*/false).IgnoreError();  // never fails here
    } else {
      Skip(child, 0, SkipReason::kUnreadable,
           "not a regular file or directory");
    }
  }
}

void ReadSession::Stream(std::FILE* in, const std::string& origin,
                         Format format) {
  const uint64_t limit = options_.max_document_bytes;
  std::string buffer;
  std::vector<char> chunk(kChunkBytes);
  bool eof = false;
  // Reads the next chunk into `chunk`; returns the bytes read (0 at the end
  // or on error, which is reported).
  auto next = [&]() -> size_t {
    if (eof) return 0;
    const size_t n = std::fread(chunk.data(), 1, chunk.size(), in);
    if (n < chunk.size()) {
      eof = true;
      if (std::ferror(in)) {
        Skip(origin, 0, SkipReason::kUnreadable,
             std::string("read error: ") + std::strerror(errno));
      }
    }
    return n;
  };

  if (format == Format::kSniff) {
    // Enough of the start to see its first significant byte.
    for (bool seen = false; !seen && buffer.size() <= limit;) {
      const size_t n = next();
      if (n == 0) break;
      const size_t from = buffer.size();
      buffer.append(chunk.data(), n);
      seen = HasSignificantByte(buffer, from);
    }
    format = SniffFormat(buffer);
  }

  if (format == Format::kJsonl) {
    // Line by line; a line longer than the limit is counted, not kept.
    int64_t line_no = 0;
    uint64_t dropped = 0;  // bytes of an over-long line, when > 0
    auto feed = [&](std::string_view data) {
      while (!data.empty()) {
        const size_t nl = data.find('\n');
        const std::string_view piece = data.substr(0, nl);
        if (dropped > 0) {
          dropped += piece.size();
        } else {
          buffer.append(piece);
          if (buffer.size() > limit && buffer.size() - limit > 1) {  // '\r'
            dropped = buffer.size();
            buffer.clear();
          }
        }
        if (nl == std::string_view::npos) return;
        data.remove_prefix(nl + 1);
        ++line_no;
        if (dropped > 0) {
          Skip(origin, line_no, SkipReason::kTooLarge,
               TooLargeDetail(dropped, false, limit));
          dropped = 0;
        } else {
          Line(origin, line_no, buffer);
          buffer.clear();
        }
      }
    };
    std::string head = std::move(buffer);
    buffer.clear();
    feed(head);
    for (size_t n; (n = next()) > 0;) feed(std::string_view(chunk.data(), n));
    if (dropped > 0) {
      Skip(origin, line_no + 1, SkipReason::kTooLarge,
           TooLargeDetail(dropped, false, limit));
    } else if (!buffer.empty()) {
      Line(origin, line_no + 1, buffer);
    }
    return;
  }

  // A single document: read it whole, but not past the limit.
  while (buffer.size() <= limit) {
    const size_t n = next();
    if (n == 0) break;
    buffer.append(chunk.data(), n);
  }
  if (buffer.size() > limit) {
    struct stat st;
    const bool sized = ::fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode);
    Skip(origin, 0, SkipReason::kTooLarge,
         TooLargeDetail(sized ? static_cast<uint64_t>(st.st_size)
                              : static_cast<uint64_t>(buffer.size()),
                        !sized, limit));
    return;
  }
  Buffer(origin, buffer, format);
}

void ReadSession::Buffer(std::string_view origin, std::string_view content,
                         Format format) {
  if (format == Format::kSniff) format = SniffFormat(content);
  switch (format) {
    case Format::kJsonl:
      JsonLines(origin, content);
      return;
    case Format::kHtml:
      Html(origin, content);
      return;
    default:
      Text(origin, content);
      return;
  }
}

void ReadSession::JsonLines(std::string_view origin, std::string_view content) {
  int64_t line_no = 0;
  while (!content.empty()) {
    const size_t nl = content.find('\n');
    ++line_no;
    Line(origin, line_no, content.substr(0, nl));
    if (nl == std::string_view::npos) break;
    content.remove_prefix(nl + 1);
  }
}

void ReadSession::Line(std::string_view origin, int64_t line_no,
                       std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line_no == 1) line = StripBom(line);
  if (IsBlankOnly(line)) return;
  if (line.size() > options_.max_document_bytes) {
    Skip(origin, line_no, SkipReason::kTooLarge,
         TooLargeDetail(line.size(), false, options_.max_document_bytes));
    return;
  }
  if (const size_t valid = ValidUtf8Prefix(line); valid != line.size()) {
    Skip(origin, line_no, SkipReason::kInvalidUtf8,
         InvalidUtf8Detail(valid, /*in_line=*/true));
    return;
  }
  Record(origin, line_no, line);
}

void ReadSession::Record(std::string_view origin, int64_t line_no,
                         std::string_view line) {
  json record;
  try {
    record = json::parse(line);
  } catch (const json::exception& e) {
    Skip(origin, line_no, SkipReason::kBadJson, ShortJsonError(e.what()));
    return;
  }
  if (!record.is_object()) {
    Skip(origin, line_no, SkipReason::kBadJson,
         std::string("expected one JSON object per line, got ") +
             JsonTypeName(record));
    return;
  }
  auto warn = [&](const std::string& message) {
    reporter_->Warn(origin, line_no, message);
  };
  // A string field, or "" (with a warning when present but not a string).
  auto string_field = [&](const char* name) -> std::string {
    const auto it = record.find(name);
    if (it == record.end() || it->is_null()) return "";
    if (it->is_string()) return it->get<std::string>();
    warn(std::string("\"") + name + "\" is " + JsonTypeName(*it) +
         ", not a string; ignored");
    return "";
  };

  Document doc;
  doc.origin = std::string(origin);
  doc.line = line_no;

  const auto text = record.find("text");
  if (text == record.end()) {
    Skip(origin, line_no, SkipReason::kNoText,
         "no \"text\" field; each line needs one with the article body");
    return;
  }
  if (!text->is_string()) {
    Skip(origin, line_no, SkipReason::kNoText,
         std::string("\"text\" is ") + JsonTypeName(*text) + ", not a string");
    return;
  }
  doc.text = text->get<std::string>();
  if (IsBlankOnly(doc.text)) {
    Skip(origin, line_no, SkipReason::kNoText, "\"text\" is empty");
    return;
  }

  if (const auto id = record.find("id");
      id != record.end() && id->is_string() &&
      !id->get_ref<const std::string&>().empty()) {
    doc.id = id->get<std::string>();
  } else if (id != record.end() && id->is_number()) {
    doc.id = id->dump();
  } else {
    if (id != record.end() && !id->is_null() && !id->is_string()) {
      warn(std::string("\"id\" is ") + JsonTypeName(*id) +
           ", not a string or a number; using the line as id");
    }
    doc.id = std::string(Basename(origin)) + ":" + std::to_string(line_no);
  }

  doc.title = string_field("title");
  doc.url = string_field("url");

  if (const auto date = record.find("date");
      date != record.end() && !date->is_null()) {
    const std::string raw =
        date->is_string() ? date->get<std::string>() : date->dump();
    if (!NormalizeIsoDate(raw, &doc.date)) {
      doc.date.clear();
      warn("date " + Quoted(raw) +
           " is not ISO 8601 (like 2020-02-15 or 2020-02-15T10:00:00Z); " +
           (options_.default_date.empty() ? std::string("left empty")
                                          : "using " + options_.default_date));
    }
  }

  const std::string lang = string_field("lang");
  if (!lang.empty()) {
    doc.lang = NormalizeLangTag(lang);
    if (doc.lang.empty()) {
      warn("\"lang\" " + Quoted(lang) +
           " is not a language code (like fr or en); ignored");
    }
  }
  Emit(std::move(doc), SkipReason::kNoText, "\"text\" is empty");
}

// A whole file as one document: within the size limit and valid UTF-8 (a
// BOM dropped), else reported and skipped (false).
bool ReadSession::Usable(std::string_view origin, std::string_view* content) {
  if (content->size() > options_.max_document_bytes) {
    Skip(origin, 0, SkipReason::kTooLarge,
         TooLargeDetail(content->size(), false, options_.max_document_bytes));
    return false;
  }
  *content = StripBom(*content);
  if (const size_t valid = ValidUtf8Prefix(*content);
      valid != content->size()) {
    Skip(origin, 0, SkipReason::kInvalidUtf8,
         InvalidUtf8Detail(valid, /*in_line=*/false));
    return false;
  }
  return true;
}

void ReadSession::Text(std::string_view origin, std::string_view content) {
  if (!Usable(origin, &content)) return;
  Document doc;
  doc.id = std::string(Basename(origin));
  doc.text = CrlfToLf(content);
  doc.origin = std::string(origin);
  Emit(std::move(doc), SkipReason::kEmpty, "the file has no text");
}

void ReadSession::Html(std::string_view origin, std::string_view content) {
  if (!Usable(origin, &content)) return;
  HtmlText page = ExtractHtmlText(content);
  Document doc;
  doc.id = std::string(Basename(origin));
  doc.text = std::move(page.text);
  doc.title = std::move(page.title);
  // What the user gave on the command line wins over what the page says.
  doc.date = options_.default_date.empty() ? std::move(page.date)
                                           : options_.default_date;
  doc.lang = options_.default_lang.empty() ? std::move(page.lang)
                                           : options_.default_lang;
  doc.origin = std::string(origin);
  Emit(std::move(doc), SkipReason::kEmpty, "no text in the page body");
}

void ReadSession::Emit(Document&& doc, SkipReason if_blank,
                       std::string_view blank_detail) {
  if (doc.text.size() > options_.max_document_bytes) {
    Skip(doc.origin, doc.line, SkipReason::kTooLarge,
         TooLargeDetail(doc.text.size(), false, options_.max_document_bytes));
    return;
  }
  if (const size_t valid = ValidUtf8Prefix(doc.text);
      valid != doc.text.size()) {
    Skip(doc.origin, doc.line, SkipReason::kInvalidUtf8,
         InvalidUtf8Detail(valid, /*in_line=*/false));
    return;
  }
  if (IsBlankOnly(doc.text)) {
    Skip(doc.origin, doc.line, if_blank, blank_detail);
    return;
  }
  if (doc.date.empty()) doc.date = options_.default_date;
  if (doc.lang.empty()) doc.lang = options_.default_lang;
  sink_(std::move(doc));
}

}  // namespace

DocumentReader::DocumentReader(ReaderOptions options, Reporter* reporter)
    : options_(std::move(options)), reporter_(reporter) {
  if (reporter_ == nullptr) {
    static NullReporter* const kNull = new NullReporter();
    reporter_ = kNull;
  }
  // The defaults are normalised once, like a record's own fields.
  if (!options_.default_date.empty()) {
    std::string date;
    if (NormalizeIsoDate(options_.default_date, &date)) {
      options_.default_date = date;
    } else {
      reporter_->Warn("--date", 0,
                      Quoted(options_.default_date) +
                          " is not an ISO 8601 date (like 2020-02-15); "
                          "ignored");
      options_.default_date.clear();
    }
  }
  if (!options_.default_lang.empty()) {
    std::string lang = NormalizeLangTag(options_.default_lang);
    if (lang.empty()) {
      reporter_->Warn("--lang", 0,
                      Quoted(options_.default_lang) +
                          " is not a language code (like fr or en); ignored");
    }
    options_.default_lang = lang;
  }
}

Status DocumentReader::ReadPath(const std::string& path, const Sink& sink) {
  return ReadSession(options_, reporter_, sink).Path(path);
}

void DocumentReader::ReadBuffer(std::string_view name, std::string_view content,
                                const Sink& sink) {
  ReadSession(options_, reporter_, sink)
      .Buffer(name, content,
              name == "-" ? Format::kSniff : FormatFromName(name));
}

void DocumentReader::ReadJsonLines(std::string_view origin,
                                   std::string_view content, const Sink& sink) {
  ReadSession(options_, reporter_, sink).JsonLines(origin, content);
}

}  // namespace dyad
