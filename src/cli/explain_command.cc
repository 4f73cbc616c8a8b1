// `dyad explain`: the clause analysis of a text and why each event was or
// was not coded.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string_view>

#include "cli/cli.h"
#include "cli/flags.h"
#include "dyad/coder.h"
#include "dyad/document_reader.h"
#include "dyad/event_writer.h"
#include "dyad/language_id.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kExplainHelp =
    "Usage: dyad explain [options] TEXT...   (or - to read standard input)\n"
    "\n"
    "Codes TEXT as one document and shows how: the actor mentions and their\n"
    "resolution, each predicate with its voice, negation, modality, subject\n"
    "and agent, the pattern that matched or why none did, and the events.\n"
    "\n";
}  // namespace

int RunExplain(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("explain");
  flags.Value("lang", "", "language (fr, en); default: identified with CLD2");
  flags.Value("date", "", "publication date (YYYY-MM-DD)");
  flags.Value("data", "", "dyad's data directory (default: built-in)");
  if (auto done = ParseCommandLine(args, kExplainHelp, io, &flags))
    return *done;
  Document doc;
  doc.id = "explain";
  if (flags.positional().size() == 1 && flags.positional()[0] == "-") {
    doc.text.assign(std::istreambuf_iterator<char>(std::cin), {});
  } else {
    for (const auto& w : flags.positional()) {
      doc.text += (doc.text.empty() ? "" : " ") + w;
    }
  }
  if (doc.text.empty()) {
    std::fprintf(io.err,
                 "dyad: explain needs a text; see 'dyad explain --help'\n");
    return kExitUsage;
  }
  if (!IsValidUtf8(doc.text)) {
    std::fprintf(io.err, "dyad: the text is not valid UTF-8\n");
    return kExitUsage;
  }
  if (!flags.Get("date").empty() &&
      !NormalizeIsoDate(flags.Get("date"), &doc.date)) {
    std::fprintf(io.err, "dyad: --date must be YYYY-MM-DD\n");
    return kExitUsage;
  }
  doc.lang = flags.Get("lang").empty() ? IdentifyLanguage(doc.text)
                                       : flags.Get("lang");
  if (doc.lang != "fr" && doc.lang != "en") {
    std::fprintf(io.err,
                 "dyad: language '%s' not supported or not identified; give "
                 "--lang fr or --lang en\n",
                 doc.lang.c_str());
    return kExitUsage;
  }
  CoderOptions options;
  options.data_dir = flags.Get("data");
  options.languages = {doc.lang};
  auto coder = Coder::Create(options);
  if (!coder.ok()) {
    std::fprintf(io.err, "dyad: %s\n", coder.status().message().c_str());
    return kExitUsage;
  }
  CodedDocument coded;
  std::string why;
  Status s = (*coder)->Code(doc, &coded, &why);
  if (!s.ok()) {
    std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
    return kExitUsage;
  }
  std::string out = "Actors:\n";
  for (const ActorMention& m : coded.actors) {
    out += "  " + std::to_string(m.sentence) + " '" + m.actor.text + "' → " +
           (m.actor.cameo.empty() ? "-" : m.actor.cameo) + " " + m.actor.name +
           " (" + std::string(ActorKindName(m.kind)) + ": " + m.why + ")\n";
  }
  out += "\nClauses:\n" + why + "\nEvents:\n";
  AppendEventTableHeader(&out);
  for (const Event& e : coded.events) AppendEventTableRow(e, &out);
  std::fwrite(out.data(), 1, out.size(), io.out);
  return kExitOk;
}

}  // namespace dyad::cli
