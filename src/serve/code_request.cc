#include "serve/code_request.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "dyad/document_reader.h"
#include "dyad/event_writer.h"
#include "io/lang_tag.h"
#include "store/event_export.h"

namespace dyad::serve {
namespace {

// The origin the reader names posted content by; it numbers JSON lines
// without an id "posted:LINE", which we renumber "posted-N".
constexpr std::string_view kOrigin = "posted";

// Collects the reader's skips as skipped documents, in body order.
class CollectingReporter : public Reporter {
 public:
  explicit CollectingReporter(std::vector<DocumentRecord>* out) : out_(out) {}
  void Skip(std::string_view origin, int64_t line, SkipReason reason,
            std::string_view detail) override {
    DocumentRecord r;
    r.doc.origin = std::string(origin);
    r.doc.line = line;
    r.reason = std::string(SkipReasonName(reason));
    r.detail = std::string(detail);
    out_->push_back(std::move(r));
  }

 private:
  std::vector<DocumentRecord>* out_;
};

std::string NextId(std::atomic<int64_t>* next_id) {
  return "posted-" + std::to_string(next_id->fetch_add(1) + 1);
}

// Gives `r.doc` its language and codes it, or marks it skipped.
void CodeOne(const Coder& coder, DocumentRecord* r) {
  Document& doc = r->doc;
  const LanguageProblem problem = coder.AssignLanguage(&doc);
  if (problem == LanguageProblem::kNotIdentified) {
    r->reason = std::string(SkipReasonName(SkipReason::kUnsupportedLanguage));
    r->detail = "language not identified; give it with ?lang=fr or ?lang=en";
    return;
  }
  if (problem == LanguageProblem::kUnsupported) {
    r->reason = std::string(SkipReasonName(SkipReason::kUnsupportedLanguage));
    r->detail =
        "language '" + doc.lang + "' is not supported; supported: en, fr";
    return;
  }
  CodedDocument coded;
  if (Status s = coder.Code(doc, &coded); !s.ok()) {
    r->reason = std::string(SkipReasonName(SkipReason::kUnreadable));
    r->detail = s.ToString();
    return;
  }
  r->coded = true;
  for (const Event& e : coded.events) {
    const auto& sents = coded.analysis.sentences;
    r->contexts.push_back(
        e.sentence >= 0 && static_cast<size_t>(e.sentence) < sents.size()
            ? Span{sents[e.sentence].begin, sents[e.sentence].end}
            : Span{});
  }
  r->events = std::move(coded.events);
}

}  // namespace

Result<CodeResult> CodeBody(const Coder& coder, const CodeParams& params,
                            std::string_view body,
                            std::atomic<int64_t>* next_id) {
  ReaderOptions ropts;
  ropts.max_document_bytes = body.size() + 1;  // the server limits the body
  if (!params.date.empty() &&
      !NormalizeIsoDate(params.date, &ropts.default_date)) {
    return Status::InvalidArgument("date '" + params.date +
                                   "' is not an ISO 8601 date; write it as "
                                   "YYYY-MM-DD");
  }
  if (!params.lang.empty()) {
    ropts.default_lang = PrimaryLanguage(params.lang);
    if (!coder.analyzer().Supports(ropts.default_lang)) {
      return Status::InvalidArgument("unknown language '" + params.lang +
                                     "' for lang; known: en, fr");
    }
  }
  std::string type;
  for (char c : params.content_type.substr(0, params.content_type.find(';'))) {
    if (c != ' ')
      type.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }

  CodeResult result;
  std::vector<DocumentRecord>& docs = result.documents;
  CollectingReporter reporter(&docs);
  DocumentReader reader(ropts, &reporter);
  auto sink = [&](Document&& doc) {
    DocumentRecord r;
    r.doc = std::move(doc);
    docs.push_back(std::move(r));
  };
  bool single = false;
  if (type.empty() || type == "text/plain") {
    reader.ReadBuffer("posted.txt", body, sink);
    single = true;
  } else if (type == "text/html") {
    reader.ReadBuffer("posted.html", body, sink);
    single = true;
  } else if (type == "application/json") {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(body);
    } catch (const nlohmann::json::exception& e) {
      return Status::InvalidArgument(
          std::string("the body is not valid JSON (") + e.what() +
          "); send one article object, or JSON Lines as "
          "application/x-ndjson");
    }
    if (!j.is_object()) {
      return Status::InvalidArgument(
          "the body is JSON but not an object; send one article object "
          "{\"id\", \"text\", ...}, or JSON Lines as application/x-ndjson");
    }
    reader.ReadJsonLines(kOrigin, j.dump(), sink);
    single = true;
  } else if (type == "application/x-ndjson" || type == "application/jsonl" ||
             type == "application/x-jsonlines" ||
             type == "application/jsonlines") {
    reader.ReadJsonLines(kOrigin, body, sink);
  } else {
    return Status(StatusCode::kInvalidArgument,
                  "unsupported Content-Type '" + params.content_type +
                      "'; send text/plain (one document), application/json "
                      "(one article object) or application/x-ndjson (JSON "
                      "Lines)");
  }
  if (single && (docs.size() != 1 || !docs[0].reason.empty())) {
    const std::string why =
        docs.empty() ? std::string("nothing to code")
                     : docs[0].reason + (docs[0].detail.empty()
                                             ? std::string()
                                             : " (" + docs[0].detail + ")");
    return Status::InvalidArgument("the document cannot be coded: " + why);
  }
  for (DocumentRecord& r : docs) {
    const std::string generated =
        std::string(kOrigin) + ":" + std::to_string(r.doc.line);
    if (r.doc.id.empty() || r.doc.id == generated || r.doc.id == "posted.txt" ||
        r.doc.id == "posted.html" || r.doc.id == "posted") {
      r.doc.id = NextId(next_id);
    }
    if (r.reason.empty()) CodeOne(coder, &r);
  }
  return result;
}

