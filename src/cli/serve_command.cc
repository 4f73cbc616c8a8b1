// `dyad serve`: the HTTP JSON API (docs/API.md) and the web page.
#include <pthread.h>

#include <csignal>
#include <filesystem>
#include <string_view>
#include <thread>

#include "cli/cli.h"
#include "cli/document_run.h"
#include "dyad/coder.h"
#include "serve/server.h"

namespace dyad::cli {

namespace {
constexpr std::string_view kServeHelp =
    "Usage: dyad serve --db FILE [--port 8080] [--web DIR] [options]\n"
    "\n"
    "Serves the JSON API of docs/API.md (POST /v1/code, GET /v1/events,\n"
    "GET /v1/stats, GET /healthz) over the database FILE (created when\n"
    "absent), and the web page at /. Stops on Ctrl-C or SIGTERM.\n"
    "\n";
}  // namespace

int RunServe(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("serve");
  AddStoreFlags(&flags, /*filters=*/false);
  flags.Value("port", "8080", "TCP port (0: any free port, printed)");
  flags.Value("host", "127.0.0.1",
              "address to listen on (0.0.0.0: every interface)");
  flags.Value("web", "",
              "directory of the web page (default: web/dist of the source "
              "tree, built by 'make web')");
  flags.Value("max-body", "8388608",
              "largest request body in bytes (larger: 413)");
  flags.Value("threads", "16",
              "worker threads (each keep-alive connection holds one)");
  flags.Value("data", "", "dyad's data directory (default: built-in)");
  flags.Value("dict", "",
              "extra dictionary directories (comma-separated), in the "
              "formats of data/");
  if (auto done = ParseCommandLine(args, kServeHelp, io, &flags)) return *done;
  auto port = flags.GetInt("port", 0, 65535);
  auto max_body = flags.GetInt("max-body", 1, 1LL << 32);
  auto threads = flags.GetInt("threads", 1, 256);
  for (const Status& s : {port.status(), max_body.status(), threads.status()}) {
    if (!s.ok()) {
      std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
      return kExitUsage;
    }
  }
  if (flags.Get("db").empty()) {
    std::fprintf(io.err,
                 "dyad: no database; give one with --db FILE (created when "
                 "absent)\n");
    return kExitUsage;
  }
  serve::ServerOptions options;
  options.db_path = flags.Get("db");
  options.max_body = static_cast<size_t>(*max_body);
  options.threads = static_cast<int>(*threads);
  options.web_dir =
      flags.IsSet("web") ? flags.Get("web") : serve::DefaultWebDir();
  std::error_code ec;
  if (flags.IsSet("web") &&
      !std::filesystem::is_directory(options.web_dir, ec)) {
    std::fprintf(io.err,
                 "dyad: --web %s is not a directory; build the page "
                 "with 'make web' or give its directory\n",
                 options.web_dir.c_str());
    return kExitUsage;
  }

  CoderOptions copts = CoderOptionsFromFlags(flags);
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    std::fprintf(io.err, "dyad: %s\n", coder.status().message().c_str());
    return kExitUsage;
  }
  auto server = serve::Server::Create(**coder, options);
  if (!server.ok()) {
    std::fprintf(io.err, "dyad: %s\n", server.status().message().c_str());
    return kExitUsage;
  }
  auto bound = (*server)->Bind(flags.Get("host"), static_cast<int>(*port));
  if (!bound.ok()) {
    std::fprintf(io.err, "dyad: %s\n", bound.status().message().c_str());
    return kExitUsage;
  }

  // SIGINT and SIGTERM stop the server: blocked in every thread, taken by
  // one waiting thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  serve::Server* srv = server->get();
  std::thread waiter([&stop_signals, srv] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    srv->Stop();
  });

  const bool has_web = std::filesystem::is_directory(options.web_dir, ec);
  std::fprintf(io.err, "dyad: serving %s on http://%s:%d/ (%d threads; %s)\n",
               options.db_path.c_str(), flags.Get("host").c_str(), *bound,
               options.threads,
               has_web ? ("web page from " + options.web_dir).c_str()
                       : "no web page: run 'make web'");
  std::fflush(io.err);
  Status s = (*server)->Serve();
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes it if still waiting
  waiter.join();
  pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
  if (!s.ok()) {
    std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
    return kExitUsage;
  }
  std::fprintf(io.err, "dyad: stopped\n");
  return kExitOk;
}

}  // namespace dyad::cli
