#include "cli/cli.h"

#include <exception>
#include <string_view>

namespace dyad::cli {
namespace {

constexpr std::string_view kUsage =
    "dyad: political event data from French and English news\n"
    "\n"
    "Usage: dyad <command> [options]\n"
    "\n"
    "Commands:\n"
    "  code [PATH|-]...     read documents and write their events\n"
    "  analyze [PATH|-]...  show sentences and tokens with byte offsets,\n"
    "                       lemma, part of speech and features\n"
    "  explain TEXT         show how a text is coded, and why\n"
    "  eval GOLD.jsonl      score events against gold annotations\n"
    "  gazetteer import|lookup  build a gazetteer from GeoNames dumps; show\n"
    "                       the places a name can be\n"
    "  query --db DB        stored events: filters, counts per day, week or\n"
    "                       month, Goldstein per dyad, top actors and dyads\n"
    "  export --db DB       stored events as GDELT rows, PLOVER JSON, CSV or\n"
    "                       the actor network in GraphML\n"
    "  serve --db DB        the HTTP JSON API (docs/API.md) and the web page\n"
    "  help                 this text\n"
    "\n"
    "Run 'dyad <command> --help' for a command's options.\n"
    "Exit status: 0 success, 1 bad usage or failed input, 2 internal error.\n";

}  // namespace

std::optional<int> ParseCommandLine(const std::vector<std::string>& args,
                                    std::string_view help, const Streams& io,
                                    Flags* flags) {
  flags->Bool("help", "show this help");
  if (Status s = flags->Parse(args); !s.ok()) {
    std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
    return kExitUsage;
  }
  if (flags->GetBool("help")) {
    std::fprintf(io.out, "%.*s%s", static_cast<int>(help.size()), help.data(),
                 flags->Help().c_str());
    return kExitOk;
  }
  return std::nullopt;
}

int Main(const std::vector<std::string>& args, const Streams& io) {
  if (args.empty()) {
    std::fputs(kUsage.data(), io.err);
    return kExitUsage;
  }
  const std::string& cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
      std::fputs(kUsage.data(), io.out);
      return kExitOk;
    }
    if (cmd == "--version") {
      std::fputs("dyad 0.1.0\n", io.out);
      return kExitOk;
    }
    if (cmd == "code") return RunCode(rest, io);
    if (cmd == "analyze") return RunAnalyze(rest, io);
    if (cmd == "eval") return RunEval(rest, io);
    if (cmd == "explain") return RunExplain(rest, io);
    if (cmd == "gazetteer") return RunGazetteer(rest, io);
    if (cmd == "query") return RunQuery(rest, io);
    if (cmd == "export") return RunExport(rest, io);
    if (cmd == "serve") return RunServe(rest, io);
  } catch (const std::exception& e) {
    std::fprintf(io.err,
                 "dyad: internal error: %s\nThis is a bug in dyad; please "
                 "report it with the input that caused it.\n",
                 e.what());
    return kExitInternal;
  }
  std::fprintf(io.err,
               "dyad: unknown command '%s'; commands: code, analyze, explain, "
               "eval, gazetteer, query, export, serve, help "
               "(see 'dyad --help')\n",
               cmd.c_str());
  return kExitUsage;
}

}  // namespace dyad::cli
