// `dyad analyze`: sentences and tokens with offsets, lemma, POS, features.
#include <string_view>

#include "cli/cli.h"
#include "cli/document_run.h"
#include "dyad/event_writer.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kAnalyzeHelp =
    "Usage: dyad analyze [options] [PATH|-]...\n"
    "\n"
    "Shows, sentence by sentence, every token with its byte offsets in the\n"
    "document, its lemma, part of speech (Universal Dependencies names) and\n"
    "Apertium features, as a table or as JSON Lines (--json: one object per\n"
    "document). Inputs as for 'dyad code'.\n"
    "\n";

void AppendPadded(std::string_view s, size_t width, std::string* out) {
  out->append(s);
  size_t cols = 0;
  for (unsigned char c : s) cols += (c & 0xC0) != 0x80;
  out->append(cols < width ? width - cols : 1, ' ');
}

void FormatTable(const CodedDocument& coded, std::string* out) {
  const AnalyzedDocument& a = coded.analysis;
  const std::string& text = a.doc->text;
  *out += "# document " + a.doc->id + " (" + a.lang + ")";
  if (!a.doc->date.empty()) *out += " " + a.doc->date;
  *out += "\n";
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    *out += "## sentence " + std::to_string(i) + " [" +
            std::to_string(s.begin) + "," + std::to_string(s.end) + ")\n";
    for (const Token& t : s.tokens) {
      AppendPadded(std::to_string(t.begin) + "-" + std::to_string(t.end), 12,
                   out);
      AppendPadded(t.Text(text), 20, out);
      const Reading* r = t.chosen();
      AppendPadded(r ? std::string_view(r->lemma) : "", 20, out);
      AppendPadded(PosName(t.pos()), 7, out);
      if (r) out->append(r->tags);
      if (t.analysis && !t.analysis->known) out->append(" (unknown)");
      if (t.flags & Token::kMultiword) out->append(" (multiword)");
      out->push_back('\n');
    }
  }
}

void FormatJson(const CodedDocument& coded, std::string* out) {
  const AnalyzedDocument& a = coded.analysis;
  const std::string& text = a.doc->text;
  *out += "{\"doc_id\":";
  AppendJsonString(a.doc->id, out);
  *out += ",\"lang\":";
  AppendJsonString(a.lang, out);
  *out += ",\"date\":";
  if (a.doc->date.empty()) {
    *out += "null";
  } else {
    AppendJsonString(a.doc->date, out);
  }
  *out += ",\"sentences\":[";
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    if (i) out->push_back(',');
    *out += "{\"span\":[" + std::to_string(s.begin) + "," +
            std::to_string(s.end) + "],\"tokens\":[";
    for (size_t j = 0; j < s.tokens.size(); ++j) {
      const Token& t = s.tokens[j];
      const Reading* r = t.chosen();
      if (j) out->push_back(',');
      *out += "{\"span\":[" + std::to_string(t.begin) + "," +
              std::to_string(t.end) + "],\"form\":";
      AppendJsonString(t.Text(text), out);
      *out += ",\"lemma\":";
      AppendJsonString(r ? std::string_view(r->lemma) : t.Text(text), out);
      *out += ",\"pos\":";
      AppendJsonString(PosName(t.pos()), out);
      *out += ",\"tags\":";
      AppendJsonString(r ? std::string_view(r->tags) : "", out);
      *out += ",\"known\":";
      *out += (t.analysis && t.analysis->known) ? "true" : "false";
      if (t.flags & Token::kMultiword) *out += ",\"multiword\":true";
      out->push_back('}');
    }
    *out += "]}";
  }
  *out += "]}\n";
}

// --actors: every actor mention, its resolution and why.
void FormatActors(const CodedDocument& coded, std::string* out) {
  const AnalyzedDocument& a = coded.analysis;
  *out += "# document " + a.doc->id + " (" + a.lang + ")";
  *out += a.doc->date.empty() ? " no date" : " " + a.doc->date;
  *out += "\n";
  for (const ActorMention& m : coded.actors) {
    const Actor& x = m.actor;
    *out += std::to_string(m.sentence) + " [" + std::to_string(x.span.begin) +
            "," + std::to_string(x.span.end) + ") " + x.text + "\n    → " +
            (x.cameo.empty() ? "-" : x.cameo) + "  " + x.name;
    *out += "  country=" + (x.country.empty() ? "null" : x.country);
    *out += " org=" + (x.org.empty() ? "null" : x.org);
    *out += " sector=" + (x.sector.empty() ? "null" : x.sector);
    if (!x.id.empty()) *out += " id=" + x.id;
    *out += "  (" + std::string(ActorKindName(m.kind)) + ": " + m.why + ")\n";
  }
}

}  // namespace

int RunAnalyze(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("analyze");
  AddDocumentFlags(&flags);
  flags.Bool("json", "JSON Lines output, one object per document");
  flags.Bool("actors", "show the actor mentions, their resolution and why");
  if (auto done = ParseCommandLine(args, kAnalyzeHelp, io, &flags))
    return *done;
  if (flags.GetBool("actors")) return RunDocuments(flags, io, FormatActors);
  if (flags.GetBool("json")) return RunDocuments(flags, io, FormatJson);
  return RunDocuments(flags, io, FormatTable);
}

}  // namespace dyad::cli
