// Server: `dyad serve`, the HTTP JSON API of docs/API.md over an EventStore
// and a Coder, plus the web page's static files.
//
// Requests run on cpp-httplib's thread pool (`threads` workers). The Coder is
// const and shared; each request borrows an EventStore connection from a
// pool (one SQLite connection per concurrent request, WAL lets readers run
// beside a writer), so no lock is held while a query runs.
// Internal to dyad (src/serve/); the CLI's serve command is the way in.
#ifndef DYAD_SERVE_SERVER_H_
#define DYAD_SERVE_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad::serve {

struct ServerOptions {
  std::string db_path;  // created when absent
  // Directory of the web page (index.html and assets); "" or absent: `/`
  // answers with a note saying to run `make web`.
  std::string web_dir;
  size_t max_body = 8 << 20;  // bytes; larger bodies get 413
  // Worker threads. cpp-httplib keeps a thread per open keep-alive
  // connection, so this bounds the clients served at once (a browser opens
  // up to 6).
  int threads = 16;
};

// The web page's directory when none is given: web/dist beside dyad's data
// directory (DefaultDataDir()).
std::string DefaultWebDir();

class Server {
 public:
  // Opens the database (Unavailable / DataLoss as EventStore::Open says).
  // `coder` must outlive the server.
  static Result<std::unique_ptr<Server>> Create(const Coder& coder,
                                                ServerOptions options);
  ~Server();

  // Binds `host`:`port` (port 0: any free port) and returns the port;
  // Unavailable when it is taken or not allowed.
  Result<int> Bind(const std::string& host, int port);
  // Serves until Stop() (from another thread or a signal handler's
  // thread); returns non-OK when the server could not run.
  Status Serve();
  void Stop();
  bool is_running() const;

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_SERVER_H_
