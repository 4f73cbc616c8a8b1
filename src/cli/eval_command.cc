// `dyad eval`: scores events against a gold file (docs/EVAL.md).
#include <fstream>
#include <sstream>
#include <algorithm>
#include <map>
#include <string_view>

#include "cli/cli.h"
#include "cli/flags.h"
#include "dyad/coder.h"
#include "dyad/eval.h"
#include "dyad/event_writer.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kEvalHelp =
    "Usage: dyad eval [options] GOLD.jsonl\n"
    "\n"
    "Scores events against gold annotations (format: gold-format.md): type,\n"
    "dyad, event and strict precision / recall / F1, overall and per\n"
    "language, and a confusion table of CAMEO roots. The events scored are\n"
    "those of --predictions (event records whose doc_id is a gold sentence\n"
    "id), else those dyad codes from the gold sentences: the sentences of\n"
    "one article (`doc` field) together as one document, in file order, so\n"
    "that the article's context is there as the annotators had it; each\n"
    "event is scored in the sentence its trigger lies in.\n"
    "Exit status 1 when --min-f1 is given and event F1 of a language falls\n"
    "below it.\n"
    "\n";

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("cannot read '" + path +
                            "': no such file or not readable");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string DescribeActor(const std::optional<EvalActor>& a) {
  if (!a) return "null";
  std::string k = a->key().empty() ? "?" : a->key();
  return a->sector.empty() ? k : k + "/" + a->sector;
}

std::string DescribeEvent(const EvalEvent& e) {
  std::string s = DescribeActor(e.source) + " -> " + DescribeActor(e.target) +
                  " " + e.cameo;
  if (e.negated) s += " NEG";
  return s;
}

void AppendErrors(const std::vector<EvalSentence>& sentences, int64_t limit,
                  std::string* out) {
  int64_t shown = 0;
  for (const EvalSentence& s : sentences) {
    if (shown >= limit) break;
    auto pairs = MatchEvents(s);
    if (pairs.size() == s.gold.size() && pairs.size() == s.emitted.size()) {
      continue;
    }
    ++shown;
    *out += "\n[" + s.id + "] " + s.text + "\n";
    std::vector<char> g_ok(s.gold.size()), e_ok(s.emitted.size());
    for (auto [g, e] : pairs) g_ok[g] = e_ok[e] = 1;
    for (size_t g = 0; g < s.gold.size(); ++g) {
      *out += std::string(g_ok[g] ? "   ok    gold    " : "   MISSED gold   ") +
              DescribeEvent(s.gold[g]) + "\n";
    }
    for (size_t e = 0; e < s.emitted.size(); ++e) {
      if (!e_ok[e])
        *out += "   EXTRA emitted  " + DescribeEvent(s.emitted[e]) + "\n";
    }
  }
}

EvalActor ToEvalActor(const Actor& a) {
  return EvalActor{a.country, a.org, a.sector};
}

