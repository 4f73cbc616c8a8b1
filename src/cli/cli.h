// The dyad command line: `dyad <command> [options]`.
//
// Each command is a function from its arguments to an exit status:
// 0 success, 1 bad usage or failed input, 2 internal error. Commands write
// results to `out` and messages to `err`; nothing here calls exit().
// Internal to the CLI (src/cli/); the thin main is src/cli/dyad_main.cc.
#ifndef DYAD_CLI_CLI_H_
#define DYAD_CLI_CLI_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/flags.h"

namespace dyad {
class EventStore;
struct EventQuery;
}  // namespace dyad

namespace dyad::cli {

enum ExitCode { kExitOk = 0, kExitUsage = 1, kExitInternal = 2 };

struct Streams {
  FILE* out = stdout;
  FILE* err = stderr;
};

// Adds --help to `flags` and parses `args`. Returns the exit status when the
// command is done already (a usage error, reported on io.err, or --help,
// printed with `help` on io.out); nullopt when it should run.
std::optional<int> ParseCommandLine(const std::vector<std::string>& args,
                                    std::string_view help, const Streams& io,
                                    Flags* flags);

// Dispatches on args[0] (the command name).
int Main(const std::vector<std::string>& args, const Streams& io);

int RunCode(const std::vector<std::string>& args, const Streams& io);
int RunAnalyze(const std::vector<std::string>& args, const Streams& io);
int RunEval(const std::vector<std::string>& args, const Streams& io);
int RunExplain(const std::vector<std::string>& args, const Streams& io);
int RunGazetteer(const std::vector<std::string>& args, const Streams& io);
int RunQuery(const std::vector<std::string>& args, const Streams& io);
int RunExport(const std::vector<std::string>& args, const Streams& io);
int RunServe(const std::vector<std::string>& args, const Streams& io);

// What `query`, `export` and `serve` share (query_command.cc).
// Declares --db and, when `filters`, the event filters and --one-a-day.
void AddStoreFlags(Flags* flags, bool filters);
// Reads the filters into *q; false after saying on io.err what is wrong.
bool EventQueryFromFlags(const Flags& flags, const Streams& io, EventQuery* q);
// Opens --db (which must exist unless `create`); null after saying on io.err
// why not.
std::unique_ptr<EventStore> OpenStore(const Flags& flags, bool create,
                                      const Streams& io);

}  // namespace dyad::cli

#endif  // DYAD_CLI_CLI_H_