std::string CodeResultJson(const CodeResult& result, const PutCounts* stored) {
  std::string out = "{\"documents\":[";
  bool first = true;
  for (const DocumentRecord& r : result.documents) {
    if (!first) out.push_back(',');
    first = false;
    out.append("{\"id\":");
    AppendJsonString(r.doc.id, &out);
    out.append(r.coded ? ",\"status\":\"coded\",\"reason\":null"
                       : ",\"status\":\"skipped\",\"reason\":");
    if (!r.coded) {
      AppendJsonString(r.detail.empty() ? r.reason : r.reason + ": " + r.detail,
                       &out);
    }
    out.append(",\"events\":").append(std::to_string(r.events.size()));
    out.append(",\"lang\":");
    if (r.doc.lang.empty()) {
      out.append("null");
    } else {
      AppendJsonString(r.doc.lang, &out);
    }
    out.append(",\"text\":");
    AppendJsonString(r.doc.text, &out);
    out.push_back('}');
  }
  out.append("],\"events\":[");
  first = true;
  StoredEvent se;
  for (const DocumentRecord& r : result.documents) {
    for (size_t i = 0; i < r.events.size(); ++i) {
      if (!first) out.push_back(',');
      first = false;
      se.event = r.events[i];
      se.event.doc_id = r.doc.id;
      se.context = i < r.contexts.size() ? r.contexts[i] : Span{};
      se.context_text.clear();
      if (se.context.begin <= se.context.end &&
          se.context.end <= r.doc.text.size()) {
        se.context_text = r.doc.text.substr(se.context.begin,
                                            se.context.end - se.context.begin);
      }
      AppendStoredEventJson(se, &out);
      out.pop_back();  // its '\n'
    }
  }
  out.push_back(']');
  if (stored) {
    out.append(",\"stored\":{\"added\":")
        .append(std::to_string(stored->added))
        .append(",\"replaced\":")
        .append(std::to_string(stored->replaced))
        .append(",\"unchanged\":")
        .append(std::to_string(stored->unchanged))
        .append("}");
  }
  out.append("}\n");
  return out;
}

}  // namespace dyad::serve