// Codes the gold sentences article by article: the sentences of one `doc`
// (in file order, each its own paragraph) make one document, so the coder
// has the context the annotators had (the country an article is about, the
// antecedent of a pronoun); a sentence without `doc` is a document alone.
// Each event goes back to the gold sentence its span lies in.
Status CodeGoldSentences(const std::string& data_dir,
                         std::vector<EvalSentence>* sentences) {
  CoderOptions options;
  options.data_dir = data_dir;
  auto coder = Coder::Create(options);
  if (!coder.ok()) return coder.status();
  std::vector<std::vector<size_t>> groups;
  std::map<std::pair<std::string, std::string>, size_t> group_of;
  for (size_t i = 0; i < sentences->size(); ++i) {
    const EvalSentence& s = (*sentences)[i];
    if (s.doc.empty()) {
      groups.push_back({i});
      continue;
    }
    auto [it, added] = group_of.try_emplace({s.lang, s.doc}, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  for (const std::vector<size_t>& group : groups) {
    const EvalSentence& first = (*sentences)[group[0]];
    Document doc;
    doc.id = group.size() == 1 ? first.id : first.doc;
    doc.lang = first.lang;
    doc.date = first.date;
    std::vector<uint32_t> begins;
    for (size_t i : group) {
      if (!doc.text.empty()) doc.text += "\n\n";
      begins.push_back(static_cast<uint32_t>(doc.text.size()));
      doc.text += (*sentences)[i].text;
    }
    CodedDocument coded;
    DYAD_RETURN_IF_ERROR((*coder)->Code(doc, &coded));
    for (const Event& e : coded.events) {
      size_t k = std::upper_bound(begins.begin(), begins.end(),
                                  e.trigger_span.begin) -
                 begins.begin();
      EvalSentence& s = (*sentences)[group[k == 0 ? 0 : k - 1]];
      EvalEvent ev;
      if (e.source) ev.source = ToEvalActor(*e.source);
      if (e.target) ev.target = ToEvalActor(*e.target);
      ev.cameo = e.cameo;
      ev.negated = e.negated;
      s.emitted.push_back(std::move(ev));
    }
  }
  return Status::Ok();
}

}  // namespace

int RunEval(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("eval");
  flags.Value("lang", "", "score only sentences of this language (fr, en)");
  flags.Value("show-errors", "0",
              "show up to N sentences where emitted and gold differ");
  flags.Value("predictions", "",
              "score these event records instead of coding the sentences");
  flags.Value("min-f1", "",
              "fail (exit 1) when event F1 of any language is below this");
  flags.Value("data", "", "dyad's data directory (default: built-in)");
  flags.Bool("json", "print one JSON object");
  if (auto done = ParseCommandLine(args, kEvalHelp, io, &flags)) return *done;
  if (flags.positional().size() != 1) {
    std::fprintf(io.err,
                 "dyad: eval needs exactly one gold file; see 'dyad eval "
                 "--help'\n");
    return kExitUsage;
  }
  auto show = flags.GetInt("show-errors", 0, 1000000);
  if (!show.ok()) {
    std::fprintf(io.err, "dyad: %s\n", show.status().message().c_str());
    return kExitUsage;
  }
  double min_f1 = -1;
  if (flags.IsSet("min-f1")) {
    char* end = nullptr;
    min_f1 = std::strtod(flags.Get("min-f1").c_str(), &end);
    if (*end != '\0' || min_f1 < 0 || min_f1 > 1) {
      std::fprintf(io.err, "dyad: --min-f1 must be a number from 0 to 1\n");
      return kExitUsage;
    }
  }
  const std::string& gold_path = flags.positional()[0];
  auto gold_text = ReadFile(gold_path);
  if (!gold_text.ok()) {
    std::fprintf(io.err, "dyad: %s\n", gold_text.status().message().c_str());
    return kExitUsage;
  }
  auto sentences = ReadGold(gold_path, *gold_text);
  if (!sentences.ok()) {
    std::fprintf(io.err, "dyad: %s\n", sentences.status().message().c_str());
    return kExitUsage;
  }
  if (!flags.Get("lang").empty()) {
    std::erase_if(*sentences, [&](const EvalSentence& s) {
      return s.lang != flags.Get("lang");
    });
  }
  if (!flags.Get("predictions").empty()) {
    auto pred = ReadFile(flags.Get("predictions"));
    Status s = pred.ok() ? AddEmitted(flags.Get("predictions"), *pred,
                                      &sentences.value())
                         : pred.status();
    if (!s.ok()) {
      std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
      return kExitUsage;
    }
  } else {
    Status s = CodeGoldSentences(flags.Get("data"), &sentences.value());
    if (!s.ok()) {
      std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
      return kExitUsage;
    }
  }
  EvalReport report = Score(*sentences);
  std::string out =
      flags.GetBool("json") ? ReportJson(report) : ReportText(report);
  if (*show > 0) AppendErrors(*sentences, *show, &out);
  std::fwrite(out.data(), 1, out.size(), io.out);
  if (min_f1 >= 0) {
    for (const auto& [lang, m] : report.by_lang) {
      if (m.event.f1() + 1e-9 < min_f1) {
        std::fprintf(io.err,
                     "dyad: event F1 for %s is %.3f, below the floor %.3f\n",
                     lang.c_str(), m.event.f1(), min_f1);
        return kExitUsage;
      }
    }
  }
  return kExitOk;
}

}  // namespace dyad::cli
