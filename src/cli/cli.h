// The dyad command line: `dyad <command> [options]`.
//
// Each command is a function from its arguments to an exit status:
// 0 success, 1 bad usage or failed input, 2 internal error. Commands write
// results to `out` and messages to `err`; nothing here calls exit().
// Internal to the CLI (src/cli/); the thin main is src/cli/dyad_main.cc.
#ifndef DYAD_CLI_CLI_H_
#define DYAD_CLI_CLI_H_

#include <cstdio>
#include <string>
#include <vector>

namespace dyad::cli {

enum ExitCode { kExitOk = 0, kExitUsage = 1, kExitInternal = 2 };

struct Streams {
  FILE* out = stdout;
  FILE* err = stderr;
};

// Dispatches on args[0] (the command name).
int Main(const std::vector<std::string>& args, const Streams& io);

int RunCode(const std::vector<std::string>& args, const Streams& io);
int RunAnalyze(const std::vector<std::string>& args, const Streams& io);
int RunEval(const std::vector<std::string>& args, const Streams& io);
int RunExplain(const std::vector<std::string>& args, const Streams& io);
int RunGazetteer(const std::vector<std::string>& args, const Streams& io);

}  // namespace dyad::cli

#endif  // DYAD_CLI_CLI_H_
